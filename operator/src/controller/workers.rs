//! The reconcile workers, each under a panic guard, and the health of the controller's tasks.
//!
//! A reconcile that panics is reported (an error log, `controller_runtime_reconcile_panics_total` and a
//! Ready=False condition on the object) and its object requeued with the longest backoff; the
//! worker goes on. Should a worker task end anyway, the supervisor starts another. [`Health`]
//! counts the live workers and watches: `/healthz` and `/readyz` answer 503 when any is gone,
//! so a broken operator is restarted instead of looking fine while doing nothing.

use std::future::Future;
use std::hash::Hash;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use futures::FutureExt;
use tokio::task::JoinSet;

use super::queue::{self, WorkQueue};
use super::sync_gate::SyncGate;
use crate::context::{Context, ObjectKey};
use crate::reconcile;
use crate::reconcile_rate::ReconcileRate;

/// How many of the controller's tasks run, against how many should.
#[derive(Debug, Default)]
pub struct Health {
    workers: AtomicUsize,
    expected_workers: AtomicUsize,
    watches: AtomicUsize,
    expected_watches: AtomicUsize,
}

impl Health {
    /// `Err` names what is missing.
    pub fn check(&self) -> Result<(), String> {
        let (workers, expected_workers) = (
            self.workers.load(Ordering::Relaxed),
            self.expected_workers.load(Ordering::Relaxed),
        );
        let (watches, expected_watches) = (
            self.watches.load(Ordering::Relaxed),
            self.expected_watches.load(Ordering::Relaxed),
        );
        if workers < expected_workers {
            return Err(format!(
                "{workers} of {expected_workers} reconcile workers are running"
            ));
        }
        if watches < expected_watches {
            return Err(format!(
                "{watches} of {expected_watches} watches are running"
            ));
        }
        Ok(())
    }

    pub fn expect(&self, workers: usize, watches: usize) {
        self.expected_workers.store(workers, Ordering::Relaxed);
        self.expected_watches.store(watches, Ordering::Relaxed);
    }

    /// Runs `task` counted as a live watch for as long as it runs (a panic ends the count too).
    pub async fn watch<F: Future<Output = ()>>(self: Arc<Self>, task: F) {
        let _alive = Alive::new(self.clone(), |h| &h.watches);
        task.await;
    }
}

/// Counts one live task; dropping it (also while unwinding) uncounts it.
struct Alive {
    health: Arc<Health>,
    counter: fn(&Health) -> &AtomicUsize,
}

impl Alive {
    fn new(health: Arc<Health>, counter: fn(&Health) -> &AtomicUsize) -> Alive {
        counter(&health).fetch_add(1, Ordering::Relaxed);
        Alive { health, counter }
    }
}

impl Drop for Alive {
    fn drop(&mut self) {
        (self.counter)(&self.health).fetch_sub(1, Ordering::Relaxed);
    }
}

/// Marks the key handled when dropped, so a key is never left in flight, panic or not.
struct Handling<'a, K: Clone + Eq + Hash + Ord> {
    queue: &'a WorkQueue<K>,
    key: K,
}

impl<K: Clone + Eq + Hash + Ord> Drop for Handling<'_, K> {
    fn drop(&mut self) {
        self.queue.done(&self.key);
    }
}

/// Runs `count` workers until the queue closes, replacing any that ends early.
/// None of them reconciles before `gate` opens (the caches are filled).
pub async fn supervise(ctx: Arc<Context>, health: Arc<Health>, count: usize, gate: Arc<SyncGate>) {
    // RATE_LIMIT's bucket is shared by every worker, as controller-runtime's is.
    let rate = Arc::new(ReconcileRate::new(ctx.settings.rate_limit));
    let mut workers = JoinSet::new();
    for _ in 0..count {
        workers.spawn(worker(
            ctx.clone(),
            health.clone(),
            rate.clone(),
            gate.clone(),
        ));
    }
    while let Some(ended) = workers.join_next().await {
        if ctx.queue.is_closed() {
            continue;
        }
        match ended {
            Err(e) if e.is_panic() => {
                tracing::error!("a reconcile worker panicked outside its guard; starting another")
            }
            _ => tracing::error!("a reconcile worker stopped; starting another"),
        }
        workers.spawn(worker(
            ctx.clone(),
            health.clone(),
            rate.clone(),
            gate.clone(),
        ));
    }
}

