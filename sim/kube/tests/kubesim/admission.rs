//! Admission webhooks as kube-apiserver calls them: mutating webhooks (JSONPatch), then the
//! server's validation, then validating webhooks; rules, selectors, match policy, failure
//! policy, timeouts, reinvocation; and what Accept headers get answered.

use crate::common::*;
use crate::hook_server::{HookServer, admit, deny};
use kube::api::{Api, DynamicObject, Patch, PatchParams, PostParams};
use kube::core::{ApiResource, GroupVersionKind};
use serde_json::{Value, json};
use std::time::Duration;

fn resource(group: &str, version: &str, kind: &str, plural: &str) -> ApiResource {
    ApiResource::from_gvk_with_plural(&GroupVersionKind::gvk(group, version, kind), plural)
}

fn hook(name: &str, url: String, ca: &str, rules: Value, extra: Value) -> Value {
    let mut h = json!({"name": name, "clientConfig": {"url": url, "caBundle": ca},
        "rules": rules, "sideEffects": "None", "admissionReviewVersions": ["v1"]});
    for (k, v) in extra.as_object().cloned().unwrap_or_default() {
        h[k] = v;
    }
    h
}

fn widget_rules(ops: &[&str]) -> Value {
    json!([{"operations": ops, "apiGroups": ["example.com"], "apiVersions": ["v1"], "resources": ["widgets"]}])
}

async fn configure(client: &kube::Client, kind: &str, name: &str, hooks: Vec<Value>) {
    let plural = format!("{}s", kind.to_lowercase());
    let api: Api<DynamicObject> = Api::all_with(
        client.clone(),
        &resource("admissionregistration.k8s.io", "v1", kind, &plural),
    );
    let obj = json!({"apiVersion": "admissionregistration.k8s.io/v1", "kind": kind,
        "metadata": {"name": name}, "webhooks": hooks});
    api.create(
        &PostParams::default(),
        &serde_json::from_value(obj).unwrap(),
    )
    .await
    .unwrap();
}

/// A POST with reqwest, to see headers kube-rs does not show.
async fn raw(
    sim: &aso_kubesim::KubeSim,
    method: reqwest::Method,
    path: &str,
    accept: &str,
    body: Option<Value>,
) -> (u16, reqwest::header::HeaderMap, Value) {
    let mut req = reqwest::Client::new()
        .request(method, format!("{}{path}", sim.url))
        .header("Accept", accept);
    if let Some(b) = body {
        req = req
            .header("Content-Type", "application/json")
            .body(b.to_string());
    }
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    let headers = res.headers().clone();
    let body = res.json::<Value>().await.unwrap_or_default();
    (status, headers, body)
}

fn widget(name: &str, spec: Value) -> Value {
    json!({"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": name}, "spec": spec})
}

