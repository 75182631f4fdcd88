//! The operator as a process, configured exactly as in a cluster (environment, flags,
//! `KUBECONFIG`, `SSL_CERT_FILE`), against the simulators: JSON logs, its endpoints, a resource
//! made Ready, no secret in any log line. The process is `aso-operator-e2e`, this crate's copy
//! of the `aso-operator` binary (its `main` is the same one line): cargo tells integration tests
//! where their own package's binaries are, and the operator crate links no simulator.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use kube::api::{Api, DynamicObject, PostParams};
use kube::core::{ApiResource, GroupVersionKind};

const BIN: &str = env!("CARGO_BIN_EXE_aso-operator-e2e");

/// Kills the operator process when the test ends, also when it fails.
struct KillOnDrop(std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn runs_against_the_simulators_like_in_a_cluster() {
    // This test's own HTTP clients use rustls' process-wide provider.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let kube = aso_kubesim::KubeSim::start().await.unwrap();
    let arm = aso_armsim::ArmSim::builder()
        .kinds(aso_catalog::catalog())
        .config(
            aso_armsim::Config::parse(
                "throttling: {model: off}\nlro: {default: {retryAfter: 0}}\n",
                "test",
            )
            .unwrap(),
        )
        .start()
        .await
        .unwrap();
    let ca = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(ca.path(), arm.ca_pem().unwrap()).unwrap();
    let (metrics, health, webhook) = (free_port(), free_port(), free_port());
    // The process serves the conversion webhook too (watchers-and-webhooks, the default).
    kube.sim.webhooks.route_service(
        &format!("aso-system/{}:443", aso_runtime::versions::WEBHOOK_SERVICE),
        std::net::SocketAddr::from(([127, 0, 0, 1], webhook)),
    );
    let client = kube.client().await.unwrap();
    aso_e2e::harness::ensure_namespace(&client, "aso-system").await;
    let child = Command::new(BIN)
        .args([
            "--crd-pattern=resources.azure.com/*",
            &format!("--metrics-addr=127.0.0.1:{metrics}"),
            &format!("--health-addr=127.0.0.1:{health}"),
            &format!("--webhook-port={webhook}"),
        ])
        .env_clear()
        .env("KUBECONFIG", kube.kubeconfig_path())
        .env("SSL_CERT_FILE", ca.path())
        .env("AZURE_SUBSCRIPTION_ID", arm.subscription())
        .env("AZURE_TENANT_ID", arm.tenant())
        .env("AZURE_CLIENT_ID", "aso-operator")
        .env("AZURE_CLIENT_SECRET", "operator-secret")
        .env("AZURE_RESOURCE_MANAGER_ENDPOINT", arm.base_url())
        .env("AZURE_AUTHORITY_HOST", arm.base_url())
        .env("POD_NAMESPACE", "aso-system")
        .env("RUST_LOG", "info")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut child = KillOnDrop(child);
    let stdout = child.0.stdout.take().unwrap();
    let lines = std::thread::spawn(move || {
        BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
            .collect::<Vec<String>>()
    });

    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    loop {
        if let Ok(r) = reqwest::get(format!("http://127.0.0.1:{health}/readyz")).await
            && r.status() == 200
        {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the operator never became ready"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        reqwest::get(format!("http://127.0.0.1:{health}/healthz"))
            .await
            .unwrap()
            .status(),
        200
    );

    let resource = ApiResource::from_gvk_with_plural(
        &GroupVersionKind::gvk("resources.azure.com", "v1api20200601", "ResourceGroup"),
        "resourcegroups",
    );
    let api: Api<DynamicObject> = Api::namespaced_with(client, "default", &resource);
    let rg: DynamicObject = serde_json::from_value(serde_json::json!({
        "apiVersion": "resources.azure.com/v1api20200601",
        "kind": "ResourceGroup",
        "metadata": {"name": "rg-binary", "namespace": "default"},
        "spec": {"location": "westus2"}
    }))
    .unwrap();
    api.create(&PostParams::default(), &rg).await.unwrap();
    loop {
        let obj = api.get("rg-binary").await.unwrap();
        let ready = obj
            .data
            .pointer("/status/conditions/0/status")
            .and_then(|v| v.as_str())
            == Some("True");
        if ready {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "rg-binary never became Ready: {:?}",
            obj.data.get("status")
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let text = reqwest::get(format!("http://127.0.0.1:{metrics}/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        text.contains(r#"aso_arm_requests_total{method="PUT",kind="ResourceGroup""#),
        "{text}"
    );

    drop(child);
    let lines = lines.join().unwrap();
    assert!(!lines.is_empty(), "the operator logged nothing");
    for line in &lines {
        let value: serde_json::Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("not a JSON log line ({e}): {line}"));
        assert!(
            value.get("level").is_some() && value.get("fields").is_some(),
            "{line}"
        );
        assert!(
            !line.contains("operator-secret"),
            "a secret was logged: {line}"
        );
    }
}
