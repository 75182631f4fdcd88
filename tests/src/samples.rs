//! ASO's samples of the versions this build serves, ready for `kubectl apply`, and the recorded
//! conversation they are checked against.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::recordings::{self, Recorded};
use crate::reference;

/// The samples of one folder (`samples/storage/v1api20230101`).
#[derive(Debug, Clone)]
pub struct SampleSet {
    /// `storage/v1api20230101`.
    pub folder: String,
    /// The documents to apply, in file order (helpers in `refs/` first).
    pub documents: Vec<Value>,
    /// ASO's recording of these samples, when there is one.
    pub cassette: Option<PathBuf>,
}

/// An object of ours among the documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SampleObject {
    pub group: String,
    pub kind: String,
    pub namespace: String,
    pub name: String,
}

impl SampleSet {
    /// The documents as one YAML stream (JSON documents).
    pub fn yaml(&self) -> String {
        self.documents
            .iter()
            .map(|d| format!("---\n{d}\n"))
            .collect()
    }

    /// The Azure resources among the documents.
    pub fn objects(&self) -> Vec<SampleObject> {
        self.documents
            .iter()
            .filter_map(|d| {
                let (group, _) = d["apiVersion"].as_str()?.split_once('/')?;
                group.ends_with(".azure.com").then(|| SampleObject {
                    group: group.to_string(),
                    kind: d["kind"].as_str().unwrap_or_default().to_string(),
                    namespace: d
                        .pointer("/metadata/namespace")
                        .and_then(Value::as_str)
                        .unwrap_or("default")
                        .to_string(),
                    name: d
                        .pointer("/metadata/name")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string(),
                })
            })
            .collect()
    }

    /// ASO's recorded PUTs of these samples for types and api-versions we generate (each
    /// object is reconciled at the api-version of the version it is written in), without the
    /// test harness's own resource group.
    pub fn recorded_puts(&self) -> Vec<Recorded> {
        let Some(cassette) = &self.cassette else {
            return Vec::new();
        };
        let catalog = aso_catalog::catalog();
        recordings::read(cassette)
            .into_iter()
            .filter(|r| r.method == "PUT" && served_url(&catalog, &r.url))
            .filter(|r| {
                r.body
                    .as_ref()
                    .and_then(|b| b.pointer("/tags/CreatedAt"))
                    .is_none()
            })
            .collect()
    }
}

/// The sample folders with at least one sample of a served version, each with the resource group
/// sample first (all samples are created in it). Helper documents in `refs/`
/// of an unserved version are moved to the served version of their kind (the samples of a served
/// version need them, and their specs are the same shape); other unserved documents are left
/// out.
pub fn served() -> Vec<SampleSet> {
    let catalog = aso_catalog::catalog();
    let mut sets = Vec::new();
    let mut groups: Vec<PathBuf> = read_dir(&reference::samples());
    groups.sort();
    for group in groups {
        let mut versions = read_dir(&group);
        versions.sort();
        for version in versions {
            let mut documents = Vec::new();
            let mut own_served = false;
            let mut files = yaml_files(&version.join("refs"));
            let main_files = yaml_files(&version);
            let refs_count = files.len();
            files.extend(main_files);
            for (i, file) in files.iter().enumerate() {
                let is_ref = i < refs_count;
                let text = std::fs::read_to_string(file)
                    .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
                let docs: Vec<Value> = serde_saphyr::from_multiple(&text)
                    .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
                for mut doc in docs.into_iter().filter(|d| !d.is_null()) {
                    let api_version = doc["apiVersion"].as_str().unwrap_or_default().to_string();
                    let Some((g, v)) = api_version.split_once('/') else {
                        documents.push(doc);
                        continue;
                    };
                    let kind = doc["kind"].as_str().unwrap_or_default().to_string();
                    if !g.ends_with(".azure.com") {
                        documents.push(doc);
                        continue;
                    }
                    if catalog
                        .iter()
                        .any(|i| i.api_group == g && i.version == v && i.kind == kind)
                    {
                        own_served |= !is_ref;
                        documents.push(doc);
                    } else if is_ref
                        && let Some(info) =
                            catalog.iter().find(|i| i.api_group == g && i.kind == kind)
                    {
                        doc["apiVersion"] = Value::String(info.api_version_string());
                        documents.push(doc);
                    }
                }
            }
            if !own_served {
                continue;
            }
            let group_name = group
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_string();
            let version_name = version
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_string();
            let mut title = group_name.clone();
            if let Some(first) = title.get_mut(0..1) {
                first.make_ascii_uppercase();
            }
            let cassette = reference::recordings().join("samples").join(format!(
                "Test_{title}_{version_name}_CreationAndDeletion.yaml"
            ));
            sets.push(SampleSet {
                folder: format!("{group_name}/{version_name}"),
                documents,
                cassette: cassette.exists().then_some(cassette),
            });
        }
    }
    for set in &mut sets {
        fix_owners(&mut set.documents);
    }
    // Every folder's samples live in the resource group of the resources samples.
    if let Some(rg) = sets
        .iter()
        .find(|s| s.folder.starts_with("resources/"))
        .map(|s| s.documents.clone())
    {
        for set in sets
            .iter_mut()
            .filter(|s| !s.folder.starts_with("resources/"))
        {
            let mut documents = rg.clone();
            documents.append(&mut set.documents);
            set.documents = documents;
        }
    }
    sets
}

