//! Keys and connection strings that ARM gives through actions (`listKeys`), exported to Secrets:
//! one [`ListKeys`] per kind, saying which action and which keys of its answer.

use std::collections::{BTreeMap, BTreeSet};

use futures::future::BoxFuture;
use serde_json::Value;

use aso_runtime::KindInfo;

use super::{Extension, strings};
use crate::arm::{ArmError, ScopedArm};

/// Exports the keys an action below the resource's ARM ID answers with.
pub struct ListKeys {
    /// The action's path below the resource (`listKeys`).
    action: &'static str,
    keys: Keys,
}

/// Where the keys are in the action's answer.
enum Keys {
    /// Top-level strings of these names.
    Named(&'static [&'static str]),
    /// Storage's `{"keys": [{"keyName": "key1", "value": ...}]}`: `key1` and `key2`.
    StorageList,
}

const SAS_KEYS: &[&str] = &[
    "primaryKey",
    "secondaryKey",
    "primaryConnectionString",
    "secondaryConnectionString",
];

/// Storage accounts: `key1` and `key2`.
pub const STORAGE_ACCOUNT: ListKeys = ListKeys {
    action: "listKeys",
    keys: Keys::StorageList,
};
/// Service Bus and Event Hubs namespaces: their `RootManageSharedAccessKey` rule's keys.
pub const SAS_NAMESPACE: ListKeys = ListKeys {
    action: "AuthorizationRules/RootManageSharedAccessKey/listKeys",
    keys: Keys::Named(SAS_KEYS),
};
/// Service Bus and Event Hubs authorization rules.
pub const SAS_RULE: ListKeys = ListKeys {
    action: "listKeys",
    keys: Keys::Named(SAS_KEYS),
};
/// Redis caches.
pub const REDIS: ListKeys = ListKeys {
    action: "listKeys",
    keys: Keys::Named(&["primaryKey", "secondaryKey"]),
};
/// Cosmos DB accounts (used by [`super::documentdb`]).
pub const COSMOS: ListKeys = ListKeys {
    action: "listKeys",
    keys: Keys::Named(&[
        "primaryMasterKey",
        "secondaryMasterKey",
        "primaryReadonlyMasterKey",
        "secondaryReadonlyMasterKey",
    ]),
};

impl ListKeys {
    fn pick(&self, answer: &Value) -> BTreeMap<String, String> {
        match self.keys {
            Keys::Named(names) => strings(answer, names),
            Keys::StorageList => answer
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
                .collect(),
        }
    }
}

impl Extension for ListKeys {
    fn export<'a>(
        &'a self,
        azure: &'a ScopedArm<'a>,
        info: &'static KindInfo,
        id: &'a str,
        _status: &'a Value,
        wanted: &'a BTreeSet<String>,
    ) -> BoxFuture<'a, Result<BTreeMap<String, String>, ArmError>> {
        Box::pin(async move {
            if wanted.is_empty() {
                return Ok(BTreeMap::new());
            }
            let answer = azure
                .post(
                    &format!("{id}/{}", self.action),
                    info.api_version,
                    info.kind,
                )
                .await?
                .json();
            Ok(self.pick(&answer))
        })
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn keys_are_picked_from_each_answer_shape() {
        let storage = json!({"keys": [
            {"keyName": "key1", "value": "a"}, {"keyName": "kerb1", "value": "k"},
            {"keyName": "key2", "value": "b"}]});
        let picked = STORAGE_ACCOUNT.pick(&storage);
        assert_eq!(picked.keys().collect::<Vec<_>>(), ["key1", "key2"]);
        let redis = json!({"primaryKey": "p", "secondaryKey": "s", "other": "o"});
        assert_eq!(REDIS.pick(&redis).len(), 2);
        assert!(SAS_RULE.pick(&json!({})).is_empty());
    }
}
