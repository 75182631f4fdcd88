//! Hand-written behaviour for particular kinds, behind one trait, registered by kind in one
//! table ([`REGISTRY`]). Everything else is generic and driven by the generated `KindInfo`. The
//! hooks mirror ASO's extension points, in our shape:
//!
//! | hook | ASO | when |
//! |---|---|---|
//! | [`Extension::pre_reconcile`] | `PreReconciliationChecker` | before a PUT: why it must wait |
//! | [`Extension::modify_body`] | `ARMResourceModifier` | the PUT body, looking at Azure |
//! | [`Extension::plan_body`] | (ours) | the same for `asoctl plan`, Azure unknown |
//! | [`Extension::classify_error`] | `ErrorClassifier` | an ARM error: retry, or wait for a change |
//! | [`Extension::post_reconcile`] | `PostReconciliationChecker` | after a sync: why it is not Ready yet |
//! | [`Extension::export`] | `KubernetesSecretExporter` | values for Secrets/ConfigMaps from Azure |
//! | [`Extension::import`] | `Importer` | whether `asoctl import` turns a resource into a manifest |
//! | [`Extension::delete`] | `Deleter` | whether deleting the object sends a DELETE, and how |
//! | [`Extension::before_delete`] | `Deleter` | what Azure must do before the DELETE |
//!
//! Adding behaviour for a kind is one `impl Extension` (only the hooks it needs) and one line in
//! [`REGISTRY`]; a test checks every line names a kind the catalog has.

pub mod apimanagement;
pub mod appconfiguration;
pub mod authorization;
pub mod cdn;
pub mod compute;
pub mod containerservice;
pub mod dataprotection;
pub mod devices;
pub mod documentdb;
pub mod flexible_server;
pub mod keys;
pub mod keyvault;
pub mod machinelearningservices;
pub mod network;
pub mod search;
pub mod servicebus;
pub mod sql;
pub mod subscription;

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::OnceLock;

use futures::future::BoxFuture;
use serde_json::Value;

use aso_runtime::KindInfo;

use crate::arm::client::Extras;
use crate::arm::{ArmError, Class, ScopedArm};
use crate::reconcile::failure::Failure;

/// What a pre-reconcile check sees: the object's own status and its owner's (when the owner is
/// given by name), as last written.
#[derive(Debug, Clone, Copy, Default)]
pub struct Check<'a> {
    pub status: Option<&'a Value>,
    pub owner_status: Option<&'a Value>,
}

/// What deleting an object does in Azure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeleteMode {
    /// DELETE the resource and follow the operation.
    Delete,
    /// The same, with query parameters and headers the kind fixes.
    DeleteWith(&'static Extras),
    /// Send nothing: Azure has no DELETE for the type; the text says so in logs.
    Skip(&'static str),
}

/// The PUT body being prepared for a resource, and what the reconcile already read.
pub struct Put<'a> {
    pub azure: &'a ScopedArm<'a>,
    pub info: &'static KindInfo,
    /// The resource's ARM ID.
    pub id: &'a str,
    /// The resource as a GET in this reconcile returned it, if one did.
    pub current: Option<&'a Value>,
}

impl Put<'_> {
    /// The resource as Azure holds it: what this reconcile's GET returned, else a GET now
    /// (`None` when it does not exist yet).
    pub async fn current_or_get(&self) -> Result<Option<Cow<'_, Value>>, Failure> {
        if let Some(current) = self.current {
            return Ok(Some(Cow::Borrowed(current)));
        }
        let fetched = self
            .azure
            .get(self.id, self.info.api_version, self.info.kind)
            .await?;
        Ok(fetched.map(Cow::Owned))
    }
}

/// Behaviour of a kind. Every hook has a default that does nothing special.
pub trait Extension: Sync {
    /// Why a PUT must wait now (the resource or its owner is in a state that refuses changes).
    fn pre_reconcile(&self, _check: Check<'_>) -> Option<String> {
        None
    }

