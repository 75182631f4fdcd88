//! The pass from a resource's `spec` to the ARM PUT body.
//!
//! It walks the spec along the kind's [`ObjectShape`], moving flattened properties back under
//! `properties`, turning references into ARM IDs and secret or config map references into values
//! (through a [`Resolver`]), and writing explicit nulls where the kind's payload rule asks for them.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::kind::{KindInfo, Payload};
use crate::reference::{
    ConfigMapReference, ResourceReference, SecretMapReference, SecretReference,
};
use crate::shape::{ObjectShape, OneOf, Shape};

/// A conversion failure, with the field path (`spec.identity.userAssignedIdentities[0].reference`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {message}")]
pub struct ConvertError {
    pub path: String,
    pub message: String,
}

impl ConvertError {
    pub fn new(path: &str, message: impl Into<String>) -> Self {
        ConvertError {
            path: path.to_string(),
            message: message.into(),
        }
    }
}

/// Supplies the values a spec refers to. The operator reads them from the cluster; `asoctl plan
/// --offline` returns placeholders; [`dependencies`] only records what was asked.
pub trait Resolver {
    /// The ARM ID of a referenced resource. `armId` references need no lookup, but still pass
    /// through here so a resolver can check them.
    fn resource(&self, path: &str, reference: &ResourceReference) -> Result<String, ConvertError>;
    fn secret(&self, path: &str, reference: &SecretReference) -> Result<String, ConvertError>;
    /// Every key and value of a Secret, for a secret map (`protectedSettings`).
    fn secret_map(
        &self,
        path: &str,
        reference: &SecretMapReference,
    ) -> Result<BTreeMap<String, String>, ConvertError>;
    fn config_map(
        &self,
        path: &str,
        reference: &ConfigMapReference,
    ) -> Result<String, ConvertError>;
}

/// The ARM PUT body of a resource: `name` plus the converted spec.
pub fn arm_body(
    info: &KindInfo,
    spec: &Value,
    azure_name: &str,
    resolver: &dyn Resolver,
) -> Result<Value, ConvertError> {
    let spec = match spec {
        Value::Object(map) => map,
        Value::Null => &Map::new(),
        _ => return Err(ConvertError::new("spec", "must be an object")),
    };
    let walker = Walker {
        payload: info.payload,
        resolver,
    };
    let mut body = walker.object(info.spec, spec, "spec")?;
    body.insert("name".into(), Value::String(azure_name.to_string()));
    Ok(Value::Object(body))
}

/// Something a spec refers to that must be read before the ARM body can be built.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Dependency {
    Resource {
        path: String,
        reference: ResourceReference,
    },
    Secret {
        path: String,
        reference: SecretReference,
    },
    SecretMap {
        path: String,
        reference: SecretMapReference,
    },
    ConfigMap {
        path: String,
        reference: ConfigMapReference,
    },
}

/// Every reference, secret and config map value a spec refers to, in spec order.
pub fn dependencies(info: &KindInfo, spec: &Value) -> Result<Vec<Dependency>, ConvertError> {
    let recorder = Recorder::default();
    arm_body(info, spec, "", &recorder)?;
    Ok(recorder.seen.into_inner())
}

#[derive(Default)]
struct Recorder {
    seen: std::cell::RefCell<Vec<Dependency>>,
}

impl Resolver for Recorder {
    fn resource(&self, path: &str, reference: &ResourceReference) -> Result<String, ConvertError> {
        self.seen.borrow_mut().push(Dependency::Resource {
            path: path.into(),
            reference: reference.clone(),
        });
        Ok(reference.arm_id.clone().unwrap_or_default())
    }
    fn secret(&self, path: &str, reference: &SecretReference) -> Result<String, ConvertError> {
        self.seen.borrow_mut().push(Dependency::Secret {
            path: path.into(),
            reference: reference.clone(),
        });
        Ok(String::new())
    }
    fn secret_map(
        &self,
        path: &str,
        reference: &SecretMapReference,
    ) -> Result<BTreeMap<String, String>, ConvertError> {
        self.seen.borrow_mut().push(Dependency::SecretMap {
            path: path.into(),
            reference: reference.clone(),
        });
        Ok(BTreeMap::new())
    }
    fn config_map(
        &self,
        path: &str,
        reference: &ConfigMapReference,
    ) -> Result<String, ConvertError> {
        self.seen.borrow_mut().push(Dependency::ConfigMap {
            path: path.into(),
            reference: reference.clone(),
        });
        Ok(String::new())
    }
}

