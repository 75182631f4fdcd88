//! `asoctl import azure-resource` as ASO's users run it, against the ARM simulator: `-o FILE`
//! (one file), `-f/--output-folder` (a file per resource), `-l`/`-a`, signing in with the
//! environment's credential or the Azure CLI's login; bad flags and destinations named, with a
//! failing exit and nothing written.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::{Value, json};

use aso_armsim::ArmSim;

struct Azure {
    arm: ArmSim,
    ca: tempfile::NamedTempFile,
    group_id: String,
}

/// The ARM simulator holding a resource group with a user-assigned identity in it.
async fn azure() -> Azure {
    let arm = ArmSim::builder()
        .kinds(aso_catalog::catalog())
        .start()
        .await
        .expect("the ARM simulator starts");
    let ca = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(ca.path(), arm.ca_pem().unwrap_or_default()).unwrap();
    let group_id = format!(
        "/subscriptions/{}/resourceGroups/imported",
        arm.subscription()
    );
    let http = arm.client().unwrap();
    let token = arm.token_for("seeder");
    for (id, api_version, body) in [
        (
            group_id.clone(),
            "2020-06-01",
            json!({"location": "westus2"}),
        ),
        (
            format!(
                "{group_id}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/builder"
            ),
            "2023-01-31",
            json!({"location": "westus2", "tags": {"team": "a"}}),
        ),
    ] {
        let response = http
            .put(format!("{}{id}?api-version={api_version}", arm.base_url()))
            .bearer_auth(&token)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert!(
            response.status().is_success(),
            "PUT {id}: {}",
            response.status()
        );
    }
    Azure { arm, ca, group_id }
}

/// `asoctl` with only the environment given (none of the machine's AZURE_* variables).
fn asoctl(azure: &Azure, env: &[(&str, String)], args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_asoctl"));
    command
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("SSL_CERT_FILE", azure.ca.path())
        .env("AZURE_RESOURCE_MANAGER_ENDPOINT", azure.arm.base_url())
        .env("AZURE_AUTHORITY_HOST", azure.arm.base_url())
        .args(args);
    for (k, v) in env {
        command.env(k, v);
    }
    command.output().expect("asoctl runs")
}

fn client_secret(azure: &Azure) -> Vec<(&'static str, String)> {
    vec![
        (
            "AZURE_SUBSCRIPTION_ID",
            azure.arm.subscription().to_string(),
        ),
        ("AZURE_TENANT_ID", azure.arm.tenant().to_string()),
        ("AZURE_CLIENT_ID", "importer".to_string()),
        ("AZURE_CLIENT_SECRET", "importer-secret".to_string()),
    ]
}

fn succeeded(output: &Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    assert!(
        output.status.success(),
        "exit {:?}\n{}\n{stderr}",
        output.status,
        String::from_utf8_lossy(&output.stdout)
    );
    stderr
}

fn failed(output: &Output) -> String {
    assert!(!output.status.success(), "should have failed");
    String::from_utf8_lossy(&output.stderr).to_string()
}

fn documents(text: &str) -> Vec<Value> {
    serde_saphyr::from_multiple::<Value>(text)
        .unwrap()
        .into_iter()
        .filter(|d| !d.is_null())
        .collect()
}

