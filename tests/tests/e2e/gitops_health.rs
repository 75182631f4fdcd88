//! The Argo CD health check (`docs/gitops/argocd-health.lua`) run by Lua 5.1, the language of
//! Argo CD's gopher-lua, over the Ready conditions the operator writes: built by the operator's
//! own constructors for every severity and the reasons that mean waiting, and read from objects
//! a running operator reconciled. The ConfigMap users merge holds the same script.

use std::path::{Path, PathBuf};

use aso_e2e::harness::{Env, EnvOptions, ready};
use aso_operator::reconcile::condition::{ready_false, ready_true, stamp};
use aso_runtime::condition::Severity;
use mlua::{Lua, LuaSerdeExt, Table};
use serde_json::{Value, json};

fn gitops() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/gitops")
}

fn script() -> String {
    std::fs::read_to_string(gitops().join("argocd-health.lua")).expect("the health script")
}

/// Runs the script as Argo CD does: `obj` is the object, the script returns `hs`.
fn health(object: &Value) -> (String, String) {
    let lua = Lua::new();
    let obj = lua.to_value(object).expect("the object as a Lua table");
    lua.globals().set("obj", obj).unwrap();
    let hs: Table = lua
        .load(script())
        .set_name("argocd-health.lua")
        .eval()
        .unwrap_or_else(|e| panic!("the script fails on {object}: {e}"));
    (
        hs.get::<String>("status").unwrap(),
        hs.get::<Option<String>>("message")
            .unwrap()
            .unwrap_or_default(),
    )
}

fn object(generation: i64, conditions: Value) -> Value {
    json!({
        "apiVersion": "resources.azure.com/v1api20200601",
        "kind": "ResourceGroup",
        "metadata": {"name": "rg", "namespace": "ns", "generation": generation},
        "spec": {"location": "westus2"},
        "status": {"conditions": conditions},
    })
}

fn condition(c: aso_runtime::condition::Condition) -> Value {
    serde_json::to_value(stamp(c, None, "2026-01-01T00:00:00Z")).unwrap()
}

#[test]
fn the_script_reads_every_condition_the_operator_writes() {
    let cases = [
        (object(3, json!([condition(ready_true(3))])), "Healthy"),
        (
            object(
                3,
                json!([condition(ready_false(
                    Severity::Info,
                    "Reconciling",
                    "The resource is being created",
                    3
                ))]),
            ),
            "Progressing",
        ),
        (
            object(
                3,
                json!([condition(ready_false(
                    Severity::Warning,
                    "WaitingForOwner",
                    "Owner ResourceGroup ns/rg is not ready",
                    3
                ))]),
            ),
            "Progressing",
        ),
        (
            object(
                3,
                json!([condition(ready_false(
                    Severity::Warning,
                    "SecretNotFound",
                    "secret ns/s not found",
                    3
                ))]),
            ),
            "Progressing",
        ),
        (
            object(
                3,
                json!([condition(ready_false(
                    Severity::Warning,
                    "AuthorizationFailed",
                    "The client does not have authorization",
                    3
                ))]),
            ),
            "Degraded",
        ),
        (
            object(
                3,
                json!([condition(ready_false(
                    Severity::Error,
                    "InvalidResourceLocation",
                    "The location is not valid",
                    3
                ))]),
            ),
            "Degraded",
        ),
        // A Ready condition about an earlier generation says nothing about this one.
        (object(4, json!([condition(ready_true(3))])), "Progressing"),
        (
            object(
                4,
                json!([condition(ready_false(
                    Severity::Error,
                    "BadRequest",
                    "x",
                    3
                ))]),
            ),
            "Progressing",
        ),
        // Not reconciled yet.
        (object(1, json!([])), "Progressing"),
        (
            json!({"apiVersion": "resources.azure.com/v1api20200601", "kind": "ResourceGroup",
                   "metadata": {"name": "rg", "generation": 1}, "spec": {}}),
            "Progressing",
        ),
    ];
    for (obj, expected) in &cases {
        let (status, message) = health(obj);
        assert_eq!(&status, expected, "{obj}: {message}");
    }
    let mut deleting = object(2, json!([condition(ready_true(2))]));
    deleting["metadata"]["deletionTimestamp"] = json!("2026-01-01T00:00:00Z");
    assert_eq!(health(&deleting).0, "Progressing");
    let (_, message) = health(&cases[5].0);
    assert_eq!(
        message, "The location is not valid",
        "the condition's message is shown"
    );
}

#[test]
fn the_argocd_configmap_holds_the_same_script_under_a_wildcard() {
    let text = std::fs::read_to_string(gitops().join("argocd-cm.yaml")).unwrap();
    let cm: Value = serde_saphyr::from_str(&text).unwrap();
    let customizations: Value =
        serde_saphyr::from_str(cm["data"]["resource.customizations"].as_str().unwrap()).unwrap();
    let embedded = customizations["*.azure.com/*"]["health.lua"]
        .as_str()
        .expect("a health.lua for *.azure.com/*");
    assert_eq!(embedded.trim_end(), script().trim_end());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_script_reads_objects_a_running_operator_reconciled() {
    let mut env = Env::start(EnvOptions::default()).await;
    env.namespace("aso-system");
    env.start_operator().await;
    env.namespace("gitops");
    env.apply(
        "apiVersion: resources.azure.com/v1api20200601
kind: ResourceGroup
metadata: {name: rg-healthy, namespace: gitops}
spec: {location: westus2}
---
apiVersion: storage.azure.com/v1api20230101
kind: StorageAccount
metadata: {name: orphanaccount, namespace: gitops}
spec:
  location: westus2
  kind: StorageV2
  sku: {name: Standard_LRS}
  owner: {name: rg-missing}
",
    );
    let healthy = env
        .wait_ready(
            "resources.azure.com",
            "ResourceGroup",
            "gitops",
            "rg-healthy",
        )
        .await;
    assert_eq!(
        health(&serde_json::to_value(&healthy).unwrap()).0,
        "Healthy"
    );
    let waiting = env
        .wait_reason(
            "storage.azure.com",
            "StorageAccount",
            "gitops",
            "orphanaccount",
            "WaitingForOwner",
        )
        .await;
    assert_eq!(
        ready(&waiting).unwrap()["severity"],
        "Warning",
        "waiting is retried"
    );
    assert_eq!(
        health(&serde_json::to_value(&waiting).unwrap()).0,
        "Progressing"
    );
    env.stop_operator().await;
}
