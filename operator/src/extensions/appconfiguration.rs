//! App Configuration stores export their access keys (ASO's `configuration_store_extensions.go`)
//! from `listKeys`, whose answer lists the four keys by name, in no promised order:
//! `{"value": [{"name": "Primary", "id": ..., "value": ..., "connectionString": ...}, ...]}`
//! (`ApiKeyListResult` in `appconfiguration.json`).

use super::keys::{Keys, ListKeys, listed};

pub const CONFIGURATION_STORE: ListKeys = ListKeys {
    action: "listKeys",
    keys: Keys::Picked(&[
        listed!("primaryKey", "name" = "Primary", "value"),
        listed!("primaryKeyID", "name" = "Primary", "id"),
        listed!(
            "primaryConnectionString",
            "name" = "Primary",
            "connectionString"
        ),
        listed!("secondaryKey", "name" = "Secondary", "value"),
        listed!("secondaryKeyID", "name" = "Secondary", "id"),
        listed!(
            "secondaryConnectionString",
            "name" = "Secondary",
            "connectionString"
        ),
        listed!("primaryReadOnlyKey", "name" = "Primary Read Only", "value"),
        listed!("primaryReadOnlyKeyID", "name" = "Primary Read Only", "id"),
        listed!(
            "primaryReadOnlyConnectionString",
            "name" = "Primary Read Only",
            "connectionString"
        ),
        listed!(
            "secondaryReadOnlyKey",
            "name" = "Secondary Read Only",
            "value"
        ),
        listed!(
            "secondaryReadOnlyKeyID",
            "name" = "Secondary Read Only",
            "id"
        ),
        listed!(
            "secondaryReadOnlyConnectionString",
            "name" = "Secondary Read Only",
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