#[tokio::test]
async fn mutation_comes_before_validation_and_validating_webhooks_see_its_result() {
    let server = HookServer::start(&[], |path, review| {
        let obj = &review["request"]["object"];
        match path {
            "/mutate" => {
                let mut ops = Vec::new();
                if obj["spec"]["azureName"].is_null() {
                    ops.push(json!({"op": "add", "path": "/spec/azureName", "value": obj["metadata"]["name"]}));
                }
                if obj["metadata"]["labels"]["break"] == "size" {
                    ops.push(json!({"op": "add", "path": "/spec/size", "value": -1}));
                }
                admit(review, Some(json!(ops)), &["azureName defaulted"])
            }
            _ if obj["spec"]["tier"] == "Premium" => deny(
                review,
                json!({"message": "premium is not allowed", "code": 403, "reason": "Forbidden"}),
            ),
            _ => admit(review, None, &[]),
        }
    })
    .await;
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    create_crd(&client, widget_crd()).await;
    let base = format!("https://{}", server.addr);
    configure(
        &client,
        "MutatingWebhookConfiguration",
        "widgets",
        vec![hook(
            "m.widgets.example.com",
            format!("{base}/mutate"),
            &server.ca_bundle(),
            widget_rules(&["CREATE", "UPDATE"]),
            json!({}),
        )],
    )
    .await;
    configure(
        &client,
        "ValidatingWebhookConfiguration",
        "widgets",
        vec![hook(
            "v.widgets.example.com",
            format!("{base}/validate"),
            &server.ca_bundle(),
            widget_rules(&["CREATE", "UPDATE", "DELETE"]),
            json!({}),
        )],
    )
    .await;

    // Created: defaulted by the webhook, with its warning, and validated after it.
    let (code, headers, body) = raw(
        &sim,
        reqwest::Method::POST,
        "/apis/example.com/v1/namespaces/default/widgets",
        "application/json",
        Some(widget("w1", json!({"location": "westus"}))),
    )
    .await;
    assert_eq!(code, 201, "{body}");
    assert_eq!(body["spec"]["azureName"], "w1");
    assert_eq!(headers["warning"], "299 - \"azureName defaulted\"");
    let mutated = &server.reviews("/mutate")[0]["request"];
    assert_eq!(
        (
            mutated["operation"].as_str(),
            mutated["namespace"].as_str(),
            mutated["name"].as_str()
        ),
        (Some("CREATE"), Some("default"), Some("w1"))
    );
    assert_eq!(
        mutated["kind"],
        json!({"group": "example.com", "version": "v1", "kind": "Widget"})
    );
    assert!(
        mutated["object"]["metadata"]["uid"].is_null(),
        "set only after admission"
    );
    assert_eq!(mutated["options"]["kind"], "CreateOptions");
    let validated = &server.reviews("/validate")[0]["request"];
    assert_eq!(validated["object"]["spec"]["azureName"], "w1");
    assert_eq!(
        validated["object"]["spec"]["size"], 1,
        "schema defaults applied before"
    );

    let api: Api<DynamicObject> =
        Api::namespaced_with(client.clone(), "default", &widget_resource());
    // Denied by the validating webhook, with its code.
    let err = api_error(
        api.create(
            &PostParams::default(),
            &serde_json::from_value(widget("w2", json!({"location": "x", "tier": "Premium"})))
                .unwrap(),
        )
        .await
        .unwrap_err(),
    );
    assert_eq!(
        (err.code, err.reason.as_str(), err.message.as_str()),
        (
            403,
            "Forbidden",
            "admission webhook \"v.widgets.example.com\" denied the request: premium is not allowed"
        )
    );
    // What a mutating webhook writes is validated by the schema; validating webhooks never see it.
    let before = server.reviews("/validate").len();
    let mut bad = widget("w3", json!({"location": "x"}));
    bad["metadata"]["labels"] = json!({"break": "size"});
    let err = api_error(
        api.create(
            &PostParams::default(),
            &serde_json::from_value(bad).unwrap(),
        )
        .await
        .unwrap_err(),
    );
    assert_eq!(err.code, 422);
    assert!(
        err.message.contains("spec.size: Invalid value: -1"),
        "{}",
        err.message
    );
    assert_eq!(server.reviews("/validate").len(), before);

    // Updates carry the old object; dry runs say so.
    api.patch(
        "w1",
        &PatchParams {
            dry_run: true,
            ..Default::default()
        },
        &Patch::Merge(json!({"spec": {"size": 4}})),
    )
    .await
    .unwrap();
    let update = server.reviews("/mutate").last().unwrap()["request"].clone();
    assert_eq!(update["operation"], "UPDATE");
    assert_eq!(update["dryRun"], true);
    assert_eq!(update["oldObject"]["spec"]["size"], 1);
    assert_eq!(update["object"]["spec"]["size"], 4);
    assert_eq!(api.get("w1").await.unwrap().data["spec"]["size"], 1);
    // Deletes reach the webhooks whose rules name DELETE, with the old object only.
    api.delete("w1", &Default::default()).await.unwrap();
    let delete = server.reviews("/validate").last().unwrap()["request"].clone();
    assert_eq!(delete["operation"], "DELETE");
    assert!(delete["object"].is_null() && delete["oldObject"]["metadata"]["name"] == "w1");
    assert_eq!(delete["options"]["kind"], "DeleteOptions");
}

