//! The schema of a kind's ARM PUT body, straight from the specs (nothing renamed, nothing
//! flattened): what Azure itself accepts. The ARM simulator validates request bodies against it.

use std::collections::BTreeSet;

use aso_runtime::arm_schema::ArmSchema;
use serde_json::Value;

use crate::build::{DefKey, DerivedIndex, definition_key};
use crate::load::{Loader, Node, SpecError};
use crate::model::{Object, Type};

/// The ARM schema of a PUT body schema.
pub fn of(loader: &Loader, derived: &DerivedIndex, body: &Node) -> Result<ArmSchema, SpecError> {
    Walker {
        loader,
        derived,
        stack: Vec::new(),
        depth: 0,
    }
    .schema(body)
}

/// Marks as secret (accepted, never returned) what the shaped spec made a Secret reference or a
/// secret map: the specs' `x-ms-secret` already is, but configured secrets (ASO's `$isSecret`:
/// compute's `protectedSettings`, API Management's OAuth2 parameters) are secret only in our
/// configuration, and Azure returns them no more than the others. The simulator then stores
/// them as Azure does, and drift never compares them.
pub fn mark_configured_secrets(spec: &Object, schema: &mut ArmSchema) {
    for prop in &spec.props {
        let mut at = Some(&mut *schema);
        for segment in &prop.arm {
            at = at.and_then(|s| s.properties.get_mut(segment));
        }
        if let Some(target) = at {
            mark_type(&prop.ty, target);
        }
    }
}

fn mark_type(ty: &Type, schema: &mut ArmSchema) {
    match ty {
        Type::SecretReference | Type::SecretMapReference => schema.secret = true,
        Type::Object(object) => mark_configured_secrets(object, schema),
        Type::Array(item, _) => {
            if let Some(items) = schema.items.as_deref_mut() {
                mark_type(item, items);
            }
        }
        Type::Map(value) => {
            if let Some(values) = schema.additional_properties.as_deref_mut() {
                mark_type(value, values);
            }
        }
        Type::OneOf(union) => {
            for option in &union.options {
                if let Some(variant) = schema.variants.get_mut(&option.value) {
                    mark_configured_secrets(&option.object, variant);
                }
            }
        }
        _ => {}
    }
}

struct Walker<'a> {
    loader: &'a Loader,
    derived: &'a DerivedIndex,
    stack: Vec<DefKey>,
    /// Object nesting: 1 is the body itself.
    depth: usize,
}