struct Walker<'a> {
    payload: Payload,
    resolver: &'a dyn Resolver,
}

impl Walker<'_> {
    fn object(
        &self,
        shape: &ObjectShape,
        spec: &Map<String, Value>,
        path: &str,
    ) -> Result<Map<String, Value>, ConvertError> {
        let mut out = Map::new();
        for prop in shape.props {
            let Some(value) = spec.get(prop.name).filter(|v| !v.is_null()) else {
                continue;
            };
            let prop_path = format!("{path}.{}", prop.name);
            let converted = self.value(&prop.shape, value, &prop_path)?;
            insert_at(&mut out, prop.arm, converted, &prop_path)?;
        }
        for prop in shape.props {
            // A property's own rule wins over the kind's, for that property only.
            let payload = prop.payload.unwrap_or(self.payload);
            if payload != Payload::OmitEmpty {
                let explicit = match payload {
                    Payload::OmitEmpty => None,
                    Payload::ExplicitCollections => {
                        prop.shape.is_collection().then_some(Value::Null)
                    }
                    Payload::ExplicitEmptyCollections => match prop.shape {
                        Shape::Array(_) => Some(Value::Array(vec![])),
                        Shape::Map(_) | Shape::SecretMap | Shape::ReferenceKeyedMap(_) => {
                            Some(Value::Object(Map::new()))
                        }
                        _ => None,
                    },
                    Payload::ExplicitProperties => Some(Value::Null),
                };
                if let Some(explicit) = explicit {
                    insert_if_parent_exists(&mut out, prop.arm, explicit);
                }
            }
        }
        Ok(out)
    }

    fn value(&self, shape: &Shape, value: &Value, path: &str) -> Result<Value, ConvertError> {
        Ok(match shape {
            Shape::Value => value.clone(),
            Shape::Object(inner) => {
                Value::Object(self.object(inner, as_object(value, path)?, path)?)
            }
            Shape::Array(item) => {
                let items = value
                    .as_array()
                    .ok_or_else(|| ConvertError::new(path, "must be an array"))?;
                let mut out = Vec::with_capacity(items.len());
                for (i, v) in items.iter().enumerate() {
                    out.push(self.value(item, v, &format!("{path}[{i}]"))?);
                }
                Value::Array(out)
            }
            Shape::Map(item) => {
                let mut out = Map::new();
                for (k, v) in as_object(value, path)? {
                    out.insert(k.clone(), self.value(item, v, &format!("{path}[{k:?}]"))?);
                }
                Value::Object(out)
            }
            Shape::Reference => {
                let reference: ResourceReference = parse(value, path)?;
                check_reference(&reference, path)?;
                Value::String(self.resolver.resource(path, &reference)?)
            }
            Shape::Secret => Value::String(self.resolver.secret(path, &parse(value, path)?)?),
            Shape::SecretMap => Value::Object(
                self.resolver
                    .secret_map(path, &parse(value, path)?)?
                    .into_iter()
                    .map(|(k, v)| (k, Value::String(v)))
                    .collect(),
            ),
            Shape::ConfigValue => {
                Value::String(self.resolver.config_map(path, &parse(value, path)?)?)
            }
            Shape::ReferenceKeyedMap(inner) => {
                let items = value
                    .as_array()
                    .ok_or_else(|| ConvertError::new(path, "must be an array"))?;
                let mut out = Map::new();
                for (i, item) in items.iter().enumerate() {
                    let item_path = format!("{path}[{i}]");
                    let object = as_object(item, &item_path)?;
                    let reference_path = format!("{item_path}.reference");
                    let reference: ResourceReference = parse(
                        object
                            .get("reference")
                            .ok_or_else(|| ConvertError::new(&reference_path, "is required"))?,
                        &reference_path,
                    )?;
                    check_reference(&reference, &reference_path)?;
                    let key = self.resolver.resource(&reference_path, &reference)?;
                    out.insert(key, Value::Object(self.object(inner, object, &item_path)?));
                }
                Value::Object(out)
            }
            Shape::OneOf(one_of) => self.one_of(one_of, as_object(value, path)?, path)?,
        })
    }

    fn one_of(
        &self,
        one_of: &OneOf,
        spec: &Map<String, Value>,
        path: &str,
    ) -> Result<Value, ConvertError> {
        let mut chosen = one_of
            .options
            .iter()
            .filter(|o| spec.get(o.name).is_some_and(|v| !v.is_null()));
        let names = || {
            one_of
                .options
                .iter()
                .map(|o| o.name)
                .collect::<Vec<_>>()
                .join(", ")
        };
        let option = chosen.next().ok_or_else(|| {
            ConvertError::new(path, format!("exactly one of {} must be set", names()))
        })?;
        if let Some(second) = chosen.next() {
            return Err(ConvertError::new(
                path,
                format!(
                    "only one of {} may be set, found {} and {}",
                    names(),
                    option.name,
                    second.name
                ),
            ));
        }
        let option_path = format!("{path}.{}", option.name);
        let mut out = self.object(
            option.shape,
            as_object(&spec[option.name], &option_path)?,
            &option_path,
        )?;
        out.entry(one_of.discriminator.to_string())
            .or_insert_with(|| Value::String(option.value.to_string()));
        Ok(Value::Object(out))
    }
}

