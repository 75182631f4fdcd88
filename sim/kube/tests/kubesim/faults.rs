//! Fault injection (in-process and over HTTP) and the per-client request counts the benchmark
//! reads.

use crate::common::*;
use k8s_openapi::api::core::v1::{ConfigMap, Secret};
use kube::api::{Api, ListParams, PostParams};
use serde_json::json;

#[tokio::test]
async fn injected_faults_answer_chosen_requests() {
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    let api: Api<ConfigMap> = Api::namespaced(client.clone(), "default");
    api.create(&PostParams::default(), &cm("f", &[]))
        .await
        .unwrap();
    sim.faults().add(aso_kubesim::FaultRule {
        matches: aso_kubesim::FaultMatch {
            verb: Some("get".into()),
            resource: Some("configmaps".into()),
            name: Some("f".into()),
            ..Default::default()
        },
        action: aso_kubesim::FaultAction::Status { code: 500 },
        count: Some(1),
    });
    sim.faults().add(aso_kubesim::FaultRule {
        matches: aso_kubesim::FaultMatch {
            verb: Some("update".into()),
            ..Default::default()
        },
        action: aso_kubesim::FaultAction::Status { code: 409 },
        count: Some(1),
    });
    let err = api.get("f").await.unwrap_err();
    assert!(matches!(err, kube::Error::Api(s) if s.code == 500));
    api.get("f").await.unwrap();
    let cur = api.get("f").await.unwrap();
    assert!(
        matches!(api.replace("f", &PostParams::default(), &cur).await.unwrap_err(), kube::Error::Api(s) if s.code == 409)
    );
    api.replace("f", &PostParams::default(), &cur)
        .await
        .unwrap();
    sim.faults().add(aso_kubesim::FaultRule {
        matches: aso_kubesim::FaultMatch {
            verb: Some("list".into()),
            ..Default::default()
        },
        action: aso_kubesim::FaultAction::Latency { millis: 300 },
        count: Some(1),
    });
    let t = std::time::Instant::now();
    api.list(&ListParams::default()).await.unwrap();
    assert!(t.elapsed() >= std::time::Duration::from_millis(300));
}

#[tokio::test]
async fn faults_can_be_set_over_http() {
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    let rule = json!({"match": {"verb": "list", "resource": "secrets"}, "action": {"type": "status", "code": 500}, "count": 1});
    let req = http::Request::post("/_sim/faults")
        .header("content-type", "application/json")
        .body(rule.to_string().into_bytes())
        .unwrap();
    let rules: serde_json::Value = client.request(req).await.unwrap();
    assert_eq!(rules.as_array().unwrap().len(), 1);
    let api: Api<Secret> = Api::namespaced(client.clone(), "default");
    let err = api.list(&ListParams::default()).await.unwrap_err();
    assert!(
        matches!(&err, kube::Error::Api(s) if s.code == 500),
        "{err:?}"
    );
    api.list(&ListParams::default()).await.unwrap();
}

#[tokio::test]
async fn requests_are_counted_per_client_and_verb() {
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    let reset = |client: kube::Client| async move {
        let req = http::Request::delete("/_sim/requests")
            .body(Vec::new())
            .unwrap();
        let _: serde_json::Value = client.request(req).await.unwrap();
    };
    reset(client.clone()).await;
    let api: Api<Secret> = Api::namespaced(client.clone(), "default");
    api.list(&ListParams::default()).await.unwrap();
    api.list(&ListParams::default()).await.unwrap();
    assert!(api.get_opt("absent").await.unwrap().is_none());
    let counts: serde_json::Value = client
        .request(
            http::Request::get("/_sim/requests")
                .body(Vec::new())
                .unwrap(),
        )
        .await
        .unwrap();
    // One client (kube-rs sends no User-Agent: `unknown`); the counting endpoint is not counted.
    let clients = counts["byClient"].as_object().unwrap();
    assert_eq!(clients.len(), 1, "{counts}");
    assert_eq!(
        clients.values().next().unwrap(),
        &json!({"list": 2, "get": 1}),
        "{counts}"
    );
    assert_eq!(counts["total"], 3);
    reset(client.clone()).await;
    let counts: serde_json::Value = client
        .request(
            http::Request::get("/_sim/requests")
                .body(Vec::new())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(counts["total"], 0);
}
