//! ARM's request limits, per subscription and principal.
//!
//! Two models: today's token buckets (reads 250 burst refilled at 25 per second, writes and
//! deletes 200 refilled at 10 per second) and the legacy hourly quotas (12,000 reads, 1,200
//! writes and 15,000 deletes per hour). Every answer carries
//! `x-ms-ratelimit-remaining-subscription-reads|writes|deletes`; a request beyond the limit gets
//! 429 `SubscriptionRequestsThrottled` with `Retry-After` (seconds until one request fits again).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

/// Which limit a request counts against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    Read,
    Write,
    Delete,
}

impl Category {
    /// GET and HEAD read; DELETE deletes; PUT, PATCH and POST write.
    pub fn of(method: &str) -> Category {
        match method {
            "GET" | "HEAD" => Category::Read,
            "DELETE" => Category::Delete,
            _ => Category::Write,
        }
    }

    pub fn header(self) -> &'static str {
        match self {
            Category::Read => "x-ms-ratelimit-remaining-subscription-reads",
            Category::Write => "x-ms-ratelimit-remaining-subscription-writes",
            Category::Delete => "x-ms-ratelimit-remaining-subscription-deletes",
        }
    }

    /// The word ARM uses in the 429 message.
    pub fn word(self) -> &'static str {
        match self {
            Category::Read => "read",
            Category::Write => "write",
            Category::Delete => "delete",
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ThrottleModel {
    #[default]
    TokenBucket,
    Hourly,
    Off,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Bucket {
    pub burst: u32,
    pub per_second: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HourlyLimits {
    pub reads: u32,
    pub writes: u32,
    pub deletes: u32,
}

impl Default for HourlyLimits {
    fn default() -> Self {
        HourlyLimits {
            reads: 12_000,
            writes: 1_200,
            deletes: 15_000,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ThrottleConfig {
    #[serde(default)]
    pub model: ThrottleModel,
    #[serde(default = "default_reads")]
    pub reads: Bucket,
    #[serde(default = "default_writes")]
    pub writes: Bucket,
    #[serde(default = "default_writes")]
    pub deletes: Bucket,
    #[serde(default)]
    pub hourly: HourlyLimits,
}

fn default_reads() -> Bucket {
    Bucket {
        burst: 250,
        per_second: 25.0,
    }
}
fn default_writes() -> Bucket {
    Bucket {
        burst: 200,
        per_second: 10.0,
    }
}

impl Default for ThrottleConfig {
    fn default() -> Self {
        ThrottleConfig {
            model: ThrottleModel::TokenBucket,
            reads: default_reads(),
            writes: default_writes(),
            deletes: default_writes(),
            hourly: HourlyLimits::default(),
        }
    }
}

impl ThrottleConfig {
    fn bucket(&self, c: Category) -> Bucket {
        match c {
            Category::Read => self.reads,
            Category::Write => self.writes,
            Category::Delete => self.deletes,
        }
    }

    fn hourly_limit(&self, c: Category) -> u32 {
        match c {
            Category::Read => self.hourly.reads,
            Category::Write => self.hourly.writes,
            Category::Delete => self.hourly.deletes,
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct BucketState {
    tokens: f64,
    last: Instant,
}

#[derive(Debug, Clone, Copy)]
struct HourState {
    start: Instant,
    used: u32,
}

#[derive(Debug, Default)]
struct Inner {
    config: ThrottleConfig,
    buckets: HashMap<(String, String, Category), BucketState>,
    hours: HashMap<(String, String, Category), HourState>,
}

/// The limiter.
#[derive(Debug, Default)]
pub struct Throttle {
    inner: Mutex<Inner>,
}

/// A request over the limit: wait this many seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Throttled {
    pub retry_after: u64,
}

impl Throttle {
    pub fn new(config: ThrottleConfig) -> Throttle {
        Throttle {
            inner: Mutex::new(Inner {
                config,
                ..Default::default()
            }),
        }
    }

    /// Replaces the configuration and forgets all usage.
    pub fn configure(&self, config: ThrottleConfig) {
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        *inner = Inner {
            config,
            ..Default::default()
        };
    }

    pub fn config(&self) -> ThrottleConfig {
        self.inner
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .config
            .clone()
    }

    /// Counts one request; `Ok(remaining)` or how long to wait. `None` when throttling is off.
    pub fn take(
        &self,
        subscription: &str,
        principal: &str,
        c: Category,
        now: Instant,
    ) -> Option<Result<u64, Throttled>> {
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let key = (subscription.to_ascii_lowercase(), principal.to_string(), c);
        match inner.config.model {
            ThrottleModel::Off => None,
            ThrottleModel::TokenBucket => {
                let bucket = inner.config.bucket(c);
                let state = inner.buckets.entry(key).or_insert(BucketState {
                    tokens: f64::from(bucket.burst),
                    last: now,
                });
                let elapsed = now.saturating_duration_since(state.last).as_secs_f64();
                state.tokens =
                    (state.tokens + elapsed * bucket.per_second).min(f64::from(bucket.burst));
                state.last = now;
                if state.tokens >= 1.0 {
                    state.tokens -= 1.0;
                    Some(Ok(state.tokens.floor() as u64))
                } else {
                    let wait = if bucket.per_second > 0.0 {
                        (1.0 - state.tokens) / bucket.per_second
                    } else {
                        3600.0
                    };
                    Some(Err(Throttled {
                        retry_after: (wait.ceil() as u64).max(1),
                    }))
                }
            }
            ThrottleModel::Hourly => {
                let limit = inner.config.hourly_limit(c);
                let hour = Duration::from_secs(3600);
                let state = inner.hours.entry(key).or_insert(HourState {
                    start: now,
                    used: 0,
                });
                if now.saturating_duration_since(state.start) >= hour {
                    *state = HourState {
                        start: now,
                        used: 0,
                    };
                }
                if state.used < limit {
                    state.used += 1;
                    Some(Ok(u64::from(limit - state.used)))
                } else {
                    let left = hour.saturating_sub(now.saturating_duration_since(state.start));
                    Some(Err(Throttled {
                        retry_after: left.as_secs().max(1),
                    }))
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bucket_empties_and_refills() {
        let t = Throttle::new(ThrottleConfig {
            writes: Bucket {
                burst: 3,
                per_second: 2.0,
            },
            ..Default::default()
        });
        let start = Instant::now();
        let results: Vec<_> = (0..4)
            .map(|_| t.take("s", "p", Category::Write, start).unwrap())
            .collect();
        assert_eq!(results[..3], [Ok(2), Ok(1), Ok(0)]);
        assert_eq!(results[3], Err(Throttled { retry_after: 1 }));
        // Other principals and categories have their own buckets.
        assert_eq!(t.take("s", "q", Category::Write, start).unwrap(), Ok(2));
        assert!(t.take("s", "p", Category::Read, start).unwrap().is_ok());
        // Honouring Retry-After succeeds.
        assert!(
            t.take("s", "p", Category::Write, start + Duration::from_secs(1))
                .unwrap()
                .is_ok()
        );
    }

    #[test]
    fn hourly_quota() {
        let t = Throttle::new(ThrottleConfig {
            model: ThrottleModel::Hourly,
            hourly: HourlyLimits {
                reads: 2,
                writes: 1,
                deletes: 1,
            },
            ..Default::default()
        });
        let start = Instant::now();
        assert_eq!(t.take("s", "p", Category::Read, start).unwrap(), Ok(1));
        assert_eq!(t.take("s", "p", Category::Read, start).unwrap(), Ok(0));
        let later = start + Duration::from_secs(600);
        assert_eq!(
            t.take("s", "p", Category::Read, later).unwrap(),
            Err(Throttled { retry_after: 3000 })
        );
        assert_eq!(
            t.take("s", "p", Category::Read, start + Duration::from_secs(3600))
                .unwrap(),
            Ok(1)
        );
    }

    #[test]
    fn off_counts_nothing() {
        let t = Throttle::new(ThrottleConfig {
            model: ThrottleModel::Off,
            ..Default::default()
        });
        assert_eq!(t.take("s", "p", Category::Read, Instant::now()), None);
    }
}
