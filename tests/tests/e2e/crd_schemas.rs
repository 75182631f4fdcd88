//! Our CRDs as an API server sees them: structural, and every ASO sample admitted at the version
//! it is written in (defaults, pruning, validation, CEL rules) with no field pruned and no error.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use aso_e2e::reference;
use aso_schema::{Schema, admit, check_structural};
use serde_json::Value;

fn crds() -> Vec<(PathBuf, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../crds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let crd = serde_saphyr::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            (path, crd)
        })
        .collect()
}

#[test]
fn every_crd_follows_the_structural_schema_rules() {
    let crds = crds();
    // 200 generated kinds, and the 3 database User kinds of aso-dbuser.
    assert_eq!(crds.len(), 203);
    let mut failures = Vec::new();
    for (path, crd) in &crds {
        for version in crd["spec"]["versions"].as_array().unwrap() {
            let schema = &version["schema"]["openAPIV3Schema"];
            let at = aso_schema::field::Path::root();
            for error in check_structural(schema, &at) {
                failures.push(format!("{}: {error}", path.display()));
            }
            if let Err(errors) = Schema::from_json(schema) {
                failures.extend(errors.iter().map(|e| format!("{}: {e}", path.display())));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            yaml_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "yaml") {
            out.push(path);
        }
    }
}

#[test]
fn every_sample_is_admitted_at_its_version_with_nothing_pruned() {
    let mut schemas: BTreeMap<(String, String), Schema> = BTreeMap::new();
    for (path, crd) in crds() {
        let group = crd["spec"]["group"].as_str().unwrap().to_string();
        let kind = crd["spec"]["names"]["kind"].as_str().unwrap().to_string();
        let served = crd["spec"]["versions"].as_array().unwrap().iter();
        for version in served.filter(|v| v["served"] == true) {
            let schema = Schema::from_json(&version["schema"]["openAPIV3Schema"])
                .unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
            let api_version = format!("{group}/{}", version["name"].as_str().unwrap());
            schemas.insert((api_version, kind.clone()), schema);
        }
    }
    let mut files = Vec::new();
    yaml_files(&reference::samples(), &mut files);
    files.sort();
    let (mut admitted, mut failures) = (0, Vec::new());
    for file in files {
        let documents: Vec<Value> =
            serde_saphyr::from_multiple(&std::fs::read_to_string(&file).unwrap()).unwrap();
        for mut document in documents.into_iter().filter(|d| !d.is_null()) {
            let key = (
                document["apiVersion"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
                document["kind"].as_str().unwrap_or_default().to_string(),
            );
            if !key.0.contains(".azure.com/") {
                continue;
            }
            let Some(schema) = schemas.get(&key) else {
                failures.push(format!(
                    "{}: {} {} is not served",
                    file.display(),
                    key.0,
                    key.1
                ));
                continue;
            };
            let (pruned, errors) = admit(schema, &mut document, None);
            for path in pruned {
                failures.push(format!("{}: {path} would be pruned", file.display()));
            }
            for error in errors {
                failures.push(format!("{}: {error}", file.display()));
            }
            admitted += 1;
        }
    }
    println!("admitted {admitted} samples");
    // ASO's samples of five groups hold 54 resources, at 11 API versions.
    assert_eq!(admitted, 54, "samples admitted");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
