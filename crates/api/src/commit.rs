//! The hub's committer: pushes from phones syncing at the same time share one commit.
//!
//! Every durable commit costs a write of the WAL and an fsync (`synchronous=FULL`). With one
//! store lock and one commit per chunk, 25 phones pushing at once queued behind each other's
//! fsyncs. Here a push joins a queue, then takes the store lock; whoever holds the lock takes
//! every push queued by then (up to [`MAX_GROUP_EVENTS`]) and stores them all in one
//! transaction ([`waymark_store::Store::receive_chunks`]: each chunk checked and applied on its
//! own inside a savepoint, so one phone's refused chunk never touches another's). A push that
//! a previous holder already stored finds its outcome when it gets the lock and returns at
//! once. A phone's answer is sent only after the commit that made its push durable.
//!
//! **Decision:** leader-based group commit on the existing store lock rather than a writer
//! thread: no extra thread, no channel, and a single phone syncing alone pays nothing extra.

use std::sync::{Arc, Mutex, PoisonError};

use waymark_core::Event;
use waymark_core::sync::{Sender, VersionVector};
use waymark_store::{Checked, ChunkOutcome, ChunkRefused, Store, StoreError};

use crate::sync::PairedDevice;

/// Most events one shared commit takes, so the first phone in a group does not wait for a
/// whole office's first sync.
pub const MAX_GROUP_EVENTS: usize = 4_000;

/// A stored chunk's outcome and the hub's vector of the sender's participant just after the
/// commit, read by the committer while it still held the store lock, so the answer to the
/// phone needs no second turn of the lock (each turn waited for whatever commit was running).
type Outcome = Result<(ChunkOutcome, VersionVector), ChunkRefused>;

struct Pending {
    from: PairedDevice,
    events: Vec<Event>,
    /// What could be checked before the store lock (`Store::check_alone`).
    checked: Mutex<Option<Result<Checked, ChunkRefused>>>,
    outcome: Mutex<Option<Outcome>>,
}

#[derive(Default)]
pub(crate) struct Committer {
    queue: Mutex<Vec<Arc<Pending>>>,
}

impl Committer {
    fn lock_queue(&self) -> std::sync::MutexGuard<'_, Vec<Arc<Pending>>> {
        self.queue.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl crate::Hub {
    /// Store a chunk pushed by `from`, durably, sharing the commit with other phones' pushes
    /// waiting at the same moment.
    pub(crate) fn commit(&self, from: &PairedDevice, events: Vec<Event>) -> Outcome {
        let now = (self.api.clock)();
        // Checked (payloads decoded, rows' text made) before the lock: phones' chunks are
        // checked side by side while another's are written.
        let sender = Sender::Device { participant: &from.participant, device: &from.device };
        let checked = Store::check_alone(sender, &events, now)?;
        let mine = Arc::new(Pending {
            from: from.clone(),
            events,
            checked: Mutex::new(Some(Ok(checked))),
            outcome: Mutex::new(None),
        });
        self.committer.lock_queue().push(mine.clone());
        let mut store = self.api.store().map_err(|e| ChunkRefused::Store(StoreError::Invalid(e.message)))?;
        if let Some(done) = take(&mine) {
            return done;
        }
        let batch: Vec<Arc<Pending>> = {
            let mut queue = self.committer.lock_queue();
            let mut events = 0;
            let mut cut = 0;
            for pending in queue.iter() {
                if cut > 0 && events + pending.events.len() > MAX_GROUP_EVENTS {
                    break;
                }
                events += pending.events.len();
                cut += 1;
            }
            // Ours is in the queue (nobody took it), so the batch is never empty; keep it in
            // even when it lies past the cut.
            let mut batch: Vec<Arc<Pending>> = queue.drain(..cut).collect();
            if !batch.iter().any(|p| Arc::ptr_eq(p, &mine)) {
                queue.retain(|p| !Arc::ptr_eq(p, &mine));
                batch.push(mine.clone());
            }
            batch
        };
        let chunks: Vec<(Sender<'_>, &[Event], Result<Checked, ChunkRefused>)> = batch
            .iter()
            .map(|p| {
                let sender = Sender::Device { participant: &p.from.participant, device: &p.from.device };
                let checked = p.checked.lock().unwrap_or_else(PoisonError::into_inner).take();
                let checked = checked
                    .unwrap_or_else(|| Err(ChunkRefused::Store(StoreError::Invalid("checked twice".into()))));
                (sender, p.events.as_slice(), checked)
            })
            .collect();
        match store.receive_checked(chunks, now) {
            Ok(outcomes) => {
                for (pending, outcome) in batch.iter().zip(outcomes) {
                    let outcome = outcome.and_then(|stored| {
                        let vector = store
                            .version_vector(Some(&pending.from.participant))
                            .map_err(ChunkRefused::Store)?;
                        Ok((stored, vector))
                    });
                    *pending.outcome.lock().unwrap_or_else(PoisonError::into_inner) = Some(outcome);
                }
            }
            Err(e) => {
                let why = e.to_string();
                for pending in &batch {
                    let failed = Err(ChunkRefused::Store(StoreError::Invalid(why.clone())));
                    *pending.outcome.lock().unwrap_or_else(PoisonError::into_inner) = Some(failed);
                }
            }
        }
        drop(store);
        take(&mine).unwrap_or_else(|| Err(ChunkRefused::Store(StoreError::Invalid("no outcome".into()))))
    }
}

fn take(pending: &Pending) -> Option<Outcome> {
    pending.outcome.lock().unwrap_or_else(PoisonError::into_inner).take()
}
