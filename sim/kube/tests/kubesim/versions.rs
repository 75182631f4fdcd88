//! CRD versions as kube-apiserver serves them: `status.storedVersions` and the updates it
//! refuses, pruning against each version's schema, and the `None` and `Webhook` conversion
//! strategies on every read, write, list and watch.

use crate::common::*;
use crate::hook_server::{HookServer, convert};
use futures::StreamExt;
use kube::api::{
    Api, DynamicObject, ListParams, Patch, PatchParams, PostParams, WatchEvent, WatchParams,
};
use kube::core::{ApiResource, GroupVersionKind};
use serde_json::{Value, json};

fn gadgets(version: &str) -> ApiResource {
    ApiResource::from_gvk_with_plural(
        &GroupVersionKind::gvk("example.com", version, "Gadget"),
        "gadgets",
    )
}

fn crds(client: &kube::Client) -> Api<DynamicObject> {
    Api::all_with(
        client.clone(),
        &ApiResource::from_gvk_with_plural(
            &GroupVersionKind::gvk("apiextensions.k8s.io", "v1", "CustomResourceDefinition"),
            "customresourcedefinitions",
        ),
    )
}

fn version(name: &str, storage: bool, spec: Value) -> Value {
    json!({"name": name, "served": true, "storage": storage, "subresources": {"status": {}},
        "schema": {"openAPIV3Schema": {"type": "object", "properties": {
            "spec": {"type": "object", "properties": spec},
            "status": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}}}})
}

/// `v1` (storage) has `size` and `color`; `v1beta1` calls the size `count`; `v1alpha1` has
/// only `size`.
fn gadget_crd(conversion: Value) -> Value {
    json!({"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
    "metadata": {"name": "gadgets.example.com"},
    "spec": {"group": "example.com", "scope": "Namespaced",
        "names": {"plural": "gadgets", "kind": "Gadget"},
        "conversion": conversion,
        "versions": [
            version("v1", true, json!({"size": {"type": "integer"}, "color": {"type": "string"}})),
            version("v1beta1", false, json!({"count": {"type": "integer"}, "color": {"type": "string"}})),
            version("v1alpha1", false, json!({"size": {"type": "integer"}})),
        ]}})
}

fn gadget(version: &str, name: &str, spec: Value) -> DynamicObject {
    serde_json::from_value(
        json!({"apiVersion": format!("example.com/{version}"), "kind": "Gadget",
        "metadata": {"name": name, "labels": {"app": "g"}}, "spec": spec}),
    )
    .unwrap()
}

#[tokio::test]
async fn none_conversion_relabels_and_prunes_against_each_versions_schema() {
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    create_crd(&client, gadget_crd(json!({"strategy": "None"}))).await;
    let v1: Api<DynamicObject> = Api::namespaced_with(client.clone(), "default", &gadgets("v1"));
    let alpha: Api<DynamicObject> =
        Api::namespaced_with(client.clone(), "default", &gadgets("v1alpha1"));
    v1.create(
        &PostParams::default(),
        &gadget("v1", "a", json!({"size": 2, "color": "red"})),
    )
    .await
    .unwrap();
    // Read at v1alpha1: relabelled, and `color` (unknown there) pruned from the answer only.
    let read = alpha.get("a").await.unwrap();
    assert_eq!(read.types.unwrap().api_version, "example.com/v1alpha1");
    assert_eq!(read.data["spec"], json!({"size": 2}));
    assert_eq!(v1.get("a").await.unwrap().data["spec"]["color"], "red");
    // A write at v1alpha1 loses what v1alpha1 cannot say: the write is decoded at v1alpha1.
    alpha
        .patch(
            "a",
            &PatchParams::default(),
            &Patch::Merge(json!({"spec": {"size": 3}})),
        )
        .await
        .unwrap();
    assert_eq!(v1.get("a").await.unwrap().data["spec"], json!({"size": 3}));
    // Strict field validation names the field v1alpha1 does not know.
    let err = alpha
        .patch(
            "a",
            &PatchParams {
                field_validation: Some(kube::api::ValidationDirective::Strict),
                ..Default::default()
            },
            &Patch::Merge(json!({"spec": {"color": "blue"}})),
        )
        .await
        .unwrap_err();
    assert_eq!(
        api_error(err).message,
        "Gadget in version \"v1alpha1\" cannot be handled as a Gadget: strict decoding error: unknown field \"spec.color\""
    );
    // Lists at another version relabel every item.
    let list = alpha.list(&ListParams::default()).await.unwrap();
    assert_eq!(
        list.items[0].types.as_ref().unwrap().api_version,
        "example.com/v1alpha1"
    );
}

