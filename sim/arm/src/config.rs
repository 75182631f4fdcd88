//! The configuration file (YAML): subscriptions, principals and their credentials, role
//! assignments, throttling, long-running operation and fault settings. Every key is optional; an
//! empty file (or none) gives the zero-configuration simulator: tenant and subscription
//! `00000000-0000-0000-0000-000000000000`, and any client ID with any secret is a principal with
//! Owner on that subscription. README.md documents the format with an example.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::faults::FaultConfig;
use crate::lro::LroSettings;
use crate::throttle::ThrottleConfig;

pub const DEFAULT_TENANT: &str = "00000000-0000-0000-0000-000000000000";
pub const DEFAULT_SUBSCRIPTION: &str = "00000000-0000-0000-0000-000000000000";

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Config {
    /// Subscriptions that exist. Default: one, `00000000-...`, in the default tenant.
    #[serde(default = "default_subscriptions")]
    pub subscriptions: Vec<SubscriptionConfig>,
    /// Whether any client ID with any secret is accepted, as a principal with Owner on every
    /// subscription. Default: true when `principals` is empty, false otherwise.
    #[serde(default)]
    pub any_client: Option<bool>,
    #[serde(default)]
    pub principals: Vec<PrincipalConfig>,
    /// Identities the managed identity endpoint serves. The first with `systemAssigned: true` (or
    /// the first) answers requests that name none. User-assigned identities created through ARM
    /// are served too.
    #[serde(default)]
    pub managed_identities: Vec<ManagedIdentityConfig>,
    /// The `X-IDENTITY-HEADER` value the App Service style endpoint requires; any non-empty value
    /// when unset.
    #[serde(default)]
    pub identity_header: Option<String>,
    /// Token issuers whose keys verify federated credentials (workload identity).
    #[serde(default)]
    pub issuers: Vec<IssuerConfig>,
    #[serde(default)]
    pub role_assignments: Vec<RoleAssignmentConfig>,
    #[serde(default)]
    pub throttling: ThrottleConfig,
    #[serde(default)]
    pub lro: LroConfig,
    #[serde(default)]
    pub faults: FaultConfig,
    /// What to do with ARM types the catalog does not know.
    #[serde(default)]
    pub unknown_types: UnknownTypes,
    /// Whether role assignment PUTs must name a principal the simulator knows (as Azure checks,
    /// answering 400 `PrincipalNotFound`).
    #[serde(default = "yes")]
    pub check_principals: bool,
    /// Items per page of collection GETs (`$top` overrides per request).
    #[serde(default = "default_page_size")]
    pub page_size: usize,
    #[serde(default = "default_token_lifetime")]
    pub token_lifetime_secs: u64,
    /// Seed of every derived value (keys, principal IDs).
    #[serde(default = "default_seed")]
    pub key_seed: String,
    /// Journal entries kept (oldest dropped first).
    #[serde(default = "default_journal_limit")]
    pub journal_limit: usize,
    /// Whether ARM requests need a bearer token the simulator issued. Off, any request is served
    /// as the zero-configuration principal.
    #[serde(default = "yes")]
    pub require_auth: bool,
}

fn yes() -> bool {
    true
}
fn default_page_size() -> usize {
    100
}
fn default_token_lifetime() -> u64 {
    3600
}
fn default_seed() -> String {
    "aso-armsim".into()
}
fn default_journal_limit() -> usize {
    100_000
}
fn default_subscriptions() -> Vec<SubscriptionConfig> {
    vec![SubscriptionConfig {
        id: DEFAULT_SUBSCRIPTION.into(),
        tenant: DEFAULT_TENANT.into(),
        display_name: "Simulated subscription".into(),
        unregistered_providers: Vec::new(),
    }]
}

