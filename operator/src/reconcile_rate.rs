//! `RATE_LIMIT_MODE=bucket`, as ASO's: a token bucket (golang.org/x/time/rate's) in front of
//! every reconcile. `RATE_LIMIT_QPS` tokens are added per second up to `RATE_LIMIT_BUCKET_SIZE`;
//! each reconcile takes one, waiting for it when the bucket is empty. Ours is one bucket for
//! all kinds, as the worker pool is one (ASO: one per controller).

use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

use crate::settings::RateLimit;

pub struct ReconcileRate {
    bucket: Option<Mutex<Bucket>>,
}

struct Bucket {
    qps: f64,
    burst: f64,
    tokens: f64,
    at: Instant,
}

impl ReconcileRate {
    pub fn new(limit: RateLimit) -> ReconcileRate {
        let bucket = match limit {
            RateLimit::Disabled => None,
            RateLimit::Bucket { qps, bucket_size } => Some(Mutex::new(Bucket {
                qps,
                burst: f64::from(bucket_size),
                tokens: f64::from(bucket_size),
                at: Instant::now(),
            })),
        };
        ReconcileRate { bucket }
    }

    /// How long the next reconcile waits: a token is reserved now, paid for when it is due.
    pub fn reserve(&self, now: Instant) -> Duration {
        let Some(bucket) = &self.bucket else {
            return Duration::ZERO;
        };
        let mut b = bucket.lock().unwrap_or_else(|e| e.into_inner());
        let elapsed = now.saturating_duration_since(b.at).as_secs_f64();
        b.tokens = (b.tokens + elapsed * b.qps).min(b.burst);
        b.at = now;
        b.tokens -= 1.0;
        if b.tokens >= 0.0 {
            Duration::ZERO
        } else {
            // Bounded by the settings: qps > 0 and at most a bucket's worth of waiters ahead.
            Duration::from_secs_f64((-b.tokens / b.qps).min(86_400.0))
        }
    }

    /// Waits until a reconcile may start.
    pub async fn acquire(&self) {
        let wait = self.reserve(Instant::now());
        if !wait.is_zero() {
            tokio::time::sleep(wait).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn a_burst_then_the_refill_rate() {
        let rate = ReconcileRate::new(RateLimit::Bucket {
            qps: 2.0,
            bucket_size: 3,
        });
        let start = Instant::now();
        for _ in 0..3 {
            assert_eq!(rate.reserve(start), Duration::ZERO);
        }
        assert_eq!(rate.reserve(start), Duration::from_millis(500));
        assert_eq!(rate.reserve(start), Duration::from_millis(1000));
        // A second later two tokens came back, both already reserved.
        assert_eq!(
            rate.reserve(start + Duration::from_secs(1)),
            Duration::from_millis(500)
        );
        let unlimited = ReconcileRate::new(RateLimit::Disabled);
        for _ in 0..1000 {
            assert_eq!(unlimited.reserve(start), Duration::ZERO);
        }
    }
}
