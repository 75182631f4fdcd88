//! Values that may come from a ConfigMap get an `xxxFromConfig: {name, key}` twin (both then
//! optional); values that must come from one become the reference themselves.

use crate::config::ConfigMapMode;
use crate::model::{Object, Property, Type};

pub fn apply(root: &mut Object) {
    root.visit_mut(&mut |object: &mut Object| {
        let mut twins = Vec::new();
        for prop in &mut object.props {
            match prop.config_map {
                Some(ConfigMapMode::Optional) => {
                    prop.required = false;
                    twins.push(Property {
                        name: format!("{}FromConfig", prop.name),
                        ty: Type::ConfigMapReference,
                        required: false,
                        description: prop.description.clone(),
                        config_map: None,
                        secret: false,
                        reference: Some(false),
                        ..prop.clone()
                    });
                }
                Some(ConfigMapMode::Required) => prop.ty = Type::ConfigMapReference,
                None => {}
            }
        }
        object.props.extend(twins);
        object.props.sort_by(|a, b| a.name.cmp(&b.name));
    });
}