#[tokio::test]
async fn failure_policy_decides_what_an_unreachable_or_broken_webhook_does() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let dead = closed.local_addr().unwrap();
    drop(closed);
    let server = HookServer::start(&[], |_, review| {
        let mut a = admit(review, None, &[]);
        a["response"]["uid"] = json!("wrong");
        a
    })
    .await;
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    create_crd(&client, widget_crd()).await;
    configure(
        &client,
        "MutatingWebhookConfiguration",
        "dead",
        vec![hook(
            "m.widgets.example.com",
            format!("https://{dead}/mutate"),
            &server.ca_bundle(),
            widget_rules(&["CREATE"]),
            json!({}),
        )],
    )
    .await;
    let api: Api<DynamicObject> =
        Api::namespaced_with(client.clone(), "default", &widget_resource());
    let make = |name: &str| {
        serde_json::from_value::<DynamicObject>(widget(name, json!({"location": "x"}))).unwrap()
    };
    let err = api_error(
        api.create(&PostParams::default(), &make("a"))
            .await
            .unwrap_err(),
    );
    assert_eq!(
        (err.code, err.reason.as_str(), err.message),
        (
            500,
            "InternalError",
            format!(
                "Internal error occurred: failed calling webhook \"m.widgets.example.com\": failed to call webhook: Post \"https://{dead}/mutate?timeout=10s\": dial tcp {dead}: connect: connection refused"
            )
        )
    );
    // With failurePolicy Ignore the request goes on without it.
    let configs: Api<DynamicObject> = Api::all_with(
        client.clone(),
        &resource(
            "admissionregistration.k8s.io",
            "v1",
            "MutatingWebhookConfiguration",
            "mutatingwebhookconfigurations",
        ),
    );
    let mut dead_config = configs.get("dead").await.unwrap();
    dead_config.data["webhooks"][0]["failurePolicy"] = json!("Ignore");
    configs
        .replace("dead", &PostParams::default(), &dead_config)
        .await
        .unwrap();
    api.create(&PostParams::default(), &make("a"))
        .await
        .unwrap();
    // An answer for another request is a call failure too.
    configure(
        &client,
        "ValidatingWebhookConfiguration",
        "wrong-uid",
        vec![hook(
            "v.widgets.example.com",
            format!("https://{}/validate", server.addr),
            &server.ca_bundle(),
            widget_rules(&["CREATE"]),
            json!({}),
        )],
    )
    .await;
    let err = api_error(
        api.create(&PostParams::default(), &make("b"))
            .await
            .unwrap_err(),
    );
    assert!(
        err.message.starts_with("Internal error occurred: failed calling webhook \"v.widgets.example.com\": received invalid webhook response: expected response.uid="),
        "{}",
        err.message
    );
}

