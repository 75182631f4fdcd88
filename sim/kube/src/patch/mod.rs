//! PATCH bodies: JSON patch (RFC 6902), JSON merge patch (RFC 7386), strategic merge patch
//! (built-in kinds only, as on a real server) and server-side apply.

pub mod apply;
pub mod strategic;

use crate::error::{ApiError, ApiResult};
use serde_json::Value;

pub const JSON_PATCH: &str = "application/json-patch+json";
pub const MERGE_PATCH: &str = "application/merge-patch+json";
pub const STRATEGIC_MERGE_PATCH: &str = "application/strategic-merge-patch+json";
pub const APPLY_PATCH: &str = "application/apply-patch+yaml";
pub const APPLY_PATCH_CBOR: &str = "application/apply-patch+cbor";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PatchType {
    Json,
    Merge,
    Strategic,
    Apply,
}

impl PatchType {
    pub fn from_content_type(ct: &str) -> Option<PatchType> {
        let base = ct.split(';').next().unwrap_or_default().trim();
        match base {
            JSON_PATCH => Some(PatchType::Json),
            MERGE_PATCH => Some(PatchType::Merge),
            STRATEGIC_MERGE_PATCH => Some(PatchType::Strategic),
            APPLY_PATCH => Some(PatchType::Apply),
            _ => None,
        }
    }
}

/// Applies an RFC 6902 patch; failures are 422 (a failed `test`) or 400 (malformed), as the
/// server reports them. Like the server's json-patch library, `test` against `null` passes for a
/// missing path (kube-rs' finalizer helper relies on that for objects without finalizers).
pub fn json_patch(doc: &mut Value, patch: &[u8]) -> ApiResult<()> {
    let ops: json_patch::Patch = serde_json::from_slice(patch)
        .map_err(|e| ApiError::bad_request(format!("error decoding patch: {e}")))?;
    let invalid = |e: String| {
        ApiError::new(
            422,
            "Invalid",
            format!("the server rejected our request due to an error in our request: {e}"),
        )
    };
    for op in ops.0 {
        if let json_patch::PatchOperation::Test(t) = &op
            && t.value.is_null()
        {
            match doc.pointer(t.path.as_str()) {
                None | Some(Value::Null) => continue,
                Some(_) => {
                    return Err(invalid(format!(
                        "testing value {} failed: test failed",
                        t.path
                    )));
                }
            }
        }
        json_patch::patch(doc, std::slice::from_ref(&op)).map_err(|e| invalid(e.to_string()))?;
    }
    Ok(())
}

/// Applies an RFC 7386 merge patch.
pub fn merge_patch(doc: &mut Value, patch: &[u8]) -> ApiResult<()> {
    let p: Value = serde_json::from_slice(patch)
        .map_err(|e| ApiError::bad_request(format!("error decoding patch: {e}")))?;
    if !p.is_object() {
        return Err(ApiError::bad_request(
            "json: cannot unmarshal into Go value of type map[string]interface {}",
        ));
    }
    json_patch::merge(doc, &p);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    #[test]
    fn json_patch_test_failure_is_422() {
        let mut doc = json!({"metadata":{"finalizers":["a"]}});
        let err = json_patch(&mut doc, br#"[{"op":"test","path":"/metadata/finalizers","value":["b"]},{"op":"remove","path":"/metadata/finalizers/0"}]"#).unwrap_err();
        assert_eq!(err.code, 422);
        json_patch(&mut doc, br#"[{"op":"test","path":"/metadata/finalizers","value":["a"]},{"op":"remove","path":"/metadata/finalizers/0"}]"#).unwrap();
        assert_eq!(doc, json!({"metadata":{"finalizers":[]}}));
        assert_eq!(json_patch(&mut doc, b"nope").unwrap_err().code, 400);
    }

    fn arb_json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i32>().prop_map(Value::from),
            "[a-z]{0,4}".prop_map(Value::from),
        ];
        leaf.prop_recursive(3, 16, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..3).prop_map(Value::from),
                proptest::collection::btree_map("[a-c]", inner, 0..4)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    fn strip_nulls(v: &Value) -> Value {
        match v {
            Value::Object(m) => Value::Object(
                m.iter()
                    .filter(|(_, v)| !v.is_null())
                    .map(|(k, v)| (k.clone(), strip_nulls(v)))
                    .collect(),
            ),
            other => other.clone(),
        }
    }

    proptest! {
        // RFC 7386: a patch without nulls applied to anything yields a document that contains
        // the patch; applying the same patch twice changes nothing more.
        #[test]
        fn merge_patch_is_idempotent_and_sets_patched_fields(doc in arb_json(), patch in proptest::collection::btree_map("[a-c]", arb_json(), 0..4)) {
            let patch = Value::Object(patch.into_iter().collect());
            let mut once = doc.clone();
            if merge_patch(&mut once, patch.to_string().as_bytes()).is_err() { return Ok(()); }
            let mut twice = once.clone();
            merge_patch(&mut twice, patch.to_string().as_bytes()).unwrap();
            prop_assert_eq!(&once, &twice);
            for (k, v) in patch.as_object().unwrap() {
                if v.is_null() {
                    prop_assert!(once.get(k).is_none());
                } else if !v.is_object() {
                    prop_assert_eq!(once.get(k), Some(v));
                } else {
                    prop_assert!(once.get(k).is_some_and(Value::is_object));
                }
            }
            let _ = strip_nulls(&once);
        }
    }
}
