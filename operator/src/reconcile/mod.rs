//! The generic reconciler: one code path for every kind, driven by its `KindInfo`.
//!
//! [`reconcile`] handles one object: [`apply`] (create, update, drift: what to do is
//! [`decision`]'s pure function) or [`delete`], and turns the outcome into the Ready condition,
//! the next schedule and metrics. Failures are retried with capped, jittered exponential
//! backoff, except fatal ones, which wait for the object to change. What the operator keeps on
//! objects for itself is signed ([`trust`]).

pub mod apply;
pub mod condition;
pub mod decision;
pub mod delete;
pub mod exports;
pub mod failure;
pub mod memory;
pub mod metadata;
pub mod object;
pub mod operation;
pub mod prepare;
pub mod status;
pub mod trust;
pub mod written;

use std::time::{Duration, Instant};

use kube::api::{Api, DynamicObject};

use crate::context::{Context, ObjectKey};
use crate::kinds::Kind;
use condition::ready_false;
use failure::Failure;
use memory::FatalMark;

/// How a reconcile ended well.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// When to look again.
    pub requeue: Option<Duration>,
    /// For metrics.
    pub label: &'static str,
}

impl Outcome {
    pub fn idle(label: &'static str) -> Outcome {
        Outcome {
            requeue: None,
            label,
        }
    }

    pub fn requeue(after: Duration, label: &'static str) -> Outcome {
        Outcome {
            requeue: Some(after),
            label,
        }
    }

    /// In sync: look again at the (jittered) sync period.
    pub fn synced(ctx: &Context, label: &'static str) -> Outcome {
        Outcome {
            requeue: ctx.settings.sync_period.map(jittered),
            label,
        }
    }
}

pub fn api_for(ctx: &Context, kind: &Kind, namespace: &str) -> Api<DynamicObject> {
    Api::namespaced_with(ctx.kube.clone(), namespace, &kind.resource)
}

/// The longest any delay the operator computes may be (a sync period, a backoff, a requeue):
/// settings beyond it are cut to it, so no sum with an `Instant` can overflow.
pub const MAX_DELAY: Duration = crate::controller::queue::MAX_DELAY;

/// `d` scaled by `factor` (0 to 2), without the panics of `Duration::mul_f64`, within
/// [`MAX_DELAY`].
fn scaled(d: Duration, factor: f64) -> Duration {
    Duration::try_from_secs_f64(d.min(MAX_DELAY).as_secs_f64() * factor.clamp(0.0, 2.0))
        .unwrap_or(MAX_DELAY)
        .min(MAX_DELAY)
}

/// `period` ±10 %, so resources created together do not all sync together.
pub fn jittered(period: Duration) -> Duration {
    scaled(period, 0.9 + 0.2 * fastrand::f64())
}

/// The delay before retry number `attempt` (1-based): doubling from `min`, capped at `max`,
/// with "equal jitter" (between half and all of it) so failures spread out.
pub fn backoff(attempt: u32, min: Duration, max: Duration) -> Duration {
    let exponent = attempt.saturating_sub(1).min(30);
    let full = min.saturating_mul(1u32 << exponent).min(max);
    scaled(full, 0.5 + 0.5 * fastrand::f64())
}

/// The instant `delay` from now (`None`: practically never), without overflow.
pub fn deadline_after(delay: Option<Duration>) -> Instant {
    let now = Instant::now();
    now.checked_add(delay.unwrap_or(MAX_DELAY).min(MAX_DELAY))
        .unwrap_or_else(crate::arm::client::far_future)
}