/// Some samples name an owner that the folder holds under another name (the storage file and
/// table services name `samplestorageaccount`, the account is `samplekubestorage`). Such an owner
/// is replaced by the only sample of the owner's kind, as `asoctl plan --offline` guesses it.
fn fix_owners(documents: &mut [Value]) {
    let catalog = aso_catalog::catalog();
    let identity = |d: &Value| -> Option<(String, String, String)> {
        let (group, _) = d["apiVersion"].as_str()?.split_once('/')?;
        Some((
            group.to_string(),
            d["kind"].as_str()?.to_string(),
            d.pointer("/metadata/name")?.as_str()?.to_string(),
        ))
    };
    let present: Vec<(String, String, String)> = documents.iter().filter_map(identity).collect();
    for doc in documents.iter_mut() {
        let Some((group, kind, _)) = identity(doc) else {
            continue;
        };
        let Some(info) = catalog
            .iter()
            .find(|i| i.api_group == group && i.kind == kind)
        else {
            continue;
        };
        let aso_runtime::OwnerRule::Kind(owner) = info.owner else {
            continue;
        };
        let Some(name) = doc
            .pointer("/spec/owner/name")
            .and_then(Value::as_str)
            .map(str::to_string)
        else {
            continue;
        };
        let same_kind: Vec<&(String, String, String)> = present
            .iter()
            .filter(|(g, k, _)| g == owner.group && k == owner.kind)
            .collect();
        if !same_kind.iter().any(|(_, _, n)| *n == name) && same_kind.len() == 1 {
            doc["spec"]["owner"]["name"] = Value::String(same_kind[0].2.clone());
        }
    }
}

/// Whether a recorded URL is of a type and api-version this build serves.
pub fn served_url(catalog: &[&aso_runtime::KindInfo], url: &str) -> bool {
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    let api_version = query
        .split('&')
        .find_map(|p| p.strip_prefix("api-version="))
        .unwrap_or("");
    let Ok(id) = aso_runtime::arm_id::parse(path) else {
        return false;
    };
    catalog
        .iter()
        .any(|i| i.arm_type.eq_ignore_ascii_case(&id.resource_type) && i.api_version == api_version)
}

fn read_dir(path: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(path)
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_dir() && !p.ends_with("refs"))
                .collect()
        })
        .unwrap_or_default()
}

fn yaml_files(path: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Differences between a body the simulator received and a recorded one, as
/// [`recordings::body_differences`] sees them, with generated identifiers (UUIDs: principal and
/// client IDs of identities the simulator made) matching any UUID.
pub fn live_body_differences(ours: &Value, recorded: &Value) -> Vec<String> {
    recordings::body_differences(&mask_uuids(ours), &mask_uuids(recorded))
}

fn mask_uuids(v: &Value) -> Value {
    match v {
        Value::String(s) if is_uuid(s) => Value::String("<uuid>".into()),
        Value::Array(items) => Value::Array(items.iter().map(mask_uuids).collect()),
        Value::Object(m) => {
            Value::Object(m.iter().map(|(k, v)| (k.clone(), mask_uuids(v))).collect())
        }
        other => other.clone(),
    }
}

fn is_uuid(s: &str) -> bool {
    s.len() == 36
        && s.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn served_sets_have_recordings_and_served_kinds() {
        let sets = served();
        let folders: Vec<&str> = sets.iter().map(|s| s.folder.as_str()).collect();
        for expected in [
            "resources/v1api",
            "storage/v1api20230101",
            "keyvault/v1api20230701",
            "servicebus/v1api20211101",
            "managedidentity/v1api20230131",
        ] {
            assert!(folders.contains(&expected), "{folders:?}");
        }
        for set in &sets {
            assert!(!set.objects().is_empty(), "{}", set.folder);
        }
    }

    #[test]
    fn uuids_match_uuids() {
        let a = serde_json::json!({"id": "1c793267-c310-d4ae-7bd5-5af5bef875d3", "n": 1});
        let b = serde_json::json!({"id": "00000000-0000-0000-0000-000000000000", "n": 1});
        assert!(live_body_differences(&a, &b).is_empty());
        let c = serde_json::json!({"id": "not-a-uuid", "n": 1});
        assert!(!live_body_differences(&a, &c).is_empty());
    }
}
