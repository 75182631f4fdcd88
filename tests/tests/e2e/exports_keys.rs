//! Keys exported through the ARM actions ASO calls by hand (issue 12): Search (two actions,
//! only the one giving what the spec asks for is called), SignalR, App Configuration (keys
//! listed by name) and Event Grid topics. Each Secret holds what the action answers anyone;
//! no value reaches the operator's logs or the namespace's Events.

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::{Event, Secret};
use kube::api::{Api, ListParams};
use serde_json::Value;

use aso_e2e::harness::{Env, EnvOptions};
use aso_e2e::logs::CapturedLogs;

const MANIFESTS: &str = "apiVersion: resources.azure.com/v1api20200601
kind: ResourceGroup
metadata: {name: rg-keys, namespace: default}
spec: {location: westus2}
---
apiVersion: search.azure.com/v1api20220901
kind: SearchService
metadata: {name: search-keys, namespace: default}
spec:
  location: westus2
  owner: {name: rg-keys}
  sku: {name: basic}
  operatorSpec:
    secrets:
      adminPrimaryKey: {name: search-secret, key: admin}
---
apiVersion: signalrservice.azure.com/v1api20211001
kind: SignalR
metadata: {name: signalr-keys, namespace: default}
spec:
  location: westus2
  owner: {name: rg-keys}
  sku: {name: Standard_S1, capacity: 1}
  operatorSpec:
    secrets:
      primaryConnectionString: {name: signalr-secret, key: connection}
      secondaryKey: {name: signalr-secret, key: key}
---
apiVersion: appconfiguration.azure.com/v1api20220501
kind: ConfigurationStore
metadata: {name: appconfig-keys, namespace: default}
spec:
  location: westus2
  owner: {name: rg-keys}
  sku: {name: standard}
  operatorSpec:
    secrets:
      primaryReadOnlyKey: {name: appconfig-secret, key: key}
      primaryReadOnlyKeyID: {name: appconfig-secret, key: id}
---
apiVersion: eventgrid.azure.com/v1api20200601
kind: Topic
metadata: {name: topic-keys, namespace: default}
spec:
  location: westus2
  owner: {name: rg-keys}
  operatorSpec:
    secrets:
      key2: {name: topic-secret, key: key}
";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keys_from_search_signalr_app_configuration_and_event_grid() {
    let logs = CapturedLogs::install("trace");
    let mut env = Env::start(EnvOptions {
        crd_pattern: "resources.azure.com/*;search.azure.com/*;signalrservice.azure.com/*;appconfiguration.azure.com/*;eventgrid.azure.com/Topic".into(),
        ..EnvOptions::default()
    })
    .await;
    env.start_operator().await;
    env.apply(MANIFESTS);

    let primary_read_only = |answer: &Value, field: &str| {
        answer["value"]
            .as_array()
            .and_then(|keys| keys.iter().find(|k| k["name"] == "Primary Read Only"))
            .map(|k| k[field].clone())
            .unwrap_or_default()
    };
    let client = env.arm.client().unwrap();
    let secrets: Api<Secret> = Api::namespaced(env.client.clone(), "default");
    let mut values = Vec::new();
    // Each kind, its object and Secret, and the action whose answer the Secret must hold.
    for (group, kind, name, secret, action) in [
        (
            "search.azure.com",
            "SearchService",
            "search-keys",
            "search-secret",
            "listAdminKeys?api-version=2022-09-01",
        ),
        (
            "signalrservice.azure.com",
            "SignalR",
            "signalr-keys",
            "signalr-secret",
            "listKeys?api-version=2021-10-01",
        ),
        (
            "appconfiguration.azure.com",
            "ConfigurationStore",
            "appconfig-keys",
            "appconfig-secret",
            "listKeys?api-version=2022-05-01",
        ),
        (
            "eventgrid.azure.com",
            "Topic",
            "topic-keys",
            "topic-secret",
            "listKeys?api-version=2020-06-01",
        ),
    ] {
        let obj = env.wait_ready(group, kind, "default", name).await;
        let id = aso_e2e::harness::annotation(&obj, aso_runtime::annotations::RESOURCE_ID)
            .unwrap()
            .to_string();
        let answer: Value = client
            .post(format!("{}{id}/{action}", env.arm.base_url()))
            .bearer_auth(env.arm.token_for("someone"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let expected = match kind {
            "SearchService" => vec![("admin", answer["primaryKey"].clone())],
            "SignalR" => vec![
                ("connection", answer["primaryConnectionString"].clone()),
                ("key", answer["secondaryKey"].clone()),
            ],
            "ConfigurationStore" => vec![
                ("key", primary_read_only(&answer, "value")),
                ("id", primary_read_only(&answer, "id")),
            ],
            _ => vec![("key", answer["key2"].clone())],
        };
        let data: BTreeMap<String, String> = secrets
            .get(secret)
            .await
            .unwrap()
            .data
            .unwrap_or_default()
            .into_iter()
            .map(|(k, v)| (k, String::from_utf8(v.0).unwrap()))
            .collect();
        assert_eq!(data.len(), expected.len(), "{kind}: {data:?}");
        for (key, value) in &expected {
            let value = value.as_str().unwrap_or_else(|| panic!("{kind}: {answer}"));
            assert_eq!(data[*key], value, "{kind} {key}");
            values.push(value.to_string());
        }
        if kind == "SearchService" {
            // Only the action giving the admin key was called for the service.
            assert!(
                !env.requests("POST", &format!("{id}/listAdminKeys"))
                    .is_empty()
            );
            assert!(
                env.requests("POST", &format!("{id}/listQueryKeys"))
                    .is_empty(),
                "no query key was asked for"
            );
        }
    }
    assert_eq!(values.len(), 6);

    let logs = logs.text();
    assert!(
        logs.contains("search-keys") || logs.contains("SearchService"),
        "the capture holds the operator's logs"
    );
    let events: Api<Event> = Api::namespaced(env.client.clone(), "default");
    let events =
        serde_json::to_string(&events.list(&ListParams::default()).await.unwrap().items).unwrap();
    for value in &values {
        assert!(value.len() >= 16, "a key, not a fragment: {value}");
        assert!(!logs.contains(value.as_str()), "a key reached the logs");
        assert!(!events.contains(value.as_str()), "a key reached an Event");
    }
    env.stop_operator().await;
}