#[tokio::test]
async fn selectors_match_policy_and_reinvocation_choose_who_is_called() {
    let server = HookServer::start(&[], |path, review| match path {
        "/first" => admit(
            review,
            Some(
                json!([{"op": "add", "path": "/metadata/annotations", "value": {"first": "seen"}}]),
            ),
            &[],
        ),
        "/second" => {
            let labels = &review["request"]["object"]["metadata"]["labels"];
            let patch = if labels.is_null() {
                Some(json!([{"op": "add", "path": "/metadata/labels", "value": {"second": "yes"}}]))
            } else if labels["second"].is_null() {
                Some(json!([{"op": "add", "path": "/metadata/labels/second", "value": "yes"}]))
            } else {
                None
            };
            admit(review, patch, &[])
        }
        "/equivalent" => admit(
            review,
            Some(json!([{"op": "add", "path": "/spec/size", "value": 7}])),
            &[],
        ),
        _ => admit(review, None, &[]),
    })
    .await;
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    create_crd(&client, widget_crd()).await;
    let base = format!("https://{}", server.addr);
    let ca = server.ca_bundle();
    configure(&client, "ValidatingWebhookConfiguration", "selected", vec![
        hook("ns.widgets.example.com", format!("{base}/ns"), &ca, widget_rules(&["CREATE"]),
            json!({"namespaceSelector": {"matchLabels": {"hooks": "on"}}})),
        hook("obj.widgets.example.com", format!("{base}/obj"), &ca, widget_rules(&["CREATE"]),
            json!({"objectSelector": {"matchExpressions": [{"key": "app", "operator": "In", "values": ["a"]}]}})),
    ]).await;
    let ns: Api<k8s_openapi::api::core::v1::Namespace> = Api::all(client.clone());
    ns.create(
        &PostParams::default(),
        &serde_json::from_value(json!({"metadata": {"name": "hooked", "labels": {"hooks": "on"}}}))
            .unwrap(),
    )
    .await
    .unwrap();
    for (namespace, name, app) in [
        ("default", "a", "a"),
        ("default", "b", "b"),
        ("hooked", "c", "b"),
    ] {
        let api: Api<DynamicObject> =
            Api::namespaced_with(client.clone(), namespace, &widget_resource());
        let mut w = widget(name, json!({"location": "x"}));
        w["metadata"]["labels"] = json!({"app": app});
        api.create(&PostParams::default(), &serde_json::from_value(w).unwrap())
            .await
            .unwrap();
    }
    let names = |path: &str| -> Vec<String> {
        server
            .reviews(path)
            .iter()
            .map(|r| r["request"]["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(names("/ns"), vec!["c"]);
    assert_eq!(names("/obj"), vec!["a"]);

    // A webhook marked IfNeeded is called again when a later webhook changed the object.
    configure(
        &client,
        "MutatingWebhookConfiguration",
        "a-first",
        vec![hook(
            "first.widgets.example.com",
            format!("{base}/first"),
            &ca,
            widget_rules(&["CREATE"]),
            json!({"reinvocationPolicy": "IfNeeded"}),
        )],
    )
    .await;
    configure(
        &client,
        "MutatingWebhookConfiguration",
        "b-second",
        vec![hook(
            "second.widgets.example.com",
            format!("{base}/second"),
            &ca,
            widget_rules(&["CREATE"]),
            json!({}),
        )],
    )
    .await;
    let api: Api<DynamicObject> =
        Api::namespaced_with(client.clone(), "default", &widget_resource());
    let created = api
        .create(
            &PostParams::default(),
            &serde_json::from_value(widget("d", json!({"location": "x"}))).unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(created.metadata.labels.unwrap()["second"], "yes");
    assert_eq!(
        (
            server.reviews("/first").len(),
            server.reviews("/second").len()
        ),
        (2, 1)
    );

    // Equivalent: a rule for v1 also catches v1beta1 requests; the webhook works at v1.
    let mut crd = widget_crd();
    let mut beta = crd["spec"]["versions"][0].clone();
    beta["name"] = json!("v1beta1");
    beta["storage"] = json!(false);
    crd["spec"]["versions"].as_array_mut().unwrap().push(beta);
    let crds: Api<DynamicObject> = Api::all_with(
        client.clone(),
        &resource(
            "apiextensions.k8s.io",
            "v1",
            "CustomResourceDefinition",
            "customresourcedefinitions",
        ),
    );
    let mut live = crds.get("widgets.example.com").await.unwrap();
    live.data["spec"]["versions"] = crd["spec"]["versions"].clone();
    crds.replace("widgets.example.com", &PostParams::default(), &live)
        .await
        .unwrap();
    configure(
        &client,
        "MutatingWebhookConfiguration",
        "equivalent",
        vec![
            hook(
                "eq.widgets.example.com",
                format!("{base}/equivalent"),
                &ca,
                widget_rules(&["CREATE"]),
                json!({}),
            ),
            hook(
                "exact.widgets.example.com",
                format!("{base}/exact"),
                &ca,
                widget_rules(&["CREATE"]),
                json!({"matchPolicy": "Exact"}),
            ),
        ],
    )
    .await;
    let before = server.reviews("/exact").len();
    let beta_api: Api<DynamicObject> = Api::namespaced_with(
        client.clone(),
        "default",
        &resource("example.com", "v1beta1", "Widget", "widgets"),
    );
    let mut w = widget("e", json!({"location": "x"}));
    w["apiVersion"] = json!("example.com/v1beta1");
    let created = beta_api
        .create(&PostParams::default(), &serde_json::from_value(w).unwrap())
        .await
        .unwrap();
    assert_eq!(created.data["spec"]["size"], 7);
    let eq = server.reviews("/equivalent").last().unwrap()["request"].clone();
    assert_eq!(
        (
            eq["kind"]["version"].as_str(),
            eq["requestKind"]["version"].as_str()
        ),
        (Some("v1"), Some("v1beta1"))
    );
    assert_eq!(eq["object"]["apiVersion"], "example.com/v1");
    assert_eq!(
        server.reviews("/exact").len(),
        before,
        "Exact does not match other versions"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_webhooks_time_out() {
    let server = HookServer::start(&[], |_, review| {
        std::thread::sleep(Duration::from_millis(2500));
        admit(review, None, &[])
    })
    .await;
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    create_crd(&client, widget_crd()).await;
    configure(
        &client,
        "ValidatingWebhookConfiguration",
        "slow",
        vec![hook(
            "slow.widgets.example.com",
            format!("https://{}/slow", server.addr),
            &server.ca_bundle(),
            widget_rules(&["CREATE"]),
            json!({"timeoutSeconds": 1}),
        )],
    )
    .await;
    let api: Api<DynamicObject> =
        Api::namespaced_with(client.clone(), "default", &widget_resource());
    let err = api_error(
        api.create(
            &PostParams::default(),
            &serde_json::from_value(widget("a", json!({"location": "x"}))).unwrap(),
        )
        .await
        .unwrap_err(),
    );
    assert_eq!(
        err.message,
        format!(
            "Internal error occurred: failed calling webhook \"slow.widgets.example.com\": failed to call webhook: Post \"https://{}/slow?timeout=1s\": context deadline exceeded",
            server.addr
        )
    );
}

#[tokio::test]
async fn webhook_configurations_are_defaulted_validated_and_never_sent_to_webhooks() {
    let server = HookServer::start(&[], |_, review| deny(review, json!({"message": "no"}))).await;
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    // A webhook that would deny everything does not see webhook configurations.
    configure(&client, "ValidatingWebhookConfiguration", "deny-all", vec![hook(
        "all.example.com.test", format!("https://{}/all", server.addr), &server.ca_bundle(),
        json!([{"operations": ["*"], "apiGroups": ["*"], "apiVersions": ["*"], "resources": ["*"], "scope": "Cluster"}]),
        json!({}))]).await;
    let configs: Api<DynamicObject> = Api::all_with(
        client.clone(),
        &resource(
            "admissionregistration.k8s.io",
            "v1",
            "ValidatingWebhookConfiguration",
            "validatingwebhookconfigurations",
        ),
    );
    let stored = configs.get("deny-all").await.unwrap();
    let h = &stored.data["webhooks"][0];
    assert_eq!(
        (
            &h["failurePolicy"],
            &h["matchPolicy"],
            &h["timeoutSeconds"],
            &h["namespaceSelector"]
        ),
        (&json!("Fail"), &json!("Equivalent"), &json!(10), &json!({}))
    );
    configs
        .delete("deny-all", &Default::default())
        .await
        .unwrap();
    assert!(server.reviews("/all").is_empty());
    // Namespaced objects are out of a Cluster-scoped rule; cluster-scoped ones are in.
    configure(&client, "ValidatingWebhookConfiguration", "cluster", vec![hook(
        "cluster.example.com.test", format!("https://{}/cluster", server.addr), &server.ca_bundle(),
        json!([{"operations": ["CREATE"], "apiGroups": [""], "apiVersions": ["v1"], "resources": ["namespaces", "configmaps"], "scope": "Cluster"}]),
        json!({}))]).await;
    let cms: Api<k8s_openapi::api::core::v1::ConfigMap> =
        Api::namespaced(client.clone(), "default");
    cms.create(
        &PostParams::default(),
        &serde_json::from_value(json!({"metadata": {"name": "ok"}})).unwrap(),
    )
    .await
    .unwrap();
    let ns: Api<k8s_openapi::api::core::v1::Namespace> = Api::all(client.clone());
    let err = api_error(
        ns.create(
            &PostParams::default(),
            &serde_json::from_value(json!({"metadata": {"name": "denied"}})).unwrap(),
        )
        .await
        .unwrap_err(),
    );
    assert_eq!(
        err.message,
        "admission webhook \"cluster.example.com.test\" denied the request: no"
    );
    assert_eq!(err.code, 400);

    let bad = json!({"apiVersion": "admissionregistration.k8s.io/v1", "kind": "ValidatingWebhookConfiguration",
        "metadata": {"name": "bad"}, "webhooks": [{"name": "short.name", "clientConfig": {"url": "http://x/y"},
        "timeoutSeconds": 31, "admissionReviewVersions": ["v1"]}]});
    let err = api_error(
        configs
            .create(
                &PostParams::default(),
                &serde_json::from_value(bad).unwrap(),
            )
            .await
            .unwrap_err(),
    );
    assert_eq!(err.code, 422);
    for expected in [
        "webhooks[0].name: Invalid value: \"short.name\": should be a domain with at least three segments separated by dots",
        "webhooks[0].sideEffects: Required value: must specify one of None, NoneOnDryRun",
        "webhooks[0].timeoutSeconds: Invalid value: 31: the timeout value must be between 1 and 30 seconds",
        "webhooks[0].clientConfig.url: Invalid value: \"http\": 'https' is the only allowed URL scheme; desired format: https://host[/path]",
    ] {
        assert!(
            err.message.contains(expected),
            "missing {expected:?} in {}",
            err.message
        );
    }
}

#[tokio::test]
async fn protobuf_accept_headers_get_json_and_nothing_acceptable_gets_406() {
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    create_crd(&client, widget_crd()).await;
    let path = "/apis/example.com/v1/namespaces/default/widgets";
    let (code, _, _) = raw(
        &sim,
        reqwest::Method::POST,
        path,
        "application/json",
        Some(widget("w", json!({"location": "x"}))),
    )
    .await;
    assert_eq!(code, 201);
    // What client-go's typed and metadata clients send.
    for accept in [
        "application/vnd.kubernetes.protobuf, application/json",
        "application/vnd.kubernetes.protobuf;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json",
        "*/*",
    ] {
        for p in [path, "/api/v1/namespaces/default/configmaps"] {
            let (code, headers, body) = raw(&sim, reqwest::Method::GET, p, accept, None).await;
            assert_eq!(code, 200, "{accept} {p}");
            assert_eq!(headers["content-type"], "application/json");
            assert!(body["items"].is_array(), "{body}");
        }
    }
    let (code, _, body) = raw(
        &sim,
        reqwest::Method::GET,
        path,
        "application/vnd.kubernetes.protobuf",
        None,
    )
    .await;
    assert_eq!(
        (code, body["reason"].as_str(), body["message"].as_str()),
        (
            406,
            Some("NotAcceptable"),
            Some("only the following media types are accepted: application/json, application/yaml")
        )
    );
}