#[tokio::test]
async fn stored_versions_guard_what_a_crd_update_may_drop() {
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    create_crd(&client, gadget_crd(json!({"strategy": "None"}))).await;
    let crds = crds(&client);
    let crd = crds.get("gadgets.example.com").await.unwrap();
    assert_eq!(crd.data["status"]["storedVersions"], json!(["v1"]));

    // Moving the storage version adds it to storedVersions.
    let mut moved = crd.clone();
    moved.data["spec"]["versions"][0]["storage"] = json!(false);
    moved.data["spec"]["versions"][1]["storage"] = json!(true);
    let moved = crds
        .replace("gadgets.example.com", &PostParams::default(), &moved)
        .await
        .unwrap();
    assert_eq!(
        moved.data["status"]["storedVersions"],
        json!(["v1", "v1beta1"])
    );

    // Exactly one storage version.
    let mut two = moved.clone();
    two.data["spec"]["versions"][0]["storage"] = json!(true);
    let err = api_error(
        crds.replace("gadgets.example.com", &PostParams::default(), &two)
            .await
            .unwrap_err(),
    );
    assert_eq!(err.code, 422);
    assert!(
        err.message.contains("spec.versions: Invalid value:")
            && err
                .message
                .contains("must have exactly one version marked as storage version"),
        "{}",
        err.message
    );

    // A version still listed in storedVersions cannot leave spec.versions.
    let mut dropped = moved.clone();
    dropped.data["spec"]["versions"]
        .as_array_mut()
        .unwrap()
        .remove(0);
    let err = api_error(
        crds.replace("gadgets.example.com", &PostParams::default(), &dropped)
            .await
            .unwrap_err(),
    );
    assert_eq!(
        err.message,
        "CustomResourceDefinition.apiextensions.k8s.io \"gadgets.example.com\" is invalid: status.storedVersions[0]: Invalid value: \"v1\": missing from spec.versions; v1 was previously a storage version, and must remain in spec.versions until a storage migration ensures no data remains persisted in v1 and removes v1 from status.storedVersions"
    );

    // The status subresource prunes storedVersions (what storage migrations do), then it can go.
    let pruned = crds
        .patch_status(
            "gadgets.example.com",
            &PatchParams::default(),
            &Patch::Merge(json!({"status": {"storedVersions": ["v1beta1"]}})),
        )
        .await
        .unwrap();
    assert_eq!(pruned.data["status"]["storedVersions"], json!(["v1beta1"]));
    assert_eq!(
        pruned.data["spec"]["versions"].as_array().unwrap().len(),
        3,
        "a status write leaves the spec alone"
    );
    let mut dropped = pruned.clone();
    dropped.data["spec"]["versions"]
        .as_array_mut()
        .unwrap()
        .remove(0);
    let now = crds
        .replace("gadgets.example.com", &PostParams::default(), &dropped)
        .await
        .unwrap();
    assert_eq!(now.data["status"]["storedVersions"], json!(["v1beta1"]));
    let v1: Api<DynamicObject> = Api::namespaced_with(client.clone(), "default", &gadgets("v1"));
    assert_eq!(
        api_error(v1.list(&ListParams::default()).await.unwrap_err()).code,
        404
    );
}