impl Walker<'_> {
    fn schema(&mut self, node: &Node) -> Result<ArmSchema, SpecError> {
        let resolved = self.loader.resolve(node)?;
        if self.depth >= 1 && self.is_resource(&resolved)? {
            // Resources inside resources (a subnet in a network interface) are mostly sent as
            // `{id}`; their own schema is checked where they are PUT themselves. Describing them
            // whole here would multiply the size of every network schema.
            let id = ArmSchema {
                type_: Some("string".into()),
                ..Default::default()
            };
            return Ok(ArmSchema {
                type_: Some("object".into()),
                properties: [("id".to_string(), id)].into(),
                additional_properties: Some(Box::default()),
                ..Default::default()
            });
        }
        let key = definition_key(&resolved);
        if let Some(key) = &key {
            if self.stack.contains(key) {
                // Recursion: anything goes below this point.
                return Ok(ArmSchema::default());
            }
            self.stack.push(key.clone());
        }
        self.depth += 1;
        let result = self.resolved(&resolved);
        self.depth -= 1;
        if key.is_some() {
            self.stack.pop();
        }
        let mut schema = result?;
        // Flags on the referring node (next to its `$ref`) apply too.
        schema.read_only |= node.bool("readOnly");
        schema.secret |= node.bool("x-ms-secret");
        if let Some(m) = node.mutability() {
            schema.create_only = m.contains("create") && !m.contains("update");
        }
        Ok(schema)
    }

    /// `x-ms-azure-resource` on the schema or anywhere up its `allOf` chain.
    fn is_resource(&self, node: &Node) -> Result<bool, SpecError> {
        if node.bool("x-ms-azure-resource") {
            return Ok(true);
        }
        for parent in node.child("allOf").items() {
            if self.is_resource(&self.loader.resolve(&parent)?)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn resolved(&mut self, node: &Node) -> Result<ArmSchema, SpecError> {
        let mut schema = ArmSchema::default();
        self.merge(node, &mut schema, 0)?;
        if let Some(discriminator) = node.str("discriminator") {
            let options = self.derived.options(node);
            if !options.is_empty() {
                schema.discriminator = Some(discriminator.to_string());
                for (value, _, option) in options {
                    let variant = self.schema(&option)?;
                    schema.variants.insert(value, variant);
                }
            }
        }
        Ok(schema)
    }

    fn merge(
        &mut self,
        node: &Node,
        schema: &mut ArmSchema,
        depth: usize,
    ) -> Result<(), SpecError> {
        if depth > 16 {
            return Err(SpecError::at(
                node.location(),
                "allOf nested more than 16 deep (a cycle?)",
            ));
        }
        for parent in node.child("allOf").items() {
            let parent = self.loader.resolve(&parent)?;
            self.merge(&parent, schema, depth + 1)?;
        }
        let value = node.value();
        if let Some(type_) = value.get("type").and_then(Value::as_str) {
            schema.type_ = Some(type_.to_string());
        }
        let str_of = |key: &str| value.get(key).and_then(Value::as_str).map(str::to_string);
        let u64_of = |key: &str| value.get(key).and_then(Value::as_u64);
        let f64_of = |key: &str| value.get(key).and_then(Value::as_f64);
        schema.format = str_of("format").or(schema.format.take());
        schema.pattern = str_of("pattern").or(schema.pattern.take());
        schema.min_length = u64_of("minLength").or(schema.min_length);
        schema.max_length = u64_of("maxLength").or(schema.max_length);
        schema.minimum = f64_of("minimum").or(schema.minimum);
        schema.maximum = f64_of("maximum").or(schema.maximum);
        schema.min_items = u64_of("minItems").or(schema.min_items);
        schema.max_items = u64_of("maxItems").or(schema.max_items);
        schema.read_only |= node.bool("readOnly");
        schema.secret |=
            node.bool("x-ms-secret") || str_of("format").as_deref() == Some("password");
        if let Some(m) = node.mutability() {
            schema.create_only = m.contains("create") && !m.contains("update");
        }
        if let Some(values) = value.get("enum").and_then(Value::as_array) {
            schema.enum_ = values.clone();
            schema.enum_open = value
                .pointer("/x-ms-enum/modelAsString")
                .and_then(Value::as_bool)
                .unwrap_or(false);
        }
        if let Some(properties) = node.get("properties") {
            for (name, property) in properties.entries() {
                let property_schema = self.schema(&property)?;
                schema.properties.insert(name, property_schema);
            }
        }
        let required: BTreeSet<String> = schema
            .required
            .drain(..)
            .chain(
                node.child("required")
                    .items()
                    .iter()
                    .filter_map(|r| r.value().as_str().map(str::to_string)),
            )
            .collect();
        schema.required = required.into_iter().collect();
        if let Some(items) = node.get("items") {
            schema.items = Some(Box::new(self.schema(&items)?));
        }
        match value.get("additionalProperties") {
            Some(Value::Object(_)) => {
                let additional = node.child("additionalProperties");
                schema.additional_properties = Some(Box::new(self.schema(&additional)?));
            }
            Some(Value::Bool(true)) => schema.additional_properties = Some(Box::default()),
            _ => {}
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use aso_runtime::arm_schema::ArmSchema;

    use super::mark_configured_secrets;
    use crate::model::test_builders::{object, prop, string};
    use crate::model::{ArrayRules, Property, Type};

    fn schema(json: serde_json::Value) -> ArmSchema {
        serde_json::from_value(json).unwrap()
    }

    #[test]
    fn configured_secrets_are_marked_where_the_shaped_spec_puts_them() {
        let flattened = |name: &str, ty: Type| Property {
            arm: vec!["properties".into(), name.into()],
            ..prop(name, ty)
        };
        let item = object(
            "Item",
            vec![
                prop("token", Type::SecretReference),
                prop("label", string()),
            ],
        );
        let spec = object(
            "Widget",
            vec![
                flattened("protectedSettings", Type::SecretMapReference),
                flattened("settings", Type::Map(Box::new(string()))),
                flattened(
                    "items",
                    Type::Array(
                        Box::new(Type::Object(Box::new(item))),
                        ArrayRules::default(),
                    ),
                ),
                // Not in the ARM schema: nothing to mark, nothing fails.
                prop("missing", Type::SecretReference),
            ],
        );
        let mut arm = schema(
            serde_json::json!({"properties": {"properties": {"properties": {
                "protectedSettings": {"type": "object"},
                "settings": {"type": "object"},
                "items": {"type": "array", "items": {"properties": {"token": {"type": "string"}, "label": {"type": "string"}}}},
            }}}}),
        );
        mark_configured_secrets(&spec, &mut arm);
        let props = &arm.properties["properties"].properties;
        assert!(props["protectedSettings"].secret);
        assert!(!props["settings"].secret);
        let items = props["items"].items.as_deref().unwrap();
        assert!(items.properties["token"].secret);
        assert!(!items.properties["label"].secret);
    }
}
