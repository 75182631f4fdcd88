//! PostgreSQL and MySQL flexible servers, as ASO customises them.
//!
//! - The servers refuse changes while they are, for example, stopped or updating. ASO checks
//!   the server's `status.state` before a PUT of the server ([`Server`]) or of its children
//!   (databases, firewall rules, configurations, administrators: [`Child`]); so do we.
//! - Configurations have no DELETE in Azure (the specs list GET, PUT and PATCH): deleting the
//!   object leaves the server's value as it is. Import skips system defaults, read-only
//!   settings and values equal to their default.
//! - Import skips the databases every server has and users cannot manage.
//! - The server exports its fully qualified domain name from its status.

use std::collections::{BTreeMap, BTreeSet};

use futures::future::BoxFuture;
use serde_json::Value;

use aso_runtime::KindInfo;

use super::{Check, DeleteMode, Extension, keys};
use crate::arm::{ArmError, ScopedArm};

/// States in which a server accepts changes (lower case).
const OPEN_STATES: &[&str] = &["ready", "succeeded", "failed", "canceled"];

/// Why a PUT must wait, given a server's status.
fn blocked(status: Option<&Value>, whose: &str) -> Option<String> {
    let state = status?.get("state")?.as_str()?;
    if OPEN_STATES.contains(&state.to_ascii_lowercase().as_str()) {
        return None;
    }
    Some(format!(
        "{whose} is in state {state:?}, in which it refuses changes; waiting for it to be Ready"
    ))
}

pub struct Server;

impl Extension for Server {
    fn pre_reconcile(&self, check: Check<'_>) -> Option<String> {
        blocked(check.status, "the server")
    }

    fn export<'a>(
        &'a self,
        azure: &'a ScopedArm<'a>,
        info: &'static KindInfo,
        id: &'a str,
        status: &'a Value,
        wanted: &'a BTreeSet<String>,
    ) -> BoxFuture<'a, Result<BTreeMap<String, String>, ArmError>> {
        keys::FQDN.export(azure, info, id, status, wanted)
    }
}

/// Anything a server owns: waits for the server.
pub struct Child;

impl Extension for Child {
    fn pre_reconcile(&self, check: Check<'_>) -> Option<String> {
        blocked(check.owner_status, "the owning server")
    }
}

pub struct Configuration;

impl Extension for Configuration {
    fn pre_reconcile(&self, check: Check<'_>) -> Option<String> {
        Child.pre_reconcile(check)
    }

    fn import(
        &self,
        _azure_name: &str,
        body: &Value,
        _found_under: Option<&str>,
    ) -> Result<(), String> {
        let property = |name: &str| body.pointer(&format!("/properties/{name}"));
        if property("source").and_then(Value::as_str) == Some("system-default") {
            return Err("system defaults need no manifest".into());
        }
        let read_only = property("isReadOnly")
            .is_some_and(|v| v.as_bool() == Some(true) || v.as_str() == Some("True"));
        if read_only {
            return Err("read-only settings cannot be set".into());
        }
        if let (Some(value), Some(default)) = (property("value"), property("defaultValue"))
            && value == default
        {
            return Err("the value is the default".into());
        }
        Ok(())
    }

    fn delete(&self) -> DeleteMode {
        DeleteMode::Skip(
            "server configurations have no DELETE in Azure; the server keeps the value",
        )
    }
}

/// A server's databases, with the built-in ones import leaves alone.
pub struct Database {
    builtin: &'static [&'static str],
}

pub const POSTGRESQL_DATABASE: Database = Database {
    builtin: &["azure_maintenance", "azure_sys", "postgres"],
};
pub const MYSQL_DATABASE: Database = Database {
    builtin: &["information_schema", "mysql", "performance_schema", "sys"],
};

impl Extension for Database {
    fn pre_reconcile(&self, check: Check<'_>) -> Option<String> {
        Child.pre_reconcile(check)
    }

    fn import(
        &self,
        azure_name: &str,
        _body: &Value,
        _found_under: Option<&str>,
    ) -> Result<(), String> {
        if self
            .builtin
            .iter()
            .any(|b| b.eq_ignore_ascii_case(azure_name))
        {
            return Err(format!("{azure_name} is built into every server"));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn stopped_servers_block_themselves_and_their_children() {
        let stopped = json!({"state": "Stopped"});
        let ready = json!({"state": "Ready"});
        let own = |status| Check {
            status: Some(status),
            owner_status: None,
        };
        let owner = |status| Check {
            status: None,
            owner_status: Some(status),
        };
        assert!(Server.pre_reconcile(own(&stopped)).is_some());
        assert!(Server.pre_reconcile(own(&ready)).is_none());
        assert!(Server.pre_reconcile(Check::default()).is_none());
        assert!(Child.pre_reconcile(owner(&stopped)).is_some());
        assert!(POSTGRESQL_DATABASE.pre_reconcile(owner(&stopped)).is_some());
        assert!(Configuration.pre_reconcile(owner(&ready)).is_none());
    }

    #[test]
    fn import_leaves_out_what_users_do_not_manage() {
        assert!(
            POSTGRESQL_DATABASE
                .import("azure_sys", &Value::Null, None)
                .is_err()
        );
        assert!(
            POSTGRESQL_DATABASE
                .import("orders", &Value::Null, None)
                .is_ok()
        );
        assert!(
            MYSQL_DATABASE
                .import("performance_schema", &Value::Null, None)
                .is_err()
        );
        let config = |p: Value| json!({"properties": p});
        assert!(
            Configuration
                .import("x", &config(json!({"source": "system-default"})), None)
                .is_err()
        );
        assert!(
            Configuration
                .import("x", &config(json!({"isReadOnly": "True"})), None)
                .is_err()
        );
        assert!(
            Configuration
                .import(
                    "x",
                    &config(json!({"value": "on", "defaultValue": "on"})),
                    None
                )
                .is_err()
        );
        assert!(
            Configuration
                .import(
                    "x",
                    &config(
                        json!({"value": "on", "defaultValue": "off", "source": "user-override"})
                    ),
                    None
                )
                .is_ok()
        );
        assert!(matches!(Configuration.delete(), DeleteMode::Skip(_)));
    }
}
