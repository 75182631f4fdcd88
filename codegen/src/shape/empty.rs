//! Objects left without properties (typically after read-only properties left the spec) are
//! dropped, with every property that holds them; repeated until nothing changes, since dropping
//! one can empty its parent.

use crate::model::{Object, Type};

pub fn remove(root: &mut Object) {
    while remove_once(root) {}
}

/// One sweep; whether anything was dropped.
fn remove_once(object: &mut Object) -> bool {
    let mut changed = false;
    for prop in &mut object.props {
        changed |= remove_in(&mut prop.ty);
    }
    let before = object.props.len();
    object.props.retain(|p| !is_empty(&p.ty));
    changed || object.props.len() != before
}

fn remove_in(ty: &mut Type) -> bool {
    match ty {
        Type::Object(inner) | Type::ReferenceKeyedMap(inner) => remove_once(inner),
        Type::Array(item, _) | Type::Map(item) => remove_in(item),
        Type::OneOf(union) => union
            .options
            .iter_mut()
            .fold(false, |changed, o| remove_once(&mut o.object) | changed),
        _ => false,
    }
}

fn is_empty(ty: &Type) -> bool {
    match ty {
        Type::Object(inner) => inner.props.is_empty(),
        Type::Array(item, _) | Type::Map(item) => is_empty(item),
        _ => false,
    }
}
