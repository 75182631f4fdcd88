//! Drift detection: at each sync period the operator GETs the resource and compares it with the
//! spec; an unchanged resource costs no PUT, a resource changed (or deleted) behind the
//! operator's back is put back, with an Event and a metric.

use std::time::Duration;

use reqwest::Method;
use serde_json::json;

use aso_e2e::harness::{Env, EnvOptions, eventually, metric};

const STORAGE: &str = "storage.azure.com";

const MANIFESTS: &str = "apiVersion: resources.azure.com/v1api20200601
kind: ResourceGroup
metadata: {name: rg-drift, namespace: default}
spec: {location: westus2}
---
apiVersion: storage.azure.com/v1api20230101
kind: StorageAccount
metadata: {name: acctdrift, namespace: default}
spec:
  location: West US 2
  kind: StorageV2
  sku: {name: Standard_LRS}
  owner: {name: rg-drift}
  accessTier: Hot
  tags: {team: a}
";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn drift_is_corrected_and_no_drift_costs_no_put() {
    let mut env = Env::start(EnvOptions {
        sync_period: "1s".into(),
        ..EnvOptions::default()
    })
    .await;
    env.start_operator().await;
    env.apply(MANIFESTS);
    env.wait_ready(STORAGE, "StorageAccount", "default", "acctdrift")
        .await;
    let id = env
        .resource_id(STORAGE, "StorageAccount", "default", "acctdrift")
        .await;
    let gets_before = env.requests_for("GET", &id).len();

    // Several sync periods with nothing changed: GETs, no PUT. The spec's "West US 2" matches
    // Azure's "westus2".
    tokio::time::sleep(Duration::from_millis(3500)).await;
    assert_eq!(
        env.requests_for("PUT", &id).len(),
        1,
        "an unchanged resource is not PUT again"
    );
    let gets = env.requests_for("GET", &id).len() - gets_before;
    assert!(
        (2..=5).contains(&gets),
        "one GET per sync period, got {gets} in 3.5 periods"
    );
    let metrics = env.metrics_text().await;
    assert!(
        metric(&metrics, r#"aso_puts_avoided_total{kind="StorageAccount"}"#) >= 2.0,
        "{metrics}"
    );

    // Someone changes the tags in Azure.
    let mut changed = env.arm.resource(&id).unwrap();
    changed["tags"] = json!({"team": "hacked"});
    let (status, _) = env
        .arm_request(Method::PUT, &id, "2023-01-01", Some(&changed))
        .await;
    assert!(status < 300, "{status}");
    eventually(10, || async {
        (env.arm.resource(&id).unwrap()["tags"] == json!({"team": "a"})).then_some(())
    })
    .await;
    let puts = env.requests_for("PUT", &id);
    // Ours, the intruder's, and the correction.
    assert_eq!(puts.len(), 3);
    assert_eq!(puts[2].body["tags"], json!({"team": "a"}));
    let metrics = env.metrics_text().await;
    assert_eq!(
        metric(
            &metrics,
            r#"aso_drift_corrected_total{kind="StorageAccount"}"#
        ),
        1.0,
        "{metrics}"
    );
    let events = eventually(10, || async {
        let out = env.kubectl(&["get", "events.events.k8s.io", "-o", "json"], None);
        out.stdout.contains("DriftCorrected").then_some(out.stdout)
    })
    .await;
    assert!(events.contains("acctdrift"));

    // Someone deletes it: it is created again.
    let (status, _) = env
        .arm_request(Method::DELETE, &id, "2023-01-01", None)
        .await;
    assert!(status < 300, "{status}");
    eventually(10, || async {
        env.arm.resource(&id).is_some().then_some(())
    })
    .await;
    env.stop_operator().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restarted_operator_checks_with_one_get_and_no_put() {
    let mut env = Env::start(EnvOptions::default()).await;
    env.start_operator().await;
    env.apply(MANIFESTS);
    env.wait_ready(STORAGE, "StorageAccount", "default", "acctdrift")
        .await;
    let id = env
        .resource_id(STORAGE, "StorageAccount", "default", "acctdrift")
        .await;
    env.stop_operator().await;
    let gets_before = env.requests_for("GET", &id).len();
    env.start_operator().await;
    eventually(10, || async {
        (env.requests_for("GET", &id).len() > gets_before).then_some(())
    })
    .await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(env.requests_for("GET", &id).len(), gets_before + 1);
    assert_eq!(env.requests_for("PUT", &id).len(), 1);
    env.stop_operator().await;
}