    /// Adjusts the PUT body before it is sent, reading Azure through `put.azure` if needed.
    fn modify_body<'a>(
        &'a self,
        _put: &'a Put<'a>,
        _body: &'a mut Value,
    ) -> BoxFuture<'a, Result<(), Failure>> {
        Box::pin(async { Ok(()) })
    }

    /// Adjusts a planned body when nothing is known of Azure (`asoctl plan --offline`).
    fn plan_body(&self, _body: &mut Value) {}

    /// How an ARM error about this kind is treated, when not as usual.
    fn classify_error(&self, _error: &ArmError) -> Option<Class> {
        None
    }

    /// Why a resource Azure has accepted is not Ready yet, from its status as just read (a
    /// Warning condition; the object is looked at again later).
    fn post_reconcile(&self, _status: &Value) -> Option<String> {
        None
    }

    /// The values of this kind's exports that come from Azure (`ExportSource::Azure`) and that
    /// the spec asks for (`wanted`, by export name), for the resource `id` whose status is
    /// `status`. Only the actions giving wanted values are called.
    fn export<'a>(
        &'a self,
        _azure: &'a ScopedArm<'a>,
        _info: &'static KindInfo,
        _id: &'a str,
        _status: &'a Value,
        _wanted: &'a BTreeSet<String>,
    ) -> BoxFuture<'a, Result<BTreeMap<String, String>, ArmError>> {
        Box::pin(async { Ok(BTreeMap::new()) })
    }

    /// Whether a resource found in Azure is imported; `Err` says why not. `found_under` is the
    /// ARM ID of the imported resource whose listing found it (`None`: asked for by ID).
    fn import(
        &self,
        _azure_name: &str,
        _body: &Value,
        _found_under: Option<&str>,
    ) -> Result<(), String> {
        Ok(())
    }

    /// What deleting an object of this kind does in Azure.
    fn delete(&self) -> DeleteMode {
        DeleteMode::Delete
    }

    /// What must happen in Azure before the resource `id` is deleted (run before every DELETE
    /// attempt, so it must be safe to repeat).
    fn before_delete<'a>(
        &'a self,
        _azure: &'a ScopedArm<'a>,
        _info: &'static KindInfo,
        _id: &'a str,
    ) -> BoxFuture<'a, Result<(), ArmError>> {
        Box::pin(async { Ok(()) })
    }
}

/// Kinds without hand-written behaviour.
struct Generic;
impl Extension for Generic {}

/// Every kind with hand-written behaviour: `(API group, kind, behaviour)`. Versions of a kind
/// share it.
#[rustfmt::skip]
pub static REGISTRY: &[(&str, &str, &dyn Extension)] = &[
    ("keyvault.azure.com", "Vault", &keyvault::Vault),
    ("authorization.azure.com", "RoleAssignment", &authorization::RoleAssignment),
    ("network.azure.com", "VirtualNetwork", &network::InlineChildren("subnets")),
    ("network.azure.com", "NetworkSecurityGroup", &network::InlineChildren("securityRules")),
    ("network.azure.com", "RouteTable", &network::InlineChildren("routes")),
    ("network.azure.com", "LoadBalancer", &network::InlineChildren("inboundNatRules")),
    ("network.azure.com", "PrivateEndpoint", &network::PrivateEndpoint),
    ("dbforpostgresql.azure.com", "FlexibleServer", &flexible_server::Server),
    ("dbforpostgresql.azure.com", "FlexibleServersDatabase", &flexible_server::POSTGRESQL_DATABASE),
    ("dbforpostgresql.azure.com", "FlexibleServersFirewallRule", &flexible_server::Child),
    ("dbforpostgresql.azure.com", "FlexibleServersConfiguration", &flexible_server::Configuration),
    ("dbformysql.azure.com", "FlexibleServer", &flexible_server::Server),
    ("dbformysql.azure.com", "FlexibleServersDatabase", &flexible_server::MYSQL_DATABASE),
    ("dbformysql.azure.com", "FlexibleServersFirewallRule", &flexible_server::Child),
    ("dbformysql.azure.com", "FlexibleServersConfiguration", &flexible_server::Configuration),
    ("dbformysql.azure.com", "FlexibleServersAdministrator", &flexible_server::Child),
    ("storage.azure.com", "StorageAccount", &keys::STORAGE_ACCOUNT),
    ("servicebus.azure.com", "Namespace", &keys::SAS_NAMESPACE),
    ("servicebus.azure.com", "NamespacesAuthorizationRule", &keys::SAS_RULE),
    ("eventhub.azure.com", "Namespace", &keys::SAS_NAMESPACE),
    ("eventhub.azure.com", "NamespacesAuthorizationRule", &keys::SAS_RULE),
    ("eventhub.azure.com", "NamespacesEventhubsAuthorizationRule", &keys::SAS_RULE),
    ("cache.azure.com", "Redis", &keys::REDIS),
    ("documentdb.azure.com", "DatabaseAccount", &documentdb::DatabaseAccount),
    ("documentdb.azure.com", "MongodbDatabase", &documentdb::CHILD),
    ("documentdb.azure.com", "SqlDatabase", &documentdb::CHILD),
    ("documentdb.azure.com", "SqlRoleAssignment", &documentdb::CHILD),
    ("cdn.azure.com", "Route", &cdn::ROUTE),
    ("cdn.azure.com", "SecurityPolicy", &cdn::SECURITY_POLICY),
    ("servicebus.azure.com", "NamespacesTopicsSubscription", &servicebus::TOPIC_SUBSCRIPTION),
    ("sql.azure.com", "ServersVulnerabilityAssessment", &sql::VULNERABILITY_ASSESSMENT),
    ("sql.azure.com", "ServersDatabasesVulnerabilityAssessment", &sql::VULNERABILITY_ASSESSMENT),
    ("subscription.azure.com", "Alias", &subscription::Alias),
    ("apimanagement.azure.com", "Product", &apimanagement::Product),
    ("dataprotection.azure.com", "BackupVaultsBackupInstance", &dataprotection::BackupInstance),
    ("apimanagement.azure.com", "Subscription", &keys::APIM_SUBSCRIPTION),
    ("appconfiguration.azure.com", "ConfigurationStore", &appconfiguration::CONFIGURATION_STORE),
    ("machinelearningservices.azure.com", "Workspace", &machinelearningservices::WORKSPACE),
    ("devices.azure.com", "IotHub", &devices::IOT_HUB),
    ("eventgrid.azure.com", "Topic", &keys::EVENTGRID_TOPIC),
    ("search.azure.com", "SearchService", &search::SEARCH_SERVICE),
    ("signalrservice.azure.com", "SignalR", &keys::SIGNALR),
    ("dbformariadb.azure.com", "Server", &keys::FQDN),
    ("containerservice.azure.com", "ManagedCluster", &containerservice::ManagedCluster),
    ("containerservice.azure.com", "ManagedClustersAgentPool", &containerservice::AgentPool),
    ("compute.azure.com", "VirtualMachine", &compute::VirtualMachine),
    ("compute.azure.com", "VirtualMachineScaleSet", &compute::ScaleSet),
    ("containerservice.azure.com", "Fleet", &containerservice::Fleet),
];

