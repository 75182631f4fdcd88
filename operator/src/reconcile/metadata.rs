//! Writing the operator's own metadata (finalizer, annotations, owner references) by merge
//! patch. Lists are replaced whole by a merge patch, so each write is conditional on the
//! version it was computed from; on a conflict (often our own cache being a step behind) it is
//! computed again from the newest version.

use k8s_openapi::apimachinery::pkg::apis::meta::v1::OwnerReference;
use kube::api::{Api, DynamicObject, Patch, PatchParams};
use serde_json::{Map, Value, json};

use aso_runtime::annotations::FINALIZER;

use super::failure::Failure;
use super::object;

/// Applies `patch_for(current)` until it has nothing left to add (`None`); `what` names the
/// write in errors. Returns the object as last written (or read).
pub async fn patch_until_current(
    api: &Api<DynamicObject>,
    obj: DynamicObject,
    what: &str,
    patch_for: impl Fn(&DynamicObject) -> Option<Value>,
) -> Result<DynamicObject, Failure> {
    let mut current = obj;
    for _ in 0..5 {
        let Some(patch) = patch_for(&current) else {
            return Ok(current);
        };
        match api
            .patch(
                object::name(&current),
                &PatchParams::default(),
                &Patch::Merge(&patch),
            )
            .await
        {
            Ok(updated) => return Ok(updated),
            Err(kube::Error::Api(e)) if e.code == 409 => {
                current = api
                    .get(object::name(&current))
                    .await
                    .map_err(|e| Failure::kube("re-reading the object", e))?;
            }
            Err(e) => return Err(Failure::kube(what, e)),
        }
    }
    Err(Failure::Kube(format!("{what}: the object kept changing")))
}

/// What `obj` lacks of the operator's finalizer and of `owner`'s reference, as fields of a
/// merge patch's `metadata` (empty when nothing is missing). Both ARM kinds and database users
/// record these before their first request, so nothing is created that could be forgotten.
pub fn ownership(obj: &DynamicObject, owner: Option<&OwnerReference>) -> Map<String, Value> {
    let mut metadata = Map::new();
    let mut finalizers = obj.metadata.finalizers.clone().unwrap_or_default();
    if !finalizers.iter().any(|f| f == FINALIZER) {
        finalizers.push(FINALIZER.to_string());
        metadata.insert("finalizers".into(), json!(finalizers));
    }
    let mut references = obj.metadata.owner_references.clone().unwrap_or_default();
    if let Some(owner) = owner
        && !references.iter().any(|r| r.uid == owner.uid)
    {
        // A stale reference to an earlier owner object of the same name is replaced.
        references.retain(|r| !(r.kind == owner.kind && r.name == owner.name));
        references.push(owner.clone());
        metadata.insert("ownerReferences".into(), json!(references));
    }
    metadata
}

/// `metadata` as a merge patch conditional on the version of `obj` it was computed from
/// (lists are replaced whole), or `None` when there is nothing to write.
pub fn conditional_patch(obj: &DynamicObject, mut metadata: Map<String, Value>) -> Option<Value> {
    if metadata.is_empty() {
        return None;
    }
    metadata.insert(
        "resourceVersion".into(),
        json!(obj.metadata.resource_version),
    );
    Some(json!({ "metadata": metadata }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(finalizers: Value, owners: Value) -> DynamicObject {
        serde_json::from_value(json!({
            "apiVersion": "dbforpostgresql.azure.com/v1", "kind": "User",
            "metadata": {"name": "u", "namespace": "ns", "uid": "u1", "resourceVersion": "3",
                "finalizers": finalizers, "ownerReferences": owners},
        }))
        .unwrap()
    }

    fn owner(uid: &str) -> OwnerReference {
        OwnerReference {
            api_version: "dbforpostgresql.azure.com/v1apistorage".into(),
            kind: "FlexibleServer".into(),
            name: "server".into(),
            uid: uid.into(),
            ..Default::default()
        }
    }

    fn patch(obj: &DynamicObject, owner: Option<&OwnerReference>) -> Option<Value> {
        conditional_patch(obj, ownership(obj, owner))
    }

    #[test]
    fn finalizer_and_owner_are_added_once_and_conditionally() {
        let patch_new = patch(&object(json!(["other"]), json!([])), Some(&owner("o1"))).unwrap();
        assert_eq!(
            patch_new["metadata"]["finalizers"],
            json!(["other", FINALIZER]),
            "other finalizers are kept: the list is replaced whole"
        );
        assert_eq!(patch_new["metadata"]["ownerReferences"][0]["uid"], "o1");
        assert_eq!(patch_new["metadata"]["resourceVersion"], "3");
        let done = object(json!([FINALIZER]), json!([owner("o1")]));
        assert_eq!(patch(&done, Some(&owner("o1"))), None);
        assert_eq!(patch(&done, None), None);
        // A new owner object of the same name replaces the stale reference.
        let moved = patch(&done, Some(&owner("o2"))).unwrap();
        assert_eq!(moved["metadata"]["ownerReferences"], json!([owner("o2")]));
        assert!(moved["metadata"].get("finalizers").is_none());
        // Without an owner only the finalizer is written.
        let bare = patch(&object(json!(null), json!(null)), None).unwrap();
        assert_eq!(bare["metadata"]["finalizers"], json!([FINALIZER]));
        assert!(bare["metadata"].get("ownerReferences").is_none());
    }
}
