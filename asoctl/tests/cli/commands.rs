//! ASO's other asoctl commands as users type them: `version`, `export template` and
//! `clean crds --dry-run` (against the Kubernetes API server simulator through KUBECONFIG).

use std::process::{Command, Output};

use serde_json::Value;

fn asoctl(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_asoctl"));
    command.args(args);
    for (k, v) in env {
        command.env(k, v);
    }
    command.output().expect("asoctl runs")
}

fn text(output: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&output.stdout).to_string(),
        String::from_utf8_lossy(&output.stderr).to_string(),
    )
}

#[test]
fn version_names_this_build() {
    let output = asoctl(&["version"], &[]);
    let (stdout, stderr) = text(&output);
    assert!(output.status.success(), "{stderr}");
    assert!(
        stdout.contains(&format!("asoctl version: v{}", env!("CARGO_PKG_VERSION"))),
        "{stdout}"
    );
}

#[test]
fn export_template_sets_the_crd_pattern_or_names_what_is_wrong() {
    let output = asoctl(
        &[
            "export",
            "template",
            "--crd-pattern",
            "resources.azure.com/*",
        ],
        &[],
    );
    let (stdout, stderr) = text(&output);
    assert!(output.status.success(), "{stderr}");
    let documents: Vec<Value> = serde_saphyr::from_multiple(&stdout).unwrap();
    let deployment = documents
        .iter()
        .find(|d| d["kind"] == "Deployment")
        .expect("the operator's Deployment");
    assert!(
        deployment["spec"]["template"]["spec"]["containers"][0]["args"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a == "--crd-pattern=resources.azure.com/*"),
        "{deployment}"
    );

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("aso.yaml");
    let output = asoctl(
        &["export", "template", "--raw", "-o", file.to_str().unwrap()],
        &[],
    );
    assert!(output.status.success(), "{}", text(&output).1);
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        aso_ctl::export::EMBEDDED
    );

    for (args, expected) in [
        (vec!["export", "template"], "--crd-pattern"),
        (
            vec!["export", "template", "--crd-pattern", "storage.azure.com"],
            "must be <group>/<kind>",
        ),
        (
            vec!["export", "template", "--raw", "--version", "v2.8.0"],
            "--version \"v2.8.0\"",
        ),
        (
            vec!["export", "template", "--raw", "--source", "missing.yaml"],
            "missing.yaml",
        ),
    ] {
        let output = asoctl(&args, &[]);
        let (stdout, stderr) = text(&output);
        assert!(!output.status.success(), "{args:?} should fail");
        assert!(stdout.is_empty(), "{args:?} printed {stdout}");
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn clean_crds_dry_run_reports_through_kubeconfig() {
    let kube = aso_kubesim::KubeSim::start().await.unwrap();
    let kubeconfig = kube.kubeconfig_path().to_str().unwrap().to_string();
    let output = tokio::task::spawn_blocking(move || {
        asoctl(
            &["clean", "crds", "--dry-run"],
            &[("KUBECONFIG", kubeconfig.as_str())],
        )
    })
    .await
    .unwrap();
    let (stdout, stderr) = text(&output);
    assert!(output.status.success(), "{stderr}");
    assert!(
        stdout.contains("0 of 0 CRDs would be migrated (dry run: nothing was changed)"),
        "{stdout}"
    );

    let output = asoctl(
        &["clean", "crds"],
        &[("KUBECONFIG", "/nonexistent/kubeconfig")],
    );
    let (_, stderr) = text(&output);
    assert!(!output.status.success());
    assert!(stderr.contains("KUBECONFIG"), "{stderr}");
}
