//! The schema of a kind's ARM PUT body, straight from the specs (nothing renamed, nothing
//! flattened): what Azure itself accepts. The ARM simulator validates request bodies against it.

use std::collections::BTreeSet;

use aso_runtime::arm_schema::ArmSchema;
use serde_json::Value;

use crate::build::{DefKey, DerivedIndex, definition_key};
use crate::load::{Loader, Node, SpecError};

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