fn as_object<'v>(value: &'v Value, path: &str) -> Result<&'v Map<String, Value>, ConvertError> {
    value
        .as_object()
        .ok_or_else(|| ConvertError::new(path, "must be an object"))
}

fn parse<T: serde::de::DeserializeOwned>(value: &Value, path: &str) -> Result<T, ConvertError> {
    T::deserialize(value).map_err(|e| ConvertError::new(path, e.to_string()))
}

/// A reference is either an ARM ID or a Kubernetes object; the CRD says so too, but manifests
/// read offline never met the API server.
pub fn check_reference(reference: &ResourceReference, path: &str) -> Result<(), ConvertError> {
    let has_object =
        reference.group.is_some() || reference.kind.is_some() || reference.name.is_some();
    match (&reference.arm_id, has_object) {
        (Some(_), true) => Err(ConvertError::new(
            path,
            "set either armId or group, kind and name, not both",
        )),
        (None, false) => Err(ConvertError::new(
            path,
            "set either armId or group, kind and name",
        )),
        (None, true)
            if reference.group.is_none()
                || reference.kind.is_none()
                || reference.name.is_none() =>
        {
            Err(ConvertError::new(
                path,
                "a reference to a Kubernetes object needs group, kind and name",
            ))
        }
        _ => Ok(()),
    }
}

fn insert_at(
    out: &mut Map<String, Value>,
    arm: &[&str],
    value: Value,
    path: &str,
) -> Result<(), ConvertError> {
    let (last, parents) = arm
        .split_last()
        .ok_or_else(|| ConvertError::new(path, "has no ARM name"))?;
    let mut target = out;
    for segment in parents {
        let entry = target
            .entry(segment.to_string())
            .or_insert_with(|| Value::Object(Map::new()));
        target = entry.as_object_mut().ok_or_else(|| {
            ConvertError::new(path, format!("ARM property {segment:?} is set twice"))
        })?;
    }
    if target.get(*last).is_some_and(|v| !v.is_null()) {
        return Err(ConvertError::new(
            path,
            format!("ARM property {last:?} is set twice (a value and its FromConfig twin?)"),
        ));
    }
    target.insert(last.to_string(), value);
    Ok(())
}

fn insert_if_parent_exists(out: &mut Map<String, Value>, arm: &[&str], value: Value) {
    let Some((last, parents)) = arm.split_last() else {
        return;
    };
    let mut target = out;
    for segment in parents {
        match target.get_mut(*segment).and_then(Value::as_object_mut) {
            Some(next) => target = next,
            None => return,
        }
    }
    target.entry(last.to_string()).or_insert(value);
}