/// Reconciles one object; returns when to look at it again.
pub async fn reconcile(ctx: &Context, key: &ObjectKey) -> Option<Duration> {
    let kind = ctx.kinds.get(key.kind);
    let Some(obj) = ctx.caches[key.kind].get(&key.namespace, &key.name) else {
        ctx.forget(key);
        return None;
    };
    // The KindInfo (ARM api-version, shapes) is that of the version the object was written at.
    // A deletion goes ahead whatever the spec says (with the newest version's when it names
    // none we serve); anything else waits for a spec valid at its version.
    let chosen = kind.info_for(&obj);
    let info = *chosen.as_ref().unwrap_or(&kind.info);
    let started = Instant::now();
    let deleting = object::is_deleting(&obj);
    let mut deps = Vec::new();
    // The database User kinds do their work through their own handler (`crate::dbuser`); the
    // outcome is handled here as for every kind.
    let users = crate::dbuser::user_kind(kind.info);
    let result = if deleting {
        match users {
            Some(users) => crate::dbuser::delete(ctx, key, kind, users, obj.clone()).await,
            None => delete::run(ctx, key, kind, info, obj.clone()).await,
        }
    } else if let Err(message) = chosen.and_then(|info| written::check_spec(info, &obj)) {
        Err(Failure::fatal(failure::reason::INVALID_SPEC, message))
    } else {
        let result = match users {
            Some(users) => {
                crate::dbuser::apply(ctx, key, kind, users, obj.clone(), &mut deps).await
            }
            None => apply::run(ctx, key, kind, info, obj.clone(), &mut deps).await,
        };
        ctx.index.record(key, deps);
        result
    };
    let elapsed = started.elapsed();
    match result {
        Ok(outcome) => {
            ctx.metrics
                .reconciled(kind.info.kind, outcome.label, elapsed);
            if matches!(outcome.label, "ready" | "skipped" | "deleted") {
                tracing::debug!(kind = kind.info.kind, namespace = %key.namespace, name = %key.name, outcome = outcome.label, "reconciled");
            }
            outcome.requeue
        }
        Err(failure) => {
            // Deletion has no spec to fix: everything that fails while deleting is retried.
            let failure = match failure {
                Failure::Fatal { reason, message } if deleting => Failure::Retry {
                    reason,
                    message,
                    after: None,
                },
                other => other,
            };
            ctx.metrics
                .reconciled(kind.info.kind, failure.label(), elapsed);
            if let Failure::Kube(message) = &failure {
                // Usually a conflict with a concurrent write; the retry sorts it out.
                tracing::debug!(kind = kind.info.kind, namespace = %key.namespace, name = %key.name, %message, "API server write failed; retrying");
            } else {
                tracing::info!(
                    kind = kind.info.kind,
                    namespace = %key.namespace,
                    name = %key.name,
                    outcome = failure.label(),
                    failure = %failure,
                    "not ready"
                );
            }
            if let Some((severity, reason, message)) = failure.condition() {
                // Write onto the newest version we know (our own patches may have moved it on).
                let latest = ctx.caches[key.kind]
                    .get(&key.namespace, &key.name)
                    .unwrap_or(obj);
                let api = api_for(ctx, kind, &key.namespace);
                let condition = ready_false(severity, reason, message, object::generation(&latest));
                if let Err(e) = status::write_condition(&api, &latest, condition).await {
                    tracing::warn!(kind = kind.info.kind, namespace = %key.namespace, name = %key.name, error = %e, "writing the Ready condition failed");
                }
            }
            let timings = ctx.settings.timings;
            match failure {
                Failure::Fatal { .. } => {
                    let mark = ctx.caches[key.kind]
                        .get(&key.namespace, &key.name)
                        .map(|o| FatalMark::of(&o));
                    ctx.update_memory(key, |m| {
                        m.fatal = mark;
                        m.synced = None;
                    });
                    None
                }
                Failure::Retry { after, .. } => {
                    let mut attempts = 0;
                    ctx.update_memory(key, |m| {
                        m.attempts += 1;
                        attempts = m.attempts;
                        m.synced = None;
                    });
                    let delay = backoff(attempts, timings.backoff_min, timings.backoff_max);
                    // Retry-After is honoured, but never below the backoff: no hot loops.
                    Some(after.map_or(delay, |a| a.max(delay)).min(MAX_DELAY))
                }
                Failure::Kube(_) => {
                    let mut attempts = 0;
                    ctx.update_memory(key, |m| {
                        m.attempts += 1;
                        attempts = m.attempts;
                    });
                    Some(backoff(attempts, timings.backoff_min, timings.backoff_max))
                }
            }
        }
    }
}

/// Reports a reconcile of `key` that panicked: an error log, the metric, and Ready=False on
/// the object; returns when to try it again (the longest backoff).
pub async fn report_panic(ctx: &Context, key: &ObjectKey, message: &str) -> Option<Duration> {
    let kind = ctx.kinds.get(key.kind);
    ctx.metrics.reconcile_panicked(kind.info.kind);
    tracing::error!(kind = kind.info.kind, namespace = %key.namespace, name = %key.name, panic = %message, "reconcile panicked; retrying later");
    if let Some(obj) = ctx.caches[key.kind].get(&key.namespace, &key.name) {
        let api = api_for(ctx, kind, &key.namespace);
        let condition = ready_false(
            aso_runtime::condition::Severity::Warning,
            failure::reason::INTERNAL_ERROR,
            "The operator failed unexpectedly while reconciling this resource; it will try again",
            object::generation(&obj),
        );
        if let Err(e) = status::write_condition(&api, &obj, condition).await {
            tracing::warn!(error = %e, "writing the Ready condition failed");
        }
    }
    Some(ctx.settings.timings.backoff_max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_is_capped_and_jittered() {
        let min = Duration::from_secs(1);
        let max = Duration::from_secs(60);
        for attempt in 1..20 {
            let d = backoff(attempt, min, max);
            let full = min.saturating_mul(1 << (attempt - 1).min(30)).min(max);
            assert!(
                d >= full / 2 && d <= full,
                "attempt {attempt}: {d:?} vs {full:?}"
            );
        }
        assert!(backoff(40, min, max) <= max);
    }

    #[test]
    fn absurd_durations_are_bounded_not_panics() {
        let huge = Duration::from_secs(u64::MAX);
        assert!(jittered(huge) <= MAX_DELAY);
        assert!(backoff(u32::MAX, huge, huge) <= MAX_DELAY);
        assert!(deadline_after(Some(huge)) > Instant::now());
        assert!(deadline_after(None) > Instant::now());
        assert_eq!(jittered(Duration::ZERO), Duration::ZERO);
    }

    #[test]
    fn jitter_stays_within_ten_percent() {
        for _ in 0..100 {
            let d = jittered(Duration::from_secs(100));
            assert!(d >= Duration::from_secs(90) && d <= Duration::from_secs(110));
        }
    }
}
