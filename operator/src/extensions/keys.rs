//! Keys and connection strings that ARM gives through actions (`listKeys`), exported to Secrets.

use std::collections::BTreeMap;

use futures::future::BoxFuture;
use serde_json::Value;

use aso_runtime::KindInfo;

use super::{Extension, strings};
use crate::arm::{ArmError, ScopedArm};

/// POSTs the action at `{id}/{action}` and returns its answer.
async fn action(
    azure: &ScopedArm<'_>,
    info: &KindInfo,
    id: &str,
    action: &str,
) -> Result<Value, ArmError> {
    Ok(azure
        .post(&format!("{id}/{action}"), info.api_version, info.kind)
        .await?
        .json())
}

/// Storage accounts: `key1` and `key2`.
pub struct StorageAccount;

impl Extension for StorageAccount {
    fn export<'a>(
        &'a self,
        azure: &'a ScopedArm<'a>,
        info: &'static KindInfo,
        id: &'a str,
        _status: &'a Value,
    ) -> BoxFuture<'a, Result<BTreeMap<String, String>, ArmError>> {
        Box::pin(async move {
            let keys = action(azure, info, id, "listKeys").await?;
            Ok(keys
                .get("keys")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|k| {
                    Some((
                        k.get("keyName")?.as_str()?.to_string(),
                        k.get("value")?.as_str()?.to_string(),
                    ))
                })
                .filter(|(name, _)| matches!(name.as_str(), "key1" | "key2"))
                .collect())
        })
    }
}

/// Service Bus and Event Hubs: the keys and connection strings of an authorization rule; a
/// namespace exports those of its `RootManageSharedAccessKey` rule.
pub struct SharedAccess {
    /// The action below the resource's ARM ID.
    action: &'static str,
}

impl SharedAccess {
    pub const NAMESPACE: SharedAccess = SharedAccess {
        action: "AuthorizationRules/RootManageSharedAccessKey/listKeys",
    };
    pub const RULE: SharedAccess = SharedAccess { action: "listKeys" };
}

const SAS_KEYS: &[&str] = &[
    "primaryKey",
    "secondaryKey",
    "primaryConnectionString",
    "secondaryConnectionString",
];

impl Extension for SharedAccess {
    fn export<'a>(
        &'a self,
        azure: &'a ScopedArm<'a>,
        info: &'static KindInfo,
        id: &'a str,
        _status: &'a Value,
    ) -> BoxFuture<'a, Result<BTreeMap<String, String>, ArmError>> {
        Box::pin(async move {
            let keys = action(azure, info, id, self.action).await?;
            Ok(strings(&keys, SAS_KEYS))
        })
    }
}

/// Redis caches: the access keys.
pub struct Redis;

impl Extension for Redis {
    fn export<'a>(
        &'a self,
        azure: &'a ScopedArm<'a>,
        info: &'static KindInfo,
        id: &'a str,
        _status: &'a Value,
    ) -> BoxFuture<'a, Result<BTreeMap<String, String>, ArmError>> {
        Box::pin(async move {
            let keys = action(azure, info, id, "listKeys").await?;
            Ok(strings(&keys, &["primaryKey", "secondaryKey"]))
        })
    }
}

/// Cosmos DB accounts' keys (used by [`super::documentdb`]).
pub(super) async fn cosmos(
    azure: &ScopedArm<'_>,
    info: &KindInfo,
    id: &str,
) -> Result<BTreeMap<String, String>, ArmError> {
    let keys = action(azure, info, id, "listKeys").await?;
    Ok(strings(
        &keys,
        &[
            "primaryMasterKey",
            "secondaryMasterKey",
            "primaryReadonlyMasterKey",
            "secondaryReadonlyMasterKey",
        ],
    ))
}
