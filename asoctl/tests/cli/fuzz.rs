//! Hostile manifests through reading and planning: names, annotations and specs an attacker
//! would write. Whatever the input, nothing panics, every document is accounted for, every
//! planned request stays one resource under its subscription and owner, with plain segments,
//! and no Secret value is printed unless asked for.

use proptest::prelude::*;
use serde_json::{Value, json};

use aso_ctl::manifest;
use aso_ctl::plan::offline;
use aso_runtime::{arm_id, hostile};

const SUBSCRIPTION: &str = "00000000-0000-0000-0000-000000000001";
const SECRET_VALUE: &str = "s3cr3t-VALUE-never-printed";

fn api_version() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "resources.azure.com/v1api20200601",
        "storage.azure.com/v1api20230101",
        "storage.azure.com/v1api20210401",
        "network.azure.com/v1api20201101",
        "authorization.azure.com/v1api20220401",
        "azure.microsoft.com/v1alpha1",
        "resources.azure.co/v1api20200601",
        "v1",
        "",
    ])
    .prop_map(String::from)
}

fn kind() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "ResourceGroup",
        "StorageAccount",
        "StorageAccountsBlobService",
        "StorageAccountsBlobServicesContainer",
        "VirtualNetwork",
        "VirtualNetworksSubnet",
        "RoleAssignment",
        "Secret",
        "ConfigMap",
        "",
    ])
    .prop_map(String::from)
}

fn owner() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        hostile::text().prop_map(|name| json!({"name": name})),
        Just(json!({"name": "rg1"})),
        hostile::text().prop_map(
            |tail| json!({"armId": format!("/subscriptions/{SUBSCRIPTION}/resourceGroups/{tail}")})
        ),
        hostile::text().prop_map(|id| json!({"armId": id})),
        (hostile::text(), hostile::text())
            .prop_map(|(group, kind)| json!({"group": group, "kind": kind, "name": "rg1"})),
    ]
}

fn document() -> impl Strategy<Value = Value> {
    (
        api_version(),
        kind(),
        hostile::text(),
        prop::option::of(hostile::text()),
        owner(),
        prop::option::of(hostile::text()),
        hostile::text(),
    )
        .prop_map(
            |(api_version, kind, name, azure_name, owner, annotation, location)| {
                let mut spec = json!({"location": location});
                if let Some(azure_name) = azure_name {
                    spec["azureName"] = json!(azure_name);
                }
                if !owner.is_null() {
                    spec["owner"] = owner;
                }
                let mut doc = json!({
                    "apiVersion": api_version,
                    "kind": kind,
                    "metadata": {"name": name, "namespace": "default"},
                    "spec": spec,
                });
                if let Some(value) = annotation {
                    doc["metadata"]["annotations"] = json!({
                        "serviceoperator.azure.com/resource-id": value,
                        "serviceoperator.azure.com/reconcile-policy": "detach-on-Delete",
                    });
                }
                doc
            },
        )
}

fn secret() -> Value {
    json!({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "admin", "namespace": "default"}, "stringData": {"password": SECRET_VALUE}})
}

fn write_documents(dir: &std::path::Path, documents: &[Value]) -> std::path::PathBuf {
    let text: Vec<String> = documents
        .iter()
        .map(|d| serde_saphyr::to_string(d).expect("YAML"))
        .collect();
    let path = dir.join("manifests.yaml");
    std::fs::write(&path, text.join("---\n")).unwrap();
    path
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn hostile_manifests_plan_safely(mut documents in prop::collection::vec(document(), 1..6)) {
        documents.push(secret());
        let dir = tempfile::tempdir().unwrap();
        let path = write_documents(dir.path(), &documents);
        let manifests = manifest::read_all(&[path]).expect("written as YAML, read back");
        let catalog = aso_catalog::catalog();
        let plan = offline::plan(&manifests, &catalog, SUBSCRIPTION);

        for request in &plan.requests {
            let (path, query) = request.url.split_once('?').expect("a query");
            prop_assert!(query.starts_with("api-version="));
            prop_assert!(arm_id::check_segments(path).is_ok(), "{path}");
            prop_assert!(
                arm_id::is_within(path, &format!("/subscriptions/{SUBSCRIPTION}")),
                "{path} outside the subscription"
            );
            prop_assert!(!path.to_ascii_lowercase().contains("/victim/") || path.ends_with("victim"));
        }
        // Every document is planned, skipped or an error.
        for m in &manifests {
            let source = m.source.to_string();
            let planned = plan.requests.iter().any(|r| {
                r.kind == m.kind() && r.name == m.name() && r.namespace == m.namespace()
            });
            let errored = plan.errors.iter().any(|e| e.source == m.source);
            let skipped = plan.skipped.iter().any(|s| s.starts_with(&source));
            prop_assert!(planned || errored || skipped, "{source} unaccounted: {}", m.value);
        }
        // Printed, nothing holds the Secret's value.
        let mut printed = serde_json::to_value(&plan.requests).unwrap();
        plan.redact(&mut printed);
        prop_assert!(!printed.to_string().contains(SECRET_VALUE));
        for line in plan.errors.iter().map(|e| plan.redact_text(&e.to_string())) {
            prop_assert!(!line.contains(SECRET_VALUE));
        }
    }

    /// Any text at all: read as YAML or refused, never a panic.
    #[test]
    fn any_text_is_read_or_refused(text in "\\PC{0,200}|(---\n|[:{}\\[\\]&*!|>'\"#%@ a-z0-9\n-]){0,80}") {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.yaml");
        std::fs::write(&path, &text).unwrap();
        if let Ok(manifests) = manifest::read_all(&[path]) {
            let _ = offline::plan(&manifests, &aso_catalog::catalog(), SUBSCRIPTION);
        }
    }
}
