//! Operating the operator: client-side rate limiting keeps a subscription under ARM's limits,
//! leader election lets one of two replicas work, and the metrics and health endpoints answer.

use std::time::Duration;

use aso_e2e::harness::{DEFAULT_ARMSIM, Env, EnvOptions};

const RG: &str = "resources.azure.com";

fn groups(prefix: &str, n: usize) -> String {
    (0..n)
        .map(|i| {
            format!(
                "---\napiVersion: resources.azure.com/v1api20200601\nkind: ResourceGroup\nmetadata: {{name: {prefix}-{i}, namespace: default}}\nspec: {{location: westus2}}\n"
            )
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limiting_slows_down_before_azure_throttles() {
    // ARM's write bucket refills at 10 per second; this subscription has a burst of 20.
    let mut env = Env::start(EnvOptions {
        crd_pattern: "resources.azure.com/*".into(),
        armsim_config: "throttling:\n  model: tokenBucket\n  writes: {burst: 20, perSecond: 10}\nlro: {default: {retryAfter: 0}}\n".into(),
        ..EnvOptions::default()
    })
    .await;
    env.start_operator().await;
    env.apply(&groups("rg-limit", 40));
    for i in 0..40 {
        env.wait_ready(RG, "ResourceGroup", "default", &format!("rg-limit-{i}"))
            .await;
    }
    let counters = env.arm.counters();
    assert_eq!(
        counters.throttled, 0,
        "the operator slowed down before ARM answered 429"
    );
    let metrics = env.metrics_text().await;
    assert!(
        metrics.contains(r#"aso_throttle_waits_total{reason="low-budget"}"#),
        "{metrics}"
    );
    env.stop_operator().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_of_two_replicas_leads_and_the_other_takes_over() {
    let options = EnvOptions {
        crd_pattern: "resources.azure.com/*".into(),
        armsim_config: DEFAULT_ARMSIM.into(),
        extra_args: vec![
            "--enable-leader-election".into(),
            "--leader-election-lease".into(),
            "2s".into(),
        ],
        ..EnvOptions::default()
    };
    let mut env = Env::start(options).await;
    env.namespace("aso-system");
    env.start_operator().await;
    let leader = env.operator.take().unwrap();
    let standby = aso_operator::run::start(env.settings(), env.client.clone())
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(
        standby.context().is_none(),
        "the standby does not run controllers"
    );
    // A standby is ready (it is healthy, waiting for the lease), so a two-replica Deployment
    // rolls out.
    assert!(standby.ready.load(std::sync::atomic::Ordering::Relaxed));

    env.apply(&groups("rg-leader", 1));
    env.wait_ready(RG, "ResourceGroup", "default", "rg-leader-0")
        .await;
    let lease = env.kubectl(
        &[
            "get",
            "lease",
            "-n",
            "aso-system",
            "-o",
            "jsonpath={.items[0].spec.holderIdentity}",
        ],
        None,
    );
    assert!(lease.ok && !lease.stdout.is_empty(), "{}", lease.stderr);

    // The leader goes away without releasing the lease; the standby takes over once it expires.
    leader.shutdown().await;
    env.apply(&groups("rg-follower", 1));
    env.wait_ready(RG, "ResourceGroup", "default", "rg-follower-0")
        .await;
    assert!(standby.context().is_some());
    let holder = env.kubectl(
        &[
            "get",
            "lease",
            "-n",
            "aso-system",
            "-o",
            "jsonpath={.items[0].spec.holderIdentity}",
        ],
        None,
    );
    assert_ne!(holder.stdout, lease.stdout);
    standby.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_and_metrics_endpoints_answer() {
    let mut env = Env::start(EnvOptions {
        crd_pattern: "resources.azure.com/*".into(),
        ..EnvOptions::default()
    })
    .await;
    env.start_operator().await;
    env.apply(&groups("rg-metrics", 1));
    env.wait_ready(RG, "ResourceGroup", "default", "rg-metrics-0")
        .await;
    let health = env.operator.as_ref().unwrap().health_addr.unwrap();
    for path in ["healthz", "readyz"] {
        let answer = reqwest::get(format!("http://{health}/{path}"))
            .await
            .unwrap();
        assert_eq!(answer.status(), 200, "/{path}");
    }
    let metrics = env.metrics_text().await;
    for expected in [
        r#"aso_arm_requests_total{method="PUT",kind="ResourceGroup",status="201"} 1"#,
        r#"aso_reconciles_total{kind="ResourceGroup",result="ready"}"#,
        "aso_reconcile_duration_seconds_bucket",
        "aso_arm_request_duration_seconds_bucket",
    ] {
        assert!(
            metrics.contains(expected),
            "{expected} missing from:\n{metrics}"
        );
    }
    env.stop_operator().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_target_namespaces_are_reconciled() {
    let mut env = Env::start(EnvOptions {
        crd_pattern: "resources.azure.com/*".into(),
        extra_env: vec![("AZURE_TARGET_NAMESPACES".into(), "watched".into())],
        ..EnvOptions::default()
    })
    .await;
    env.namespace("watched");
    env.namespace("ignored");
    env.start_operator().await;
    for ns in ["watched", "ignored"] {
        env.apply(&format!(
            "apiVersion: resources.azure.com/v1api20200601\nkind: ResourceGroup\nmetadata: {{name: rg-{ns}, namespace: {ns}}}\nspec: {{location: westus2}}\n"
        ));
    }
    env.wait_ready(RG, "ResourceGroup", "watched", "rg-watched")
        .await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let ignored = env
        .get(RG, "ResourceGroup", "ignored", "rg-ignored")
        .await
        .unwrap();
    assert!(ignored.data.get("status").is_none() && ignored.metadata.finalizers.is_none());
    assert!(env.requests("PUT", "rg-ignored").is_empty());
    env.stop_operator().await;
}
