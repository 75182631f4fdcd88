//! Exports: values from status (identity IDs, endpoints) and from ARM actions (storage keys,
//! Service Bus connection strings) written to Secrets and ConfigMaps owned by the resource;
//! refusing to write into objects the resource does not own, or two values into one key.

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::{ConfigMap, Secret};
use kube::api::Api;
use reqwest::Method;

use aso_e2e::harness::{Env, EnvOptions, eventually, ready};

const RG_YAML: &str = "apiVersion: resources.azure.com/v1api20200601
kind: ResourceGroup
metadata: {name: rg-exports, namespace: default}
spec: {location: westus2}
";

async fn env() -> Env {
    let mut env = Env::start(EnvOptions {
        crd_pattern: "resources.azure.com/*;storage.azure.com/StorageAccount;managedidentity.azure.com/*;servicebus.azure.com/Namespace".into(),
        ..EnvOptions::default()
    })
    .await;
    env.start_operator().await;
    env.apply(RG_YAML);
    env
}

fn secret_data(secret: &Secret) -> BTreeMap<String, String> {
    secret
        .data
        .clone()
        .unwrap_or_default()
        .into_iter()
        .map(|(k, v)| (k, String::from_utf8(v.0).unwrap()))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn values_from_status_and_from_azure_are_exported_with_owner_references() {
    let env = env().await;
    env.apply(
        "apiVersion: managedidentity.azure.com/v1api20230131
kind: UserAssignedIdentity
metadata: {name: uai, namespace: default}
spec:
  location: westus2
  owner: {name: rg-exports}
  operatorSpec:
    configMaps:
      clientId: {name: uai-cm, key: clientId}
      principalId: {name: uai-cm, key: principalId}
    secrets:
      tenantId: {name: uai-secret, key: tenant}
---
apiVersion: storage.azure.com/v1api20230101
kind: StorageAccount
metadata: {name: acctexports, namespace: default}
spec:
  location: westus2
  kind: StorageV2
  sku: {name: Standard_LRS}
  owner: {name: rg-exports}
  operatorSpec:
    secrets:
      key1: {name: acct-keys, key: key1}
      key2: {name: acct-keys, key: key2}
      blobEndpoint: {name: acct-keys, key: blob}
    configMaps:
      blobEndpoint: {name: acct-endpoints, key: blob}
---
apiVersion: servicebus.azure.com/v1api20211101
kind: Namespace
metadata: {name: sbexports, namespace: default}
spec:
  location: westus2
  owner: {name: rg-exports}
  sku: {name: Standard}
  operatorSpec:
    secrets:
      primaryConnectionString: {name: sb-secret, key: connection}
      endpoint: {name: sb-secret, key: endpoint}
",
    );
    let uai = env
        .wait_ready(
            "managedidentity.azure.com",
            "UserAssignedIdentity",
            "default",
            "uai",
        )
        .await;
    let account = env
        .wait_ready(
            "storage.azure.com",
            "StorageAccount",
            "default",
            "acctexports",
        )
        .await;
    let namespace = env
        .wait_ready("servicebus.azure.com", "Namespace", "default", "sbexports")
        .await;

    let secrets: Api<Secret> = Api::namespaced(env.client.clone(), "default");
    let maps: Api<ConfigMap> = Api::namespaced(env.client.clone(), "default");

    let cm = maps.get("uai-cm").await.unwrap();
    let data = cm.data.clone().unwrap();
    assert_eq!(
        data["clientId"],
        uai.data["status"]["clientId"].as_str().unwrap()
    );
    assert_eq!(
        data["principalId"],
        uai.data["status"]["principalId"].as_str().unwrap()
    );
    let owner = &cm.metadata.owner_references.as_ref().unwrap()[0];
    assert_eq!(
        (owner.kind.as_str(), owner.name.as_str()),
        ("UserAssignedIdentity", "uai")
    );
    assert_eq!(owner.uid, uai.metadata.uid.clone().unwrap());
    let s = secret_data(&secrets.get("uai-secret").await.unwrap());
    assert_eq!(
        s["tenant"],
        uai.data["status"]["tenantId"].as_str().unwrap()
    );

    // Storage keys come from listKeys: the same values the simulator gives anyone asking.
    let id = aso_e2e::harness::annotation(&account, aso_runtime::annotations::RESOURCE_ID)
        .unwrap()
        .to_string();
    let client = env.arm.client().unwrap();
    let keys: serde_json::Value = client
        .request(
            Method::POST,
            format!("{}{id}/listKeys?api-version=2023-01-01", env.arm.base_url()),
        )
        .bearer_auth(env.arm.token_for("someone"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let s = secret_data(&secrets.get("acct-keys").await.unwrap());
    assert_eq!(s["key1"], keys["keys"][0]["value"].as_str().unwrap());
    assert_eq!(s["key2"], keys["keys"][1]["value"].as_str().unwrap());
    let blob = account.data["status"]["primaryEndpoints"]["blob"]
        .as_str()
        .unwrap();
    assert_eq!(s["blob"], blob);
    assert_eq!(
        maps.get("acct-endpoints").await.unwrap().data.unwrap()["blob"],
        blob
    );

    let s = secret_data(&secrets.get("sb-secret").await.unwrap());
    assert!(
        s["connection"].starts_with("Endpoint=sb://"),
        "a connection string"
    );
    assert_eq!(
        s["endpoint"],
        namespace.data["status"]["serviceBusEndpoint"]
            .as_str()
            .unwrap()
    );

    // Exported objects go with their resource.
    let out = env.kubectl(&["delete", "userassignedidentity", "uai"], None);
    assert!(out.ok, "{}", out.stderr);
    eventually(30, || async {
        maps.get_opt("uai-cm")
            .await
            .unwrap()
            .is_none()
            .then_some(())
    })
    .await;
    eventually(30, || async {
        secrets
            .get_opt("uai-secret")
            .await
            .unwrap()
            .is_none()
            .then_some(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exports_never_overwrite_foreign_objects_or_collide() {
    let env = env().await;
    let out = env.kubectl(
        &[
            "create",
            "secret",
            "generic",
            "not-ours",
            "--from-literal=keep=me",
        ],
        None,
    );
    assert!(out.ok, "{}", out.stderr);
    env.apply(
        "apiVersion: managedidentity.azure.com/v1api20230131
kind: UserAssignedIdentity
metadata: {name: uai-foreign, namespace: default}
spec:
  location: westus2
  owner: {name: rg-exports}
  operatorSpec:
    secrets:
      clientId: {name: not-ours, key: clientId}
---
apiVersion: managedidentity.azure.com/v1api20230131
kind: UserAssignedIdentity
metadata: {name: uai-collide, namespace: default}
spec:
  location: westus2
  owner: {name: rg-exports}
  operatorSpec:
    secrets:
      clientId: {name: collide, key: id}
      principalId: {name: collide, key: id}
",
    );
    let obj = env
        .wait_reason(
            "managedidentity.azure.com",
            "UserAssignedIdentity",
            "default",
            "uai-foreign",
            "DestinationNotOwned",
        )
        .await;
    let c = ready(&obj).unwrap();
    assert_eq!(c["severity"], "Error");
    assert!(c["message"].as_str().unwrap().contains("not-ours"), "{c}");
    let secrets: Api<Secret> = Api::namespaced(env.client.clone(), "default");
    let kept = secret_data(&secrets.get("not-ours").await.unwrap());
    assert_eq!(
        kept,
        BTreeMap::from([("keep".to_string(), "me".to_string())])
    );

    let obj = env
        .wait_reason(
            "managedidentity.azure.com",
            "UserAssignedIdentity",
            "default",
            "uai-collide",
            "DestinationCollision",
        )
        .await;
    assert_eq!(ready(&obj).unwrap()["severity"], "Error");
    assert!(secrets.get_opt("collide").await.unwrap().is_none());
}

/// Keys from the `listKeys` actions of Event Hubs, Redis and Cosmos DB, beside values from their
/// status, equal to what the actions answer anyone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keys_of_event_hubs_redis_and_cosmos_db() {
    let mut env = Env::start(EnvOptions {
        crd_pattern: "resources.azure.com/*;eventhub.azure.com/Namespace;cache.azure.com/Redis;documentdb.azure.com/DatabaseAccount".into(),
        ..EnvOptions::default()
    })
    .await;
    env.start_operator().await;
    env.apply(RG_YAML);
    env.apply(
        "apiVersion: eventhub.azure.com/v1api20211101
kind: Namespace
metadata: {name: ehexports, namespace: default}
spec:
  location: westus2
  owner: {name: rg-exports}
  sku: {name: Standard}
  operatorSpec:
    secrets:
      primaryKey: {name: eh-secret, key: key}
      primaryConnectionString: {name: eh-secret, key: connection}
---
apiVersion: cache.azure.com/v1api20230401
kind: Redis
metadata: {name: redisexports, namespace: default}
spec:
  location: westus2
  owner: {name: rg-exports}
  sku: {name: Basic, family: C, capacity: 0}
  operatorSpec:
    secrets:
      primaryKey: {name: redis-secret, key: key}
      hostName: {name: redis-secret, key: host}
---
apiVersion: documentdb.azure.com/v1api20231115
kind: DatabaseAccount
metadata: {name: cosmosexports, namespace: default}
spec:
  location: westus2
  owner: {name: rg-exports}
  databaseAccountOfferType: Standard
  locations: [{locationName: westus2}]
  operatorSpec:
    secrets:
      primaryMasterKey: {name: cosmos-secret, key: key}
      documentEndpoint: {name: cosmos-secret, key: endpoint}
",
    );
    let checks = [
        (
            "eventhub.azure.com",
            "Namespace",
            "ehexports",
            "eh-secret",
            "/AuthorizationRules/RootManageSharedAccessKey/listKeys?api-version=2021-11-01",
            "primaryKey",
        ),
        (
            "cache.azure.com",
            "Redis",
            "redisexports",
            "redis-secret",
            "/listKeys?api-version=2023-04-01",
            "primaryKey",
        ),
        (
            "documentdb.azure.com",
            "DatabaseAccount",
            "cosmosexports",
            "cosmos-secret",
            "/listKeys?api-version=2023-11-15",
            "primaryMasterKey",
        ),
    ];
    let secrets: Api<Secret> = Api::namespaced(env.client.clone(), "default");
    let client = env.arm.client().unwrap();
    for (group, kind, name, secret, action, field) in checks {
        let obj = env.wait_ready(group, kind, "default", name).await;
        let id = aso_e2e::harness::annotation(&obj, aso_runtime::annotations::RESOURCE_ID)
            .unwrap()
            .to_string();
        let keys: serde_json::Value = client
            .post(format!("{}{id}{action}", env.arm.base_url()))
            .bearer_auth(env.arm.token_for("someone"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let data = secret_data(&secrets.get(secret).await.unwrap());
        assert_eq!(
            data["key"],
            keys[field]
                .as_str()
                .unwrap_or_else(|| panic!("{kind}: {keys}")),
            "{kind}"
        );
        assert_eq!(data.len(), 2, "{kind}: {data:?}");
    }
    env.stop_operator().await;
}
