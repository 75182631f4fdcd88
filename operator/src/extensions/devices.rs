//! IoT hubs export the keys of their five built-in shared access policies (ASO's
//! `iot_hub_extensions.go`) from `listkeys`, whose answer lists the policies by `keyName`:
//! `{"value": [{"keyName": "iothubowner", "primaryKey": ..., "secondaryKey": ...}, ...]}`
//! (`SharedAccessSignatureAuthorizationRuleListResult` in `iothub.json`).

use super::keys::{Keys, ListKeys, listed};

pub const IOT_HUB: ListKeys = ListKeys {
    // Lower case, as the spec spells this path.
    action: "listkeys",
    keys: Keys::Picked(&[
        listed!(
            "iotHubOwnerPrimaryKey",
            "keyName" = "iothubowner",
            "primaryKey"
        ),
        listed!(
            "iotHubOwnerSecondaryKey",
            "keyName" = "iothubowner",
            "secondaryKey"
        ),
        listed!("servicePrimaryKey", "keyName" = "service", "primaryKey"),
        listed!("serviceSecondaryKey", "keyName" = "service", "secondaryKey"),
        listed!("devicePrimaryKey", "keyName" = "device", "primaryKey"),
        listed!("deviceSecondaryKey", "keyName" = "device", "secondaryKey"),
        listed!(
            "registryReadPrimaryKey",
            "keyName" = "registryRead",
            "primaryKey"
        ),
        listed!(
            "registryReadSecondaryKey",
            "keyName" = "registryRead",
            "secondaryKey"
        ),
        listed!(
            "registryReadWritePrimaryKey",
            "keyName" = "registryReadWrite",
            "primaryKey"
        ),
        listed!(
            "registryReadWriteSecondaryKey",
            "keyName" = "registryReadWrite",
            "secondaryKey"
        ),
    ]),
};

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn policies_are_found_by_key_name() {
        let policy = |name: &str| json!({"keyName": name, "primaryKey": format!("{name}-1"), "secondaryKey": format!("{name}-2"), "rights": "RegistryRead"});
        let answer = json!({"value": [policy("registryReadWrite"), policy("registryRead"),
            policy("device"), policy("service"), policy("iothubowner")]});
        let picked = IOT_HUB.pick(&answer);
        assert_eq!(picked.len(), 10);
        assert_eq!(picked["iotHubOwnerPrimaryKey"], "iothubowner-1");
        // registryRead is not mistaken for registryReadWrite, listed first.
        assert_eq!(picked["registryReadSecondaryKey"], "registryRead-2");
        assert_eq!(picked["registryReadWritePrimaryKey"], "registryReadWrite-1");
    }
}
