//! kube-rs against the simulator: typed and dynamic APIs, patches, server-side apply,
//! finalizers and garbage collection, and a kube-runtime Controller.

use crate::common::*;
use k8s_openapi::api::authentication::v1::TokenRequest;
use k8s_openapi::api::core::v1::{ConfigMap, Namespace, Secret, ServiceAccount};
use kube::api::{Api, DeleteParams, DynamicObject, ListParams, Patch, PatchParams, PostParams};
use kube::core::{ApiResource, GroupVersionKind};
use serde_json::json;

#[tokio::test]
async fn typed_crud_and_optimistic_concurrency() {
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    let api: Api<ConfigMap> = Api::namespaced(client.clone(), "default");
    let created = api
        .create(&PostParams::default(), &cm("a", &[("k", "v")]))
        .await
        .unwrap();
    let meta = &created.metadata;
    assert!(meta.uid.is_some() && meta.creation_timestamp.is_some());
    let rv1: u64 = meta.resource_version.as_deref().unwrap().parse().unwrap();

    let err = api
        .create(&PostParams::default(), &cm("a", &[]))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, kube::Error::Api(s) if s.code == 409 && s.reason == "AlreadyExists"),
        "{err:?}"
    );

    let mut updated = created.clone();
    updated.data = Some([("k".to_string(), "v2".to_string())].into());
    let updated = api
        .replace("a", &PostParams::default(), &updated)
        .await
        .unwrap();
    assert!(
        updated
            .metadata
            .resource_version
            .as_deref()
            .unwrap()
            .parse::<u64>()
            .unwrap()
            > rv1
    );

    // stale resourceVersion
    let err = api
        .replace("a", &PostParams::default(), &created)
        .await
        .unwrap_err();
    match err {
        kube::Error::Api(s) => {
            assert_eq!(s.code, 409);
            assert_eq!(
                s.message,
                "Operation cannot be fulfilled on configmaps \"a\": the object has been modified; please apply your changes to the latest version and try again"
            );
        }
        other => panic!("{other:?}"),
    }

    let err = api.get("missing").await.unwrap_err();
    assert!(
        matches!(&err, kube::Error::Api(s) if s.code == 404 && s.message == "configmaps \"missing\" not found"),
        "{err:?}"
    );

    // namespace must exist
    let nowhere: Api<ConfigMap> = Api::namespaced(client.clone(), "nowhere");
    let err = nowhere
        .create(&PostParams::default(), &cm("x", &[]))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, kube::Error::Api(s) if s.code == 404 && s.message == "namespaces \"nowhere\" not found"),
        "{err:?}"
    );

    api.delete("a", &DeleteParams::default()).await.unwrap();
    assert!(api.get_opt("a").await.unwrap().is_none());
}

