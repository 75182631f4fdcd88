//! The work queue all kinds share: each object is queued at most once, never handled by two
//! workers at once (an event arriving while it is handled queues it again afterwards), and
//! requeued after a delay chosen by its last reconcile (which replaces any earlier schedule).

use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};
use std::hash::Hash;
use std::sync::Mutex;
use std::time::Duration;

use tokio::sync::Notify;
use tokio::time::Instant;

/// The longest schedule: a delay from a hostile header or an absurd setting cannot overflow.
pub const MAX_DELAY: Duration = Duration::from_secs(366 * 86400);

struct State<K> {
    ready: VecDeque<K>,
    queued: HashSet<K>,
    /// Scheduled keys by due time (a sequence number keeps entries unique).
    delayed: BTreeSet<(Instant, u64, K)>,
    /// The current schedule of each key; delayed entries not matching it are stale.
    due: HashMap<K, (Instant, u64)>,
    in_flight: HashSet<K>,
    /// Keys that were added while in flight.
    dirty: HashSet<K>,
    seq: u64,
    closed: bool,
}

pub struct WorkQueue<K> {
    state: Mutex<State<K>>,
    notify: Notify,
}

impl<K: Clone + Eq + Hash + Ord> Default for WorkQueue<K> {
    fn default() -> Self {
        WorkQueue::new()
    }
}

impl<K: Clone + Eq + Hash + Ord> WorkQueue<K> {
    pub fn new() -> WorkQueue<K> {
        WorkQueue {
            state: Mutex::new(State {
                ready: VecDeque::new(),
                queued: HashSet::new(),
                delayed: BTreeSet::new(),
                due: HashMap::new(),
                in_flight: HashSet::new(),
                dirty: HashSet::new(),
                seq: 0,
                closed: false,
            }),
            notify: Notify::new(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State<K>> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Queues `key` now.
    pub fn add(&self, key: K) {
        let mut s = self.lock();
        if s.in_flight.contains(&key) {
            s.dirty.insert(key);
            return;
        }
        if s.queued.insert(key.clone()) {
            s.ready.push_back(key);
            drop(s);
            self.notify.notify_one();
        }
    }

    /// Schedules `key` after `delay` (at most [`MAX_DELAY`]), replacing its current schedule.
    pub fn add_after(&self, key: K, delay: Duration) {
        let mut s = self.lock();
        s.seq += 1;
        let seq = s.seq;
        let now = Instant::now();
        let at = now
            .checked_add(delay.min(MAX_DELAY))
            .unwrap_or_else(|| now + Duration::from_secs(86400));
        if let Some((old_at, old_seq)) = s.due.insert(key.clone(), (at, seq)) {
            s.delayed.remove(&(old_at, old_seq, key.clone()));
        }
        s.delayed.insert((at, seq, key));
        drop(s);
        self.notify.notify_one();
    }

    /// Drops `key`'s schedule (the object is gone).
    pub fn forget(&self, key: &K) {
        let mut s = self.lock();
        if let Some((at, seq)) = s.due.remove(key) {
            s.delayed.remove(&(at, seq, key.clone()));
        }
    }

    /// Waits for the next key to handle and marks it in flight. `None` once closed.
    pub async fn next(&self) -> Option<K> {
        loop {
            let notified = self.notify.notified();
            let deadline = {
                let mut s = self.lock();
                if s.closed {
                    return None;
                }
                let now = Instant::now();
                while let Some((at, seq, key)) = s.delayed.first().cloned() {
                    if at > now {
                        break;
                    }
                    s.delayed.pop_first();
                    if s.due.get(&key) == Some(&(at, seq)) {
                        s.due.remove(&key);
                        if s.in_flight.contains(&key) {
                            s.dirty.insert(key);
                        } else if s.queued.insert(key.clone()) {
                            s.ready.push_back(key);
                        }
                    }
                }
                if let Some(key) = s.ready.pop_front() {
                    s.queued.remove(&key);
                    s.in_flight.insert(key.clone());
                    let more = !s.ready.is_empty();
                    drop(s);
                    if more {
                        // Wake another worker for the rest.
                        self.notify.notify_one();
                    }
                    return Some(key);
                }
                s.delayed.first().map(|(at, _, _)| *at)
            };
            match deadline {
                Some(at) => {
                    tokio::select! {
                        _ = notified => {}
                        _ = tokio::time::sleep_until(at) => {}
                    }
                }
                None => notified.await,
            }
        }
    }

    /// Marks `key` handled; queues it again if events arrived meanwhile.
    pub fn done(&self, key: &K) {
        let mut s = self.lock();
        s.in_flight.remove(key);
        if s.dirty.remove(key) && s.queued.insert(key.clone()) {
            s.ready.push_back(key.clone());
            drop(s);
            self.notify.notify_one();
        }
    }

    pub fn is_closed(&self) -> bool {
        self.lock().closed
    }

    /// Wakes every waiting worker with `None`.
    pub fn close(&self) {
        self.lock().closed = true;
        self.notify.notify_waiters();
    }

    /// Keys waiting now, in flight, and scheduled (for tests and diagnostics).
    pub fn lengths(&self) -> (usize, usize, usize) {
        let s = self.lock();
        (s.ready.len(), s.in_flight.len(), s.due.len())
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    #[tokio::test]
    async fn deduplicates_and_orders() {
        let q = WorkQueue::new();
        q.add(1);
        q.add(2);
        q.add(1);
        assert_eq!(q.next().await, Some(1));
        assert_eq!(q.next().await, Some(2));
        assert_eq!(q.lengths(), (0, 2, 0));
    }

    #[tokio::test]
    async fn events_during_handling_requeue_after() {
        let q = WorkQueue::new();
        q.add(1);
        assert_eq!(q.next().await, Some(1));
        q.add(1);
        assert_eq!(q.lengths().0, 0, "not handed out twice at once");
        q.done(&1);
        assert_eq!(q.next().await, Some(1));
    }

    #[tokio::test(start_paused = true)]
    async fn delayed_keys_come_due_and_schedules_replace() {
        let q = Arc::new(WorkQueue::new());
        q.add_after(1, Duration::from_secs(10));
        q.add_after(1, Duration::from_secs(2));
        q.add_after(2, Duration::from_secs(5));
        let start = Instant::now();
        assert_eq!(q.next().await, Some(1));
        assert!(start.elapsed() >= Duration::from_secs(2));
        assert_eq!(q.next().await, Some(2));
        assert!(start.elapsed() >= Duration::from_secs(5));
        q.done(&1);
        // The replaced 10 s schedule of key 1 is stale and never fires.
        let waited = tokio::time::timeout(Duration::from_secs(20), q.next()).await;
        assert!(waited.is_err());
    }

    #[tokio::test(start_paused = true)]
    async fn absurd_delays_are_bounded() {
        let q = WorkQueue::new();
        q.add_after(1, Duration::from_secs(u64::MAX));
        assert_eq!(q.lengths(), (0, 0, 1));
        q.add_after(2, Duration::from_millis(1));
        assert_eq!(q.next().await, Some(2));
    }

    #[tokio::test]
    async fn close_releases_workers() {
        let q: Arc<WorkQueue<u32>> = Arc::new(WorkQueue::new());
        let worker = tokio::spawn({
            let q = q.clone();
            async move { q.next().await }
        });
        tokio::task::yield_now().await;
        q.close();
        assert_eq!(worker.await.unwrap(), None);
    }
}
