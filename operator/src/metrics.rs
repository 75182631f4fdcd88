//! Prometheus metrics of the operator: reconciles, errors, durations, ARM requests by method, kind
//! and status, PUTs avoided by drift detection, drift corrected, throttling waits (all `aso_*`).
//!
//! Served beside them, under the names ASO's dashboards and alerts read: ASO's own
//! `azure_successful_requests_total{resource,requestType,responseCode}`,
//! `azure_failed_requests_total{resource,requestType}` and
//! `azure_requests_time_seconds{resource,requestType}` (`resource` is the ARM resource type, as
//! `Microsoft.Resources/resourceGroups`), and controller-runtime's reconcile and work queue
//! metrics with ASO's controller names (`ResourceGroupController`). Their mapping from our one
//! multiplexed controller is in [`ControllerRuntime`].

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
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

/// ASO's labels are camelCase, and label names are the field names.
#[allow(non_snake_case)]
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct AzureResponse {
    resource: String,
    requestType: String,
    responseCode: String,
}

#[allow(non_snake_case)]
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct AzureRequest {
    resource: String,
    requestType: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ControllerResult {
    controller: String,
    result: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ControllerLabel {
    controller: String,
}

/// controller-runtime's work queue labels: the queue's name and its controller (both the
/// controller name).
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct QueueLabel {
    name: String,
    controller: String,
}

/// controller-runtime's metrics, mapped from our one controller and one queue onto ASO's
/// per-kind controllers (`<Kind>Controller`):
/// - `controller_runtime_reconcile_total{result}`: `success` for ready, unchanged, deleted,
///   skipped; `requeue_after` for operations in progress and waiting on owners or inputs;
///   `error` for retried and fatal failures (fatal ones count in
///   `controller_runtime_terminal_reconcile_errors_total` too);
/// - `controller_runtime_max_concurrent_reconciles`: MAX_CONCURRENT_RECONCILES for every
///   controller, since all share one pool of that many workers;
/// - `workqueue_adds_total`, `workqueue_retries_total` (after a failure) and
///   `workqueue_work_duration_seconds` per kind; `workqueue_depth` of the one shared queue
///   (name `aso-operator`).
struct ControllerRuntime {
    reconcile_total: Family<ControllerResult, Counter>,
    reconcile_errors: Family<ControllerLabel, Counter>,
    terminal_errors: Family<ControllerLabel, Counter>,
    panics: Family<ControllerLabel, Counter>,
    reconcile_time: HistogramFamily<ControllerLabel>,
    max_concurrent: Family<ControllerLabel, Gauge>,
    active_workers: Family<ControllerLabel, Gauge>,
    queue_depth: Family<QueueLabel, Gauge>,
    queue_adds: Family<QueueLabel, Counter>,
    queue_retries: Family<QueueLabel, Counter>,
    work_duration: HistogramFamily<QueueLabel>,
}

/// The shared queue's name in `workqueue_depth`.
const SHARED_QUEUE: &str = "aso-operator";

/// ASO's controller name for a kind (`<Type>Controller`, from the Go type name).
pub fn controller_name(kind: &str) -> String {
    format!("{kind}Controller")
}

/// controller-runtime's reconcile histogram buckets.
fn reconcile_histogram() -> Histogram {
    Histogram::new([
        0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8,
        0.9, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0,
        15.0, 20.0, 25.0, 30.0, 40.0, 50.0, 60.0,
    ])
}

/// Prometheus' default buckets, which ASO's `azure_requests_time_seconds` uses.
fn default_histogram() -> Histogram {
    Histogram::new([
        0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
    ])
}

/// The ARM resource type a request URL addresses, as ASO labels its requests:
/// `Microsoft.Storage/storageAccounts/blobServices` for a blob service or its operations,
/// `Microsoft.Resources/resourceGroups` for a resource group.
pub fn arm_resource_type(url: &str) -> String {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let path = match path.find("://") {
        Some(scheme) => path[scheme + 3..]
            .find('/')
            .map_or("", |p| &path[scheme + 3 + p..]),
        None => path,
    };
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    if let Some(at) = segments
        .iter()
        .rposition(|s| s.eq_ignore_ascii_case("providers"))
        && let Some(namespace) = segments.get(at + 1)
    {
        let types: Vec<&str> = segments[at + 2..].iter().step_by(2).copied().collect();
        return if types.is_empty() {
            namespace.to_string()
        } else {
            format!("{namespace}/{}", types.join("/"))
        };
    }
    if segments
        .iter()
        .any(|s| s.eq_ignore_ascii_case("resourceGroups"))
    {
        "Microsoft.Resources/resourceGroups".into()
    } else {
        "Microsoft.Resources/subscriptions".into()
    }
}

/// Counts a worker as busy on a kind until dropped.
pub struct ActiveWorker {
    gauge: Gauge,
}

impl Drop for ActiveWorker {
    fn drop(&mut self) {
        self.gauge.dec();
    }
}

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
    azure_successful: Family<AzureResponse, Counter>,
    azure_failed: Family<AzureRequest, Counter>,
    azure_time: HistogramFamily<AzureRequest>,
    controller_runtime: ControllerRuntime,
    retry_after_capped: Counter,
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
        let mut root = Registry::default();
        let (azure_successful, azure_failed, azure_time) = register_azure(&mut root);
        let controller_runtime = register_controller_runtime(&mut root);
        let registry = root.sub_registry_with_prefix("aso");
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
        Metrics {
            registry: root,
            retry_after_capped,
            reconciles,
            reconcile_errors,
            reconcile_duration,
            arm_requests,
            arm_duration,
            puts_avoided,
            drift_corrected,
            throttle_waits,
            throttle_wait_seconds,
            azure_successful,
            azure_failed,
            azure_time,
            controller_runtime,
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
        self.controller_runtime.reconciled(kind, result, duration);
    }

    /// ASO's Azure request metrics for one request to `url`: `status` is ARM's answer, `None`
    /// when none came (network failure).
    pub fn azure_request(&self, url: &str, method: &str, status: Option<u16>, duration: Duration) {
        let request = AzureRequest {
            resource: arm_resource_type(url),
            requestType: method.to_string(),
        };
        match status {
            Some(code) => self
                .azure_successful
                .get_or_create(&AzureResponse {
                    resource: request.resource.clone(),
                    requestType: request.requestType.clone(),
                    responseCode: code.to_string(),
                })
                .inc(),
            None => self.azure_failed.get_or_create(&request).inc(),
        };
        self.azure_time
            .get_or_create(&request)
            .observe(duration.as_secs_f64());
    }

    /// The kinds served and the size of the shared worker pool
    /// (`controller_runtime_max_concurrent_reconciles`, zero active workers each).
    pub fn serving<'k>(&self, kinds: impl IntoIterator<Item = &'k str>, max_concurrent: usize) {
        let cr = &self.controller_runtime;
        for kind in kinds {
            let label = ControllerLabel {
                controller: controller_name(kind),
            };
            cr.max_concurrent
                .get_or_create(&label)
                .set(max_concurrent as i64);
            let _ = cr.active_workers.get_or_create(&label);
        }
    }

    /// An object of `kind` was queued (`workqueue_adds_total`).
    pub fn queued(&self, kind: &str) {
        let name = controller_name(kind);
        self.controller_runtime
            .queue_adds
            .get_or_create(&QueueLabel {
                name: name.clone(),
                controller: name,
            })
            .inc();
    }

    /// The shared queue holds `depth` keys ready for a worker (`workqueue_depth`).
    pub fn queue_depth(&self, depth: usize) {
        self.controller_runtime
            .queue_depth
            .get_or_create(&QueueLabel {
                name: SHARED_QUEUE.into(),
                controller: SHARED_QUEUE.into(),
            })
            .set(depth as i64);
    }

    /// A worker starts on an object of `kind` (`controller_runtime_active_workers`) until the
    /// returned guard is dropped.
    pub fn worker_active(&self, kind: &str) -> ActiveWorker {
        let gauge = self
            .controller_runtime
            .active_workers
            .get_or_create(&ControllerLabel {
                controller: controller_name(kind),
            })
            .clone();
        gauge.inc();
        ActiveWorker { gauge }
    }

    /// A reconcile of `kind` panicked (`controller_runtime_reconcile_panics_total`).
    pub fn reconcile_panicked(&self, kind: &str) {
        let label = ControllerLabel {
            controller: controller_name(kind),
        };
        let cr = &self.controller_runtime;
        cr.panics.get_or_create(&label).inc();
        cr.reconcile_errors.get_or_create(&label).inc();
        cr.reconcile_total
            .get_or_create(&ControllerResult {
                controller: label.controller,
                result: "error".into(),
            })
            .inc();
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

fn register_azure(
    root: &mut Registry,
) -> (
    Family<AzureResponse, Counter>,
    Family<AzureRequest, Counter>,
    HistogramFamily<AzureRequest>,
) {
    let successful = Family::<AzureResponse, Counter>::default();
    root.register(
        "azure_successful_requests",
        "Total number of requests to Azure that got an answer (which may be a 4xx or 5xx)",
        successful.clone(),
    );
    let failed = Family::<AzureRequest, Counter>::default();
    root.register(
        "azure_failed_requests",
        "Total number of requests to Azure that got no answer",
        failed.clone(),
    );
    let time: HistogramFamily<AzureRequest> = Family::new_with_constructor(default_histogram);
    root.register(
        "azure_requests_time_seconds",
        "Length of time per ARM request",
        time.clone(),
    );
    (successful, failed, time)
}

fn register_controller_runtime(root: &mut Registry) -> ControllerRuntime {
    let cr = ControllerRuntime {
        reconcile_total: Family::default(),
        reconcile_errors: Family::default(),
        terminal_errors: Family::default(),
        panics: Family::default(),
        reconcile_time: Family::new_with_constructor(reconcile_histogram),
        max_concurrent: Family::default(),
        active_workers: Family::default(),
        queue_depth: Family::default(),
        queue_adds: Family::default(),
        queue_retries: Family::default(),
        work_duration: Family::new_with_constructor(duration_histogram),
    };
    root.register(
        "controller_runtime_reconcile",
        "Total number of reconciliations per controller",
        cr.reconcile_total.clone(),
    );
    root.register(
        "controller_runtime_reconcile_errors",
        "Total number of reconciliation errors per controller",
        cr.reconcile_errors.clone(),
    );
    root.register(
        "controller_runtime_terminal_reconcile_errors",
        "Total number of terminal reconciliation errors per controller",
        cr.terminal_errors.clone(),
    );
    root.register(
        "controller_runtime_reconcile_panics",
        "Total number of reconciliation panics per controller",
        cr.panics.clone(),
    );
    root.register(
        "controller_runtime_reconcile_time_seconds",
        "Length of time per reconciliation per controller",
        cr.reconcile_time.clone(),
    );
    root.register(
        "controller_runtime_max_concurrent_reconciles",
        "Maximum number of concurrent reconciles per controller (one pool shared by all)",
        cr.max_concurrent.clone(),
    );
    root.register(
        "controller_runtime_active_workers",
        "Number of currently used workers per controller",
        cr.active_workers.clone(),
    );
    root.register(
        "workqueue_depth",
        "Current depth of the work queue",
        cr.queue_depth.clone(),
    );
    root.register(
        "workqueue_adds",
        "Total number of adds handled by the work queue",
        cr.queue_adds.clone(),
    );
    root.register(
        "workqueue_retries",
        "Total number of retries handled by the work queue",
        cr.queue_retries.clone(),
    );
    root.register(
        "workqueue_work_duration_seconds",
        "How long in seconds processing an item from the work queue takes",
        cr.work_duration.clone(),
    );
    cr
}

impl ControllerRuntime {
    fn reconciled(&self, kind: &str, result: &str, duration: Duration) {
        let controller = controller_name(kind);
        let label = ControllerLabel {
            controller: controller.clone(),
        };
        let queue = QueueLabel {
            name: controller.clone(),
            controller: controller.clone(),
        };
        let mapped = match result {
            "ready" | "deleted" | "skipped" | "unchanged" => "success",
            "in-progress" | "deleting" | "waiting" => "requeue_after",
            _ => "error",
        };
        self.reconcile_total
            .get_or_create(&ControllerResult {
                controller,
                result: mapped.into(),
            })
            .inc();
        if mapped == "error" {
            self.reconcile_errors.get_or_create(&label).inc();
            self.queue_retries.get_or_create(&queue).inc();
        }
        if result == "fatal" {
            self.terminal_errors.get_or_create(&label).inc();
        }
        self.reconcile_time
            .get_or_create(&label)
            .observe(duration.as_secs_f64());
        self.work_duration
            .get_or_create(&queue)
            .observe(duration.as_secs_f64());
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

    #[test]
    fn asos_names_are_served_beside_ours() {
        let m = Metrics::new();
        m.serving(["ResourceGroup", "StorageAccount"], 32);
        let id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/a";
        m.azure_request(
            &format!("https://management.azure.com{id}?api-version=2023-01-01"),
            "PUT",
            Some(201),
            Duration::from_millis(3),
        );
        m.azure_request(
            "/subscriptions/s/resourceGroups/rg",
            "GET",
            None,
            Duration::ZERO,
        );
        m.reconciled("ResourceGroup", "ready", Duration::from_millis(1));
        m.reconciled("StorageAccount", "retry", Duration::from_millis(1));
        m.reconciled("StorageAccount", "fatal", Duration::from_millis(1));
        m.reconciled("StorageAccount", "in-progress", Duration::from_millis(1));
        m.queued("ResourceGroup");
        m.queue_depth(3);
        let active = m.worker_active("StorageAccount");
        let text = m.encode();
        for expected in [
            r#"azure_successful_requests_total{resource="Microsoft.Storage/storageAccounts",requestType="PUT",responseCode="201"} 1"#,
            r#"azure_failed_requests_total{resource="Microsoft.Resources/resourceGroups",requestType="GET"} 1"#,
            r#"azure_requests_time_seconds_count{resource="Microsoft.Storage/storageAccounts",requestType="PUT"} 1"#,
            r#"controller_runtime_reconcile_total{controller="ResourceGroupController",result="success"} 1"#,
            r#"controller_runtime_reconcile_total{controller="StorageAccountController",result="error"} 2"#,
            r#"controller_runtime_reconcile_total{controller="StorageAccountController",result="requeue_after"} 1"#,
            r#"controller_runtime_reconcile_errors_total{controller="StorageAccountController"} 2"#,
            r#"controller_runtime_terminal_reconcile_errors_total{controller="StorageAccountController"} 1"#,
            r#"controller_runtime_reconcile_time_seconds_count{controller="ResourceGroupController"} 1"#,
            r#"controller_runtime_max_concurrent_reconciles{controller="ResourceGroupController"} 32"#,
            r#"controller_runtime_active_workers{controller="StorageAccountController"} 1"#,
            r#"controller_runtime_active_workers{controller="ResourceGroupController"} 0"#,
            r#"workqueue_adds_total{name="ResourceGroupController",controller="ResourceGroupController"} 1"#,
            r#"workqueue_retries_total{name="StorageAccountController",controller="StorageAccountController"} 2"#,
            r#"workqueue_depth{name="aso-operator",controller="aso-operator"} 3"#,
            r#"aso_reconciles_total{kind="ResourceGroup",result="ready"} 1"#,
        ] {
            assert!(text.contains(expected), "missing {expected} in:\n{text}");
        }
        drop(active);
        assert!(m.encode().contains(
            r#"controller_runtime_active_workers{controller="StorageAccountController"} 0"#
        ));
    }

    #[test]
    fn resource_types_from_urls() {
        for (url, expected) in [
            (
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/a/blobServices/default?api-version=1",
                "Microsoft.Storage/storageAccounts/blobServices",
            ),
            (
                "https://management.azure.com/subscriptions/s/providers/Microsoft.Storage/locations/eastus/asyncoperations/x",
                "Microsoft.Storage/locations/asyncoperations",
            ),
            (
                "/subscriptions/s/resourcegroups/rg",
                "Microsoft.Resources/resourceGroups",
            ),
            (
                "/subscriptions/s/providers/Microsoft.Network",
                "Microsoft.Network",
            ),
            ("/subscriptions/s", "Microsoft.Resources/subscriptions"),
        ] {
            assert_eq!(arm_resource_type(url), expected, "{url}");
        }
    }
}
