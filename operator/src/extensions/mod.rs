//! Hand-written behaviour for particular kinds, in one place, keyed by kind. Everything else is
//! generic and driven by the generated `KindInfo`.
//!
//! - [`keyvault`]: `createMode` `createOrRecover` / `purgeThenCreate` decided from Azure's
//!   soft-deleted vaults.
//! - [`network`]: virtual networks, security groups, route tables and load balancers keep the
//!   children Azure holds inline (subnets, rules, routes, NAT rules) on every PUT after the first.
//! - [`flexible_server`]: PostgreSQL and MySQL flexible servers (and their children) are not
//!   changed while the server is in a state that refuses changes.
//! - [`exports`]: exported values that come from ARM actions (`listKeys`) or other resources.

pub mod exports;
pub mod flexible_server;
pub mod keyvault;
pub mod network;

use serde_json::Value;

use aso_runtime::KindInfo;

use crate::arm::{ArmClient, ArmError, ArmResponse, Call, TokenProvider};
use crate::reconcile::failure::Failure;

/// What is known about Azure's current state when a body is prepared. Offline planning knows
/// nothing; the operator looks things up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AzureState {
    /// Nothing is known (offline): assume the resource and its soft-deleted twin do not exist.
    #[default]
    Unknown,
    /// Whether a soft-deleted Key Vault of the same name exists.
    DeletedVault(bool),
}

/// Adjusts a PUT body for kinds whose ARM request is not a plain conversion of their spec.
pub fn adjust_body(info: &KindInfo, body: &mut Value, state: AzureState) {
    if let ("keyvault.azure.com", "Vault") = (info.api_group, info.kind) {
        keyvault::adjust_create_mode(body, state);
    }
}

/// ARM access for the hooks: a credential's client for one subscription.
pub struct Azure<'a> {
    pub arm: &'a ArmClient,
    pub tokens: &'a dyn TokenProvider,
    pub subscription: &'a str,
    pub catalog: &'a [&'static KindInfo],
}

impl Azure<'_> {
    /// GETs `url`; `None` when the resource does not exist.
    pub async fn get(&self, url: &str, kind: &str) -> Result<Option<Value>, ArmError> {
        let call = Call {
            method: reqwest::Method::GET,
            url,
            body: None,
            kind,
        };
        match self.arm.send(self.tokens, self.subscription, &call).await {
            Ok(r) => Ok(Some(r.json())),
            Err(e) if e.is_not_found() => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// GETs `url`, keeping the answer's status and headers (for polls).
    pub async fn get_response(&self, url: &str, kind: &str) -> Result<ArmResponse, ArmError> {
        let call = Call {
            method: reqwest::Method::GET,
            url,
            body: None,
            kind,
        };
        self.arm.send(self.tokens, self.subscription, &call).await
    }

    pub async fn post(&self, url: &str, kind: &str) -> Result<ArmResponse, ArmError> {
        let call = Call {
            method: reqwest::Method::POST,
            url,
            body: None,
            kind,
        };
        self.arm.send(self.tokens, self.subscription, &call).await
    }

    /// The api-version this build serves for an ARM type (for reads of related resources).
    pub fn api_version_of(&self, arm_type: &str) -> Option<&'static str> {
        self.catalog
            .iter()
            .find(|i| i.arm_type.eq_ignore_ascii_case(arm_type))
            .map(|i| i.api_version)
    }
}

/// Adjusts `body` before a PUT, looking at Azure where the kind needs it. `current` is the
/// resource as a GET just returned it, when the reconcile has one.
pub async fn before_put(
    azure: &Azure<'_>,
    info: &KindInfo,
    id: &str,
    body: &mut Value,
    current: Option<&Value>,
) -> Result<(), Failure> {
    if let ("keyvault.azure.com", "Vault") = (info.api_group, info.kind) {
        keyvault::resolve_create_mode(azure, info, id, body).await?;
    }
    if let Some(property) = network::child_collection(info) {
        let fetched;
        let current = match current {
            Some(c) => Some(c),
            None => {
                fetched = azure
                    .get(&format!("{id}?api-version={}", info.api_version), info.kind)
                    .await?;
                fetched.as_ref()
            }
        };
        if let Some(current) = current {
            network::keep_children(body, current, property);
        }
    }
    Ok(())
}
