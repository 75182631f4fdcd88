//! ARM as one reconcile sees it: one credential and subscription, and only the paths of the
//! object's own ARM ID and its owner's (and what lies below them). A path outside is refused
//! before any token is fetched, whatever produced it: a bug, a hostile name that slipped
//! through, or an ARM ID read from somewhere it should not have been. The few reads a kind
//! needs elsewhere are widened explicitly, by name, in its extension.

use reqwest::Method;
use serde_json::Value;

use aso_runtime::{KindInfo, arm_id};

use super::client::{ArmClient, ArmResponse, Call, Extras, Target, TokenProvider};
use super::error::ArmError;
use super::lro::{self, Operation};
use super::url::Refused;

pub struct ScopedArm<'a> {
    arm: &'a ArmClient,
    tokens: &'a dyn TokenProvider,
    subscription: &'a str,
    catalog: &'a [&'static KindInfo],
    /// ARM IDs whose paths (and what lies below them) may be addressed.
    allowed: Vec<String>,
}

impl<'a> ScopedArm<'a> {
    pub fn new(
        arm: &'a ArmClient,
        tokens: &'a dyn TokenProvider,
        subscription: &'a str,
        catalog: &'a [&'static KindInfo],
        allowed: impl IntoIterator<Item = String>,
    ) -> ScopedArm<'a> {
        ScopedArm {
            arm,
            tokens,
            subscription,
            catalog,
            allowed: allowed
                .into_iter()
                .filter(|p| !p.trim_matches('/').is_empty())
                .collect(),
        }
    }

    pub fn subscription(&self) -> &str {
        self.subscription
    }

    /// This view, also allowed to address `path` and below: for the reads a kind needs
    /// outside its own resource, each named where it is widened.
    pub fn widened(&self, path: impl Into<String>) -> ScopedArm<'a> {
        let mut allowed = self.allowed.clone();
        allowed.push(path.into());
        ScopedArm { allowed, ..*self }
    }

    /// Whether `path` lies at or below an allowed ARM ID.
    pub fn allows(&self, path: &str) -> bool {
        self.allowed.iter().any(|a| arm_id::is_within(path, a))
    }

    async fn send(
        &self,
        method: Method,
        target: Target<'_>,
        body: Option<&Value>,
        kind: &str,
    ) -> Result<ArmResponse, ArmError> {
        if let Target::Resource { path, .. } | Target::ResourceWith { path, .. } = target
            && !self.allows(path)
        {
            return Err(ArmError::refused(Refused::new(
                path,
                format!(
                    "outside what this object may address ({})",
                    self.allowed.join(", ")
                ),
            )));
        }
        let call = Call {
            method,
            target,
            body,
            kind,
        };
        self.arm.send(self.tokens, self.subscription, &call).await
    }

    /// GETs `path`; `None` when it does not exist.
    pub async fn get(
        &self,
        path: &str,
        api_version: &str,
        kind: &str,
    ) -> Result<Option<Value>, ArmError> {
        let target = Target::Resource { path, api_version };
        match self.send(Method::GET, target, None, kind).await {
            Ok(r) => Ok(Some(r.json())),
            Err(e) if e.is_not_found() => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub async fn put(
        &self,
        path: &str,
        api_version: &str,
        body: &Value,
        kind: &str,
    ) -> Result<ArmResponse, ArmError> {
        let target = Target::Resource { path, api_version };
        self.send(Method::PUT, target, Some(body), kind).await
    }

    pub async fn delete(
        &self,
        path: &str,
        api_version: &str,
        kind: &str,
    ) -> Result<ArmResponse, ArmError> {
        self.bodiless(Method::DELETE, path, api_version, kind).await
    }

    /// DELETEs `path` with the query parameters and headers the kind fixes.
    pub async fn delete_with(
        &self,
        path: &str,
        api_version: &str,
        extras: &'static Extras,
        kind: &str,
    ) -> Result<ArmResponse, ArmError> {
        let target = Target::ResourceWith {
            path,
            api_version,
            extras,
        };
        self.send(Method::DELETE, target, None, kind).await
    }

    /// POSTs an action (`{id}/listKeys`).
    pub async fn post(
        &self,
        path: &str,
        api_version: &str,
        kind: &str,
    ) -> Result<ArmResponse, ArmError> {
        self.bodiless(Method::POST, path, api_version, kind).await
    }

    async fn bodiless(
        &self,
        method: Method,
        path: &str,
        api_version: &str,
        kind: &str,
    ) -> Result<ArmResponse, ArmError> {
        let target = Target::Resource { path, api_version };
        self.send(method, target, None, kind).await
    }

    /// GETs what tells how `operation` is doing: ARM's monitor URL, or the resource.
    pub async fn poll(&self, operation: &Operation, kind: &str) -> Result<ArmResponse, ArmError> {
        self.send(Method::GET, lro::poll_target(operation), None, kind)
            .await
    }

    /// The api-version this build serves for an ARM type (for reads of related resources).
    pub fn api_version_of(&self, arm_type: &str) -> Option<&'static str> {
        self.catalog
            .iter()
            .find(|i| i.arm_type.eq_ignore_ascii_case(arm_type))
            .map(|i| i.api_version)
    }
}
