//! The simulator's state: what is fixed at start (catalog, configuration, directory) and the
//! world that requests change (resources, operations, deleted vaults, registrations), which one
//! lock guards so every request sees and leaves it consistent.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Mutex, MutexGuard, RwLock};

use serde_json::Value;

use crate::catalog::Catalog;
use crate::config::{Config, FederatedCredentialConfig, LroConfig};
use crate::entra::directory::Directory;
use crate::entra::federated::JwksCache;
use crate::entra::token::Issuer;
use crate::faults::Faults;
use crate::journal::Journal;
use crate::keyvault::DeletedVault;
use crate::lro::Operations;
use crate::rbac::{AssignmentIndex, Grant, Role};
use crate::replay::Replayer;
use crate::store::{Resource, Store};
use crate::throttle::Throttle;

const UAI_TYPE: &str = "microsoft.managedidentity/userassignedidentities";
const FIC_TYPE: &str =
    "microsoft.managedidentity/userassignedidentities/federatedidentitycredentials";

/// A user-assigned identity created through ARM.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdentityRef {
    pub id: String,
    pub key: String,
    pub client_id: String,
    pub principal_id: String,
    pub tenant: String,
}

/// Everything requests change.
#[derive(Debug, Default)]
pub struct World {
    pub store: Store,
    pub ops: Operations,
    /// Soft-deleted key vaults by `subscription|name` (case-folded).
    pub deleted_vaults: BTreeMap<String, DeletedVault>,
    /// Registration state by `subscription|namespace` (case-folded); absent means registered.
    pub registrations: HashMap<String, RegistrationState>,
    pub assignments: AssignmentIndex,
    identities: HashMap<String, IdentityRef>,
    /// Object IDs of principals Azure would know (for role assignments' `PrincipalNotFound`).
    pub known_principals: HashSet<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegistrationState {
    NotRegistered,
    Registering,
    Registered,
    Unregistered,
}

impl RegistrationState {
    pub fn as_str(self) -> &'static str {
        match self {
            RegistrationState::NotRegistered => "NotRegistered",
            RegistrationState::Registering => "Registering",
            RegistrationState::Registered => "Registered",
            RegistrationState::Unregistered => "Unregistered",
        }
    }
}

impl World {
    /// Updates the indexes after `resource` was stored; `body` is its JSON (callers have it).
    pub fn index(&mut self, resource: &Resource, body: &Value) {
        let key = resource.id.to_ascii_lowercase();
        let t = resource.arm_type.to_ascii_lowercase();
        if t == "microsoft.authorization/roleassignments" {
            self.assignments.upsert(&key, &resource.id, body);
        }
        if t == UAI_TYPE {
            let s = |p: &str| {
                body.pointer(p)
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string()
            };
            let identity = IdentityRef {
                id: resource.id.clone(),
                key: key.clone(),
                client_id: s("/properties/clientId"),
                principal_id: s("/properties/principalId"),
                tenant: s("/properties/tenantId"),
            };
            self.known_principals
                .insert(identity.principal_id.to_ascii_lowercase());
            self.identities.insert(key, identity);
        }
        if let Some(p) = body
            .pointer("/identity/principalId")
            .and_then(Value::as_str)
        {
            self.known_principals.insert(p.to_ascii_lowercase());
        }
    }

    /// Drops index entries of resources that no longer exist.
    pub fn forget_removed(&mut self) {
        let store = &self.store;
        self.assignments.retain(|k| store.contains(k));
        self.identities.retain(|k, _| store.contains(k));
    }

    pub fn identities(&self) -> impl Iterator<Item = &IdentityRef> {
        self.identities.values()
    }

    pub fn identity_by_client(&self, client_id: &str) -> Option<IdentityRef> {
        self.identities
            .values()
            .find(|i| i.client_id.eq_ignore_ascii_case(client_id))
            .cloned()
    }

    pub fn identity_by_id(&self, id: &str) -> Option<&IdentityRef> {
        self.identities.get(&id.to_ascii_lowercase())
    }

