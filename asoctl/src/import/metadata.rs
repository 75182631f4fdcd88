//! What `asoctl import azure-resource` adds to every imported manifest (`-l/--label` and
//! `-a/--annotation`, as ASO's asoctl: `key=value`, repeatable or comma-separated), and how the
//! manifests become documents (one file per resource: `<kind>-<name>.yaml`).

use std::collections::BTreeMap;

use serde_json::Value;

use crate::output::Document;

/// Labels and annotations for every imported manifest.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Extra {
    pub labels: BTreeMap<String, String>,
    pub annotations: BTreeMap<String, String>,
}

impl Extra {
    /// Parses the flags' `key=value` pairs; an error names the flag and the pair.
    pub fn parse(labels: &[String], annotations: &[String]) -> Result<Extra, String> {
        let mut extra = Extra::default();
        for pair in labels {
            let (key, value) = split("--label", pair)?;
            check_key("--label", pair, key)?;
            check_label_value(pair, value)?;
            extra.labels.insert(key.into(), value.into());
        }
        for pair in annotations {
            let (key, value) = split("--annotation", pair)?;
            check_key("--annotation", pair, key)?;
            extra.annotations.insert(key.into(), value.into());
        }
        Ok(extra)
    }

    /// Adds the labels and annotations to each manifest's metadata (the flags win over what
    /// the import wrote).
    pub fn apply(&self, manifests: &mut [Value]) {
        for manifest in manifests {
            let Some(metadata) = manifest.get_mut("metadata").and_then(Value::as_object_mut) else {
                continue;
            };
            for (field, pairs) in [("labels", &self.labels), ("annotations", &self.annotations)] {
                if pairs.is_empty() {
                    continue;
                }
                let map = metadata
                    .entry(field)
                    .or_insert_with(|| Value::Object(Default::default()));
                if let Some(map) = map.as_object_mut() {
                    for (k, v) in pairs {
                        map.insert(k.clone(), Value::String(v.clone()));
                    }
                }
            }
        }
    }
}

/// The manifests as YAML documents, each named `<kind>-<name>.yaml` (lower case).
pub fn documents(manifests: &[Value]) -> Result<Vec<Document>, String> {
    manifests
        .iter()
        .map(|m| {
            let kind = m["kind"]
                .as_str()
                .unwrap_or("resource")
                .to_ascii_lowercase();
            let name = m["metadata"]["name"].as_str().unwrap_or("unnamed");
            let text = serde_saphyr::to_string(m).map_err(|e| format!("{kind} {name}: {e}"))?;
            Ok(Document {
                file_name: format!("{kind}-{name}.yaml"),
                text,
            })
        })
        .collect()
}

fn split<'a>(flag: &str, pair: &'a str) -> Result<(&'a str, &'a str), String> {
    pair.split_once('=')
        .ok_or_else(|| format!("{flag} {pair:?}: expected key=value"))
}

/// A qualified name, as Kubernetes checks label and annotation keys: an optional DNS subdomain
/// prefix and `/`, then a name of at most 63 characters (letters, digits, `-`, `_`, `.`,
/// beginning and ending with a letter or digit).
fn check_key(flag: &str, pair: &str, key: &str) -> Result<(), String> {
    let (prefix, name) = match key.rsplit_once('/') {
        Some((prefix, name)) => (Some(prefix), name),
        None => (None, key),
    };
    let prefix_ok = prefix.is_none_or(|p| {
        !p.is_empty()
            && p.len() <= 253
            && p.split('.').all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && label
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    && !label.starts_with('-')
                    && !label.ends_with('-')
            })
    });
    if prefix_ok && !name.is_empty() && is_label_text(name) {
        Ok(())
    } else {
        Err(format!(
            "{flag} {pair:?}: {key:?} is not a valid key (an optional DNS prefix and '/', then at most 63 letters, digits, '-', '_' or '.', beginning and ending with a letter or digit)"
        ))
    }
}

fn check_label_value(pair: &str, value: &str) -> Result<(), String> {
    if value.is_empty() || is_label_text(value) {
        Ok(())
    } else {
        Err(format!(
            "--label {pair:?}: {value:?} is not a valid label value (at most 63 letters, digits, '-', '_' or '.', beginning and ending with a letter or digit)"
        ))
    }
}

fn is_label_text(s: &str) -> bool {
    s.len() <= 63
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        && s.starts_with(|c: char| c.is_ascii_alphanumeric())
        && s.ends_with(|c: char| c.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn strings(s: &[&str]) -> Vec<String> {
        s.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn labels_and_annotations_reach_every_manifest() {
        let extra = Extra::parse(
            &strings(&["team=storage", "example.com/tier=gold"]),
            &strings(&[
                "serviceoperator.azure.com/reconcile-policy=skip",
                "note=a b=c",
            ]),
        )
        .unwrap();
        let mut manifests = vec![
            json!({"kind": "ResourceGroup", "metadata": {"name": "rg"}}),
            json!({"kind": "StorageAccount", "metadata": {"name": "sa", "labels": {"team": "old", "keep": "me"}}}),
        ];
        extra.apply(&mut manifests);
        assert_eq!(
            manifests[1]["metadata"]["labels"],
            json!({"team": "storage", "keep": "me", "example.com/tier": "gold"})
        );
        assert_eq!(
            manifests[0]["metadata"]["annotations"],
            json!({"serviceoperator.azure.com/reconcile-policy": "skip", "note": "a b=c"})
        );
    }

    #[test]
    fn bad_pairs_are_named_with_their_flag() {
        let cases = [
            (
                strings(&["novalue"]),
                vec![],
                "--label \"novalue\": expected key=value",
            ),
            (strings(&["Bad Key=x"]), vec![], "--label \"Bad Key=x\""),
            (strings(&["k=has space"]), vec![], "not a valid label value"),
            (
                strings(&[&format!("k={}", "v".repeat(64))]),
                vec![],
                "not a valid label value",
            ),
            (
                vec![],
                strings(&["UPPER.example/x=1"]),
                "--annotation \"UPPER.example/x=1\"",
            ),
            (vec![], strings(&["/x=1"]), "not a valid key"),
            (vec![], strings(&["-x=1"]), "not a valid key"),
        ];
        for (labels, annotations, expected) in cases {
            let e = Extra::parse(&labels, &annotations).unwrap_err();
            assert!(e.contains(expected), "{labels:?} {annotations:?}: {e}");
        }
        // Empty label values and free-text annotation values are allowed, as in Kubernetes.
        Extra::parse(&strings(&["k="]), &strings(&["k=any text: {}"])).unwrap();
    }

    #[test]
    fn documents_are_named_by_kind_and_name() {
        let docs =
            documents(&[json!({"kind": "StorageAccount", "metadata": {"name": "sa"}})]).unwrap();
        assert_eq!(docs[0].file_name, "storageaccount-sa.yaml");
        assert!(
            docs[0].text.contains("kind: StorageAccount"),
            "{}",
            docs[0].text
        );
    }
}
