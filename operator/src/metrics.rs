//! Prometheus metrics of the operator: reconciles, errors, durations, ARM requests by method, kind
//! and status, PUTs avoided by drift detection, drift corrected, throttling waits.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct KindResult {
    kind: String,
    result: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct KindLabel {
    kind: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ArmRequest {
    method: String,
    kind: String,
    status: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct MethodLabel {
    method: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct WaitReason {
    reason: String,
}

type HistogramFamily<L> = Family<L, Histogram, fn() -> Histogram>;

fn duration_histogram() -> Histogram {
    Histogram::new(exponential_buckets(0.001, 2.0, 16))
}

/// The operator's metrics and the registry they are served from.
pub struct Metrics {
    registry: Registry,
    reconciles: Family<KindResult, Counter>,
    reconcile_errors: Family<KindLabel, Counter>,
    reconcile_duration: HistogramFamily<KindLabel>,
    arm_requests: Family<ArmRequest, Counter>,
    arm_duration: HistogramFamily<MethodLabel>,
    puts_avoided: Family<KindLabel, Counter>,
    drift_corrected: Family<KindLabel, Counter>,
    throttle_waits: Family<WaitReason, Counter>,
    throttle_wait_seconds: Family<WaitReason, Counter<f64, std::sync::atomic::AtomicU64>>,
    retry_after_capped: Counter,
    reconcile_panics: Family<KindLabel, Counter>,
    /// Totals kept beside the families for cheap reads (benchmarks, tests).
    arm_total: AtomicU64,
    puts_total: AtomicU64,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("aso");
        let reconciles = Family::<KindResult, Counter>::default();
        registry.register(
            "reconciles",
            "Reconciles by kind and result (ready, waiting, retry, fatal, deleted, skipped)",
            reconciles.clone(),
        );
        let reconcile_errors = Family::<KindLabel, Counter>::default();
        registry.register(
            "reconcile_errors",
            "Reconciles that ended in an error, by kind",
            reconcile_errors.clone(),
        );
        let reconcile_duration: HistogramFamily<KindLabel> =
            Family::new_with_constructor(duration_histogram);
        registry.register(
            "reconcile_duration_seconds",
            "Time spent in one reconcile, by kind",
            reconcile_duration.clone(),
        );
        let arm_requests = Family::<ArmRequest, Counter>::default();
        registry.register(
            "arm_requests",
            "ARM requests by method, kind and HTTP status",
            arm_requests.clone(),
        );
        let arm_duration: HistogramFamily<MethodLabel> =
            Family::new_with_constructor(duration_histogram);
        registry.register(
            "arm_request_duration_seconds",
            "ARM request latency by method",
            arm_duration.clone(),
        );
        let puts_avoided = Family::<KindLabel, Counter>::default();
        registry.register(
            "puts_avoided",
            "Sync periods where drift detection found Azure matching the spec, so no PUT was sent",
            puts_avoided.clone(),
        );
        let drift_corrected = Family::<KindLabel, Counter>::default();
        registry.register(
            "drift_corrected",
            "Resources found changed in Azure behind the operator's back and PUT back to the spec",
            drift_corrected.clone(),
        );
        let throttle_waits = Family::<WaitReason, Counter>::default();
        registry.register(
            "throttle_waits",
            "ARM requests held back by client-side rate limiting (spacing a low budget, or after a 429)",
            throttle_waits.clone(),
        );
        let throttle_wait_seconds = Family::default();
        registry.register(
            "throttle_wait_seconds",
            "Time ARM requests were held back by client-side rate limiting",
            throttle_wait_seconds.clone(),
        );
        let retry_after_capped = Counter::default();
        registry.register(
            "retry_after_capped",
            "Retry-After headers longer than the operator waits (cut to its maximum)",
            retry_after_capped.clone(),
        );
        let reconcile_panics = Family::<KindLabel, Counter>::default();
        registry.register(
            "reconcile_panics",
            "Reconciles that panicked (reported on the object and retried), by kind",
            reconcile_panics.clone(),
        );
        Metrics {
            registry,
            retry_after_capped,
            reconcile_panics,
            reconciles,
            reconcile_errors,
            reconcile_duration,
            arm_requests,
            arm_duration,
            puts_avoided,
            drift_corrected,
            throttle_waits,
            throttle_wait_seconds,
            arm_total: AtomicU64::new(0),
            puts_total: AtomicU64::new(0),
        }
    }

    pub fn reconciled(&self, kind: &str, result: &str, duration: Duration) {
        self.reconciles
            .get_or_create(&KindResult {
                kind: kind.to_string(),
                result: result.to_string(),
            })
            .inc();
        if matches!(result, "retry" | "fatal" | "error") {
            self.reconcile_errors
                .get_or_create(&KindLabel {
                    kind: kind.to_string(),
                })
                .inc();
        }
        self.reconcile_duration
            .get_or_create(&KindLabel {
                kind: kind.to_string(),
            })
            .observe(duration.as_secs_f64());
    }

    pub fn arm_request(&self, method: &str, kind: &str, status: &str, duration: Duration) {
        self.arm_requests
            .get_or_create(&ArmRequest {
                method: method.to_string(),
                kind: kind.to_string(),
                status: status.to_string(),
            })
            .inc();
        self.arm_duration
            .get_or_create(&MethodLabel {
                method: method.to_string(),
            })
            .observe(duration.as_secs_f64());
        self.arm_total.fetch_add(1, Ordering::Relaxed);
        if method == "PUT" {
            self.puts_total.fetch_add(1, Ordering::Relaxed);
        }
    }

    pub fn put_avoided(&self, kind: &str) {
        self.puts_avoided
            .get_or_create(&KindLabel {
                kind: kind.to_string(),
            })
            .inc();
    }

    pub fn drift_corrected(&self, kind: &str) {
        self.drift_corrected
            .get_or_create(&KindLabel {
                kind: kind.to_string(),
            })
            .inc();
    }

    pub fn throttle_wait(&self, duration: Duration, after_429: bool) {
        let reason = WaitReason {
            reason: if after_429 {
                "retry-after"
            } else {
                "low-budget"
            }
            .to_string(),
        };
        self.throttle_waits.get_or_create(&reason).inc();
        self.throttle_wait_seconds
            .get_or_create(&reason)
            .inc_by(duration.as_secs_f64());
    }

    pub fn retry_after_capped(&self) {
        self.retry_after_capped.inc();
    }

    pub fn reconcile_panicked(&self, kind: &str) {
        self.reconcile_panics
            .get_or_create(&KindLabel {
                kind: kind.to_string(),
            })
            .inc();
    }

    /// Retry-After headers cut so far.
    pub fn retry_after_capped_total(&self) -> u64 {
        self.retry_after_capped.get()
    }

    /// ARM requests sent so far.
    pub fn arm_requests_total(&self) -> u64 {
        self.arm_total.load(Ordering::Relaxed)
    }

    /// ARM PUTs sent so far.
    pub fn arm_puts_total(&self) -> u64 {
        self.puts_total.load(Ordering::Relaxed)
    }

    /// The OpenMetrics text exposition.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        // Writing into a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut out, &self.registry);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exposition_names_what_was_counted() {
        let m = Metrics::new();
        m.arm_request("PUT", "StorageAccount", "201", Duration::from_millis(3));
        m.put_avoided("ResourceGroup");
        m.reconciled("ResourceGroup", "ready", Duration::from_millis(1));
        let text = m.encode();
        assert!(
            text.contains(
                r#"aso_arm_requests_total{method="PUT",kind="StorageAccount",status="201"} 1"#
            ),
            "{text}"
        );
        assert!(
            text.contains(r#"aso_puts_avoided_total{kind="ResourceGroup"} 1"#),
            "{text}"
        );
        assert_eq!(m.arm_puts_total(), 1);
    }
}