/// Converts between `size` (v1, v1alpha1) and `count` (v1beta1), and tags what it touched.
fn size_count(review: &Value) -> Value {
    convert(review, |o, desired| {
        let spec = o["spec"].as_object_mut().unwrap();
        if desired.ends_with("/v1beta1") {
            if let Some(v) = spec.remove("size") {
                spec.insert("count".into(), v);
            }
        } else if let Some(v) = spec.remove("count") {
            spec.insert("size".into(), v);
        }
    })
}

#[tokio::test]
async fn conversion_webhooks_convert_every_read_write_list_and_watch() {
    let hook = HookServer::start(&[], |_, review| size_count(review)).await;
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    let url = format!("https://{}/convert", hook.addr);
    create_crd(
        &client,
        gadget_crd(
            json!({"strategy": "Webhook", "webhook": {"conversionReviewVersions": ["v1"],
            "clientConfig": {"url": url, "caBundle": hook.ca_bundle()}}}),
        ),
    )
    .await;
    let v1: Api<DynamicObject> = Api::namespaced_with(client.clone(), "default", &gadgets("v1"));
    let beta: Api<DynamicObject> =
        Api::namespaced_with(client.clone(), "default", &gadgets("v1beta1"));

    // A write at v1beta1: converted to v1 to be stored, and back for the answer.
    let created = beta
        .create(
            &PostParams::default(),
            &gadget("v1beta1", "a", json!({"count": 3})),
        )
        .await
        .unwrap();
    assert_eq!(created.data["spec"], json!({"count": 3}));
    let reviews = hook.reviews("/convert");
    assert_eq!(reviews.len(), 2);
    assert_eq!(reviews[0]["request"]["desiredAPIVersion"], "example.com/v1");
    assert_eq!(
        reviews[0]["request"]["objects"][0]["apiVersion"],
        "example.com/v1beta1"
    );
    assert_eq!(
        reviews[1]["request"]["desiredAPIVersion"],
        "example.com/v1beta1"
    );
    // Stored at v1, so a read at v1 needs no webhook.
    assert_eq!(v1.get("a").await.unwrap().data["spec"], json!({"size": 3}));
    assert_eq!(hook.reviews("/convert").len(), 2);
    // A read at v1beta1 is one review.
    assert_eq!(
        beta.get("a").await.unwrap().data["spec"],
        json!({"count": 3})
    );
    assert_eq!(hook.reviews("/convert").len(), 3);
    // A list sends each stored object alone.
    v1.create(
        &PostParams::default(),
        &gadget("v1", "b", json!({"size": 5})),
    )
    .await
    .unwrap();
    let before = hook.reviews("/convert").len();
    let list = beta.list(&ListParams::default()).await.unwrap();
    let counts: Vec<&Value> = list
        .items
        .iter()
        .map(|i| &i.data["spec"]["count"])
        .collect();
    assert_eq!(counts, vec![&json!(3), &json!(5)]);
    let reviews = hook.reviews("/convert");
    assert_eq!(reviews.len(), before + 2);
    assert!(
        reviews[before..]
            .iter()
            .all(|r| r["request"]["objects"].as_array().unwrap().len() == 1)
    );
    // A watch at v1beta1 converts each event.
    let mut events = beta
        .watch(&WatchParams::default(), "0")
        .await
        .unwrap()
        .boxed();
    let mut seen = Vec::new();
    while seen.len() < 2 {
        if let Some(Ok(WatchEvent::Added(o))) = events.next().await {
            seen.push(o.data["spec"]["count"].clone());
        }
    }
    assert_eq!(seen, vec![json!(3), json!(5)]);

    // Without the webhook, reads and writes at v1beta1 fail; reads at the storage version work.
    hook.stop();
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    let err = api_error(beta.get("a").await.unwrap_err());
    assert_eq!(err.code, 500);
    assert!(
        err.message.starts_with(&format!(
            "conversion webhook for example.com/v1, Kind=Gadget failed: Post \"https://{}/convert?timeout=30s\": ",
            hook.addr
        )),
        "{}",
        err.message
    );
    let err = api_error(
        beta.create(
            &PostParams::default(),
            &gadget("v1beta1", "c", json!({"count": 1})),
        )
        .await
        .unwrap_err(),
    );
    assert!(
        err.message
            .starts_with("conversion webhook for example.com/v1beta1, Kind=Gadget failed: "),
        "{}",
        err.message
    );
    assert!(
        v1.get_opt("c").await.unwrap().is_none(),
        "nothing was stored"
    );
    assert_eq!(v1.get("a").await.unwrap().data["spec"]["size"], 3);
    // An event the watch cannot convert ends it with an InternalError.
    v1.patch(
        "a",
        &PatchParams::default(),
        &Patch::Merge(json!({"spec": {"size": 4}})),
    )
    .await
    .unwrap();
    let ended = loop {
        match events.next().await {
            Some(Ok(WatchEvent::Error(e))) => break e,
            Some(_) => continue,
            None => panic!("the watch ended without an error event"),
        }
    };
    assert_eq!((ended.code, ended.reason.as_str()), (500, "InternalError"));
    assert!(ended.message.starts_with(
        "Internal error occurred: conversion webhook for example.com/v1, Kind=Gadget failed: "
    ));
}

