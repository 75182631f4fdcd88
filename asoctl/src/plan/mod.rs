//! `asoctl plan`: what the operator would send to Azure for a set of manifests.

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
    /// Manifests passed over (for example versions this build does not serve).
    pub warnings: Vec<String>,
}
