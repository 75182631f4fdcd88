//! App Configuration stores export their access keys (ASO's `configuration_store_extensions.go`)
//! from `listKeys`, whose answer lists the four keys by name, in no promised order:
//! `{"value": [{"name": "Primary", "id": ..., "value": ..., "connectionString": ...}, ...]}`
//! (`ApiKeyListResult` in `appconfiguration.json`).

use super::keys::{Keys, ListKeys, Pick, Step};

/// `export` is `field` of the key named `name`.
macro_rules! pick {
    ($export:literal, $name:literal, $field:literal) => {
        Pick {
            export: $export,
            path: &[
                Step::Field("value"),
                Step::Entry {
                    field: "name",
                    equals: $name,
                },
                Step::Field($field),
            ],
        }
    };
}

pub const CONFIGURATION_STORE: ListKeys = ListKeys {
    action: "listKeys",
    keys: Keys::Picked(&[
        pick!("primaryKey", "Primary", "value"),
        pick!("primaryKeyID", "Primary", "id"),
        pick!("primaryConnectionString", "Primary", "connectionString"),
        pick!("secondaryKey", "Secondary", "value"),
        pick!("secondaryKeyID", "Secondary", "id"),
        pick!("secondaryConnectionString", "Secondary", "connectionString"),
        pick!("primaryReadOnlyKey", "Primary Read Only", "value"),
        pick!("primaryReadOnlyKeyID", "Primary Read Only", "id"),
        pick!(
            "primaryReadOnlyConnectionString",
            "Primary Read Only",
            "connectionString"
        ),
        pick!("secondaryReadOnlyKey", "Secondary Read Only", "value"),
        pick!("secondaryReadOnlyKeyID", "Secondary Read Only", "id"),
        pick!(
            "secondaryReadOnlyConnectionString",
            "Secondary Read Only",
            "connectionString"
        ),
    ]),
};

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn keys_are_found_by_name() {
        let entry = |name: &str, n: u8| {
            json!({"name": name, "id": format!("id{n}"), "value": format!("v{n}"),
                   "connectionString": format!("cs{n}"), "readOnly": n > 1})
        };
        // Read-only first: the order of the list is not what names a key.
        let answer = json!({"value": [
            entry("Secondary Read Only", 3), entry("Primary Read Only", 2),
            entry("Secondary", 1), entry("Primary", 0)]});
        let picked = CONFIGURATION_STORE.pick(&answer);
        assert_eq!(picked.len(), 12);
        assert_eq!(picked["primaryKey"], "v0");
        assert_eq!(picked["primaryKeyID"], "id0");
        assert_eq!(picked["secondaryConnectionString"], "cs1");
        assert_eq!(picked["primaryReadOnlyKey"], "v2");
        assert_eq!(picked["secondaryReadOnlyKeyID"], "id3");
        assert!(CONFIGURATION_STORE.pick(&json!({"value": []})).is_empty());
    }
}
