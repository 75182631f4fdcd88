//! `asoctl plan`: what the operator would send to Azure for a set of manifests.

pub mod classify;
pub mod offline;
pub mod online;

use std::fmt;

use serde::Serialize;
use serde_json::Value;

use crate::manifest::{Manifest, Source};

/// One request the operator would send.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlannedRequest {
    pub api_version: String,
    pub kind: String,
    pub namespace: String,
    pub name: String,
    pub method: String,
    /// Path and query: `/subscriptions/...?api-version=...`.
    pub url: String,
    pub body: Value,
}

/// A manifest that cannot be planned, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanError {
    pub source: Source,
    pub resource: String,
    pub message: String,
}

impl PlanError {
    pub fn new(manifest: &Manifest, message: impl Into<String>) -> Self {
        PlanError {
            source: manifest.source.clone(),
            resource: manifest.describe(),
            message: message.into(),
        }
    }
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.source, self.resource, self.message)
    }
}

/// The requests in dependency order, and what could not be planned.
#[derive(Debug, Default)]
pub struct Plan {
    pub requests: Vec<PlannedRequest>,
    pub errors: Vec<PlanError>,
    /// What was assumed (an owner matched by kind).
    pub warnings: Vec<String>,
    /// Documents that are not Azure resources, and what they are.
    pub skipped: Vec<String>,
    /// Secret values the bodies hold, each with the placeholder that stands for it
    /// (`$(secret:NAME/KEY)`), for [`Plan::redact`].
    pub secrets: Vec<(String, String)>,
}

impl Plan {
    /// `value` with every Secret value the plan read replaced by its placeholder (also inside
    /// longer strings, such as connection strings).
    pub fn redact(&self, value: &mut Value) {
        match value {
            Value::String(s) => *s = self.redact_text(s),
            Value::Array(items) => items.iter_mut().for_each(|v| self.redact(v)),
            Value::Object(map) => map.values_mut().for_each(|v| self.redact(v)),
            _ => {}
        }
    }

    pub fn redact_text(&self, text: &str) -> String {
        let mut out = text.to_string();
        // Longest first, so a value containing another is replaced whole.
        let mut secrets: Vec<&(String, String)> = self.secrets.iter().collect();
        secrets.sort_by_key(|(value, _)| std::cmp::Reverse(value.len()));
        for (value, placeholder) in secrets {
            if !value.is_empty() && out.contains(value.as_str()) {
                out = out.replace(value.as_str(), placeholder);
            }
        }
        out
    }
}
