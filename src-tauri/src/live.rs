//! Following the office's live group session on the phone.
//!
//! **Decision:** the Rust side holds the hub's push stream (`waymark-hub-client`'s
//! [`HubLive::follow`], Server-Sent Events over the same pinned HTTPS as sync) on one background
//! thread, and sends each change to the screen through a Tauri [`Channel`] the screen hands over
//! when it asks to follow. A channel needs no event permission, so the capability file still
//! grants nothing but our own commands. The thread starts at the first `live_follow` and runs
//! while the app does; a new screen (a reload) hands over a new channel and gets the last state
//! at once.
//!
//! A stream ends by design every [`waymark_hub_client::LIVE_STREAM_MAX`] (so a network lost
//! without a goodbye is noticed in that time) and when the hub stops; the thread connects again
//! at once. Only a failed connect counts as lost: the screen is told `connected: false`, keeps
//! the step it shows, and the thread tries again after 1 s, doubling up to every 30 s while the hub
//! cannot be reached (away from the office). Nothing of the participant's is sent on this
//! stream; answers and followed steps are stored by the ordinary commands.
//!
//! [`HubLive::follow`]: waymark_hub_client::HubLive::follow

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tauri::ipc::Channel;
use waymark_api::{
    Api, Code, Error, LiveAnswerRequest, LiveAnswered, LiveJoinRequest, LiveNowView, LiveSummary,
};
use waymark_hub_client::{HubClient, HubError, HubLive};

/// First wait after a failed connect; it doubles up to [`RETRY_MAX`].
const RETRY_FIRST: Duration = Duration::from_secs(1);
const RETRY_MAX: Duration = Duration::from_secs(30);

struct Shared {
    channel: Option<Channel<LiveNowView>>,
    last: LiveNowView,
    running: bool,
}

pub struct LiveFollower {
    shared: Mutex<Shared>,
}

impl LiveFollower {
    pub fn new() -> Arc<LiveFollower> {
        Arc::new(LiveFollower {
            shared: Mutex::new(Shared {
                channel: None,
                last: LiveNowView { live: None, connected: false },
                running: false,
            }),
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Shared> {
        self.shared.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Send changes to `channel` from now on; the state known now is the answer. Starts the
    /// background thread the first time.
    pub fn follow(
        self: &Arc<Self>,
        api: Arc<Api>,
        channel: Channel<LiveNowView>,
    ) -> Result<LiveNowView, Error> {
        if api.hub_link()?.is_none() {
            return Err(Error::invalid("This phone is not connected to an office hub yet."));
        }
        let mut shared = self.lock();
        shared.channel = Some(channel);
        if !shared.running {
            shared.running = true;
            let me = self.clone();
            let spawned = std::thread::Builder::new().name("waymark-live".into()).spawn(move || me.run(&api));
            if spawned.is_err() {
                shared.running = false;
                return Err(Error {
                    code: Code::Internal,
                    message: "The app could not follow the group session. Close it and open it again.".into(),
                });
            }
        }
        Ok(shared.last.clone())
    }

    fn tell(&self, view: LiveNowView) {
        let mut shared = self.lock();
        if shared.last == view {
            return;
        }
        shared.last = view.clone();
        if let Some(channel) = &shared.channel {
            // A screen that went away (reload) hands over a new channel; nothing to do here.
            let _ = channel.send(view);
        }
    }

    fn run(&self, api: &Api) {
        let mut wait = RETRY_FIRST;
        loop {
            let Some(live) = hub_live(api) else {
                // Unpaired (erased, or the pairing removed): stop; the next follow starts again.
                self.lock().running = false;
                self.tell(LiveNowView { live: None, connected: false });
                return;
            };
            let mut reached = false;
            let ended = live.follow(|now: Option<LiveSummary>| {
                reached = true;
                self.tell(LiveNowView { live: now, connected: true });
                true
            });
            match ended {
                Err(HubError::Refused { status: 401 | 403, .. }) => {
                    // The facilitator stopped this phone syncing: nothing to follow.
                    self.lock().running = false;
                    self.tell(LiveNowView { live: None, connected: false });
                    return;
                }
                _ if reached => wait = RETRY_FIRST, // ended by design or by the hub: at once
                _ => {
                    let last = self.lock().last.live.clone();
                    self.tell(LiveNowView { live: last, connected: false });
                    std::thread::sleep(wait);
                    wait = (wait * 2).min(RETRY_MAX);
                }
            }
        }
    }
}

fn hub_live(api: &Api) -> Option<HubLive> {
    let link = api.hub_link().ok()??;
    let client = HubClient::new(&link.address, &link.fingerprint).ok()?;
    Some(client.live(&link.credential))
}

fn live_of(api: &Api) -> Result<HubLive, Error> {
    hub_live(api).ok_or_else(|| Error::invalid("This phone is not connected to an office hub yet."))
}

/// The hub's refusal in its own words and code; an unreachable hub in plain words.
fn live_error(error: HubError) -> Error {
    match error {
        HubError::Unreachable(_) | HubError::WrongHub => Error {
            code: Code::SyncFailed,
            message: "Could not reach the office hub. Check you are on the office Wi-Fi.".into(),
        },
        HubError::Refused { code, message, .. } => Error {
            code: serde_json::from_value(serde_json::Value::String(code)).unwrap_or(Code::InvalidInput),
            message,
        },
    }
}

pub fn join(api: &Api, request: &LiveJoinRequest) -> Result<LiveSummary, Error> {
    live_of(api)?.join(&request.live_id).map_err(live_error)
}

/// The hub's nameless tally only; the participant's own answer is saved by `answer_step`.
pub fn answer(api: &Api, request: &LiveAnswerRequest) -> Result<LiveAnswered, Error> {
    live_of(api)?.answer(request).map_err(live_error)
}