#[tokio::test]
async fn secrets_namespaces_and_invalid_names() {
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    let nss: Api<Namespace> = Api::all(client.clone());
    let ns = nss
        .create(
            &PostParams::default(),
            &serde_json::from_value(json!({"metadata":{"name":"team-a"}})).unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(ns.status.unwrap().phase.as_deref(), Some("Active"));
    // the namespace controller's default ServiceAccount
    let sas: Api<ServiceAccount> = Api::namespaced(client.clone(), "team-a");
    eventually(5, || async { sas.get_opt("default").await.unwrap() }).await;

    let secrets: Api<Secret> = Api::namespaced(client.clone(), "team-a");
    let s: Secret = serde_json::from_value(
        json!({"metadata":{"name":"creds"},"stringData":{"AZURE_CLIENT_ID":"abc"}}),
    )
    .unwrap();
    let s = secrets.create(&PostParams::default(), &s).await.unwrap();
    assert_eq!(s.data.unwrap()["AZURE_CLIENT_ID"].0, b"abc");
    assert_eq!(s.type_.as_deref(), Some("Opaque"));

    let bad: ConfigMap = cm("Not_Valid", &[]);
    let err = Api::<ConfigMap>::namespaced(client.clone(), "team-a")
        .create(&PostParams::default(), &bad)
        .await
        .unwrap_err();
    match err {
        kube::Error::Api(s) => {
            assert_eq!(s.code, 422);
            assert_eq!(s.reason, "Invalid");
            assert!(s.message.starts_with("ConfigMap \"Not_Valid\" is invalid: metadata.name: Invalid value: \"Not_Valid\": a lowercase RFC 1123 subdomain"), "{}", s.message);
        }
        other => panic!("{other:?}"),
    }

    // deleting a namespace removes its content, then the namespace
    Api::<ConfigMap>::namespaced(client.clone(), "team-a")
        .create(&PostParams::default(), &cm("c", &[]))
        .await
        .unwrap();
    nss.delete("team-a", &DeleteParams::default())
        .await
        .unwrap();
    eventually(10, || async {
        nss.get_opt("team-a").await.unwrap().is_none().then_some(())
    })
    .await;
    assert!(
        Api::<ConfigMap>::namespaced(client.clone(), "team-a")
            .get_opt("c")
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn custom_resources_validate_prune_default_and_cel() {
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    create_crd(&client, widget_crd()).await;
    let api: Api<DynamicObject> =
        Api::namespaced_with(client.clone(), "default", &widget_resource());

    let w = |spec: serde_json::Value| -> DynamicObject {
        serde_json::from_value(json!({"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w1"},"spec":spec})).unwrap()
    };
    let msg = |e: kube::Error| match e {
        kube::Error::Api(s) => (s.code, s.message),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        msg(api
            .create(&PostParams::default(), &w(json!({})))
            .await
            .unwrap_err()),
        (
            422,
            "Widget.example.com \"w1\" is invalid: spec.location: Required value".to_string()
        )
    );
    assert_eq!(
        msg(api.create(&PostParams::default(), &w(json!({"location":"x","tier":"Gold"}))).await.unwrap_err()),
        (422, "Widget.example.com \"w1\" is invalid: spec.tier: Unsupported value: \"Gold\": supported values: \"Basic\", \"Premium\"".to_string())
    );
    assert_eq!(
        msg(api.create(&PostParams::default(), &w(json!({"location":"x","size":5,"maxSize":3}))).await.unwrap_err()),
        (422, "Widget.example.com \"w1\" is invalid: spec: Invalid value: \"object\": size must not exceed maxSize".to_string())
    );

    let created = api
        .create(
            &PostParams::default(),
            &w(json!({"location":"x","azureName":"one","extra":"pruned","status":1})),
        )
        .await
        .unwrap();
    assert_eq!(
        created.data["spec"],
        json!({"location":"x","azureName":"one","size":1})
    );
    assert_eq!(created.metadata.generation, Some(1));

    // transition rule
    let mut changed = created.clone();
    changed.data["spec"]["azureName"] = json!("two");
    assert_eq!(
        msg(api.replace("w1", &PostParams::default(), &changed).await.unwrap_err()),
        (422, "Widget.example.com \"w1\" is invalid: spec.azureName: Invalid value: \"string\": azureName is immutable".to_string())
    );

    // status subresource: main writes never change status; status writes only status
    let patched = api
        .patch(
            "w1",
            &PatchParams::default(),
            &Patch::Merge(json!({"status":{"x":1},"metadata":{"labels":{"a":"b"}}})),
        )
        .await
        .unwrap();
    assert!(patched.data.get("status").is_none());
    assert_eq!(
        patched.metadata.generation,
        Some(1),
        "metadata changes do not bump generation"
    );
    let st = api.patch_status("w1", &PatchParams::default(), &Patch::Merge(json!({"status":{"conditions":[{"type":"Ready","status":"True"}]},"spec":{"size":9}}))).await.unwrap();
    assert_eq!(st.data["status"]["conditions"][0]["status"], "True");
    assert_eq!(st.data["spec"]["size"], 1);
    assert_eq!(st.metadata.generation, Some(1));
    let sp = api
        .patch(
            "w1",
            &PatchParams::default(),
            &Patch::Merge(json!({"spec":{"size":2}})),
        )
        .await
        .unwrap();
    assert_eq!(sp.metadata.generation, Some(2));
    assert_eq!(sp.data["status"]["conditions"][0]["status"], "True");

    // strategic merge patch is not supported for custom resources
    let err = api
        .patch(
            "w1",
            &PatchParams::default(),
            &Patch::Strategic(json!({"spec":{"size":3}})),
        )
        .await
        .unwrap_err();
    assert_eq!(msg(err).0, 415);

    // PUT on a CR needs a resourceVersion
    let mut no_rv = sp.clone();
    no_rv.metadata.resource_version = None;
    assert_eq!(
        msg(api
            .replace("w1", &PostParams::default(), &no_rv)
            .await
            .unwrap_err())
        .0,
        422
    );

    // json patch
    let jp: json_patch::Patch =
        serde_json::from_value(json!([{"op":"replace","path":"/spec/location","value":"y"}]))
            .unwrap();
    let j = api
        .patch("w1", &PatchParams::default(), &Patch::Json::<()>(jp))
        .await
        .unwrap();
    assert_eq!(j.data["spec"]["location"], "y");
}

#[tokio::test]
async fn server_side_apply_tracks_managers_and_conflicts() {
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    let api: Api<ConfigMap> = Api::namespaced(client.clone(), "default");
    let pp = PatchParams::apply("alice");
    let applied = api.patch("cfg", &pp, &Patch::Apply(json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cfg"},"data":{"a":"1","b":"2"}}))).await.unwrap();
    let mf = applied.metadata.managed_fields.clone().unwrap();
    assert_eq!(mf.len(), 1);
    assert_eq!(mf[0].manager.as_deref(), Some("alice"));
    assert_eq!(mf[0].operation.as_deref(), Some("Apply"));

    // bob changes a field alice owns: conflict unless forced
    let err = api.patch("cfg", &PatchParams::apply("bob"), &Patch::Apply(json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cfg"},"data":{"a":"X"}}))).await.unwrap_err();
    match err {
        kube::Error::Api(s) => {
            assert_eq!(s.code, 409);
            assert_eq!(
                s.message,
                "Apply failed with 1 conflict: conflict with \"alice\" using v1: .data.a"
            );
        }
        other => panic!("{other:?}"),
    }
    let forced = api.patch("cfg", &PatchParams::apply("bob").force(), &Patch::Apply(json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cfg"},"data":{"a":"X"}}))).await.unwrap();
    assert_eq!(forced.data.as_ref().unwrap()["a"], "X");

    // alice stops applying b: it is removed
    let after = api
        .patch(
            "cfg",
            &pp,
            &Patch::Apply(
                json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cfg"},"data":{}}),
            ),
        )
        .await
        .unwrap();
    assert_eq!(
        after.data.unwrap(),
        [("a".to_string(), "X".to_string())].into()
    );

    // an identical apply is a no-op (no new resourceVersion)
    let again = api
        .patch(
            "cfg",
            &pp,
            &Patch::Apply(
                json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cfg"},"data":{}}),
            ),
        )
        .await
        .unwrap();
    assert_eq!(
        again.metadata.resource_version,
        after.metadata.resource_version
    );
}

#[tokio::test]
async fn label_and_field_selectors_and_pagination() {
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    let api: Api<ConfigMap> = Api::namespaced(client.clone(), "default");
    for i in 0..7 {
        let mut c = cm(&format!("c{i}"), &[]);
        c.metadata.labels = Some(
            [
                (
                    "parity".to_string(),
                    if i % 2 == 0 { "even" } else { "odd" }.to_string(),
                ),
                ("i".to_string(), i.to_string()),
            ]
            .into(),
        );
        api.create(&PostParams::default(), &c).await.unwrap();
    }
    let names = |l: kube::core::ObjectList<ConfigMap>| {
        l.items
            .into_iter()
            .map(|c| c.metadata.name.unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        names(
            api.list(&ListParams::default().labels("parity=odd"))
                .await
                .unwrap()
        ),
        vec!["c1", "c3", "c5"]
    );
    assert_eq!(
        names(
            api.list(&ListParams::default().labels("i in (1,2),parity!=odd"))
                .await
                .unwrap()
        ),
        vec!["c2"]
    );
    assert_eq!(
        names(
            api.list(&ListParams::default().fields("metadata.name=c4"))
                .await
                .unwrap()
        ),
        vec!["c4"]
    );
    let first = api.list(&ListParams::default().limit(3)).await.unwrap();
    assert_eq!(first.metadata.remaining_item_count, Some(4));
    let token = first.metadata.continue_.clone().unwrap();
    let second = api
        .list(&ListParams::default().limit(3).continue_token(&token))
        .await
        .unwrap();
    assert_eq!(names(first), vec!["c0", "c1", "c2"]);
    assert_eq!(names(second), vec!["c3", "c4", "c5"]);
    let err = api
        .list(&ListParams::default().labels("a in b"))
        .await
        .unwrap_err();
    assert!(matches!(err, kube::Error::Api(s) if s.code == 400));
}

#[tokio::test]
async fn finalizers_and_garbage_collection() {
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    let api: Api<ConfigMap> = Api::namespaced(client.clone(), "default");
    let mut owner = cm("owner", &[]);
    owner.metadata.finalizers = Some(vec!["example.com/hold".into()]);
    let owner = api.create(&PostParams::default(), &owner).await.unwrap();
    let mut dep = cm("dependant", &[]);
    dep.metadata.owner_references = Some(vec![
        k8s_openapi::apimachinery::pkg::apis::meta::v1::OwnerReference {
            api_version: "v1".into(),
            kind: "ConfigMap".into(),
            name: "owner".into(),
            uid: owner.metadata.uid.clone().unwrap(),
            ..Default::default()
        },
    ]);
    api.create(&PostParams::default(), &dep).await.unwrap();

    api.delete("owner", &DeleteParams::default()).await.unwrap();
    let terminating = api.get("owner").await.unwrap();
    assert!(terminating.metadata.deletion_timestamp.is_some());
    // new finalizers cannot be added while deleting
    let err = api
        .patch(
            "owner",
            &PatchParams::default(),
            &Patch::Merge(json!({"metadata":{"finalizers":["example.com/hold","other/x"]}})),
        )
        .await
        .unwrap_err();
    assert!(
        matches!(&err, kube::Error::Api(s) if s.code == 422),
        "{err:?}"
    );
    // the dependant stays while the owner exists
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(api.get_opt("dependant").await.unwrap().is_some());
    api.patch(
        "owner",
        &PatchParams::default(),
        &Patch::Merge(json!({"metadata":{"finalizers":null}})),
    )
    .await
    .unwrap();
    assert!(api.get_opt("owner").await.unwrap().is_none());
    eventually(10, || async {
        api.get_opt("dependant")
            .await
            .unwrap()
            .is_none()
            .then_some(())
    })
    .await;
}

#[tokio::test]
async fn service_account_tokens_and_oidc_discovery() {
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    let sas: Api<ServiceAccount> = Api::namespaced(client.clone(), "default");
    let sa = sas
        .create(
            &PostParams::default(),
            &serde_json::from_value(json!({"metadata":{"name":"op"}})).unwrap(),
        )
        .await
        .unwrap();
    let tr: TokenRequest = serde_json::from_value(
        json!({"spec":{"audiences":["api://AzureADTokenExchange"],"expirationSeconds":3600}}),
    )
    .unwrap();
    let out = sas
        .create_token_request("op", &PostParams::default(), &tr)
        .await
        .unwrap();
    let token = out.status.unwrap().token.unwrap();
    let claims = sim
        .sim
        .signer
        .verify(&token, aso_kubesim::objects::now_unix())
        .unwrap();
    assert_eq!(claims["sub"], "system:serviceaccount:default:op");
    assert_eq!(claims["aud"], json!(["api://AzureADTokenExchange"]));
    assert_eq!(claims["iss"], sim.url);
    assert_eq!(
        claims["kubernetes.io"]["serviceaccount"]["uid"],
        json!(sa.metadata.uid.unwrap())
    );

    let req = http::Request::get("/.well-known/openid-configuration")
        .body(Vec::new())
        .unwrap();
    let doc: serde_json::Value = client.request(req).await.unwrap();
    assert_eq!(doc["issuer"], sim.url);
    assert_eq!(doc["jwks_uri"], format!("{}/openid/v1/jwks", sim.url));
    let req = http::Request::get("/openid/v1/jwks")
        .body(Vec::new())
        .unwrap();
    let jwks: serde_json::Value = client.request(req).await.unwrap();
    assert_eq!(jwks["keys"][0]["alg"], "ES256");

    let short: TokenRequest =
        serde_json::from_value(json!({"spec":{"expirationSeconds":60}})).unwrap();
    let err = sas
        .create_token_request("op", &PostParams::default(), &short)
        .await
        .unwrap_err();
    assert!(
        matches!(err, kube::Error::Api(s) if s.code == 422 && s.message.contains("may not specify a duration less than 10 minutes"))
    );
}

#[tokio::test]
async fn tls_with_generated_ca() {
    let sim = aso_kubesim::KubeSim::start_with(aso_kubesim::Options {
        tls: true,
        ..Default::default()
    })
    .await
    .unwrap();
    assert!(sim.url.starts_with("https://"));
    let client = sim.client().await.unwrap();
    let api: Api<ConfigMap> = Api::namespaced(client, "default");
    api.create(&PostParams::default(), &cm("tls", &[]))
        .await
        .unwrap();
    assert_eq!(
        api.list(&ListParams::default()).await.unwrap().items.len(),
        1
    );
}

#[tokio::test]
async fn events_recorder_writes_events() {
    use kube::runtime::events::{Event, EventType, Recorder, Reporter};
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    let api: Api<ConfigMap> = Api::namespaced(client.clone(), "default");
    let obj = api
        .create(&PostParams::default(), &cm("target", &[]))
        .await
        .unwrap();
    let recorder = Recorder::new(
        client.clone(),
        Reporter {
            controller: "aso".into(),
            instance: None,
        },
    );
    let reference = kube::Resource::object_ref(&obj, &());
    for _ in 0..2 {
        recorder
            .publish(
                &Event {
                    type_: EventType::Warning,
                    reason: "WaitingForOwner".into(),
                    note: Some("owner not ready".into()),
                    action: "Reconcile".into(),
                    secondary: None,
                },
                &reference,
            )
            .await
            .unwrap();
    }
    let events: Api<k8s_openapi::api::events::v1::Event> =
        Api::namespaced(client.clone(), "default");
    let list = events.list(&ListParams::default()).await.unwrap();
    assert_eq!(
        list.items.len(),
        1,
        "repeated events are folded into a series"
    );
    assert_eq!(list.items[0].reason.as_deref(), Some("WaitingForOwner"));
    let core: Api<k8s_openapi::api::core::v1::Event> = Api::namespaced(client, "default");
    // core/v1 events are a separate collection in the simulator
    assert!(
        core.list(&ListParams::default().fields("involvedObject.name=target"))
            .await
            .is_ok()
    );
}

#[tokio::test]
async fn crd_updates_and_deletion_change_what_is_served() {
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    create_crd(&client, widget_crd()).await;
    let api: Api<DynamicObject> =
        Api::namespaced_with(client.clone(), "default", &widget_resource());
    let w: DynamicObject = serde_json::from_value(json!({"apiVersion":"example.com/v1","kind":"Widget","metadata":{"generateName":"w-"},"spec":{"location":"x"}})).unwrap();
    let created = api.create(&PostParams::default(), &w).await.unwrap();
    let name = created.metadata.name.clone().unwrap();
    assert!(name.starts_with("w-") && name.len() == 7, "{name}");
    // dry run: validated, not stored
    let mut dry = w.clone();
    dry.metadata.generate_name = None;
    dry.metadata.name = Some("dry".into());
    api.create(
        &PostParams {
            dry_run: true,
            ..Default::default()
        },
        &dry,
    )
    .await
    .unwrap();
    assert!(api.get_opt("dry").await.unwrap().is_none());

    // a schema change applies to the next write
    let crds: Api<DynamicObject> = Api::all_with(
        client.clone(),
        &ApiResource::from_gvk_with_plural(
            &GroupVersionKind::gvk("apiextensions.k8s.io", "v1", "CustomResourceDefinition"),
            "customresourcedefinitions",
        ),
    );
    let mut crd = crds.get("widgets.example.com").await.unwrap();
    assert_eq!(crd.data["status"]["conditions"][1]["type"], "Established");
    crd.data["spec"]["versions"][0]["schema"]["openAPIV3Schema"]["properties"]["spec"]["properties"]
        ["location"]["enum"] = json!(["westus"]);
    crds.replace("widgets.example.com", &PostParams::default(), &crd)
        .await
        .unwrap();
    let err = api
        .patch(
            &name,
            &PatchParams::default(),
            &Patch::Merge(json!({"spec":{"size":2}})),
        )
        .await
        .unwrap_err();
    assert!(
        matches!(&err, kube::Error::Api(s) if s.code == 422 && s.message.contains("Unsupported value: \"x\"")),
        "{err:?}"
    );

    // deleting the CRD deletes its objects, then stops serving the resource
    crds.delete("widgets.example.com", &DeleteParams::default())
        .await
        .unwrap();
    eventually(10, || async {
        crds.get_opt("widgets.example.com")
            .await
            .unwrap()
            .is_none()
            .then_some(())
    })
    .await;
    let err = api.list(&ListParams::default()).await.unwrap_err();
    assert!(
        matches!(&err, kube::Error::Api(s) if s.code == 404),
        "{err:?}"
    );
    create_crd(&client, widget_crd()).await;
    assert!(
        api.list(&ListParams::default())
            .await
            .unwrap()
            .items
            .is_empty()
    );
}
