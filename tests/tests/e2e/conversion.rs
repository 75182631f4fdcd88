//! Conversion between the versions of our CRDs through the conversion webhook, on the
//! simulators (which call it exactly as kube-apiserver does): nothing is lost across versions,
//! each object is reconciled at the ARM api-version of the version it was written at, and
//! with the webhook down reads at non-storage versions fail while the operator (which reads the
//! hub) keeps reconciling.

use kube::api::{Api, DynamicObject, Patch, PatchParams};
use kube::core::{ApiResource, GroupVersionKind};
use serde_json::{Value, json};

use aso_e2e::harness::{Env, EnvOptions, is_ready};

const STORAGE: &str = "storage.azure.com";
const OLD: &str = "v1api20210401";
const NEW: &str = "v1api20230101";

fn at(env: &Env, version: &str) -> Api<DynamicObject> {
    let resource = ApiResource::from_gvk_with_plural(
        &GroupVersionKind::gvk(STORAGE, version, "StorageAccount"),
        "storageaccounts",
    );
    Api::namespaced_with(env.client.clone(), "default", &resource)
}

async fn patch(env: &Env, version: &str, name: &str, spec: Value) -> DynamicObject {
    at(env, version)
        .patch(
            name,
            &PatchParams::default(),
            &Patch::Merge(&json!({"spec": spec})),
        )
        .await
        .unwrap_or_else(|e| panic!("writing at {version}: {e}"))
}

async fn setup(name: &str) -> Env {
    let mut env = Env::start(EnvOptions::default()).await;
    env.start_operator().await;
    env.apply(&format!(
        "apiVersion: resources.azure.com/v1api20200601
kind: ResourceGroup
metadata:
  name: rg-{name}
  namespace: default
spec:
  location: westus2
---
apiVersion: {STORAGE}/{OLD}
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
    name: rg-{name}
  accessTier: Hot
  tags: {{team: a}}
"
    ));
    env
}

