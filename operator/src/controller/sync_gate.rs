//! No reconcile before the caches are filled: workers wait until every watch has finished its
//! initial list, as controller-runtime's controllers do before they start their workers
//! (`WaitForSync` in `Controller.Start`). A reconcile that ran earlier would look for an owner in
//! a cache not listed yet, write `WaitingForOwner` (Ready=False) on an object that is Ready, and
//! PUT it again once the owner appeared: after a restart at steady state, `bench versus-aso`
//! counted 20 such PUTs for 500 resources (one per worker). Past the limit (controller-runtime's
//! default `CacheSyncTimeout`, 2 minutes) the workers start anyway with a warning: one watch
//! that never lists (its CRD removed, RBAC missing) must not stop every other kind.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tokio::sync::OnceCell;
use tokio::time::Instant;

/// controller-runtime's default `CacheSyncTimeout`.
pub const CACHE_SYNC_LIMIT: Duration = Duration::from_secs(120);
const POLL: Duration = Duration::from_millis(20);

/// Opens once every watch has listed (or the limit passed); shared by all workers.
pub struct SyncGate {
    synced: Arc<AtomicUsize>,
    watches: usize,
    limit: Duration,
    open: OnceCell<bool>,
}

impl SyncGate {
    /// `synced` counts the watches that finished their initial list, of `watches`.
    pub fn new(synced: Arc<AtomicUsize>, watches: usize, limit: Duration) -> SyncGate {
        SyncGate {
            synced,
            watches,
            limit,
            open: OnceCell::new(),
        }
    }

    /// Waits until the caches are filled; `false` when the limit passed first. Only the first
    /// caller waits the limit out: later ones (a worker started again) pass at once.
    pub async fn wait(&self) -> bool {
        *self
            .open
            .get_or_init(|| async {
                let started = Instant::now();
                loop {
                    let synced = self.synced.load(Ordering::Relaxed);
                    if synced >= self.watches {
                        return true;
                    }
                    if started.elapsed() >= self.limit {
                        tracing::warn!(
                            synced,
                            watches = self.watches,
                            "not every watch has listed within {:?}; reconciling anyway",
                            self.limit
                        );
                        return false;
                    }
                    tokio::time::sleep(POLL).await;
                }
            })
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn opens_when_every_watch_has_listed() {
        let synced = Arc::new(AtomicUsize::new(0));
        let gate = Arc::new(SyncGate::new(synced.clone(), 3, CACHE_SYNC_LIMIT));
        let waiting = tokio::spawn({
            let gate = gate.clone();
            async move { gate.wait().await }
        });
        synced.store(2, Ordering::Relaxed);
        tokio::time::sleep(Duration::from_secs(1)).await;
        assert!(
            !waiting.is_finished(),
            "two of three watches listed: closed"
        );
        synced.store(3, Ordering::Relaxed);
        assert!(waiting.await.unwrap());
        // Open for good: a worker started later passes at once.
        synced.store(0, Ordering::Relaxed);
        let passed = tokio::time::timeout(Duration::from_millis(1), gate.wait()).await;
        assert_eq!(passed.ok(), Some(true));
    }

    #[tokio::test(start_paused = true)]
    async fn a_watch_that_never_lists_holds_the_workers_only_until_the_limit() {
        let synced = Arc::new(AtomicUsize::new(1));
        let gate = SyncGate::new(synced, 2, CACHE_SYNC_LIMIT);
        let started = Instant::now();
        assert!(!gate.wait().await);
        let waited = started.elapsed();
        assert!(
            waited >= CACHE_SYNC_LIMIT && waited < CACHE_SYNC_LIMIT + Duration::from_secs(1),
            "{waited:?}"
        );
        assert!(!gate.wait().await, "decided once");
        assert!(started.elapsed() < CACHE_SYNC_LIMIT + Duration::from_secs(1));
    }
}
