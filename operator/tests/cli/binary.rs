//! The `aso-operator` binary: refuses bad settings naming them, and runs against the simulators
//! configured exactly as in a cluster (environment, flags, `KUBECONFIG`, `SSL_CERT_FILE`), with
//! JSON logs and its endpoints.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use kube::api::{Api, DynamicObject, PostParams};
use kube::core::{ApiResource, GroupVersionKind};

const BIN: &str = env!("CARGO_BIN_EXE_aso-operator");

fn run_with(env: &[(&str, &str)], args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(BIN)
        .args(args)
        .env_clear()
        .envs(env.iter().copied())
        .output()
        .expect("running aso-operator");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn bad_settings_stop_it_naming_the_setting() {
    type Case<'a> = (&'a [(&'a str, &'a str)], &'a [&'a str], &'a str);
    let cases: &[Case] = &[
        (&[("AZURE_SYNC_PERIOD", "soon")], &[], "AZURE_SYNC_PERIOD"),
        (
            &[("MAX_CONCURRENT_RECONCILES", "-1")],
            &[],
            "MAX_CONCURRENT_RECONCILES",
        ),
        (
            &[("AZURE_SYNC_PERIOD", "999999999999h")],
            &[],
            "AZURE_SYNC_PERIOD",
        ),
        (
            &[],
            &["--retry-backoff-max=2562048h"],
            "--retry-backoff-max",
        ),
        (&[], &["--crd-pattern", "storage"], "--crd-pattern"),
        (&[], &["--frobnicate"], "--frobnicate"),
    ];
    for (env, args, named) in cases {
        let (code, stderr) = run_with(env, args);
        assert_eq!(code, Some(2), "{named}: {stderr}");
        assert!(stderr.contains(named), "{named} not named in: {stderr}");
    }
}

#[test]
fn help_and_version_exit_zero() {
    for flag in ["--help", "-h", "--version"] {
        let out = Command::new(BIN).arg(flag).env_clear().output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{flag}");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("aso-operator"),
            "{flag}"
        );
    }
}

/// A pod's environment holds the kubelet's service links and other tools' `AZURE_*` variables,
/// and ASO's manifests pass ASO's flags: none of them stops the operator (it then stops for want
/// of a cluster, exit 1, not for its settings).
#[test]
fn foreign_variables_and_asos_flags_are_warnings() {
    let out = Command::new(BIN)
        .args([
            "--v=2",
            "--webhook-port=9443",
            "-vmodule",
            "x=2",
            "--metrics-addr=0",
            "--health-addr=0",
        ])
        .env_clear()
        .env("ASO_CONTROLLER_MANAGER_METRICS_SERVICE_HOST", "10.96.0.9")
        .env(
            "ASO_CONTROLLER_MANAGER_METRICS_PORT_8080_TCP",
            "tcp://10.96.0.9:8080",
        )
        .env("AZURE_TARGET_NAMESPACE", "typo")
        .output()
        .unwrap();
    let logs =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{logs}");
    assert!(logs.contains("AZURE_TARGET_NAMESPACE"), "{logs}");
    assert!(
        logs.contains("did you mean AZURE_TARGET_NAMESPACES"),
        "{logs}"
    );
    assert!(logs.contains("--webhook-port"), "{logs}");
    assert!(!logs.contains("invalid configuration"), "{logs}");
}

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
    let (metrics, health) = (free_port(), free_port());
    let child = Command::new(BIN)
        .args([
            "--crd-pattern=resources.azure.com/*",
            &format!("--metrics-addr=127.0.0.1:{metrics}"),
            &format!("--health-addr=127.0.0.1:{health}"),
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

    let client = kube.client().await.unwrap();
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
