//! ASO turns numbers that carry validations into integers in spec (its Go types cannot hold
//! validated floats); manifests written for ASO therefore hold integers there.

use crate::model::{Object, Type};

pub fn validated_floats_to_integers(root: &mut Object) {
    root.visit_mut(&mut |object: &mut Object| {
        for prop in &mut object.props {
            convert(&mut prop.ty);
        }
    });
}

fn convert(ty: &mut Type) {
    match ty {
        Type::Number(n)
            if n.minimum.is_some() || n.maximum.is_some() || n.multiple_of.is_some() =>
        {
            *ty = Type::Integer(n.clone());
        }
        Type::Array(item, _) | Type::Map(item) => convert(item),
        _ => {}
    }
}
