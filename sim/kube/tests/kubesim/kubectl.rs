//! The real kubectl (1.37, installed from PyPI by tools/install-k8s-clients.sh) against the
//! simulator, with ASO's CRDs and samples read in place. Point `ASO_TEST_CRD` / `ASO_TEST_SAMPLE`
//! at other files (e.g. our generated `crds/`) to run the same checks on them.

use crate::common::*;
use kube::api::{Api, DynamicObject, Patch, PatchParams};
use kube::core::{ApiResource, GroupVersionKind};
use serde_json::{Value, json};
use std::path::PathBuf;
use std::time::Duration;

fn sample_path() -> PathBuf {
    std::env::var("ASO_TEST_SAMPLE")
        .map(PathBuf::from)
        .unwrap_or_else(|_| {
            aso_reference().join("samples/resources/v1api/v1api20200601_resourcegroup.yaml")
        })
}

/// The CRD as JSON with the `azure` category added (ASO's published CRDs have none; ours do).
fn crd_with_category() -> Value {
    let mut crd = read_yaml(&test_crd_path());
    let cats = crd["spec"]["names"]["categories"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    if !cats.iter().any(|c| c == "azure") {
        let mut cats = cats;
        cats.push(json!("azure"));
        crd["spec"]["names"]["categories"] = Value::Array(cats);
    }
    crd
}

struct Target {
    crd: Value,
    sample: Value,
    plural: String,
    singular: String,
    kind: String,
    name: String,
    api_resource: ApiResource,
}

fn target() -> Target {
    let crd = crd_with_category();
    let sample = read_yaml(&sample_path());
    let (group, version) = sample["apiVersion"]
        .as_str()
        .unwrap()
        .split_once('/')
        .unwrap();
    let kind = sample["kind"].as_str().unwrap().to_string();
    let plural = crd["spec"]["names"]["plural"].as_str().unwrap().to_string();
    Target {
        singular: crd["spec"]["names"]["singular"]
            .as_str()
            .unwrap()
            .to_string(),
        name: sample["metadata"]["name"].as_str().unwrap().to_string(),
        api_resource: ApiResource::from_gvk_with_plural(
            &GroupVersionKind::gvk(group, version, &kind),
            &plural,
        ),
        crd,
        sample,
        plural,
        kind,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kubectl_applies_lists_waits_explains_patches_and_deletes() {
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    let k = Tool::new(&sim, "kubectl");
    let t = target();
    let qualified = format!("{}.{}", t.plural, t.api_resource.group);

    let out = k.ok(&["apply", "-f", "-"], Some(&t.crd.to_string()));
    assert!(out.contains("created"), "{out}");
    let sample = serde_json::to_string(&t.sample).unwrap();
    let out = k.ok(&["apply", "-f", "-"], Some(&sample));
    assert_eq!(
        out.trim(),
        format!("{}.{}/{} created", t.singular, t.api_resource.group, t.name)
    );
    // client-side apply again: nothing to change
    let out = k.ok(&["apply", "-f", "-"], Some(&sample));
    assert_eq!(
        out.trim(),
        format!(
            "{}.{}/{} unchanged",
            t.singular, t.api_resource.group, t.name
        )
    );

    // printer columns
    let out = k.ok(&["get", &qualified], None);
    let header: Vec<&str> = out.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(
        header,
        vec!["NAME", "READY", "SEVERITY", "REASON", "MESSAGE"]
    );
    assert!(out.lines().nth(1).unwrap().starts_with(&t.name));

    // kubectl wait, satisfied by another client setting the Ready condition
    let waiter = {
        let k = Tool {
            bin: k.bin.clone(),
            kubeconfig: k.kubeconfig.clone(),
            home: tempfile::tempdir().unwrap(),
        };
        let target = format!("{qualified}/{}", t.name);
        std::thread::spawn(move || {
            k.run(
                &["wait", "--for=condition=Ready", "--timeout=30s", &target],
                None,
            )
        })
    };
    tokio::time::sleep(Duration::from_millis(700)).await;
    let api: Api<DynamicObject> = Api::namespaced_with(client.clone(), "default", &t.api_resource);
    let status = json!({"status": {"conditions": [{"type": "Ready", "status": "True", "severity": "", "reason": "Succeeded", "message": "The resource is ready", "observedGeneration": 1, "lastTransitionTime": "2024-01-01T00:00:00Z"}]}});
    api.patch_status(&t.name, &PatchParams::default(), &Patch::Merge(status))
        .await
        .unwrap();
    let waited = tokio::task::spawn_blocking(move || waiter.join().unwrap())
        .await
        .unwrap();
    assert!(
        waited.ok,
        "kubectl wait failed: {} {}",
        waited.stdout, waited.stderr
    );
    assert!(waited.stdout.contains("condition met"), "{}", waited.stdout);
    let out = k.ok(&["get", &qualified, &t.name, "--no-headers"], None);
    let cells: Vec<&str> = out.split_whitespace().collect();
    assert_eq!(&cells[..4], &[t.name.as_str(), "True", "Succeeded", "The"]);

    // explain from OpenAPI v3
    let out = k.ok(&["explain", &format!("{}.spec", t.singular)], None);
    assert!(out.contains(&format!("KIND:       {}", t.kind)), "{out}");
    assert!(out.contains("FIELDS:"), "{out}");

    // categories
    let out = k.ok(&["get", "azure"], None);
    assert!(out.contains(&t.name), "{out}");

    // patches on the custom resource
    k.ok(
        &[
            "patch",
            &qualified,
            &t.name,
            "--type",
            "merge",
            "-p",
            r#"{"metadata":{"labels":{"patched":"merge"}}}"#,
        ],
        None,
    );
    k.ok(
        &[
            "patch",
            &qualified,
            &t.name,
            "--type",
            "json",
            "-p",
            r#"[{"op":"add","path":"/metadata/annotations","value":{"patched":"json"}}]"#,
        ],
        None,
    );
    let obj = api.get(&t.name).await.unwrap();
    assert_eq!(obj.metadata.labels.unwrap()["patched"], "merge");
    assert_eq!(obj.metadata.annotations.unwrap()["patched"], "json");
    let smp = k.run(
        &[
            "patch",
            &qualified,
            &t.name,
            "-p",
            r#"{"metadata":{"labels":{"x":"y"}}}"#,
        ],
        None,
    );
    assert!(
        !smp.ok
            && smp
                .stderr
                .contains("application/strategic-merge-patch+json is not supported"),
        "{}",
        smp.stderr
    );

    // server-side apply, twice
    let out = k.ok(&["apply", "--server-side", "-f", "-"], Some(&sample));
    assert!(out.contains("serverside-applied"), "{out}");
    let out = k.ok(&["apply", "--server-side", "-f", "-"], Some(&sample));
    assert!(out.contains("serverside-applied"), "{out}");
    let mf = api
        .get(&t.name)
        .await
        .unwrap()
        .metadata
        .managed_fields
        .unwrap();
    assert!(
        mf.iter()
            .any(|m| m.manager.as_deref() == Some("kubectl")
                && m.operation.as_deref() == Some("Apply")),
        "{mf:?}"
    );

    // delete waits for a finalizer another client removes
    api.patch(
        &t.name,
        &PatchParams::default(),
        &Patch::Merge(json!({"metadata": {"finalizers": ["serviceoperator.azure.com/finalizer"]}})),
    )
    .await
    .unwrap();
    let deleter = {
        let k = Tool {
            bin: k.bin.clone(),
            kubeconfig: k.kubeconfig.clone(),
            home: tempfile::tempdir().unwrap(),
        };
        let target = format!("{qualified}/{}", t.name);
        std::thread::spawn(move || k.run(&["delete", &target, "--timeout=30s"], None))
    };
    let terminating = eventually(10, || async {
        let o = api.get(&t.name).await.unwrap();
        o.metadata.deletion_timestamp.is_some().then_some(o)
    })
    .await;
    assert!(
        !deleter.is_finished(),
        "kubectl delete must wait for the finalizer"
    );
    let _ = terminating;
    api.patch(
        &t.name,
        &PatchParams::default(),
        &Patch::Merge(json!({"metadata": {"finalizers": null}})),
    )
    .await
    .unwrap();
    let deleted = tokio::task::spawn_blocking(move || deleter.join().unwrap())
        .await
        .unwrap();
    assert!(deleted.ok, "{} {}", deleted.stdout, deleted.stderr);
    assert!(deleted.stdout.contains("deleted"), "{}", deleted.stdout);
    assert!(api.get_opt(&t.name).await.unwrap().is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kubectl_sees_the_real_server_errors() {
    let sim = sim().await;
    let k = Tool::new(&sim, "kubectl");
    k.ok(
        &["apply", "-f", "-"],
        Some(
            &read_yaml(&aso_reference().join("crds/resources.azure.com_resourcegroups.yaml"))
                .to_string(),
        ),
    );
    let rg = |spec: &str| {
        format!(
            "apiVersion: resources.azure.com/v1api20200601\nkind: ResourceGroup\nmetadata:\n  name: bad\nspec:\n{spec}\n"
        )
    };
    let o = k.run(&["apply", "-f", "-"], Some(&rg("  bogus: 1")));
    assert!(!o.ok);
    assert_eq!(
        o.stderr.trim(),
        "Error from server (BadRequest): error when creating \"STDIN\": ResourceGroup in version \"v1api20200601\" cannot be handled as a ResourceGroup: strict decoding error: unknown field \"spec.bogus\""
    );
    let o = k.run(&["apply", "-f", "-"], Some(&rg("  azureName: \"\"")));
    assert!(!o.ok);
    assert_eq!(
        o.stderr.trim(),
        "The ResourceGroup \"bad\" is invalid: \n* spec.location: Required value\n* spec.azureName: Invalid value: \"\": spec.azureName in body should be at least 1 chars long"
    );
    let o = k.run(&["get", "resourcegroup", "missing"], None);
    assert_eq!(
        o.stderr.trim(),
        "Error from server (NotFound): resourcegroups.resources.azure.com \"missing\" not found"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kubectl_strategic_merge_on_builtins_and_garbage_collection() {
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    let k = Tool::new(&sim, "kubectl");
    let deploy = json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "op"},
        "spec": {"selector": {"matchLabels": {"app": "op"}}, "template": {"metadata": {"labels": {"app": "op"}},
        "spec": {"containers": [{"name": "manager", "image": "op:1", "env": [{"name": "A", "value": "1"}]}, {"name": "sidecar", "image": "side:1"}]}}}});
    k.ok(&["apply", "-f", "-"], Some(&deploy.to_string()));
    k.ok(&["patch", "deployment", "op", "-p", r#"{"spec":{"template":{"spec":{"containers":[{"name":"manager","image":"op:2","env":[{"name":"B","value":"2"}]}]}}}}"#], None);
    let d: Value =
        serde_json::from_str(&k.ok(&["get", "deployment", "op", "-o", "json"], None)).unwrap();
    let containers = &d["spec"]["template"]["spec"]["containers"];
    assert_eq!(containers[0]["image"], "op:2");
    assert_eq!(
        containers[0]["env"],
        json!([{"name": "A", "value": "1"}, {"name": "B", "value": "2"}])
    );
    assert_eq!(
        containers[1]["name"], "sidecar",
        "strategic merge keeps other containers"
    );
    assert_eq!(d["metadata"]["generation"], 2);

    // client-side apply of a changed manifest removes what was dropped from it
    let mut changed = deploy.clone();
    changed["spec"]["template"]["spec"]["containers"] =
        json!([{"name": "manager", "image": "op:3"}]);
    let out = k.ok(&["apply", "-f", "-"], Some(&changed.to_string()));
    assert!(out.contains("configured"), "{out}");
    let d: Value =
        serde_json::from_str(&k.ok(&["get", "deployment", "op", "-o", "json"], None)).unwrap();
    let names: Vec<&str> = d["spec"]["template"]["spec"]["containers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec!["manager"]);

    // dependants go with their owner
    let uid = d["metadata"]["uid"].as_str().unwrap();
    let cm = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "owned", "ownerReferences": [
        {"apiVersion": "apps/v1", "kind": "Deployment", "name": "op", "uid": uid, "controller": true, "blockOwnerDeletion": true}]}});
    k.ok(&["apply", "-f", "-"], Some(&cm.to_string()));
    k.ok(&["delete", "deployment", "op"], None);
    let cms: Api<k8s_openapi::api::core::v1::ConfigMap> = Api::namespaced(client, "default");
    eventually(10, || async {
        cms.get_opt("owned").await.unwrap().is_none().then_some(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kubectl_create_generators_and_auth_send_protobuf() {
    let sim = sim().await;
    let k = Tool::new(&sim, "kubectl");
    assert_eq!(
        k.ok(&["create", "namespace", "team"], None).trim(),
        "namespace/team created"
    );
    k.ok(
        &[
            "create",
            "secret",
            "generic",
            "creds",
            "-n",
            "team",
            "--from-literal=AZURE_CLIENT_ID=abc",
        ],
        None,
    );
    k.ok(
        &[
            "create",
            "configmap",
            "cfg",
            "-n",
            "team",
            "--from-literal=a=b",
        ],
        None,
    );
    k.ok(&["create", "serviceaccount", "op", "-n", "team"], None);
    let token = k.ok(
        &[
            "create",
            "token",
            "op",
            "-n",
            "team",
            "--audience",
            "api://AzureADTokenExchange",
        ],
        None,
    );
    let claims = sim
        .sim
        .signer
        .verify(token.trim(), aso_kubesim::objects::now_unix())
        .unwrap();
    assert_eq!(claims["sub"], "system:serviceaccount:team:op");
    let secret: Value = serde_json::from_str(&k.ok(
        &["get", "secret", "creds", "-n", "team", "-o", "json"],
        None,
    ))
    .unwrap();
    assert_eq!(secret["data"]["AZURE_CLIENT_ID"], "YWJj");
    assert_eq!(
        k.ok(&["auth", "can-i", "create", "pods"], None).trim(),
        "yes"
    );
    let out = k.ok(&["get", "cm,secret,sa", "-n", "team", "-o", "name"], None);
    for name in [
        "configmap/cfg",
        "secret/creds",
        "serviceaccount/op",
        "serviceaccount/default",
    ] {
        assert!(out.lines().any(|l| l == name), "{name} missing in {out}");
    }
}
