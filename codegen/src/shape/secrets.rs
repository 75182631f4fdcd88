//! Secrets (`x-ms-secret`, `format: password`, or configured) are never written in manifests:
//! they become `{name, key}` references to a Secret in the resource's namespace, and a secret map
//! of strings (`protectedSettings`, OAuth2 grant parameters) a `{name}` reference to a whole
//! Secret, every key of which becomes one entry (ASO's `SecretMapReference`). An ARM ID the
//! references pass (before this one, in ASO's order) made a resource reference stays one: a
//! reference names a resource, not its value (ASO: Container Instances' `workspaceResourceId`).

use crate::load::SpecError;
use crate::model::{Object, Type};

pub fn apply(root: &mut Object, kind: &str) -> Result<(), SpecError> {
    let mut unsupported = Vec::new();
    root.visit_mut(&mut |object: &mut Object| {
        for prop in object.props.iter_mut().filter(|p| p.secret) {
            match &mut prop.ty {
                Type::String(_) => prop.ty = Type::SecretReference,
                Type::Array(item, _) if matches!(**item, Type::String(_)) => {
                    **item = Type::SecretReference
                }
                Type::Map(value) if matches!(**value, Type::String(_)) => {
                    prop.ty = Type::SecretMapReference
                }
                Type::ResourceReference => {}
                Type::Array(item, _) if matches!(**item, Type::ResourceReference) => {}
                other => {
                    unsupported.push(format!("{}.{} ({other:?})", object.name_hint, prop.name))
                }
            }
        }
    });
    match unsupported.is_empty() {
        true => Ok(()),
        false => Err(SpecError::at(
            kind,
            format!(
                "secret properties of a type other than string: {}",
                unsupported.join(", ")
            ),
        )),
    }
}
