//! Client-side rate limiting per subscription: ARM reports what is left of the caller's budget in
//! `x-ms-ratelimit-remaining-subscription-{reads,writes,deletes}`. When little is left, requests
//! are spaced at ARM's refill rate so the budget is never exhausted; after a 429 every request of
//! that subscription and category waits out `Retry-After` (at most `Limits::max_wait`; waits
//! longer than that are not slept out in a worker but handed back to the reconciler).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Which budget a request spends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    Read,
    Write,
    Delete,
}

impl Category {
    pub fn of(method: &reqwest::Method) -> Category {
        match *method {
            reqwest::Method::GET | reqwest::Method::HEAD => Category::Read,
            reqwest::Method::DELETE => Category::Delete,
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

    /// ARM's token-bucket refill rate for the category (requests per second): the pace that
    /// keeps a nearly empty budget from running out.
    fn refill_interval(self) -> Duration {
        match self {
            Category::Read => Duration::from_millis(40),
            Category::Write | Category::Delete => Duration::from_millis(100),
        }
    }
}

/// Tunables.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Below this many remaining requests, requests are spaced out.
    pub low_watermark: i64,
    /// The longest a 429's Retry-After is waited out inside one request; longer ones are handed
    /// back to the reconciler, which requeues.
    pub max_wait: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            low_watermark: 20,
            max_wait: Duration::from_secs(30),
        }
    }
}

#[derive(Debug, Default)]
struct Budget {
    /// The last reported remaining count, lowered by each request sent since.
    remaining: Option<i64>,
    /// The earliest time the next request may go when spacing.
    next_slot: Option<Instant>,
    /// After a 429: nothing goes before this.
    blocked_until: Option<Instant>,
}

/// The limiter shared by all ARM calls of an operator.
#[derive(Debug, Default)]
pub struct RateLimiter {
    limits: Limits,
    budgets: Mutex<HashMap<(String, Category), Budget>>,
}

/// How long a request waits before it may be sent, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wait {
    pub duration: Duration,
    /// True when the wait comes from a 429 (not from spacing a low budget).
    pub throttled: bool,
}

impl RateLimiter {
    pub fn new(limits: Limits) -> RateLimiter {
        RateLimiter {
            limits,
            budgets: Mutex::default(),
        }
    }

    pub fn limits(&self) -> Limits {
        self.limits
    }

    /// Reserves a slot for a request; returns how long to wait before sending it.
    pub fn reserve(&self, subscription: &str, category: Category, now: Instant) -> Wait {
        let mut budgets = self.budgets.lock().unwrap_or_else(|e| e.into_inner());
        let budget = budgets
            .entry((subscription.to_string(), category))
            .or_default();
        let mut start = now;
        let mut throttled = false;
        if let Some(until) = budget.blocked_until {
            if until > now {
                start = until;
                throttled = true;
            } else {
                budget.blocked_until = None;
            }
        }
        if budget
            .remaining
            .is_some_and(|r| r <= self.limits.low_watermark)
        {
            let slot = budget.next_slot.map_or(start, |s| s.max(start));
            budget.next_slot = Some(slot + category.refill_interval());
            start = slot;
        }
        if let Some(remaining) = budget.remaining.as_mut() {
            *remaining -= 1;
        }
        Wait {
            duration: start.saturating_duration_since(now),
            throttled,
        }
    }

    /// Records what an answer said about the budget.
    pub fn observe(
        &self,
        subscription: &str,
        category: Category,
        remaining: Option<i64>,
        throttled_for: Option<Duration>,
        now: Instant,
    ) {
        let mut budgets = self.budgets.lock().unwrap_or_else(|e| e.into_inner());
        let budget = budgets
            .entry((subscription.to_string(), category))
            .or_default();
        if let Some(remaining) = remaining {
            budget.remaining = Some(remaining);
            if remaining > self.limits.low_watermark {
                budget.next_slot = None;
            }
        }
        if let Some(wait) = throttled_for {
            // One answer blocks the whole subscription for at most `max_wait`: the request that
            // was throttled honours its own Retry-After (requeued), the others try again soon.
            let until = now + wait.min(self.limits.max_wait);
            budget.blocked_until = Some(budget.blocked_until.map_or(until, |b| b.max(until)));
            budget.remaining = Some(0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plenty_of_budget_means_no_wait() {
        let limiter = RateLimiter::default();
        let now = Instant::now();
        limiter.observe("s", Category::Write, Some(1000), None, now);
        for _ in 0..100 {
            assert_eq!(
                limiter.reserve("s", Category::Write, now).duration,
                Duration::ZERO
            );
        }
    }

    #[test]
    fn low_budget_spaces_requests_at_the_refill_rate() {
        let limiter = RateLimiter::default();
        let now = Instant::now();
        limiter.observe("s", Category::Write, Some(5), None, now);
        let waits: Vec<Duration> = (0..3)
            .map(|_| limiter.reserve("s", Category::Write, now).duration)
            .collect();
        assert_eq!(
            waits,
            vec![
                Duration::ZERO,
                Duration::from_millis(100),
                Duration::from_millis(200)
            ]
        );
        // Reads of the same subscription have their own budget.
        assert_eq!(
            limiter.reserve("s", Category::Read, now).duration,
            Duration::ZERO
        );
    }

    #[test]
    fn the_budget_runs_down_between_answers() {
        let limiter = RateLimiter::new(Limits {
            low_watermark: 2,
            ..Limits::default()
        });
        let now = Instant::now();
        limiter.observe("s", Category::Read, Some(4), None, now);
        let waits: Vec<bool> = (0..4)
            .map(|_| limiter.reserve("s", Category::Read, now).duration > Duration::ZERO)
            .collect();
        // 4, 3 go at once; from 2 left on, requests are spaced.
        assert_eq!(waits, vec![false, false, false, true]);
    }

    #[test]
    fn a_429_blocks_the_subscription_for_at_most_max_wait() {
        let limiter = RateLimiter::default();
        let now = Instant::now();
        let forever = Duration::from_secs(1_000_000_000_000);
        limiter.observe("s", Category::Write, None, Some(forever), now);
        let wait = limiter.reserve("s", Category::Write, now);
        assert!(wait.throttled);
        assert_eq!(wait.duration, Limits::default().max_wait);
    }

    #[test]
    fn a_429_blocks_the_subscription_until_retry_after() {
        let limiter = RateLimiter::default();
        let now = Instant::now();
        limiter.observe(
            "s",
            Category::Write,
            None,
            Some(Duration::from_secs(3)),
            now,
        );
        let wait = limiter.reserve("s", Category::Write, now);
        assert!(wait.throttled);
        assert!(wait.duration >= Duration::from_secs(3));
        assert_eq!(
            limiter.reserve("other", Category::Write, now).duration,
            Duration::ZERO
        );
        let later = now + Duration::from_secs(10);
        limiter.observe("s", Category::Write, Some(100), None, later);
        assert_eq!(
            limiter.reserve("s", Category::Write, later).duration,
            Duration::ZERO
        );
    }
}
