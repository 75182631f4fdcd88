//! `asoctl playground`: the quickstart reaches Ready, and while it serves, the cluster it wrote a
//! kubeconfig for answers; Ctrl-C stops it cleanly.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[test]
fn playground_reaches_ready_and_exits_when_asked() {
    let output = Command::new(env!("CARGO_BIN_EXE_asoctl"))
        .args(["playground", "--exit-when-ready", "--timeout", "120"])
        .output()
        .expect("asoctl runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("Everything is Ready"), "{stdout}");
    for kind in [
        "ResourceGroup",
        "StorageAccount",
        "StorageAccountsBlobServicesContainer",
        "UserAssignedIdentity",
    ] {
        assert!(
            stdout
                .lines()
                .any(|l| l.contains(kind) && l.ends_with("Ready")),
            "{kind} never Ready:\n{stdout}"
        );
    }
    assert!(stdout.contains("kubectl get azure"), "{stdout}");
    // With PostgreSQL installed here, the Entra user for the quickstart's identity is made on
    // the playground's own server; otherwise the playground says it skips that part.
    match aso_ctl::playground::postgres::find() {
        Ok(_) => {
            for (kind, name) in [
                ("FlexibleServer", "playground-pg"),
                ("FlexibleServersDatabase", "playground-db"),
                ("User", "playground-identity"),
            ] {
                assert!(
                    stdout
                        .lines()
                        .any(|l| l.contains(kind) && l.contains(name) && l.ends_with("Ready")),
                    "{kind} {name} never Ready:\n{stdout}"
                );
            }
        }
        Err(_) => assert!(
            stdout.contains("Skipping the PostgreSQL part of the quickstart"),
            "{stdout}"
        ),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn playground_serves_until_interrupted() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_asoctl"))
        .args(["playground", "--dir", dir.path().to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("asoctl starts");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let started = Instant::now();
    loop {
        let line = lines
            .next()
            .expect("output until serving")
            .expect("readable output");
        if line.contains("Serving until Ctrl-C") {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the playground never started serving"
        );
    }
    // The kubeconfig it kept works: the exported Secret is there.
    let config = kube::Config::from_custom_kubeconfig(
        kube::config::Kubeconfig::read_from(dir.path().join("kubeconfig")).unwrap(),
        &Default::default(),
    )
    .await
    .unwrap();
    let client = kube::Client::try_from(config).unwrap();
    let secrets: kube::Api<k8s_openapi::api::core::v1::Secret> =
        kube::Api::namespaced(client, "default");
    let keys = secrets
        .get("playgroundstorage-keys")
        .await
        .expect("the exported Secret");
    assert!(keys.data.unwrap_or_default().contains_key("key1"));
    assert!(dir.path().join("armsim-ca.pem").exists());

    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let exit = child.wait().unwrap();
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    assert!(exit.success(), "exit {exit:?}: {rest:?}");
    assert!(rest.iter().any(|l| l.contains("Stopping")), "{rest:?}");
}

#[test]
fn playground_onboards_a_team_with_no_value_filled_in() {
    let output = Command::new(env!("CARGO_BIN_EXE_asoctl"))
        .args([
            "playground",
            "--exit-when-ready",
            "--onboarding",
            "--timeout",
            "120",
        ])
        .output()
        .expect("asoctl runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let ready = |label: &str| {
        stdout
            .lines()
            .any(|l| l.contains(label) && l.ends_with("Ready"))
    };
    for label in [
        "UserAssignedIdentity team-a ",
        "FederatedIdentityCredential team-a-aso",
        "RoleAssignment team-a-contributor",
        // Created by the operator as team-a's identity, through the namespace credential.
        "UserAssignedIdentity team-a-app",
    ] {
        assert!(ready(label), "{label} never Ready:\n{stdout}");
    }
}
