//! Writing the operator's own metadata (finalizer, annotations, owner references) by merge
//! patch. Lists are replaced whole by a merge patch, so each write is conditional on the
//! version it was computed from; on a conflict (often our own cache being a step behind) it is
//! computed again from the newest version.

use kube::api::{Api, DynamicObject, Patch, PatchParams};
use serde_json::Value;

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
