//! `x-ms-client-flatten` properties are lifted into their parent object, at every depth; the ARM
//! path of each lifted property remembers where it came from, so ARM bodies keep the nesting.
//! Where a lifted name collides with another, the lifted one is renamed `<container>_<name>`,
//! lower-cased. Like ASO, flattening an optional object makes everything lifted from it optional
//! (`flattenPropType` in ASO's `flatten_properties.go`): a resource without `properties` needs
//! none of what `properties` requires.

use crate::model::{Object, Type};

pub fn apply(root: &mut Object) {
    root.visit_mut(&mut flatten_object);
}

fn flatten_object(object: &mut Object) {
    let mut out = Vec::with_capacity(object.props.len());
    let mut lifted_from: Vec<Option<String>> = Vec::new();
    for prop in std::mem::take(&mut object.props) {
        match (&prop.ty, prop.flatten) {
            (Type::Object(inner), true) => {
                for mut child in inner.props.clone() {
                    let mut arm = prop.arm.clone();
                    arm.extend(child.arm);
                    child.arm = arm;
                    child.required &= prop.required;
                    lifted_from.push(Some(prop.name.clone()));
                    out.push(child);
                }
            }
            _ => {
                lifted_from.push(None);
                out.push(prop);
            }
        }
    }
    for i in 0..out.len() {
        let Some(container) = &lifted_from[i] else {
            continue;
        };
        let clashes = out
            .iter()
            .enumerate()
            .any(|(j, other)| j != i && other.name == out[i].name);
        if clashes {
            out[i].name = format!("{container}_{}", out[i].name).to_lowercase();
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    object.props = out;
}