    /// The federated identity credentials created under a user-assigned identity.
    pub fn federated_credentials_of(&self, identity_key: &str) -> Vec<FederatedCredentialConfig> {
        self.store
            .keys_below(identity_key)
            .filter_map(|k| self.store.get(&k))
            .filter(|r| r.arm_type.eq_ignore_ascii_case(FIC_TYPE))
            .map(|r| {
                let body = r.json();
                let s = |p: &str| {
                    body.pointer(p)
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string()
                };
                FederatedCredentialConfig {
                    issuer: s("/properties/issuer"),
                    subject: s("/properties/subject"),
                    audiences: body
                        .pointer("/properties/audiences")
                        .and_then(Value::as_array)
                        .map(|a| {
                            a.iter()
                                .filter_map(Value::as_str)
                                .map(str::to_string)
                                .collect()
                        })
                        .unwrap_or_default(),
                }
            })
            .collect()
    }

    pub fn registration(&self, subscription: &str, namespace: &str) -> RegistrationState {
        self.registrations
            .get(&registration_key(subscription, namespace))
            .copied()
            .unwrap_or(RegistrationState::Registered)
    }

    pub fn set_registration(
        &mut self,
        subscription: &str,
        namespace: &str,
        state: RegistrationState,
    ) {
        self.registrations
            .insert(registration_key(subscription, namespace), state);
    }
}

fn registration_key(subscription: &str, namespace: &str) -> String {
    format!(
        "{}|{}",
        subscription.to_ascii_lowercase(),
        namespace.to_ascii_lowercase()
    )
}

/// The whole simulator.
#[derive(Debug)]
pub struct State {
    pub catalog: Catalog,
    pub config: Config,
    pub directory: Directory,
    /// Role assignments from the configuration.
    pub grants: Vec<Grant>,
    pub world: Mutex<World>,
    pub lro: RwLock<LroConfig>,
    pub throttle: Throttle,
    pub faults: Faults,
    pub journal: Journal,
    pub issuer: Issuer,
    pub jwks: JwksCache,
    /// When set, ARM requests are answered from a cassette.
    pub replay: Mutex<Option<Replayer>>,
    /// Names the server answers to besides the loopback ones (`--host`), e.g.
    /// `login.microsoftonline.com`.
    pub hosts: Vec<String>,
}

impl State {
    pub fn new(catalog: Catalog, config: Config) -> Result<State, String> {
        let directory = Directory::new(&config)?;
        let mut world = World::default();
        for s in &config.subscriptions {
            for ns in &s.unregistered_providers {
                world.set_registration(&s.id, ns, RegistrationState::NotRegistered);
            }
        }
        for p in directory.principals() {
            world
                .known_principals
                .insert(p.object_id.to_ascii_lowercase());
        }
        for m in &directory.managed {
            world
                .known_principals
                .insert(m.object_id.to_ascii_lowercase());
        }
        let grants = config
            .role_assignments
            .iter()
            .map(|r| Grant {
                principal: r.principal.to_ascii_lowercase(),
                role: Role::parse(&r.role)
                    .expect("roles are checked when the configuration is read"),
                scope: r.scope.clone(),
            })
            .collect();
        Ok(State {
            catalog,
            grants,
            lro: RwLock::new(config.lro.clone()),
            throttle: Throttle::new(config.throttling.clone()),
            faults: Faults::new(&config.faults),
            journal: Journal::new(config.journal_limit),
            issuer: Issuer::new(),
            jwks: JwksCache::default(),
            replay: Mutex::new(None),
            hosts: Vec::new(),
            world: Mutex::new(world),
            directory,
            config,
        })
    }

    pub fn world(&self) -> MutexGuard<'_, World> {
        self.world.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The tenant of a subscription (the default tenant for unknown ones).
    pub fn tenant_of(&self, subscription: &str) -> String {
        self.config
            .subscription(subscription)
            .map(|s| s.tenant.clone())
            .unwrap_or_else(|| self.config.default_tenant().to_string())
    }
}
