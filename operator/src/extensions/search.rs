//! Search services export admin keys from `listAdminKeys` (`AdminKeyResult`) and a query key
//! from `listQueryKeys` (`ListQueryKeysResult`: the first of `value`), as ASO's
//! `search_service_extensions.go` does. Each action is called only when one of its keys is
//! asked for.

use super::keys::{Actions, Keys, ListKeys, Pick, Step};

pub const SEARCH_SERVICE: Actions = Actions(&[
    ListKeys {
        action: "listAdminKeys",
        keys: Keys::Picked(&[
            Pick {
                export: "adminPrimaryKey",
                path: &[Step::Field("primaryKey")],
            },
            Pick {
                export: "adminSecondaryKey",
                path: &[Step::Field("secondaryKey")],
            },
        ]),
    },
    ListKeys {
        action: "listQueryKeys",
        keys: Keys::Picked(&[Pick {
            export: "queryKey",
            path: &[Step::Field("value"), Step::First, Step::Field("key")],
        }]),
    },
]);

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn admin_and_query_keys_come_from_their_own_actions() {
        let [admin, query] = SEARCH_SERVICE.0 else {
            panic!("two actions");
        };
        let picked = admin.pick(&json!({"primaryKey": "a1", "secondaryKey": "a2"}));
        assert_eq!(picked["adminPrimaryKey"], "a1");
        assert_eq!(picked["adminSecondaryKey"], "a2");
        let picked = query.pick(&json!({"value": [{"name": null, "key": "q"}], "nextLink": null}));
        assert_eq!(picked["queryKey"], "q");
        assert!(query.pick(&json!({"value": []})).is_empty());
    }
}
