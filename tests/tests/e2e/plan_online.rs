//! `asoctl plan` against a cluster and Azure: create, update (with the field that differs) and
//! no-change, with owners the manifests do not hold read from the cluster.

use std::sync::Arc;

use aso_ctl::import::AzureReader;
use aso_ctl::manifest::{Manifest, Source};
use aso_ctl::plan::online::{self, Action};
use aso_e2e::harness::{Env, EnvOptions};

const APPLIED: &str = r#"
apiVersion: resources.azure.com/v1api20200601
kind: ResourceGroup
metadata: {name: plan-rg, namespace: default}
spec: {location: westus2}
---
apiVersion: storage.azure.com/v1api20230101
kind: StorageAccount
metadata: {name: planstorage, namespace: default}
spec:
  owner: {name: plan-rg}
  location: westus2
  kind: StorageV2
  sku: {name: Standard_LRS}
  accessTier: Hot
"#;

fn manifests(yaml: &str) -> Vec<Manifest> {
    serde_saphyr::from_multiple::<serde_json::Value>(yaml)
        .unwrap()
        .into_iter()
        .filter(|d| !d.is_null())
        .enumerate()
        .map(|(i, value)| Manifest {
            source: Source {
                file: "plan.yaml".into(),
                document: i + 1,
            },
            value,
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn plan_against_the_cluster_and_azure() {
    let mut env = Env::start(EnvOptions::default()).await;
    env.start_operator().await;
    env.apply(APPLIED);
    env.wait_ready(
        "storage.azure.com",
        "StorageAccount",
        "default",
        "planstorage",
    )
    .await;

    let (arm, identities) =
        aso_operator::run::azure(&env.settings(), None, Arc::new(Default::default())).unwrap();
    let credential = identities.global().cloned().unwrap();
    let subscription = credential.subscription.clone();
    let reader = AzureReader {
        arm,
        subscription: subscription.clone(),
        tokens: credential,
    };
    let catalog = aso_catalog::catalog();

    // What was applied: nothing to do.
    let (changes, plan) = online::plan(
        &manifests(APPLIED),
        &catalog,
        &env.client,
        &reader,
        &subscription,
    )
    .await
    .unwrap();
    assert!(plan.errors.is_empty(), "{:?}", plan.errors);
    assert_eq!(
        changes.iter().map(|c| c.action).collect::<Vec<_>>(),
        vec![Action::NoChange, Action::NoChange]
    );

    // A changed tier is an update naming the field; a resource Azure does not have is a create.
    let changed = APPLIED.replace("accessTier: Hot", "accessTier: Cool");
    let (changes, _) = online::plan(
        &manifests(&changed),
        &catalog,
        &env.client,
        &reader,
        &subscription,
    )
    .await
    .unwrap();
    let account = changes
        .iter()
        .find(|c| c.request.kind == "StorageAccount")
        .unwrap();
    assert_eq!(account.action, Action::Update);
    assert!(
        account
            .differences
            .iter()
            .any(|d| d.starts_with("/properties/accessTier")),
        "{:?}",
        account.differences
    );
    let new_group = "apiVersion: resources.azure.com/v1api20200601\nkind: ResourceGroup\nmetadata: {name: new-rg}\nspec: {location: westus2}\n";
    let (changes, _) = online::plan(
        &manifests(new_group),
        &catalog,
        &env.client,
        &reader,
        &subscription,
    )
    .await
    .unwrap();
    assert_eq!(changes[0].action, Action::Create);

    // A child whose owner is only in the cluster: the owner's ARM ID comes from its annotation.
    let child = r#"
apiVersion: storage.azure.com/v1api20230101
kind: StorageAccountsBlobService
metadata: {name: planstorage-blobs, namespace: default}
spec:
  owner: {name: planstorage}
"#;
    let (changes, plan) = online::plan(
        &manifests(child),
        &catalog,
        &env.client,
        &reader,
        &subscription,
    )
    .await
    .unwrap();
    assert!(plan.errors.is_empty(), "{:?}", plan.errors);
    assert_eq!(changes.len(), 1);
    assert!(changes[0].request.url.contains("/resourceGroups/plan-rg/providers/Microsoft.Storage/storageAccounts/planstorage/blobServices/default"), "{}", changes[0].request.url);
    // Azure creates the blob service with the account, so applying it changes nothing.
    assert_eq!(changes[0].action, Action::NoChange);
}
