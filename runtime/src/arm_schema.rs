//! The schema of an ARM request body, as the generator resolved it from the OpenAPI specs
//! (`$ref`s followed, `allOf` merged, recursion cut). Generated code embeds one per kind as JSON
//! (`KindInfo::arm_schema`); the ARM simulator validates PUT bodies against it, and the operator
//! compares bodies with Azure along it ([`ArmSchema::of`] parses each once).

use std::collections::{BTreeMap, HashMap};
use std::sync::{OnceLock, RwLock};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::KindInfo;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ArmSchema {
    /// `object`, `array`, `string`, `integer`, `number` or `boolean`; absent for any JSON.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub properties: BTreeMap<String, ArmSchema>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub required: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<Box<ArmSchema>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Box<ArmSchema>>,
    #[serde(rename = "enum", default, skip_serializing_if = "Vec::is_empty")]
    pub enum_: Vec<Value>,
    /// Whether the enum is open (`x-ms-enum.modelAsString`): other values are accepted by ARM.
    #[serde(default, skip_serializing_if = "is_false")]
    pub enum_open: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_length: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_items: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<u64>,
    /// Set by the server only.
    #[serde(default, skip_serializing_if = "is_false")]
    pub read_only: bool,
    /// `x-ms-mutability` without `update`: may be set on create, never changed.
    #[serde(default, skip_serializing_if = "is_false")]
    pub create_only: bool,
    /// `x-ms-secret`: accepted on write, never returned.
    #[serde(default, skip_serializing_if = "is_false")]
    pub secret: bool,
    /// For polymorphic types: the discriminator property, and the full schema per value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discriminator: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub variants: BTreeMap<String, ArmSchema>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl ArmSchema {
    /// Parses the JSON the generator embedded.
    pub fn from_json(json: &str) -> Result<ArmSchema, serde_json::Error> {
        serde_json::from_str(json)
    }

    /// The ARM schema of `info`'s kind, parsed once per kind for the life of the process (a few
    /// hundred kinds at most). A schema that does not parse is a bug in the generator, reported
    /// as such; it is never taken for an empty schema (which would hide every difference).
    pub fn of(info: &KindInfo) -> Result<&'static ArmSchema, String> {
        type Cache = RwLock<HashMap<usize, &'static ArmSchema>>;
        static CACHE: OnceLock<Cache> = OnceLock::new();
        // The embedded text is 'static and its address identifies it, one per KindInfo.
        let key = info.arm_schema.as_ptr() as usize;
        let cache = CACHE.get_or_init(Default::default);
        if let Some(found) = cache.read().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return Ok(found);
        }
        let parsed = ArmSchema::from_json(info.arm_schema).map_err(|e| {
            format!(
                "bug: the generated ARM schema of {} {} does not parse: {e}",
                info.api_version_string(),
                info.kind
            )
        })?;
        let leaked: &'static ArmSchema = Box::leak(Box::new(parsed));
        Ok(*cache
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .entry(key)
            .or_insert(leaked))
    }
}
