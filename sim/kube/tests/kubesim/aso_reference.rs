//! ASO's own CRDs and samples (read in place from the shared reference folder): every CRD is
//! accepted (multi-version, structural), every sample validates with nothing pruned, both with
//! the public schema module and through the server.

use crate::common::*;
use aso_kubesim::schema::{Schema, admit, check_structural};
use kube::api::{Api, DynamicObject, PostParams};
use kube::core::{ApiResource, GroupVersionKind};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

fn yaml_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            out.extend(yaml_files(&p));
        } else if p.extension().is_some_and(|e| e == "yaml") {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// CRDs: `ASO_TEST_CRD_DIR` (e.g. our generated `crds/`) or ASO's.
fn crd_dir() -> PathBuf {
    std::env::var("ASO_TEST_CRD_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| aso_reference().join("crds"))
}

fn crds() -> Vec<Value> {
    yaml_files(&crd_dir())
        .iter()
        .map(|p| read_yaml(p))
        .collect()
}

/// (group, version, kind) -> (plural, raw schema)
fn schemas(crds: &[Value]) -> HashMap<(String, String, String), (String, Value)> {
    let mut m = HashMap::new();
    for crd in crds {
        let group = crd["spec"]["group"].as_str().unwrap().to_string();
        let kind = crd["spec"]["names"]["kind"].as_str().unwrap().to_string();
        let plural = crd["spec"]["names"]["plural"].as_str().unwrap().to_string();
        for v in crd["spec"]["versions"].as_array().unwrap() {
            m.insert(
                (
                    group.clone(),
                    v["name"].as_str().unwrap().to_string(),
                    kind.clone(),
                ),
                (plural.clone(), v["schema"]["openAPIV3Schema"].clone()),
            );
        }
    }
    m
}

fn samples() -> Vec<(PathBuf, Value)> {
    yaml_files(&aso_reference().join("samples"))
        .into_iter()
        .map(|p| {
            let v = read_yaml(&p);
            (p, v)
        })
        .collect()
}

#[test]
fn every_sample_validates_against_its_crd_with_nothing_pruned() {
    let crds = crds();
    for crd in &crds {
        for (i, v) in crd["spec"]["versions"]
            .as_array()
            .unwrap()
            .iter()
            .enumerate()
        {
            let errs = check_structural(
                &v["schema"]["openAPIV3Schema"],
                &aso_kubesim::field::Path::new(format!(
                    "spec.versions[{i}].schema.openAPIV3Schema"
                )),
            );
            assert!(errs.is_empty(), "{}: {errs:?}", crd["metadata"]["name"]);
        }
    }
    let schemas = schemas(&crds);
    let mut checked = 0;
    for (path, sample) in samples() {
        let (group, version) = sample["apiVersion"]
            .as_str()
            .unwrap()
            .split_once('/')
            .unwrap();
        let key = (
            group.to_string(),
            version.to_string(),
            sample["kind"].as_str().unwrap().to_string(),
        );
        let Some((_, raw)) = schemas.get(&key) else {
            continue;
        };
        let schema = Schema::from_json(raw).unwrap();
        let mut obj = sample.clone();
        let (pruned, errors) = admit(&schema, &mut obj, None);
        assert!(pruned.is_empty(), "{}: pruned {pruned:?}", path.display());
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
        checked += 1;
    }
    assert!(checked >= 40, "only {checked} samples matched a CRD");
}

#[tokio::test]
async fn the_server_serves_every_version_and_accepts_every_sample() {
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    let crds = crds();
    for crd in &crds {
        create_crd(&client, crd.clone()).await;
    }
    let schemas = schemas(&crds);
    let namespaces: Api<k8s_openapi::api::core::v1::Namespace> = Api::all(client.clone());
    let mut created = 0;
    for (i, (path, sample)) in samples().into_iter().enumerate() {
        let (group, version) = sample["apiVersion"]
            .as_str()
            .unwrap()
            .split_once('/')
            .unwrap();
        let kind = sample["kind"].as_str().unwrap();
        let Some((plural, _)) =
            schemas.get(&(group.to_string(), version.to_string(), kind.to_string()))
        else {
            continue;
        };
        let ns = format!("sample-{i}");
        namespaces
            .create(
                &PostParams::default(),
                &serde_json::from_value(json!({"metadata": {"name": ns}})).unwrap(),
            )
            .await
            .unwrap();
        let ar =
            ApiResource::from_gvk_with_plural(&GroupVersionKind::gvk(group, version, kind), plural);
        let api: Api<DynamicObject> = Api::namespaced_with(client.clone(), &ns, &ar);
        let mut obj = sample.clone();
        obj["metadata"]["namespace"] = json!(ns);
        let obj: DynamicObject = serde_json::from_value(obj).unwrap();
        let out = api
            .create(&PostParams::default(), &obj)
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(
            out.data["spec"],
            sample["spec"],
            "{}: the server changed the spec",
            path.display()
        );
        created += 1;
    }
    assert!(created >= 40);

    // Multi-version CRDs: an object written in one version reads back in another.
    let sa = ApiResource::from_gvk_with_plural(
        &GroupVersionKind::gvk("storage.azure.com", "v1api20230101", "StorageAccount"),
        "storageaccounts",
    );
    let old = ApiResource::from_gvk_with_plural(
        &GroupVersionKind::gvk("storage.azure.com", "v1api20210401", "StorageAccount"),
        "storageaccounts",
    );
    let all_new: Api<DynamicObject> = Api::all_with(client.clone(), &sa);
    let listed = all_new.list(&Default::default()).await.unwrap();
    assert!(listed.items.len() >= 3);
    let first = &listed.items[0];
    let ns = first.metadata.namespace.clone().unwrap();
    let via_old: Api<DynamicObject> = Api::namespaced_with(client.clone(), &ns, &old);
    let o = via_old
        .get(first.metadata.name.as_deref().unwrap())
        .await
        .unwrap();
    assert_eq!(
        o.types.unwrap().api_version,
        "storage.azure.com/v1api20210401"
    );
}
