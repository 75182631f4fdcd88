//! The passes that turn a kind's raw trees (as `build` made them from the specs) into the shape
//! ASO manifests have. Each pass is one rule, in its own file; `spec` and `status` run them in
//! ASO's order, which matters: references are renamed before flattening, so flattening sees the
//! final names; identities are rewritten before empty objects are dropped, so the identity map
//! (whose values are empty in spec) survives.

mod config_maps;
mod empty;
mod flatten;
mod identities;
mod numbers;
mod references;
mod secrets;

use crate::load::SpecError;
use crate::model::Object;

/// Shapes a spec tree in place.
pub fn spec(root: &mut Object, kind: &str) -> Result<(), SpecError> {
    // The resource's own ID and name are not set by users: azureName and owner replace them.
    root.props.retain(|p| p.name != "id" && p.name != "name");
    identities::to_reference_lists(root);
    empty::remove(root);
    numbers::validated_floats_to_integers(root);
    references::apply(root);
    secrets::apply(root, kind)?;
    config_maps::apply(root);
    flatten::apply(root);
    Ok(())
}

/// Shapes a status tree in place.
pub fn status(root: &mut Object) {
    empty::remove(root);
    flatten::apply(root);
}

#[cfg(test)]
mod tests;
