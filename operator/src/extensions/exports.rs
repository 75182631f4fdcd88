//! Exported values that are not in `status`: keys and connection strings from ARM actions
//! (`listKeys`), server names and private endpoint addresses. One function per kind family,
//! chosen by kind.

use std::collections::BTreeMap;

use serde_json::Value;

use aso_runtime::KindInfo;

use super::Azure;
use crate::arm::ArmError;

/// The values of `info`'s Azure-sourced exports for the resource `id`, given its `status`.
/// Only called when at least one such export is requested.
pub async fn values(
    azure: &Azure<'_>,
    info: &KindInfo,
    id: &str,
    status: &Value,
) -> Result<BTreeMap<String, String>, ArmError> {
    let api = info.api_version;
    let strings = |v: &Value, keys: &[&str]| -> BTreeMap<String, String> {
        keys.iter()
            .filter_map(|k| Some((k.to_string(), v.get(*k)?.as_str()?.to_string())))
            .collect()
    };
    const SAS_KEYS: &[&str] = &[
        "primaryKey",
        "secondaryKey",
        "primaryConnectionString",
        "secondaryConnectionString",
    ];
    Ok(match (info.api_group, info.kind) {
        ("storage.azure.com", "StorageAccount") => {
            let keys = azure
                .post(&format!("{id}/listKeys?api-version={api}"), info.kind)
                .await?
                .json();
            keys.get("keys")
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
                .collect()
        }
        ("servicebus.azure.com" | "eventhub.azure.com", "Namespace") => {
            let url = format!(
                "{id}/AuthorizationRules/RootManageSharedAccessKey/listKeys?api-version={api}"
            );
            strings(&azure.post(&url, info.kind).await?.json(), SAS_KEYS)
        }
        (
            "servicebus.azure.com" | "eventhub.azure.com",
            "NamespacesAuthorizationRule" | "NamespacesEventhubsAuthorizationRule",
        ) => {
            let url = format!("{id}/listKeys?api-version={api}");
            strings(&azure.post(&url, info.kind).await?.json(), SAS_KEYS)
        }
        ("cache.azure.com", "Redis") => {
            let url = format!("{id}/listKeys?api-version={api}");
            strings(
                &azure.post(&url, info.kind).await?.json(),
                &["primaryKey", "secondaryKey"],
            )
        }
        ("documentdb.azure.com", "DatabaseAccount") => {
            let url = format!("{id}/listKeys?api-version={api}");
            strings(
                &azure.post(&url, info.kind).await?.json(),
                &[
                    "primaryMasterKey",
                    "secondaryMasterKey",
                    "primaryReadonlyMasterKey",
                    "secondaryReadonlyMasterKey",
                ],
            )
        }
        ("dbforpostgresql.azure.com" | "dbformysql.azure.com", "FlexibleServer") => {
            strings(status, &["fullyQualifiedDomainName"])
        }
        ("network.azure.com", "PrivateEndpoint") => private_endpoint_address(azure, status).await?,
        _ => BTreeMap::new(),
    })
}

/// `primaryNicPrivateIpAddress`: the first IP configuration's address of the endpoint's first
/// network interface.
async fn private_endpoint_address(
    azure: &Azure<'_>,
    status: &Value,
) -> Result<BTreeMap<String, String>, ArmError> {
    let mut out = BTreeMap::new();
    let Some(nic) = status
        .pointer("/networkInterfaces/0/id")
        .and_then(Value::as_str)
    else {
        return Ok(out);
    };
    let api = azure
        .api_version_of("Microsoft.Network/networkInterfaces")
        .unwrap_or("2020-11-01");
    if let Some(nic) = azure
        .get(&format!("{nic}?api-version={api}"), "NetworkInterface")
        .await?
        && let Some(ip) = nic
            .pointer("/properties/ipConfigurations/0/properties/privateIPAddress")
            .and_then(Value::as_str)
    {
        out.insert("primaryNicPrivateIpAddress".into(), ip.to_string());
    }
    Ok(out)
}