/// The behaviour of `info`'s kind.
pub fn for_kind(info: &KindInfo) -> &'static dyn Extension {
    static INDEX: OnceLock<HashMap<(&str, &str), &'static dyn Extension>> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            REGISTRY
                .iter()
                .map(|(group, kind, extension)| ((*group, *kind), *extension))
                .collect()
        })
        .get(&(info.api_group, info.kind))
        .copied()
        .unwrap_or(&Generic)
}

/// ASO's `ClassifyError` overrides that make an error retryable although it comes as a 400:
/// each an ARM error code and, where ASO matches one, a part of the message.
pub struct RetryOn(pub &'static [(&'static str, Option<&'static str>)]);

impl Extension for RetryOn {
    fn classify_error(&self, error: &ArmError) -> Option<Class> {
        self.0
            .iter()
            .any(|(code, part)| {
                error.code == *code && part.is_none_or(|p| error.message.contains(p))
            })
            .then_some(Class::Retryable)
    }
}

/// Strings at `keys` of a JSON object (the shape of most `listKeys` answers).
pub(crate) fn strings(value: &Value, keys: &[&str]) -> BTreeMap<String, String> {
    keys.iter()
        .filter_map(|k| Some((k.to_string(), value.get(*k)?.as_str()?.to_string())))
        .collect()
}

/// An ARM error answer, as ARM words it (for the classifiers' tables).
#[cfg(test)]
pub(crate) fn arm_error(status: u16, code: &str, message: &str) -> ArmError {
    let body = serde_json::json!({"error": {"code": code, "message": message}});
    ArmError::from_response(status, None, body.to_string().as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_names_a_kind_of_the_catalog_once() {
        let catalog = aso_catalog::catalog();
        let mut seen = std::collections::HashSet::new();
        for (group, kind, _) in REGISTRY {
            assert!(
                catalog
                    .iter()
                    .any(|i| i.api_group == *group && i.kind == *kind),
                "{group}/{kind} is not a generated kind"
            );
            assert!(
                seen.insert((group, kind)),
                "{group}/{kind} registered twice"
            );
        }
    }

    #[test]
    fn every_kind_exporting_values_from_azure_has_an_entry() {
        let missing: std::collections::BTreeSet<_> = aso_catalog::catalog()
            .iter()
            .filter(|i| {
                i.exports
                    .iter()
                    .any(|e| e.source == aso_runtime::ExportSource::Azure)
            })
            .filter(|i| {
                !REGISTRY
                    .iter()
                    .any(|(g, k, _)| *g == i.api_group && *k == i.kind)
            })
            .map(|i| format!("{}/{}", i.api_group, i.kind))
            .collect();
        assert!(missing.is_empty(), "no export for {missing:?}");
    }

    #[test]
    fn kinds_without_an_entry_get_the_generic_behaviour() {
        let catalog = aso_catalog::catalog();
        let rg = catalog.iter().find(|i| i.kind == "ResourceGroup").unwrap();
        let generic = for_kind(rg);
        assert_eq!(generic.delete(), DeleteMode::Delete);
        assert!(generic.pre_reconcile(Check::default()).is_none());
        assert!(generic.import("x", &Value::Null, None).is_ok());
        let vault = catalog
            .iter()
            .find(|i| i.api_group == "keyvault.azure.com" && i.kind == "Vault")
            .unwrap();
        let mut body = serde_json::json!({"properties": {"createMode": "createOrRecover"}});
        for_kind(vault).plan_body(&mut body);
        assert_eq!(body["properties"]["createMode"], "default");
    }
}