impl Default for Config {
    fn default() -> Self {
        serde_json::from_str("{}").expect("defaults deserialize")
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SubscriptionConfig {
    pub id: String,
    #[serde(default = "default_tenant")]
    pub tenant: String,
    #[serde(default = "default_display_name")]
    pub display_name: String,
    /// Namespaces not registered: writes answer 409 `MissingSubscriptionRegistration` until
    /// `POST /subscriptions/{id}/providers/{namespace}/register`.
    #[serde(default)]
    pub unregistered_providers: Vec<String>,
}

fn default_tenant() -> String {
    DEFAULT_TENANT.into()
}
fn default_display_name() -> String {
    "Simulated subscription".into()
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PrincipalConfig {
    pub client_id: String,
    /// Default: derived from the client ID.
    #[serde(default)]
    pub object_id: Option<String>,
    /// Default: the first subscription's tenant.
    #[serde(default)]
    pub tenant: Option<String>,
    #[serde(default)]
    pub display_name: Option<String>,
    #[serde(default)]
    pub secrets: Vec<String>,
    /// Certificates (PEM text, or a path to a PEM file) whose keys may sign client assertions.
    #[serde(default)]
    pub certificates: Vec<String>,
    #[serde(default)]
    pub federated_credentials: Vec<FederatedCredentialConfig>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FederatedCredentialConfig {
    pub issuer: String,
    pub subject: String,
    #[serde(default = "default_audiences")]
    pub audiences: Vec<String>,
}

pub fn default_audiences() -> Vec<String> {
    vec!["api://AzureADTokenExchange".into()]
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ManagedIdentityConfig {
    pub client_id: String,
    #[serde(default)]
    pub object_id: Option<String>,
    #[serde(default)]
    pub resource_id: Option<String>,
    #[serde(default)]
    pub tenant: Option<String>,
    #[serde(default)]
    pub system_assigned: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IssuerConfig {
    pub issuer: String,
    /// The issuer's JWKS inline (`{"keys": [...]}`).
    #[serde(default)]
    pub jwks: Option<serde_json::Value>,
    /// Where to fetch the JWKS. Default: `jwks_uri` of `{issuer}/.well-known/openid-configuration`.
    #[serde(default)]
    pub jwks_uri: Option<String>,
    /// A CA certificate (PEM text or path) to trust when fetching.
    #[serde(default)]
    pub ca: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RoleAssignmentConfig {
    /// A client ID or object ID.
    pub principal: String,
    /// `Owner`, `Contributor`, `Reader`, `User Access Administrator`, or a role definition GUID.
    pub role: String,
    pub scope: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LroConfig {
    /// Settings for every type (over each type's profile).
    #[serde(default)]
    pub default: LroSettings,
    /// Settings per ARM type (over `default`).
    #[serde(default)]
    pub types: BTreeMap<String, LroSettings>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum UnknownTypes {
    /// As ARM: 400 `InvalidResourceNamespace` / `InvalidResourceType`.
    #[default]
    Reject,
    /// Store and echo the body; parents and api-version presence are still checked.
    Accept,
}

/// A configuration file that could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("reading config {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("config {path}: {message}")]
    Parse { path: String, message: String },
    #[error("config {path}: {message}")]
    Invalid { path: String, message: String },
}

impl Config {
    /// Reads and checks a configuration file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.display().to_string(),
            source,
        })?;
        Config::parse(&text, &path.display().to_string())
    }

    /// Parses configuration text; `origin` names it in errors.
    pub fn parse(text: &str, origin: &str) -> Result<Config, ConfigError> {
        let config: Config = if text.trim().is_empty() {
            Config::default()
        } else {
            serde_saphyr::from_str(text).map_err(|e| ConfigError::Parse {
                path: origin.to_string(),
                message: e.to_string(),
            })?
        };
        config.check().map_err(|message| ConfigError::Invalid {
            path: origin.to_string(),
            message,
        })?;
        Ok(config)
    }

    fn check(&self) -> Result<(), String> {
        if self.subscriptions.is_empty() {
            return Err("subscriptions: at least one subscription is needed".into());
        }
        for (i, p) in self.principals.iter().enumerate() {
            if p.client_id.trim().is_empty() {
                return Err(format!("principals[{i}].clientId is empty"));
            }
        }
        for (i, r) in self.role_assignments.iter().enumerate() {
            if crate::rbac::Role::parse(&r.role).is_none() {
                return Err(format!(
                    "roleAssignments[{i}].role {:?} is not Owner, Contributor, Reader, User Access Administrator or one of their GUIDs",
                    r.role
                ));
            }
            if !r.scope.starts_with('/') {
                return Err(format!(
                    "roleAssignments[{i}].scope {:?} must be an ARM ID (start with '/')",
                    r.scope
                ));
            }
        }
        if self.page_size == 0 {
            return Err("pageSize must be at least 1".into());
        }
        Ok(())
    }

    /// The tenant of a subscription.
    pub fn subscription(&self, id: &str) -> Option<&SubscriptionConfig> {
        self.subscriptions
            .iter()
            .find(|s| s.id.eq_ignore_ascii_case(id))
    }

    /// The tenant new principals belong to unless they say otherwise.
    pub fn default_tenant(&self) -> &str {
        &self.subscriptions[0].tenant
    }

    pub fn tenants(&self) -> Vec<&str> {
        let mut t: Vec<&str> = self
            .subscriptions
            .iter()
            .map(|s| s.tenant.as_str())
            .collect();
        t.extend(self.principals.iter().filter_map(|p| p.tenant.as_deref()));
        t.sort_unstable();
        t.dedup();
        t
    }

    /// Whether any client with any secret is accepted.
    pub fn accepts_any_client(&self) -> bool {
        self.any_client.unwrap_or(self.principals.is_empty())
    }
}

/// Reads a PEM value that may be inline text or a path to a file.
pub fn pem_text(value: &str) -> Result<String, String> {
    if value.contains("-----BEGIN") {
        Ok(value.to_string())
    } else {
        std::fs::read_to_string(value).map_err(|e| format!("reading PEM file {value}: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_config_is_zero_config() {
        let c = Config::parse("", "test").unwrap();
        assert_eq!(c.subscriptions[0].id, DEFAULT_SUBSCRIPTION);
        assert!(c.accepts_any_client());
        assert!(c.require_auth);
    }

    #[test]
    fn parses_a_full_config() {
        let text = r#"
subscriptions:
  - id: 11111111-1111-1111-1111-111111111111
    tenant: 22222222-2222-2222-2222-222222222222
    unregisteredProviders: [Microsoft.Cache]
principals:
  - clientId: app-1
    secrets: [s3cret]
    federatedCredentials:
      - issuer: https://kube.local
        subject: system:serviceaccount:ns:sa
roleAssignments:
  - principal: app-1
    role: Contributor
    scope: /subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg
throttling:
  model: hourly
lro:
  default:
    polls: 0
    retryAfter: 0
  types:
    Microsoft.Storage/storageAccounts:
      create: asyncOperation
faults:
  seed: 7
  rules:
    - method: PUT
      fault: {kind: status, status: 503}
      times: 1
issuers:
  - issuer: https://kube.local
    jwks: {keys: []}
"#;
        let c = Config::parse(text, "test").unwrap();
        assert!(!c.accepts_any_client());
        assert_eq!(
            c.principals[0].federated_credentials[0].audiences,
            vec!["api://AzureADTokenExchange"]
        );
        assert_eq!(c.lro.default.polls, Some(0));
        assert_eq!(
            c.lro.types["Microsoft.Storage/storageAccounts"].create,
            Some(crate::lro::LroMode::AsyncOperation)
        );
        assert_eq!(c.faults.rules.len(), 1);
        assert_eq!(
            c.issuers[0].jwks.as_ref().unwrap()["keys"],
            serde_json::json!([])
        );
    }

    #[test]
    fn the_readme_example_parses() {
        let readme = include_str!("../README.md");
        let section = &readme[readme
            .find("## Configuration file")
            .expect("README has the section")..];
        let start = section.find("```yaml\n").expect("a yaml block") + "```yaml\n".len();
        let block = &section[start..start + section[start..].find("```").expect("block ends")];
        let c = Config::parse(block, "README.md").unwrap();
        assert_eq!(
            c.principals[0].federated_credentials[0].audiences,
            vec!["api://AzureADTokenExchange"]
        );
        assert_eq!(c.faults.rules.len(), 1);
        assert!(!c.accepts_any_client());
    }

    #[test]
    fn errors_name_the_field() {
        let err = Config::parse(
            "roleAssignments:\n  - {principal: a, role: Boss, scope: /subscriptions/x}\n",
            "cfg.yaml",
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("cfg.yaml") && err.contains("roleAssignments[0].role"),
            "{err}"
        );
        let err = Config::parse("bogus: 1\n", "cfg.yaml")
            .unwrap_err()
            .to_string();
        assert!(err.contains("bogus"), "{err}");
    }
}
