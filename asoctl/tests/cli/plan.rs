//! `asoctl plan --offline` as users run it: Secret values redacted unless asked for; every
//! document planned, skipped with a reason, or an error; special and huge files refused by
//! name; unsafe names refused.

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

fn asoctl(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_asoctl"))
        .args(args)
        .output()
        .expect("asoctl runs")
}

fn plan(file: &Path, extra: &[&str]) -> (bool, String, String) {
    let mut args = vec!["plan", "--offline", "-f", file.to_str().unwrap()];
    args.extend_from_slice(extra);
    let out = asoctl(&args);
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const SERVER_WITH_SECRET: &str = r#"
apiVersion: v1
kind: Secret
metadata: {name: admin, namespace: default}
stringData: {password: "hunter2-very-secret"}
---
apiVersion: resources.azure.com/v1api20200601
kind: ResourceGroup
metadata: {name: rg1, namespace: default}
spec: {location: westus2}
---
apiVersion: dbforpostgresql.azure.com/v1api20221201
kind: FlexibleServer
metadata: {name: pg1, namespace: default}
spec:
  location: westus2
  owner: {name: rg1}
  administratorLogin: admin
  administratorLoginPassword: {name: admin, key: password}
"#;

#[test]
fn secret_values_are_redacted_unless_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("m.yaml");
    std::fs::write(&file, SERVER_WITH_SECRET).unwrap();
    let (ok, stdout, stderr) = plan(&file, &[]);
    assert!(ok, "{stderr}");
    assert!(!stdout.contains("hunter2"), "{stdout}");
    assert!(!stderr.contains("hunter2"), "{stderr}");
    assert!(stdout.contains("$(secret:admin/password)"), "{stdout}");
    assert!(
        stderr.contains("skipped:") && stderr.contains("Secret"),
        "{stderr}"
    );
    let (ok, stdout, _) = plan(&file, &["--show-secrets"]);
    assert!(ok);
    assert!(stdout.contains("hunter2-very-secret"), "{stdout}");
}

#[test]
fn secret_map_values_are_redacted_unless_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("m.yaml");
    let extension = r#"
apiVersion: compute.azure.com/v1api20220301
kind: VirtualMachinesExtension
metadata: {name: script, namespace: default}
spec:
  location: westus2
  owner: {armId: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg1/providers/Microsoft.Compute/virtualMachines/vm1}
  publisher: Microsoft.Azure.Extensions
  type: CustomScript
  protectedSettings: {name: script-settings}
"#;
    // Offline without the Secret: one placeholder stands for its keys.
    std::fs::write(&file, extension).unwrap();
    let (ok, stdout, stderr) = plan(&file, &[]);
    assert!(ok, "{stderr}");
    assert!(stdout.contains("$(secret:script-settings/*)"), "{stdout}");
    // With the Secret among the manifests: its keys, each value a placeholder.
    let secret = r#"
apiVersion: v1
kind: Secret
metadata: {name: script-settings, namespace: default}
stringData: {commandToExecute: "run-hunter2-now", storageAccountKey: "k3y-hunter3"}
---
"#;
    std::fs::write(&file, format!("{secret}{extension}")).unwrap();
    let (ok, stdout, stderr) = plan(&file, &[]);
    assert!(ok, "{stderr}");
    for value in ["hunter2", "hunter3"] {
        assert!(!stdout.contains(value), "{stdout}");
        assert!(!stderr.contains(value), "{stderr}");
    }
    assert!(
        stdout.contains("$(secret:script-settings/commandToExecute)")
            && stdout.contains("$(secret:script-settings/storageAccountKey)"),
        "{stdout}"
    );
    let (ok, stdout, _) = plan(&file, &["--show-secrets"]);
    assert!(ok);
    assert!(stdout.contains("run-hunter2-now"), "{stdout}");
}

#[test]
fn every_document_is_accounted_for() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("m.yaml");
    std::fs::write(
        &file,
        r#"
apiVersion: azure.microsoft.com/v1alpha1
kind: ResourceGroup
metadata: {name: old}
spec: {location: westus}
---
apiVersion: resources.azure.co/v1api20200601
kind: ResourceGroup
metadata: {name: typo}
spec: {location: westus}
---
kind: ResourceGroup
metadata: {name: noversion}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: app}
"#,
    )
    .unwrap();
    let (ok, _, stderr) = plan(&file, &[]);
    assert!(!ok, "errors must fail the command: {stderr}");
    assert!(stderr.contains("Azure Service Operator v1"), "{stderr}");
    assert!(
        stderr.contains("did you mean resources.azure.com"),
        "{stderr}"
    );
    assert!(stderr.contains("no apiVersion"), "{stderr}");
    assert!(
        stderr.contains("skipped:") && stderr.contains("apps/v1 Deployment"),
        "{stderr}"
    );
}

#[test]
fn unsafe_names_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("m.yaml");
    std::fs::write(
        &file,
        r#"
apiVersion: resources.azure.com/v1api20200601
kind: ResourceGroup
metadata: {name: rg1, namespace: default}
spec: {location: westus2, azureName: "../../subscriptions/other/resourceGroups/victim"}
"#,
    )
    .unwrap();
    let (ok, stdout, stderr) = plan(&file, &[]);
    assert!(!ok);
    assert!(!stdout.contains("victim"), "{stdout}");
    assert!(stderr.contains("Azure name"), "{stderr}");
}

#[test]
fn special_files_are_refused_without_hanging() {
    let started = Instant::now();
    for device in ["/dev/zero", "/dev/urandom"] {
        let (ok, _, stderr) = plan(Path::new(device), &[]);
        assert!(
            !ok && stderr.contains(device) && stderr.contains("a device"),
            "{stderr}"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo.yaml");
    if Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success())
    {
        let (ok, _, stderr) = plan(&fifo, &[]);
        assert!(!ok && stderr.contains("a FIFO"), "{stderr}");
    }
    assert!(started.elapsed() < Duration::from_secs(30));
}
