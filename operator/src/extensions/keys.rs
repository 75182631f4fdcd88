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
    pub(super) action: &'static str,
    pub(super) keys: Keys,
}

/// Where the keys are in the action's answer.
pub(super) enum Keys {
    /// Top-level strings of these names.
    Named(&'static [&'static str]),
    /// Storage's `{"keys": [{"keyName": "key1", "value": ...}]}`: `key1` and `key2`.
    StorageList,
    /// Each export at its own path.
    Picked(&'static [Pick]),
}

/// An export and where its string is in an answer.
pub(super) struct Pick {
    pub export: &'static str,
    pub path: &'static [Step],
}

/// One step of a [`Pick`]'s path.
pub(super) enum Step {
    /// An object's field.
    Field(&'static str),
    /// The entry of an array whose `field` is `equals` (ignoring case): answers that list
    /// keys by name, in no promised order.
    Entry {
        field: &'static str,
        equals: &'static str,
    },
    /// An array's first entry.
    First,
}

/// A [`Pick`] of `field` from the entry of the answer's `value` list whose `by` is `name`: the
/// shape of answers that list keys by name.
macro_rules! listed {
    ($export:literal, $by:literal = $name:literal, $field:literal) => {
        $crate::extensions::keys::Pick {
            export: $export,
            path: &[
                $crate::extensions::keys::Step::Field("value"),
                $crate::extensions::keys::Step::Entry {
                    field: $by,
                    equals: $name,
                },
                $crate::extensions::keys::Step::Field($field),
            ],
        }
    };
}
pub(super) use listed;

/// Kinds whose keys come from several actions: only those giving a wanted export are called.
pub struct Actions(pub &'static [ListKeys]);

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
/// Event Grid topics (`listKeys`: `TopicSharedAccessKeys`).
pub const EVENTGRID_TOPIC: ListKeys = ListKeys {
    action: "listKeys",
    keys: Keys::Named(&["key1", "key2"]),
};
/// SignalR (`listKeys`: `SignalRKeys`).
pub const SIGNALR: ListKeys = ListKeys {
    action: "listKeys",
    keys: Keys::Named(SAS_KEYS),
};
/// API Management subscriptions (`listSecrets`: `SubscriptionKeysContract`), as ASO's
/// `subscription_extensions.go` reads them.
pub const APIM_SUBSCRIPTION: ListKeys = ListKeys {
    action: "listSecrets",
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
    /// The exports this action gives.
    pub(super) fn provides(&self) -> Vec<&'static str> {
        match self.keys {
            Keys::Named(names) => names.to_vec(),
            Keys::StorageList => vec!["key1", "key2"],
            Keys::Picked(picks) => picks.iter().map(|p| p.export).collect(),
        }
    }

    pub(super) fn pick(&self, answer: &Value) -> BTreeMap<String, String> {
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
            Keys::Picked(picks) => picks
                .iter()
                .filter_map(|p| Some((p.export.to_string(), follow(answer, p.path)?)))
                .collect(),
        }
    }
}

/// The string at `path` in `value`.
fn follow(value: &Value, path: &[Step]) -> Option<String> {
    let found = path.iter().try_fold(value, |v, step| match step {
        Step::Field(name) => v.get(*name),
        Step::Entry { field, equals } => v.as_array()?.iter().find(|e| {
            e.get(*field)
                .and_then(Value::as_str)
                .is_some_and(|f| f.eq_ignore_ascii_case(equals))
        }),
        Step::First => v.as_array()?.first(),
    })?;
    Some(found.as_str()?.to_string())
}

/// Calls, of `actions`, those giving a wanted export, and picks their keys.
async fn export_from(
    actions: &[ListKeys],
    azure: &ScopedArm<'_>,
    info: &'static KindInfo,
    id: &str,
    wanted: &BTreeSet<String>,
) -> Result<BTreeMap<String, String>, ArmError> {
    let mut values = BTreeMap::new();
    for action in actions {
        if !action.provides().iter().any(|e| wanted.contains(*e)) {
            continue;
        }
        let answer = azure
            .post(
                &format!("{id}/{}", action.action),
                info.api_version,
                info.kind,
            )
            .await?
            .json();
        values.extend(action.pick(&answer));
    }
    Ok(values)
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
        Box::pin(export_from(
            std::slice::from_ref(self),
            azure,
            info,
            id,
            wanted,
        ))
    }
}

impl Extension for Actions {
    fn export<'a>(
        &'a self,
        azure: &'a ScopedArm<'a>,
        info: &'static KindInfo,
        id: &'a str,
        _status: &'a Value,
        wanted: &'a BTreeSet<String>,
    ) -> BoxFuture<'a, Result<BTreeMap<String, String>, ArmError>> {
        Box::pin(export_from(self.0, azure, info, id, wanted))
    }
}

/// Kinds whose exports are strings of their own status, read by the export hook (ASO exports
/// them from Azure-generated values): no action is called.
pub struct FromStatus(pub &'static [&'static str]);

/// Database servers' host name (flexible servers, MariaDB servers).
pub const FQDN: FromStatus = FromStatus(&["fullyQualifiedDomainName"]);

impl Extension for FromStatus {
    fn export<'a>(
        &'a self,
        _azure: &'a ScopedArm<'a>,
        _info: &'static KindInfo,
        _id: &'a str,
        status: &'a Value,
        _wanted: &'a BTreeSet<String>,
    ) -> BoxFuture<'a, Result<BTreeMap<String, String>, ArmError>> {
        Box::pin(async move { Ok(strings(status, self.0)) })
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
        assert_eq!(STORAGE_ACCOUNT.provides(), ["key1", "key2"]);
        let picked = STORAGE_ACCOUNT.pick(&storage);
        assert_eq!(picked.keys().collect::<Vec<_>>(), ["key1", "key2"]);
        let redis = json!({"primaryKey": "p", "secondaryKey": "s", "other": "o"});
        assert_eq!(REDIS.pick(&redis).len(), 2);
        assert!(SAS_RULE.pick(&json!({})).is_empty());
    }
}