/// The PUTs ARM saw for the account, as (api-version, body).
fn puts(env: &Env, name: &str) -> Vec<(String, Value)> {
    env.requests("PUT", &format!("/storageAccounts/{name}?"))
        .into_iter()
        .map(|e| {
            let version = e
                .url
                .split("api-version=")
                .nth(1)
                .unwrap_or_default()
                .split('&')
                .next()
                .unwrap_or_default()
                .to_string();
            (version, e.body)
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn writes_at_any_version_lose_nothing_and_reach_azure_at_their_api_version() {
    let name = "acctversions";
    let env = setup(name).await;
    let hub = env
        .wait_ready(STORAGE, "StorageAccount", "default", name)
        .await;
    assert_eq!(hub.data["spec"]["originalVersion"], OLD);
    let sent = puts(&env, name);
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(sent[0].0, "2021-04-01", "PUT at the version written");

    // Read at the new version: the same spec; write there a field only it has.
    let read = at(&env, NEW).get(name).await.unwrap();
    assert_eq!(read.data["spec"]["accessTier"], "Hot");
    assert_eq!(read.data["spec"]["tags"], json!({"team": "a"}));
    assert!(read.data["spec"].get("originalVersion").is_none());
    patch(
        &env,
        NEW,
        name,
        json!({"defaultToOAuthAuthentication": true}),
    )
    .await;
    env.wait_for(STORAGE, "StorageAccount", "default", name, 30, |o| {
        o.metadata.generation == Some(2) && is_ready(o)
    })
    .await;
    let sent = puts(&env, name);
    assert_eq!(sent.len(), 2, "{sent:?}");
    assert_eq!(sent[1].0, "2023-01-01");
    assert_eq!(
        sent[1].1["properties"]["defaultToOAuthAuthentication"],
        true
    );

    // Read at the old version, which lacks the field; write there; the field survives.
    let old = at(&env, OLD).get(name).await.unwrap();
    assert!(
        old.data["spec"]
            .get("defaultToOAuthAuthentication")
            .is_none()
    );
    patch(&env, OLD, name, json!({"tags": {"team": "b"}})).await;
    let hub = env
        .wait_for(STORAGE, "StorageAccount", "default", name, 30, |o| {
            o.metadata.generation == Some(3) && is_ready(o)
        })
        .await;
    assert_eq!(hub.data["spec"]["originalVersion"], OLD);
    let new = at(&env, NEW).get(name).await.unwrap();
    assert_eq!(new.data["spec"]["defaultToOAuthAuthentication"], true);
    assert_eq!(new.data["spec"]["tags"], json!({"team": "b"}));
    let old = at(&env, OLD).get(name).await.unwrap();
    assert_eq!(old.data["spec"]["tags"], json!({"team": "b"}));
    let sent = puts(&env, name);
    assert_eq!(sent.len(), 3, "{sent:?}");
    assert_eq!(sent[2].0, "2021-04-01", "written at the old version again");
    assert!(
        sent[2].1["properties"]
            .get("defaultToOAuthAuthentication")
            .is_none(),
        "2021-04-01 has no such property: {}",
        sent[2].1
    );
    // Lists and status read at either version too.
    for version in [OLD, NEW] {
        let list = at(&env, version).list(&Default::default()).await.unwrap();
        assert_eq!(list.items.len(), 1);
        assert!(
            is_ready(&list.items[0]),
            "{version}: {:?}",
            list.items[0].data
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_the_webhook_down_reads_fail_but_the_operator_reconciles() {
    let name = "acctwebhookdown";
    let mut env = setup(name).await;
    env.wait_ready(STORAGE, "StorageAccount", "default", name)
        .await;
    env.stop_webhook().await;

    let err = at(&env, NEW).get(name).await.unwrap_err().to_string();
    assert!(err.contains("conversion webhook"), "{err}");
    let err = at(&env, OLD).get(name).await.unwrap_err().to_string();
    assert!(err.contains("conversion webhook"), "{err}");
    let out = env.kubectl(
        &["get", &format!("storageaccounts.{OLD}.{STORAGE}"), name],
        None,
    );
    assert!(
        !out.ok && out.stderr.contains("conversion webhook"),
        "{}",
        out.stderr
    );

    // The hub needs no conversion: written there, the operator reconciles it.
    let hub = env.api(STORAGE, "StorageAccount", "default");
    hub.patch(
        name,
        &PatchParams::default(),
        &Patch::Merge(&json!({"spec": {"tags": {"team": "down"}}})),
    )
    .await
    .unwrap();
    env.wait_for(STORAGE, "StorageAccount", "default", name, 30, |o| {
        o.metadata.generation == Some(2) && is_ready(o)
    })
    .await;
    let sent = puts(&env, name);
    assert_eq!(sent.len(), 2, "{sent:?}");
    assert_eq!(sent[1].0, "2021-04-01");
    assert_eq!(sent[1].1["tags"], json!({"team": "down"}));

    // Back up: every version reads again.
    env.start_webhook().await;
    let read = at(&env, NEW).get(name).await.unwrap();
    assert_eq!(read.data["spec"]["tags"], json!({"team": "down"}));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_spec_invalid_at_its_version_is_named_and_nothing_is_sent() {
    let name = "accthubwriter";
    let env = setup(name).await;
    env.wait_ready(STORAGE, "StorageAccount", "default", name)
        .await;
    // Written at the hub directly (its schema keeps anything): a field 2021-04-01 lacks.
    let hub = env.api(STORAGE, "StorageAccount", "default");
    hub.patch(
        name,
        &PatchParams::default(),
        &Patch::Merge(&json!({"spec": {"isSftpEnabled": true}})),
    )
    .await
    .unwrap();
    let obj = env
        .wait_for(STORAGE, "StorageAccount", "default", name, 30, |o| {
            aso_e2e::harness::ready(o)
                .is_some_and(|c| c["reason"] == "InvalidSpec" && c["status"] == "False")
        })
        .await;
    let message = aso_e2e::harness::ready(&obj).unwrap()["message"].clone();
    assert!(
        message.as_str().unwrap().contains("spec.isSftpEnabled"),
        "{message}"
    );
    assert_eq!(
        puts(&env, name).len(),
        1,
        "nothing sent for the invalid spec"
    );
}

/// An operator upgrade re-applies its CRDs (server-side apply, forced): the `caBundle` the
/// webhook set is not the operator's field, so it stays, and reads at every version go on.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reinstalling_the_crds_keeps_the_webhooks_ca_bundle() {
    use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
    let name = "acctupgrade";
    let mut env = setup(name).await;
    env.wait_ready(STORAGE, "StorageAccount", "default", name)
        .await;
    let crds: Api<CustomResourceDefinition> = Api::all(env.client.clone());
    let crd_name = "storageaccounts.storage.azure.com";
    let bundle = |crd: &CustomResourceDefinition| {
        crd.spec
            .conversion
            .as_ref()
            .and_then(|c| c.webhook.as_ref())
            .and_then(|w| w.client_config.as_ref())
            .and_then(|cc| cc.ca_bundle.clone())
    };
    let before = bundle(&crds.get(crd_name).await.unwrap()).expect("a caBundle");
    // As if the embedded CRD had changed: the next start applies it again.
    crds.patch(
        crd_name,
        &PatchParams::default(),
        &Patch::Merge(&json!({"metadata": {"annotations": {
            aso_operator::crds::CHECKSUM_ANNOTATION: "an older release"}}})),
    )
    .await
    .unwrap();
    // The webhook is stopped meanwhile, so it cannot mend what the installation would break.
    env.stop_webhook().await;
    env.stop_operator().await;
    env.start_operator().await;
    let after = crds.get(crd_name).await.unwrap();
    assert_ne!(
        after.metadata.annotations.as_ref().unwrap()[aso_operator::crds::CHECKSUM_ANNOTATION],
        "an older release",
        "re-applied"
    );
    assert_eq!(bundle(&after), Some(before));
    env.start_webhook().await;
    let read = at(&env, OLD).get(name).await.unwrap();
    assert_eq!(read.data["spec"]["accessTier"], "Hot");
}
