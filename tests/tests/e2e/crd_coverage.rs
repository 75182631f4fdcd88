//! For the groups whose ASO CRDs we have, every spec and status property path of every API
//! version of ASO's CRD exists in ours, at that version, with the same type; and every storage
//! version of ASO's CRD is listed in ours (so ours can replace it). Prints the coverage.

use std::collections::BTreeMap;

use aso_e2e::reference;
use serde_json::Value;

/// Every property path of a schema with its type (`any` for preserve-unknown-fields).
fn paths(schema: &Value, path: String, out: &mut BTreeMap<String, String>) {
    let type_ = match schema.get("type").and_then(Value::as_str) {
        Some(t) => t.to_string(),
        None if schema.get("x-kubernetes-preserve-unknown-fields").is_some() => "any".into(),
        None => "none".into(),
    };
    out.insert(path.clone(), type_);
    if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
        for (name, child) in properties {
            paths(child, format!("{path}.{name}"), out);
        }
    }
    if let Some(items) = schema.get("items") {
        paths(items, format!("{path}[]"), out);
    }
    if let Some(additional) = schema.get("additionalProperties").filter(|a| a.is_object()) {
        paths(additional, format!("{path}{{}}"), out);
    }
}

fn version_schema<'a>(crd: &'a Value, version: &str) -> Option<&'a Value> {
    crd["spec"]["versions"]
        .as_array()?
        .iter()
        .find(|v| v["name"] == version)
        .map(|v| &v["schema"]["openAPIV3Schema"])
}

#[test]
fn our_crds_cover_every_path_of_asos() {
    let ours_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../crds");
    let mut entries: Vec<_> = std::fs::read_dir(reference::aso_crds())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    let (mut total, mut covered, mut versions) = (0usize, 0usize, 0usize);
    let mut failures = Vec::new();
    for path in entries {
        let aso: Value = serde_saphyr::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let name = aso["metadata"]["name"].as_str().unwrap();
        let ours_path = ours_dir.join(format!("{name}.yaml"));
        let ours: Value = serde_saphyr::from_str(
            &std::fs::read_to_string(&ours_path)
                .unwrap_or_else(|e| panic!("{}: {e}", ours_path.display())),
        )
        .unwrap();
        for aso_version in aso["spec"]["versions"].as_array().unwrap() {
            let version = aso_version["name"].as_str().unwrap();
            if aso_runtime::versions::aso_storage_of(version).is_some() {
                if version_schema(&ours, version).is_none() {
                    failures.push(format!(
                        "{name}: ASO's storage version {version} is not listed"
                    ));
                }
                continue;
            }
            let Some(our_schema) = version_schema(&ours, version) else {
                failures.push(format!("{name}: ASO serves {version}, we do not"));
                continue;
            };
            let (mut theirs, mut mine) = (BTreeMap::new(), BTreeMap::new());
            paths(
                &aso_version["schema"]["openAPIV3Schema"],
                String::new(),
                &mut theirs,
            );
            paths(our_schema, String::new(), &mut mine);
            let mut version_covered = 0;
            for (path, type_) in &theirs {
                match mine.get(path) {
                    Some(t) if t == type_ => version_covered += 1,
                    Some(t) => {
                        failures.push(format!("{name} {version}: {path} is {t}, ASO has {type_}"))
                    }
                    None => failures.push(format!("{name} {version}: {path} ({type_}) is missing")),
                }
            }
            println!("{name} {version}: {version_covered}/{} paths", theirs.len());
            total += theirs.len();
            covered += version_covered;
            versions += 1;
        }
    }
    println!(
        "coverage: {covered}/{total} = {:.2}%",
        100.0 * covered as f64 / total as f64
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // ASO's 20 CRDs of five groups serve 51 API versions between them.
    assert_eq!(versions, 51, "API versions compared");
}
