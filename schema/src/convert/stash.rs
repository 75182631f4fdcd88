//! The stash: values an object holds that its version cannot show, kept in the annotation
//! [`STASH_ANNOTATION`] as a JSON list of `{version, path, value}` (`path` a JSON Pointer below
//! `/spec`). Metadata is never pruned, so the stash survives a write at any version. The
//! annotation is user-writable, so it is read as untrusted input: malformed entries are errors
//! naming the annotation, never panics.

use serde_json::{Map, Value, json};

use super::ConvertError;
use super::pointer::Pointer;

/// The annotation holding the stash.
pub const STASH_ANNOTATION: &str = "serviceoperator.azure.com/conversion-stash";

/// kube-apiserver's limit on the total size of an object's annotations (keys and values),
/// `TotalAnnotationSizeLimitB` in k8s.io/apimachinery/pkg/api/validation/objectmeta.go.
pub const ANNOTATIONS_LIMIT: usize = 256 * 1024;

/// One stashed value: written at `version`, found at `path`.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub version: String,
    pub path: Pointer,
    pub value: Value,
}

/// The stash of `object`, sorted by path (a path before the paths below it); empty without the
/// annotation.
pub fn read(object: &Value) -> Result<Vec<Entry>, ConvertError> {
    let Some(text) = object
        .pointer("/metadata/annotations")
        .and_then(|a| a.get(STASH_ANNOTATION))
    else {
        return Ok(Vec::new());
    };
    let field = format!("metadata.annotations[{STASH_ANNOTATION}]");
    let bad = |why: String| ConvertError::new(&field, why);
    let text = text
        .as_str()
        .ok_or_else(|| bad("must be a string".into()))?;
    let list: Value = serde_json::from_str(text).map_err(|e| {
        bad(format!(
            "must be a JSON list of {{version, path, value}}: {e}"
        ))
    })?;
    let items = list
        .as_array()
        .ok_or_else(|| bad("must be a JSON list of {version, path, value}".into()))?;
    let mut entries = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let version = item.get("version").and_then(Value::as_str);
        let path = item.get("path").and_then(Value::as_str);
        let (Some(version), Some(path), Some(value)) = (version, path, item.get("value")) else {
            return Err(bad(format!(
                "entry {i} must have a string version, a string path and a value"
            )));
        };
        let path = Pointer::parse(path)
            .filter(|p| p.section() == Some("spec"))
            .ok_or_else(|| {
                bad(format!(
                    "entry {i}: path {path:?} must be a JSON pointer below /spec"
                ))
            })?;
        entries.push(Entry {
            version: version.to_string(),
            path,
            value: value.clone(),
        });
    }
    sort(&mut entries);
    Ok(entries)
}

/// Sorts by path and keeps the first entry of each path (callers list newer values first).
pub fn sort(entries: &mut Vec<Entry>) {
    entries.sort_by(|a, b| a.path.cmp(&b.path));
    entries.dedup_by(|later, first| later.path == first.path);
}

/// Writes `entries` into `object`'s annotations (removing the annotation when there are none),
/// and checks the server's limit on the size of all annotations.
pub fn write(object: &mut Value, entries: &[Entry]) -> Result<(), ConvertError> {
    let text = (!entries.is_empty()).then(|| {
        Value::Array(
            entries
                .iter()
                .map(
                    |e| json!({"version": e.version, "path": e.path.to_string(), "value": e.value}),
                )
                .collect(),
        )
        .to_string()
    });
    let Some(meta) = object.as_object_mut().and_then(|o| {
        o.entry("metadata")
            .or_insert_with(|| Value::Object(Map::new()))
            .as_object_mut()
    }) else {
        return Err(ConvertError::new("metadata", "must be an object"));
    };
    match text {
        None => {
            if let Some(Value::Object(annotations)) = meta.get_mut("annotations") {
                annotations.remove(STASH_ANNOTATION);
            }
        }
        Some(text) => {
            let annotations = meta
                .entry("annotations")
                .or_insert_with(|| Value::Object(Map::new()));
            if annotations.is_null() {
                *annotations = Value::Object(Map::new());
            }
            let Some(annotations) = annotations.as_object_mut() else {
                return Err(ConvertError::new(
                    "metadata.annotations",
                    "must be an object",
                ));
            };
            annotations.insert(STASH_ANNOTATION.to_string(), Value::String(text));
            let size: usize = annotations
                .iter()
                .map(|(k, v)| k.len() + v.as_str().map_or(0, str::len))
                .sum();
            if size > ANNOTATIONS_LIMIT {
                return Err(ConvertError::new(
                    "metadata.annotations",
                    format!(
                        "Too long: must have at most {ANNOTATIONS_LIMIT} bytes, and would have {size} with the {} bytes of fields this version cannot hold kept in {STASH_ANNOTATION}",
                        annotations[STASH_ANNOTATION].as_str().map_or(0, str::len)
                    ),
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_stash(text: &str) -> Value {
        json!({"metadata": {"annotations": {STASH_ANNOTATION: text}}})
    }

    #[test]
    fn reads_what_it_writes_sorted_and_deduplicated() {
        let mut object = json!({"metadata": {"name": "a"}});
        let entries = vec![
            Entry {
                version: "v2".into(),
                path: Pointer::parse("/spec/b").unwrap(),
                value: json!(1),
            },
            Entry {
                version: "v1".into(),
                path: Pointer::parse("/spec/a/x~1y").unwrap(),
                value: json!({"k": [1, 2]}),
            },
        ];
        write(&mut object, &entries).unwrap();
        let mut expected = entries.clone();
        sort(&mut expected);
        assert_eq!(read(&object).unwrap(), expected);
        write(&mut object, &[]).unwrap();
        assert_eq!(
            object,
            json!({"metadata": {"name": "a", "annotations": {}}})
        );
        let mut dup = vec![entries[0].clone(), entries[0].clone()];
        dup[1].value = json!(2);
        sort(&mut dup);
        assert_eq!(dup, vec![entries[0].clone()]);
    }

    #[test]
    fn malformed_stashes_are_named_errors() {
        for (text, why) in [
            ("{", "must be a JSON list"),
            ("{}", "must be a JSON list"),
            ("[1]", "entry 0 must have"),
            (
                r#"[{"version":"v","path":"/metadata/name","value":1}]"#,
                "below /spec",
            ),
            (
                r#"[{"version":"v","path":"spec/a","value":1}]"#,
                "below /spec",
            ),
        ] {
            let e = read(&with_stash(text)).unwrap_err().to_string();
            assert!(
                e.starts_with(&format!("metadata.annotations[{STASH_ANNOTATION}]: "))
                    && e.contains(why),
                "{text}: {e}"
            );
        }
        let e = read(&json!({"metadata": {"annotations": {STASH_ANNOTATION: 1}}})).unwrap_err();
        assert!(e.to_string().contains("must be a string"));
    }

    #[test]
    fn the_annotation_size_limit_is_checked() {
        let mut object = json!({"metadata": {}});
        let big = Entry {
            version: "v1".into(),
            path: Pointer::parse("/spec/a").unwrap(),
            value: Value::String("x".repeat(ANNOTATIONS_LIMIT)),
        };
        let e = write(&mut object, &[big]).unwrap_err().to_string();
        assert!(e.starts_with("metadata.annotations: Too long"), "{e}");
    }
}