#[tokio::test]
async fn conversion_answers_are_checked_as_the_server_checks_them() {
    // The webhook misbehaves according to a label on the object.
    let hook = HookServer::start(&[], |_, review| {
        let mut answer = size_count(review);
        let o = &review["request"]["objects"][0];
        match o["metadata"]["labels"]["mode"].as_str() {
            Some("uid") => answer["response"]["uid"] = json!("not-the-request"),
            Some("rename") => {
                answer["response"]["convertedObjects"][0]["metadata"]["name"] = json!("other")
            }
            Some("relabel") => {
                answer["response"]["convertedObjects"][0]["metadata"]["labels"]["converted"] =
                    json!("yes");
                answer["response"]["convertedObjects"][0]["metadata"]["generation"] = json!(99);
            }
            Some("fail") => {
                answer["response"]["result"] =
                    json!({"status": "Failure", "message": "cannot convert this"})
            }
            _ => {}
        }
        answer
    })
    .await;
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    create_crd(
        &client,
        gadget_crd(json!({"strategy": "Webhook", "webhook": {"conversionReviewVersions": ["v1"],
            "clientConfig": {"url": format!("https://{}/convert", hook.addr), "caBundle": hook.ca_bundle()}}})),
    )
    .await;
    let v1: Api<DynamicObject> = Api::namespaced_with(client.clone(), "default", &gadgets("v1"));
    let beta: Api<DynamicObject> =
        Api::namespaced_with(client.clone(), "default", &gadgets("v1beta1"));
    for (mode, expected) in [
        (
            "uid",
            "conversion webhook for example.com/v1, Kind=Gadget failed: expected response.uid=",
        ),
        (
            "rename",
            "conversion webhook for example.com/v1, Kind=Gadget returned invalid object: must have the same name: rename != other",
        ),
        (
            "fail",
            "conversion webhook for example.com/v1, Kind=Gadget failed: cannot convert this",
        ),
    ] {
        let mut g = gadget("v1", mode, json!({"size": 1}));
        g.metadata.labels = Some([("mode".to_string(), mode.to_string())].into());
        v1.create(&PostParams::default(), &g).await.unwrap();
        let err = api_error(beta.get(mode).await.unwrap_err());
        assert!(err.message.starts_with(expected), "{mode}: {}", err.message);
    }
    // Labels and annotations may change in conversion; the rest of metadata is the server's.
    let mut g = gadget("v1", "relabel", json!({"size": 1}));
    g.metadata.labels = Some([("mode".to_string(), "relabel".to_string())].into());
    v1.create(&PostParams::default(), &g).await.unwrap();
    let read = beta.get("relabel").await.unwrap();
    assert_eq!(read.metadata.labels.unwrap()["converted"], "yes");
    assert_eq!(read.metadata.generation, Some(1));
}

