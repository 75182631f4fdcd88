//! Update, delete, cascading delete through owners, and each reconcile policy.

use std::time::Duration;

use reqwest::Method;
use serde_json::json;

use aso_e2e::harness::{Env, EnvOptions, ready};

const RG: &str = "resources.azure.com";
const STORAGE: &str = "storage.azure.com";

fn rg(name: &str, extra_annotations: &str) -> String {
    format!(
        "apiVersion: resources.azure.com/v1api20200601
kind: ResourceGroup
metadata:
  name: {name}
  namespace: default
  annotations: {{{extra_annotations}}}
spec:
  location: westus2
"
    )
}

fn account(name: &str, owner: &str, tags: &str) -> String {
    format!(
        "apiVersion: storage.azure.com/v1api20230101
kind: StorageAccount
metadata:
  name: {name}
  namespace: default
spec:
  location: westus2
  kind: StorageV2
  sku:
    name: Standard_LRS
  owner:
    name: {owner}
  accessTier: Hot
  tags: {{{tags}}}
"
    )
}

async fn env() -> Env {
    let mut env = Env::start(EnvOptions::default()).await;
    env.start_operator().await;
    env
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn update_puts_the_new_spec() {
    let env = env().await;
    env.apply(&rg("rg-update", ""));
    env.apply(&account("acctupdate", "rg-update", "team: a"));
    env.wait_ready(STORAGE, "StorageAccount", "default", "acctupdate")
        .await;
    let id = env
        .resource_id(STORAGE, "StorageAccount", "default", "acctupdate")
        .await;
    assert_eq!(env.requests_for("PUT", &id).len(), 1);

    env.apply(&account("acctupdate", "rg-update", "team: b"));
    env.wait_for(
        STORAGE,
        "StorageAccount",
        "default",
        "acctupdate",
        30,
        |o| o.metadata.generation == Some(2) && aso_e2e::harness::is_ready(o),
    )
    .await;
    let puts = env.requests_for("PUT", &id);
    assert_eq!(puts.len(), 2, "one PUT per generation");
    assert_eq!(puts[1].body["tags"], json!({"team": "b"}));
    assert_eq!(env.arm.resource(&id).unwrap()["tags"], json!({"team": "b"}));
    let obj = env
        .get(STORAGE, "StorageAccount", "default", "acctupdate")
        .await
        .unwrap();
    assert_eq!(
        obj.data["status"]["tags"],
        json!({"team": "b"}),
        "status follows Azure"
    );
    assert_eq!(ready(&obj).unwrap()["observedGeneration"], 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn delete_removes_the_resource_from_azure() {
    let env = env().await;
    env.apply(&rg("rg-delete", ""));
    env.apply(&account("acctdelete", "rg-delete", ""));
    env.wait_ready(STORAGE, "StorageAccount", "default", "acctdelete")
        .await;
    let id = env
        .resource_id(STORAGE, "StorageAccount", "default", "acctdelete")
        .await;
    let obj = env
        .get(STORAGE, "StorageAccount", "default", "acctdelete")
        .await
        .unwrap();
    assert_eq!(
        obj.metadata.finalizers.as_deref(),
        Some(&["serviceoperator.azure.com/finalizer".to_string()][..])
    );
    let out = env.kubectl(
        &["delete", "storageaccount", "acctdelete", "--wait=false"],
        None,
    );
    assert!(out.ok, "{}", out.stderr);
    env.wait_gone(STORAGE, "StorageAccount", "default", "acctdelete")
        .await;
    assert_eq!(env.requests_for("DELETE", &id).len(), 1);
    assert!(env.arm.resource(&id).is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleting_an_owner_deletes_its_children() {
    let env = env().await;
    env.apply(&rg("rg-cascade", ""));
    env.apply(&account("acctcascade", "rg-cascade", ""));
    env.apply(
        "apiVersion: storage.azure.com/v1api20230101
kind: StorageAccountsBlobService
metadata: {name: blobs, namespace: default}
spec:
  owner: {name: acctcascade}
---
apiVersion: storage.azure.com/v1api20230101
kind: StorageAccountsBlobServicesContainer
metadata: {name: container, namespace: default}
spec:
  owner: {name: blobs}
",
    );
    env.wait_ready(
        STORAGE,
        "StorageAccountsBlobServicesContainer",
        "default",
        "container",
    )
    .await;
    let container = env
        .resource_id(
            STORAGE,
            "StorageAccountsBlobServicesContainer",
            "default",
            "container",
        )
        .await;
    let account_id = env
        .resource_id(STORAGE, "StorageAccount", "default", "acctcascade")
        .await;
    let group = env
        .resource_id(RG, "ResourceGroup", "default", "rg-cascade")
        .await;
    // Children carry ownerReferences to their owners, for Kubernetes' garbage collector.
    let child = env
        .get(
            STORAGE,
            "StorageAccountsBlobServicesContainer",
            "default",
            "container",
        )
        .await
        .unwrap();
    let owners = child.metadata.owner_references.unwrap_or_default();
    assert_eq!(owners.len(), 1);
    assert_eq!(
        (owners[0].kind.as_str(), owners[0].name.as_str()),
        ("StorageAccountsBlobService", "blobs")
    );

    let out = env.kubectl(
        &["delete", "resourcegroup", "rg-cascade", "--wait=false"],
        None,
    );
    assert!(out.ok, "{}", out.stderr);
    env.wait_gone(RG, "ResourceGroup", "default", "rg-cascade")
        .await;
    env.wait_gone(STORAGE, "StorageAccount", "default", "acctcascade")
        .await;
    env.wait_gone(STORAGE, "StorageAccountsBlobService", "default", "blobs")
        .await;
    env.wait_gone(
        STORAGE,
        "StorageAccountsBlobServicesContainer",
        "default",
        "container",
    )
    .await;
    for id in [&group, &account_id, &container] {
        assert!(env.arm.resource(id).is_none(), "{id} still exists in Azure");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn skip_reads_azure_and_never_writes_it() {
    let env = env().await;
    let subscription = env.arm.subscription().to_string();
    // Someone else owns this resource group in Azure.
    let id = format!("/subscriptions/{subscription}/resourceGroups/rg-adopted");
    let (status, _) = env
        .arm_request(
            Method::PUT,
            &id,
            "2020-06-01",
            Some(&json!({"location": "westus2", "tags": {"owner": "them"}})),
        )
        .await;
    assert!(status < 300);
    env.apply(&rg(
        "rg-adopted",
        "serviceoperator.azure.com/reconcile-policy: skip",
    ));
    let obj = env
        .wait_ready(RG, "ResourceGroup", "default", "rg-adopted")
        .await;
    assert_eq!(
        obj.data["status"]["tags"],
        json!({"owner": "them"}),
        "status comes from Azure"
    );
    // A child can use it as its owner.
    env.apply(&account("acctinadopted", "rg-adopted", ""));
    env.wait_ready(STORAGE, "StorageAccount", "default", "acctinadopted")
        .await;

    // Skipped and absent in Azure: a warning, never a create.
    env.apply(&rg(
        "rg-absent",
        "serviceoperator.azure.com/reconcile-policy: skip",
    ));
    env.wait_reason(
        RG,
        "ResourceGroup",
        "default",
        "rg-absent",
        "AzureResourceNotFound",
    )
    .await;
    let absent = format!("/subscriptions/{subscription}/resourceGroups/rg-absent");

    let out = env.kubectl(
        &[
            "delete",
            "resourcegroup",
            "rg-adopted",
            "rg-absent",
            "--wait=false",
        ],
        None,
    );
    assert!(out.ok, "{}", out.stderr);
    env.wait_gone(RG, "ResourceGroup", "default", "rg-adopted")
        .await;
    env.wait_gone(RG, "ResourceGroup", "default", "rg-absent")
        .await;
    assert!(
        env.requests_for("PUT", &id).len() == 1,
        "only our own setup PUT"
    );
    assert!(env.requests_for("DELETE", &id).is_empty());
    assert!(env.requests_for("PUT", &absent).is_empty());
    assert!(
        env.arm.resource(&id).is_some(),
        "skip leaves Azure alone on delete"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn detach_on_delete_leaves_the_resource_in_azure() {
    let env = env().await;
    env.apply(&rg(
        "rg-detach",
        "serviceoperator.azure.com/reconcile-policy: detach-on-delete",
    ));
    env.wait_ready(RG, "ResourceGroup", "default", "rg-detach")
        .await;
    let id = env
        .resource_id(RG, "ResourceGroup", "default", "rg-detach")
        .await;
    assert_eq!(
        env.requests_for("PUT", &id).len(),
        1,
        "detach-on-delete still creates"
    );
    let out = env.kubectl(
        &["delete", "resourcegroup", "rg-detach", "--wait=false"],
        None,
    );
    assert!(out.ok, "{}", out.stderr);
    env.wait_gone(RG, "ResourceGroup", "default", "rg-detach")
        .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(env.requests_for("DELETE", &id).is_empty());
    assert!(env.arm.resource(&id).is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invalid_policy_is_an_error_naming_it() {
    let env = env().await;
    env.apply(&rg(
        "rg-badpolicy",
        "serviceoperator.azure.com/reconcile-policy: sometimes",
    ));
    let obj = env
        .wait_reason(
            RG,
            "ResourceGroup",
            "default",
            "rg-badpolicy",
            "InvalidAnnotation",
        )
        .await;
    let condition = ready(&obj).unwrap();
    assert_eq!(condition["severity"], "Error");
    assert!(
        condition["message"]
            .as_str()
            .unwrap()
            .contains("reconcile-policy"),
        "{condition}"
    );
    assert!(env.requests("PUT", "rg-badpolicy").is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn finalizer_and_arm_id_are_persisted_before_the_first_put() {
    let env = env().await;
    // Hold the PUT's answer, so the object can be read while ARM has the request.
    env.arm.add_fault(aso_armsim::FaultRule {
        method: Some("PUT".into()),
        path_contains: Some("/resourceGroups/rg-order".into()),
        times: Some(1),
        fault: aso_armsim::Fault::Delay { ms: 1500 },
        ..Default::default()
    });
    env.apply(&rg("rg-order", ""));
    aso_e2e::harness::eventually(10, || async {
        (!env.requests("PUT", "/resourceGroups/rg-order").is_empty()).then_some(())
    })
    .await;
    let obj = env
        .get(RG, "ResourceGroup", "default", "rg-order")
        .await
        .unwrap();
    assert!(
        obj.metadata
            .finalizers
            .clone()
            .unwrap_or_default()
            .contains(&"serviceoperator.azure.com/finalizer".to_string())
    );
    let expected = format!(
        "/subscriptions/{}/resourceGroups/rg-order",
        env.arm.subscription()
    );
    assert_eq!(
        aso_e2e::harness::annotation(&obj, "serviceoperator.azure.com/resource-id"),
        Some(expected.as_str())
    );
    env.wait_ready(RG, "ResourceGroup", "default", "rg-order")
        .await;
}