fn kinds(documents: &[Value]) -> Vec<String> {
    documents
        .iter()
        .map(|d| d["kind"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn one_file_with_labels_and_annotations() {
    let azure = azure().await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("aso.yaml");
    let output = asoctl(
        &azure,
        &client_secret(&azure),
        &[
            "import",
            "azure-resource",
            &azure.group_id,
            "-o",
            file.to_str().unwrap(),
            "-n",
            "team-a",
            "-l",
            "team=a,tier=gold",
            "--label",
            "example.com/imported=yes",
            "-a",
            "serviceoperator.azure.com/reconcile-policy=skip",
        ],
    );
    succeeded(&output);
    assert!(output.stdout.is_empty(), "everything went to the file");
    let imported = documents(&std::fs::read_to_string(&file).unwrap());
    assert_eq!(kinds(&imported), ["ResourceGroup", "UserAssignedIdentity"]);
    for d in &imported {
        assert_eq!(d["metadata"]["namespace"], "team-a");
        assert_eq!(
            d["metadata"]["labels"],
            json!({"team": "a", "tier": "gold", "example.com/imported": "yes"}),
            "{d}"
        );
        assert_eq!(
            d["metadata"]["annotations"]["serviceoperator.azure.com/reconcile-policy"],
            "skip"
        );
    }
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_file_per_resource_in_a_folder() {
    let azure = azure().await;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("imported/manifests");
    let output = asoctl(
        &azure,
        &client_secret(&azure),
        &[
            "import",
            "azure-resource",
            &azure.group_id,
            "--output-folder",
            folder.to_str().unwrap(),
        ],
    );
    succeeded(&output);
    let mut files: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    files.sort();
    assert_eq!(
        files,
        [
            "resourcegroup-imported.yaml",
            "userassignedidentity-builder.yaml"
        ]
    );
    let identity = documents(
        &std::fs::read_to_string(folder.join("userassignedidentity-builder.yaml")).unwrap(),
    );
    assert_eq!(identity[0]["spec"]["owner"]["name"], "imported");
}

/// A stand-in for the Azure CLI: answers `az account show` and `az account get-access-token`
/// as the real one does (JSON on standard output), logging its arguments.
fn fake_az(dir: &Path, subscription: &str, tenant: &str, token: &str) -> PathBuf {
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let log = dir.join("az.log");
    let expires = time::OffsetDateTime::now_utc().unix_timestamp() + 3600;
    let script = format!(
        r#"#!/bin/sh
echo "$*" >> {log}
case "$*" in
  "account show"*) printf '{{"id": "{subscription}", "tenantId": "{tenant}", "user": {{"name": "dev@example.com"}}}}' ;;
  "account get-access-token"*) printf '{{"accessToken": "{token}", "expires_on": {expires}, "expiresOn": "2099-01-01 00:00:00.000000", "subscription": "{subscription}", "tenant": "{tenant}", "tokenType": "Bearer"}}' ;;
  *) echo "az: unexpected arguments: $*" >&2; exit 2 ;;
esac
"#,
        log = log.display()
    );
    let az = bin.join("az");
    std::fs::write(&az, script).unwrap();
    std::fs::set_permissions(&az, std::fs::Permissions::from_mode(0o755)).unwrap();
    bin
}

#[tokio::test(flavor = "multi_thread")]
async fn signs_in_with_the_azure_cli_login() {
    let azure = azure().await;
    let dir = tempfile::tempdir().unwrap();
    let token = azure.arm.token_for("developer@example.com");
    let bin = fake_az(
        dir.path(),
        azure.arm.subscription(),
        azure.arm.tenant(),
        &token,
    );
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let output = asoctl(
        &azure,
        &[("PATH", path)],
        &["--verbose", "import", "azure-resource", &azure.group_id],
    );
    let stderr = succeeded(&output);
    assert!(stderr.contains("the Azure CLI's login"), "{stderr}");
    let imported = documents(&String::from_utf8_lossy(&output.stdout));
    assert_eq!(kinds(&imported), ["ResourceGroup", "UserAssignedIdentity"]);
    let calls = std::fs::read_to_string(dir.path().join("az.log")).unwrap();
    assert!(calls.contains("account show"), "{calls}");
    // One token for the whole import (cached), asked for ARM's scope.
    assert_eq!(
        calls.matches("account get-access-token").count(),
        1,
        "{calls}"
    );
    assert!(
        calls.contains("--scope https://management.core.windows.net/.default"),
        "{calls}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_flags_and_destinations_fail_naming_them_and_write_nothing() {
    let azure = azure().await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("aso.yaml");
    let file_arg = file.to_str().unwrap();
    let env = client_secret(&azure);
    let import = |extra: &[&str]| {
        let mut args = vec!["import", "azure-resource", azure.group_id.as_str()];
        args.extend(extra);
        asoctl(&azure, &env, &args)
    };

    let e = failed(&import(&["-o", file_arg, "-l", "team"]));
    assert!(e.contains("--label \"team\": expected key=value"), "{e}");
    let e = failed(&import(&["-o", file_arg, "-a", "bad key=x"]));
    assert!(e.contains("--annotation \"bad key=x\""), "{e}");
    let e = failed(&import(&["-o", file_arg, "-f", "folder"]));
    assert!(
        e.contains("--output-folder") || e.contains("--output"),
        "{e}"
    );
    let missing = dir.path().join("missing/aso.yaml");
    let e = failed(&import(&["-o", missing.to_str().unwrap()]));
    assert!(e.contains("missing") && e.contains("does not exist"), "{e}");
    let e = failed(&import(&["-o", dir.path().to_str().unwrap()]));
    assert!(e.contains("is a folder"), "{e}");
    assert!(!file.exists(), "nothing written by a failed import");

    // An ID that does not exist: the error names it, and an existing file is left as it was.
    std::fs::write(&file, "kept: true\n").unwrap();
    let absent = format!("{}-absent", azure.group_id);
    let output = asoctl(
        &azure,
        &env,
        &["import", "azure-resource", &absent, "-o", file_arg],
    );
    let e = failed(&output);
    assert!(e.contains(&absent) && e.contains("not found"), "{e}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "kept: true\n");
}
