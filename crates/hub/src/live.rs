//! The live group session's routes for the people in the room and the presenter's screen (see
//! `waymark_api::live` for the decisions), on both listeners:
//!
//! - `GET /live/v1/now` — the session on now for the caller's group (`null` if none);
//! - `GET /live/v1/events` — the same, pushed (Server-Sent Events): once at once, then at every
//!   change (step moved, someone joined or answered, ended), and a comment every 15 s so a
//!   dropped connection is noticed and a proxy keeps it open;
//! - `POST /live/v1/join`, `POST /live/v1/answer`.
//!
//! Who is asking: a paired phone (`Authorization: Bearer`, over the pinned HTTPS), a participant
//! signed in on an office computer (the session cookie), or, on the loopback listener only, the
//! facilitator's own screen naming the group (`?group=<id>`: the presenter and control panel).

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use futures_util::stream::{self, Stream};
use serde::Deserialize;
use waymark_api::{Code, Error, Hub, LiveAnswerRequest, LiveControlRequest, LiveJoinRequest, LiveSummary};

use crate::office::{Listener, no_store, session_token};
use crate::{MAX_BODY_BYTES, blocking, error_response, handle, read_body};

/// How long a follower's push stream waits for a change before it sends a keep-alive and looks
/// again.
const WAIT: Duration = Duration::from_secs(15);

#[derive(Deserialize)]
struct Which {
    group: Option<String>,
}

/// Who follows: a participant (phone or office computer), or the facilitator's screen.
#[derive(Clone)]
enum Follower {
    Participant(String),
    Facilitator(String),
}

fn who(hub: &Hub, headers: &HeaderMap, group: Option<String>, listener: Listener) -> Result<Follower, Error> {
    if let Some(credential) = crate::device::bearer(headers) {
        return hub.device_participant(&credential).map(Follower::Participant);
    }
    if let Some(token) = session_token(headers) {
        return match hub.office_session(&token)? {
            Some((_, participant)) => Ok(Follower::Participant(participant)),
            None => Err(Error {
                code: Code::Unauthorized,
                message: "You were signed out. Sign in again with your PIN.".into(),
            }),
        };
    }
    match (listener, group) {
        (Listener::Loopback, Some(group)) => Ok(Follower::Facilitator(group)),
        _ => Err(Error { code: Code::Unauthorized, message: "Sign in with your name and PIN first.".into() }),
    }
}

fn now_for(hub: &Hub, follower: &Follower) -> Result<Option<LiveSummary>, Error> {
    match follower {
        Follower::Participant(p) => hub.live_now(p),
        Follower::Facilitator(group) => {
            Ok(hub.live_control(LiveControlRequest { group_id: group.clone() })?.live)
        }
    }
}

fn group_of(hub: &Hub, follower: &Follower) -> Result<Option<String>, Error> {
    match follower {
        Follower::Participant(p) => hub.live_group_of(p),
        Follower::Facilitator(group) => Ok(Some(group.clone())),
    }
}

pub(crate) fn routes(listener: Listener) -> Router<Arc<Hub>> {
    Router::new()
        .route(
            "/live/v1/now",
            get(move |State(hub): State<Arc<Hub>>, headers: HeaderMap, Query(which): Query<Which>| async move {
                blocking(move || {
                    let result = who(&hub, &headers, which.group, listener).and_then(|f| now_for(&hub, &f));
                    no_store(match result {
                        Ok(now) => axum::Json(now).into_response(),
                        Err(e) => error_response(e),
                    })
                })
                .await
            }),
        )
        .route(
            "/live/v1/events",
            get(move |State(hub): State<Arc<Hub>>, headers: HeaderMap, Query(which): Query<Which>| async move {
                events(hub, headers, which.group, listener).await
            }),
        )
        .route(
            "/live/v1/join",
            post(move |State(hub): State<Arc<Hub>>, headers: HeaderMap, body: Body| async move {
                participant_post(hub, headers, body, listener, |hub, p, request: LiveJoinRequest| hub.live_join(p, request))
                    .await
            }),
        )
        .route(
            "/live/v1/answer",
            post(move |State(hub): State<Arc<Hub>>, headers: HeaderMap, body: Body| async move {
                participant_post(hub, headers, body, listener, |hub, p, request: LiveAnswerRequest| {
                    hub.live_answer(p, request)
                })
                .await
            }),
        )
}

/// A participant's call (join, answer): the facilitator's screen is not one.
async fn participant_post<Req, Res>(
    hub: Arc<Hub>,
    headers: HeaderMap,
    body: Body,
    listener: Listener,
    f: fn(&Hub, &str, Req) -> Result<Res, Error>,
) -> Response
where
    Req: serde::de::DeserializeOwned + 'static,
    Res: serde::Serialize + 'static,
{
    let body = match read_body(body, MAX_BODY_BYTES).await {
        Ok(body) => body,
        Err(refused) => return no_store(refused),
    };
    blocking(move || {
        no_store(match who(&hub, &headers, None, listener) {
            Ok(Follower::Participant(p)) => handle(&body, |request: Req| f(&hub, &p, request)),
            Ok(Follower::Facilitator(_)) => unreachable_facilitator(),
            Err(e) => error_response(e),
        })
    })
    .await
}

fn unreachable_facilitator() -> Response {
    error_response(Error {
        code: Code::Forbidden,
        message: "Only people in the group join or answer.".into(),
    })
}

/// The push stream: the state now, then at every change of the group's session.
async fn events(hub: Arc<Hub>, headers: HeaderMap, group: Option<String>, listener: Listener) -> Response {
    let start = {
        let hub = hub.clone();
        tokio::task::spawn_blocking(move || {
            let follower = who(&hub, &headers, group, listener)?;
            let group = group_of(&hub, &follower)?;
            Ok::<_, Error>((follower, group))
        })
        .await
    };
    let (follower, group) = match start {
        Ok(Ok(found)) => found,
        Ok(Err(e)) => return no_store(error_response(e)),
        Err(_) => {
            return error_response(Error {
                code: Code::Internal,
                message: "The hub hit a problem; try again.".into(),
            });
        }
    };
    let Some(group) = group else {
        return no_store(error_response(Error::not_found("You are not in a group on this hub.")));
    };
    let mut response =
        Sse::new(follow(hub, follower, group)).keep_alive(KeepAlive::new().interval(WAIT)).into_response();
    response
        .headers_mut()
        .insert(axum::http::header::CACHE_CONTROL, axum::http::HeaderValue::from_static("no-store"));
    response
}

fn follow(hub: Arc<Hub>, follower: Follower, group: String) -> impl Stream<Item = Result<Event, Infallible>> {
    // `u64::MAX`: not yet sent, so the first wait returns at once with the state now.
    stream::unfold((hub, follower, group, u64::MAX), |(hub, follower, group, seen)| async move {
        loop {
            let waited = {
                let (hub, group) = (hub.clone(), group.clone());
                tokio::task::spawn_blocking(move || hub.live_wait(&group, seen, WAIT)).await
            };
            let Ok(Some(version)) = waited else { return None };
            if version == seen {
                continue; // nothing changed; the keep-alive comment goes out meanwhile
            }
            let now = {
                let (hub, follower) = (hub.clone(), follower.clone());
                tokio::task::spawn_blocking(move || now_for(&hub, &follower)).await
            };
            let data = match now {
                Ok(Ok(now)) => serde_json::to_string(&now).unwrap_or_else(|_| "null".into()),
                _ => return None,
            };
            return Some((Ok(Event::default().event("live").data(data)), (hub, follower, group, version)));
        }
    })
}