#[tokio::test]
async fn service_webhooks_are_reached_through_routes_and_verified_against_the_ca_bundle() {
    let hook = HookServer::start(&["hook.webhooks.svc"], |_, review| size_count(review)).await;
    let other_ca = HookServer::start(&[], |_, r| size_count(r)).await;
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    let crd = |ca: String| {
        gadget_crd(
            json!({"strategy": "Webhook", "webhook": {"conversionReviewVersions": ["v1"],
            "clientConfig": {"service": {"namespace": "webhooks", "name": "hook", "path": "/convert", "port": 443},
                             "caBundle": ca}}}),
        )
    };
    create_crd(&client, crd(hook.ca_bundle())).await;
    let v1: Api<DynamicObject> = Api::namespaced_with(client.clone(), "default", &gadgets("v1"));
    let beta: Api<DynamicObject> =
        Api::namespaced_with(client.clone(), "default", &gadgets("v1beta1"));
    v1.create(
        &PostParams::default(),
        &gadget("v1", "a", json!({"size": 1})),
    )
    .await
    .unwrap();
    // No Service, no route.
    let err = api_error(beta.get("a").await.unwrap_err());
    assert_eq!(
        err.message,
        "conversion webhook for example.com/v1, Kind=Gadget failed: service \"hook\" not found"
    );
    // A Service with nothing behind it.
    let ns: Api<DynamicObject> = Api::all_with(
        client.clone(),
        &ApiResource::from_gvk_with_plural(
            &GroupVersionKind::gvk("", "v1", "Namespace"),
            "namespaces",
        ),
    );
    ns.create(
        &PostParams::default(),
        &serde_json::from_value(
            json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "webhooks"}}),
        )
        .unwrap(),
    )
    .await
    .unwrap();
    let services: Api<DynamicObject> = Api::namespaced_with(
        client.clone(),
        "webhooks",
        &ApiResource::from_gvk_with_plural(&GroupVersionKind::gvk("", "v1", "Service"), "services"),
    );
    let svc = services
        .create(
            &PostParams::default(),
            &serde_json::from_value(json!({"apiVersion": "v1", "kind": "Service",
            "metadata": {"name": "hook"}, "spec": {"ports": [{"port": 443, "targetPort": 9443}]}}))
            .unwrap(),
        )
        .await
        .unwrap();
    let ip = svc.data["spec"]["clusterIP"].as_str().unwrap().to_string();
    let err = api_error(beta.get("a").await.unwrap_err());
    assert_eq!(
        err.message,
        format!(
            "conversion webhook for example.com/v1, Kind=Gadget failed: Post \"https://hook.webhooks.svc:443/convert?timeout=30s\": dial tcp {ip}:443: connect: connection refused"
        )
    );
    // Routed over the admin endpoint: verified as hook.webhooks.svc against the caBundle.
    let route = json!({"service": "webhooks/hook:443", "address": hook.addr.to_string()});
    let req = http::Request::post("/_sim/services")
        .header("content-type", "application/json")
        .body(route.to_string().into_bytes())
        .unwrap();
    let _: Value = client.request(req).await.unwrap();
    assert_eq!(beta.get("a").await.unwrap().data["spec"]["count"], 1);
    // A caBundle that did not sign the webhook's certificate.
    let crds = crds(&client);
    let mut current = crds.get("gadgets.example.com").await.unwrap();
    current.data["spec"]["conversion"]["webhook"]["clientConfig"]["caBundle"] =
        json!(other_ca.ca_bundle());
    crds.replace("gadgets.example.com", &PostParams::default(), &current)
        .await
        .unwrap();
    let err = api_error(beta.get("a").await.unwrap_err());
    assert_eq!(
        err.message,
        "conversion webhook for example.com/v1, Kind=Gadget failed: Post \"https://hook.webhooks.svc:443/convert?timeout=30s\": tls: failed to verify certificate: x509: certificate signed by unknown authority"
    );
}