/// One reconcile worker of the operator.
async fn worker(
    ctx: Arc<Context>,
    health: Arc<Health>,
    rate: Arc<ReconcileRate>,
    gate: Arc<SyncGate>,
) {
    // Alive while it waits: a worker waiting for the caches is healthy.
    let _alive = Alive::new(health, |h| &h.workers);
    gate.wait().await;
    let reconcile = |key: ObjectKey| {
        let (ctx, rate) = (ctx.clone(), rate.clone());
        async move {
            ctx.metrics.queue_depth(ctx.queue.lengths().0);
            rate.acquire().await;
            let _active = ctx.metrics.worker_active(ctx.kinds.get(key.kind).info.kind);
            reconcile::reconcile(&ctx, &key).await
        }
    };
    let report = |key: ObjectKey, message: String| {
        let ctx = ctx.clone();
        async move { reconcile::report_panic(&ctx, &key, &message).await }
    };
    work(&ctx.queue, reconcile, report).await;
}

/// Takes keys from `queue` until it closes. Each is handled by `handle` under a panic guard; a
/// panic goes to `on_panic`, which reports it; either says when to look at the key again.
pub async fn work<K, H, HF, P, PF>(queue: &WorkQueue<K>, handle: H, on_panic: P)
where
    K: Clone + Eq + Hash + Ord,
    H: Fn(K) -> HF,
    HF: Future<Output = Option<Duration>>,
    P: Fn(K, String) -> PF,
    PF: Future<Output = Option<Duration>>,
{
    while let Some(key) = queue.next().await {
        let handling = Handling {
            queue,
            key: key.clone(),
        };
        let requeue = match AssertUnwindSafe(handle(key.clone())).catch_unwind().await {
            Ok(requeue) => requeue,
            Err(panic) => {
                let message = panic_message(panic.as_ref());
                AssertUnwindSafe(on_panic(key.clone(), message))
                    .catch_unwind()
                    .await
                    .unwrap_or(Some(queue::MAX_DELAY))
            }
        };
        match requeue {
            Some(after) => queue.add_after(key, after),
            None => queue.forget(&key),
        }
        drop(handling);
    }
}

/// The text of a panic's payload.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn health_counts_live_tasks_and_ended_ones_drop_out() {
        let health = Arc::new(Health::default());
        health.expect(0, 1);
        assert!(health.check().is_err(), "a watch is expected but none runs");
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(health.clone().watch(async {
            let _ = rx.await;
        }));
        tokio::task::yield_now().await;
        while health.check().is_err() {
            tokio::task::yield_now().await;
        }
        drop(tx);
        task.await.unwrap();
        let error = health.check().unwrap_err();
        assert!(error.contains("0 of 1 watches"), "{error}");
    }

    #[tokio::test]
    async fn a_panicking_task_is_uncounted() {
        let health = Arc::new(Health::default());
        health.expect(0, 1);
        let task = tokio::spawn(health.clone().watch(async { panic!("boom") }));
        assert!(task.await.unwrap_err().is_panic());
        assert!(health.check().is_err());
    }

    #[tokio::test]
    async fn a_panicking_reconcile_is_reported_and_requeued_and_the_worker_goes_on() {
        use std::sync::Mutex;
        let queue: WorkQueue<u32> = WorkQueue::new();
        for key in [1, 2, 3] {
            queue.add(key);
        }
        let handled = Mutex::new(Vec::new());
        let reported = Mutex::new(Vec::new());
        let handle = |key: u32| {
            let handled = &handled;
            async move {
                if key == 2 {
                    panic!("overflow when adding a duration to an instant");
                }
                handled.lock().unwrap().push(key);
                None
            }
        };
        let report = |key: u32, message: String| {
            let reported = &reported;
            async move {
                reported.lock().unwrap().push((key, message));
                Some(Duration::from_secs(3600))
            }
        };
        let drive = async {
            while handled.lock().unwrap().len() < 2 || reported.lock().unwrap().is_empty() {
                tokio::task::yield_now().await;
            }
            // Key 2 waits for its retry; nothing is left in flight.
            assert_eq!(queue.lengths(), (0, 0, 1));
            queue.close();
        };
        tokio::join!(work(&queue, handle, report), drive);
        assert_eq!(*handled.lock().unwrap(), vec![1, 3]);
        let reported = reported.lock().unwrap();
        assert_eq!(reported.len(), 1);
        assert_eq!(reported[0].0, 2);
        assert!(reported[0].1.contains("overflow"), "{:?}", reported[0]);
    }

    #[test]
    fn panic_messages_are_read() {
        let payload: Box<dyn std::any::Any + Send> = Box::new("overflow when adding durations");
        assert_eq!(
            panic_message(payload.as_ref()),
            "overflow when adding durations"
        );
        let payload: Box<dyn std::any::Any + Send> = Box::new(String::from("x"));
        assert_eq!(panic_message(payload.as_ref()), "x");
        let payload: Box<dyn std::any::Any + Send> = Box::new(3);
        assert_eq!(panic_message(payload.as_ref()), "a panic without a message");
    }
}
