//! Properties holding ARM IDs become references (`{armId}` or `{group, kind, name}`), renamed the
//! way ASO names them: `id` -> `reference`, `subnetId` -> `subnetReference`,
//! `privateLinkResourceIds` -> `privateLinkResourceReferences`, `scopes` -> `scopesReferences`.
//!
//! A property holds an ARM ID when the configuration says so, or when it is the `id` of an object
//! that is a resource, or when the specs give it `format: arm-id`; configuration can also say no.

use crate::model::{Object, Property, Type};

pub fn apply(root: &mut Object) {
    root.visit_mut(&mut |object: &mut Object| {
        let is_resource = object.is_resource;
        for prop in &mut object.props {
            let holds_id = prop.reference.unwrap_or(
                (is_resource && prop.name.eq_ignore_ascii_case("id")) || prop.format_arm_id,
            );
            if holds_id {
                convert(prop);
            }
        }
        object.props.sort_by(|a, b| a.name.cmp(&b.name));
    });
}

fn convert(prop: &mut Property) {
    let (ty, plural) = match &prop.ty {
        Type::String(_) => (Type::ResourceReference, false),
        Type::Array(item, rules) if matches!(**item, Type::String(_)) => (
            Type::Array(Box::new(Type::ResourceReference), rules.clone()),
            true,
        ),
        Type::Map(item) if matches!(**item, Type::String(_)) => {
            (Type::Map(Box::new(Type::ResourceReference)), true)
        }
        // Only strings hold IDs; anything else keeps its type.
        _ => return,
    };
    prop.ty = ty;
    prop.name = reference_name(&prop.name, plural);
}

/// ASO's name for a property that holds ARM IDs.
pub fn reference_name(name: &str, plural: bool) -> String {
    let suffix = if plural { "References" } else { "Reference" };
    if name.eq_ignore_ascii_case("id") || name.eq_ignore_ascii_case("ids") {
        return lower_first(suffix);
    }
    let stem = ["Ids", "IDs", "Id", "ID"]
        .iter()
        .find_map(|end| name.strip_suffix(end))
        .filter(|s| !s.is_empty());
    match stem {
        Some(stem) => format!("{stem}{suffix}"),
        None => format!("{name}{suffix}"),
    }
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}
