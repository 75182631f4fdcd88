//! `userAssignedIdentities`, a map keyed by ARM IDs in ARM, becomes a list of `{reference}` in
//! spec, so identities can be referred to by Kubernetes name.

use crate::model::{Object, Type};

pub fn to_reference_lists(root: &mut Object) {
    root.visit_mut(&mut |object: &mut Object| {
        for prop in &mut object.props {
            if prop.name != "userAssignedIdentities" {
                continue;
            }
            if let Type::Map(value) = &prop.ty {
                // The map's values only hold read-only fields: in spec they carry nothing.
                let mut details = match value.as_ref() {
                    Type::Object(details) => details.as_ref().clone(),
                    _ => Object {
                        origin: None,
                        name_hint: format!("{}_UserAssignedIdentityDetails", object.name_hint),
                        description: None,
                        props: Vec::new(),
                        is_resource: false,
                    },
                };
                details.props.clear();
                details.origin = None;
                details.name_hint = "UserAssignedIdentityDetails".into();
                details.description =
                    Some("Information about the user assigned identity for the resource".into());
                prop.ty = Type::ReferenceKeyedMap(Box::new(details));
            }
        }
    });
}
