//! POST actions that exports need (`listKeys` and friends), by ARM type and action name: the one
//! place that knows their answer shapes.
//!
//! Keys are derived from the resource (see `computed::derived_key`): the same resource answers the
//! same keys until they are regenerated or the resource is deleted and created again.

use serde_json::{Value, json};

use crate::computed::derived_key;
use crate::error::ArmError;
use crate::store::Resource;

/// Runs `action` on `resource`. `None` when the type has no such action.
pub fn run(
    action: &str,
    resource: &mut Resource,
    seed: &str,
    body: &Value,
) -> Option<Result<Value, ArmError>> {
    let arm_type = resource.arm_type.to_ascii_lowercase();
    let action = action.to_ascii_lowercase();
    let id = resource.id.clone();
    let segments: Vec<&str> = id.split('/').collect();
    let name = segments.last().copied().unwrap_or("").to_string();
    // The name after a type segment, e.g. the namespace of an authorization rule.
    let name_after = |segment: &str| -> String {
        segments
            .windows(2)
            .find(|w| w[0].eq_ignore_ascii_case(segment))
            .map(|w| w[1].to_string())
            .unwrap_or_default()
    };
    let key = |r: &Resource, key_name: &str| {
        derived_key(
            seed,
            &r.id,
            r.incarnation,
            key_name,
            r.key_generation(key_name),
        )
    };
    let requested = |field: &str| {
        body.get(field)
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    };

    let answer = match (arm_type.as_str(), action.as_str()) {
        ("microsoft.storage/storageaccounts", "listkeys" | "regeneratekey") => {
            if action == "regeneratekey" {
                let key_name = requested("keyName");
                if !matches!(key_name.as_str(), "key1" | "key2" | "kerb1" | "kerb2") {
                    return Some(Err(ArmError::bad_request(
                        "InvalidValuesForRequestParameters",
                        format!("Values for request parameters are invalid: keyName '{key_name}'."),
                    )));
                }
                resource.bump_key_generation(&key_name);
            }
            let now = crate::now_rfc3339();
            json!({"keys": [
                {"creationTime": now, "keyName": "key1", "value": key(resource, "key1"), "permissions": "FULL"},
                {"creationTime": now, "keyName": "key2", "value": key(resource, "key2"), "permissions": "FULL"},
            ]})
        }
        (
            "microsoft.servicebus/namespaces/authorizationrules"
            | "microsoft.servicebus/namespaces/queues/authorizationrules"
            | "microsoft.servicebus/namespaces/topics/authorizationrules"
            | "microsoft.eventhub/namespaces/authorizationrules"
            | "microsoft.eventhub/namespaces/eventhubs/authorizationrules",
            "listkeys" | "regeneratekeys",
        ) => {
            if action == "regeneratekeys" {
                match requested("keyType").as_str() {
                    "PrimaryKey" => resource.bump_key_generation("primary"),
                    "SecondaryKey" => resource.bump_key_generation("secondary"),
                    other => {
                        return Some(Err(ArmError::bad_request(
                            "BadRequest",
                            format!(
                                "keyType '{other}' is invalid; expected 'PrimaryKey' or 'SecondaryKey'."
                            ),
                        )));
                    }
                }
            }
            let namespace = name_after("namespaces");
            let entity = ["queues", "topics", "eventhubs"]
                .iter()
                .map(|s| name_after(s))
                .find(|s| !s.is_empty());
            let (primary, secondary) = (key(resource, "primary"), key(resource, "secondary"));
            let connection = |k: &str| {
                let mut s = format!(
                    "Endpoint=sb://{namespace}.servicebus.windows.net/;SharedAccessKeyName={name};SharedAccessKey={k}"
                );
                if let Some(e) = &entity {
                    s.push_str(&format!(";EntityPath={e}"));
                }
                s
            };
            json!({
                "primaryConnectionString": connection(&primary),
                "secondaryConnectionString": connection(&secondary),
                "primaryKey": primary,
                "secondaryKey": secondary,
                "keyName": name,
            })
        }
        ("microsoft.cache/redis", "listkeys" | "regeneratekey") => {
            if action == "regeneratekey" {
                match requested("keyType").as_str() {
                    "Primary" => resource.bump_key_generation("primary"),
                    "Secondary" => resource.bump_key_generation("secondary"),
                    other => {
                        return Some(Err(ArmError::bad_request(
                            "BadRequest",
                            format!(
                                "keyType '{other}' is invalid; expected 'Primary' or 'Secondary'."
                            ),
                        )));
                    }
                }
            }
            json!({"primaryKey": key(resource, "primary"), "secondaryKey": key(resource, "secondary")})
        }
        ("microsoft.cache/redisenterprise/databases", "listkeys") => {
            json!({"primaryKey": key(resource, "primary"), "secondaryKey": key(resource, "secondary")})
        }
        (
            "microsoft.documentdb/databaseaccounts",
            "listkeys"
            | "readonlykeys"
            | "listreadonlykeys"
            | "listconnectionstrings"
            | "regeneratekey",
        ) => {
            if action == "regeneratekey" {
                let kind = requested("keyKind");
                let known = [
                    "primary",
                    "secondary",
                    "primaryReadonly",
                    "secondaryReadonly",
                ];
                if !known.iter().any(|k| k.eq_ignore_ascii_case(&kind)) {
                    return Some(Err(ArmError::bad_request(
                        "BadRequest",
                        format!(
                            "keyKind '{kind}' is invalid; expected one of {}.",
                            known.join(", ")
                        ),
                    )));
                }
                resource.bump_key_generation(&kind.to_ascii_lowercase());
            }
            let k = |n: &str| key(resource, n);
            match action.as_str() {
                "listkeys" => json!({
                    "primaryMasterKey": k("primary"), "secondaryMasterKey": k("secondary"),
                    "primaryReadonlyMasterKey": k("primaryreadonly"), "secondaryReadonlyMasterKey": k("secondaryreadonly"),
                }),
                "readonlykeys" | "listreadonlykeys" => json!({
                    "primaryReadonlyMasterKey": k("primaryreadonly"), "secondaryReadonlyMasterKey": k("secondaryreadonly"),
                }),
                "listconnectionstrings" => {
                    let endpoint = format!("https://{name}.documents.azure.com:443/");
                    let cs = |key: String, desc: &str, kind: &str| {
                        json!({"connectionString": format!("AccountEndpoint={endpoint};AccountKey={key};"),
                               "description": desc, "keyKind": kind, "type": "Sql"})
                    };
                    json!({"connectionStrings": [
                        cs(k("primary"), "Primary SQL Connection String", "Primary"),
                        cs(k("secondary"), "Secondary SQL Connection String", "Secondary"),
                        cs(k("primaryreadonly"), "Primary Read-Only SQL Connection String", "PrimaryReadonly"),
                        cs(k("secondaryreadonly"), "Secondary Read-Only SQL Connection String", "SecondaryReadonly"),
                    ]})
                }
                _ => Value::Null,
            }
        }
        ("microsoft.signalrservice/signalr" | "microsoft.signalrservice/webpubsub", "listkeys") => {
            let host = if arm_type.ends_with("signalr") {
                "service.signalr.net"
            } else {
                "webpubsub.azure.com"
            };
            let (p, s) = (key(resource, "primary"), key(resource, "secondary"));
            json!({
                "primaryKey": p, "secondaryKey": s,
                "primaryConnectionString": format!("Endpoint=https://{name}.{host};AccessKey={p};Version=1.0;"),
                "secondaryConnectionString": format!("Endpoint=https://{name}.{host};AccessKey={s};Version=1.0;"),
            })
        }
        ("microsoft.appconfiguration/configurationstores", "listkeys") => {
            let entry = |label: &str, read_only: bool| {
                let secret = key(resource, label);
                let kid =
                    crate::computed::derived_uuid(seed, &resource.id, resource.incarnation, label);
                json!({"id": kid, "name": label, "value": secret, "readOnly": read_only,
                       "connectionString": format!("Endpoint=https://{name}.azconfig.io;Id={kid};Secret={secret}"),
                       "lastModified": crate::now_rfc3339()})
            };
            json!({"value": [entry("Primary", false), entry("Secondary", false), entry("Primary Read Only", true), entry("Secondary Read Only", true)]})
        }
        ("microsoft.search/searchservices", "listadminkeys") => {
            json!({"primaryKey": key(resource, "primary"), "secondaryKey": key(resource, "secondary")})
        }
        ("microsoft.search/searchservices", "listquerykeys") => {
            json!({"value": [{"name": null, "key": key(resource, "query")}]})
        }
        ("microsoft.containerregistry/registries", "listcredentials") => json!({
            "username": name,
            "passwords": [{"name": "password", "value": key(resource, "password")}, {"name": "password2", "value": key(resource, "password2")}],
        }),
        ("microsoft.operationalinsights/workspaces", "sharedkeys") => {
            json!({"primarySharedKey": key(resource, "primary"), "secondarySharedKey": key(resource, "secondary")})
        }
        ("microsoft.eventgrid/topics" | "microsoft.eventgrid/domains", "listkeys") => {
            json!({"key1": key(resource, "key1"), "key2": key(resource, "key2")})
        }
        // API Management subscriptions: `SubscriptionKeysContract` (Subscription_ListSecrets in
        // apimsubscriptions.json); keys given in the PUT are the keys, else Azure makes them.
        ("microsoft.apimanagement/service/subscriptions", "listsecrets") => {
            let body = resource.json();
            let given = |field: &str, derived: &str| {
                body.pointer(&format!("/properties/{field}"))
                    .and_then(Value::as_str)
                    .map(str::to_string)
                    .unwrap_or_else(|| key(resource, derived))
            };
            json!({"primaryKey": given("primaryKey", "primary"), "secondaryKey": given("secondaryKey", "secondary")})
        }
        // Machine learning workspaces: `ListWorkspaceKeysResult` (machineLearningServices.json).
        ("microsoft.machinelearningservices/workspaces", "listkeys") => json!({
            "userStorageKey": key(resource, "storage"),
            "userStorageResourceId": format!("{}/storage", resource.id),
            "appInsightsInstrumentationKey": crate::computed::derived_uuid(seed, &resource.id, resource.incarnation, "appInsights"),
            "containerRegistryCredentials": {"location": "", "username": name,
                "passwords": [{"name": "password", "value": key(resource, "password")},
                              {"name": "password2", "value": key(resource, "password2")}]},
            "notebookAccessKeys": {"primaryAccessKey": key(resource, "notebook1"), "secondaryAccessKey": key(resource, "notebook2")},
        }),
        // IoT hubs: the five built-in shared access policies
        // (`SharedAccessSignatureAuthorizationRuleListResult` in iothub.json).
        ("microsoft.devices/iothubs", "listkeys") => {
            let policies = [
                (
                    "iothubowner",
                    "RegistryWrite, ServiceConnect, DeviceConnect",
                ),
                ("service", "ServiceConnect"),
                ("device", "DeviceConnect"),
                ("registryRead", "RegistryRead"),
                ("registryReadWrite", "RegistryWrite"),
            ];
            let value: Vec<Value> = policies
                .iter()
                .map(|(policy, rights)| {
                    json!({"keyName": policy, "rights": rights,
                           "primaryKey": key(resource, &format!("{policy}1")),
                           "secondaryKey": key(resource, &format!("{policy}2"))})
                })
                .collect();
            json!({"value": value})
        }
        // AKS: `{"kubeconfigs": [{"name": "clusterAdmin"|"clusterUser", "value": <base64>}]}`
        // (ManagedClusters_ListClusterAdminCredentials / _ListClusterUserCredentials in
        // managedClusters.json: CredentialResults); the kubeconfig's secrets are derived keys.
        // Fleets: the hub's kubeconfig, the same shape (Fleets_ListCredentials in fleets.json).
        (
            "microsoft.containerservice/managedclusters",
            "listclusteradmincredential" | "listclusterusercredential",
        )
        | ("microsoft.containerservice/fleets", "listcredentials") => {
            let admin = action == "listclusteradmincredential";
            let (entry, user) = if action == "listcredentials" {
                (
                    "hub",
                    format!("fleetUser_{}_{name}", name_after("resourceGroups")),
                )
            } else if admin {
                (
                    "clusterAdmin",
                    format!("clusterAdmin_{}_{name}", name_after("resourceGroups")),
                )
            } else {
                (
                    "clusterUser",
                    format!("clusterUser_{}_{name}", name_after("resourceGroups")),
                )
            };
            let token = key(resource, entry);
            let kubeconfig = format!(
                "apiVersion: v1\nkind: Config\nclusters:\n- name: {name}\n  cluster:\n    server: https://{name}.hcp.azmk8s.io:443\n    certificate-authority-data: {ca}\ncontexts:\n- name: {name}\n  context:\n    cluster: {name}\n    user: {user}\ncurrent-context: {name}\nusers:\n- name: {user}\n  user:\n    token: {token}\n",
                ca = key(resource, "clusterCa"),
            );
            use base64::Engine;
            let value = base64::engine::general_purpose::STANDARD.encode(kubeconfig);
            json!({"kubeconfigs": [{"name": entry, "value": value}]})
        }
        _ => return None,
    };
    Some(Ok(answer))
}

#[cfg(test)]
mod tests {
    use super::*;
    use bytes::Bytes;
    use std::sync::Arc;

    fn resource(id: &str, arm_type: &str) -> Resource {
        Resource {
            id: id.into(),
            arm_type: Arc::from(arm_type),
            api_version: "v".into(),
            body: Bytes::from_static(b"{}"),
            operation: None,
            incarnation: 7,
            key_generations: None,
        }
    }

    #[test]
    fn entity_rules_carry_entity_path_and_regenerate() {
        let mut r = resource(
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ServiceBus/namespaces/ns/queues/q/authorizationRules/r",
            "Microsoft.ServiceBus/namespaces/queues/authorizationRules",
        );
        let before = run("listKeys", &mut r, "seed", &Value::Null)
            .unwrap()
            .unwrap();
        let cs = before["primaryConnectionString"].as_str().unwrap();
        assert!(cs.starts_with(
            "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=r;SharedAccessKey="
        ));
        assert!(cs.ends_with(";EntityPath=q"));
        let after = run(
            "regenerateKeys",
            &mut r,
            "seed",
            &json!({"keyType": "PrimaryKey"}),
        )
        .unwrap()
        .unwrap();
        assert_ne!(before["primaryKey"], after["primaryKey"]);
        assert_eq!(before["secondaryKey"], after["secondaryKey"]);
        assert!(
            run(
                "regenerateKeys",
                &mut r,
                "seed",
                &json!({"keyType": "Bogus"})
            )
            .unwrap()
            .is_err()
        );
    }

    #[test]
    fn aks_credentials_are_base64_kubeconfigs_per_user() {
        use base64::Engine;
        let mut r = resource(
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks",
            "Microsoft.ContainerService/managedClusters",
        );
        let decode = |answer: &Value| {
            let value = answer["kubeconfigs"][0]["value"].as_str().unwrap();
            String::from_utf8(
                base64::engine::general_purpose::STANDARD
                    .decode(value)
                    .unwrap(),
            )
            .unwrap()
        };
        let admin = run("listClusterAdminCredential", &mut r, "s", &Value::Null)
            .unwrap()
            .unwrap();
        let user = run("listClusterUserCredential", &mut r, "s", &Value::Null)
            .unwrap()
            .unwrap();
        assert_eq!(admin["kubeconfigs"][0]["name"], "clusterAdmin");
        assert_eq!(user["kubeconfigs"][0]["name"], "clusterUser");
        let (admin, user) = (decode(&admin), decode(&user));
        assert!(admin.contains("user: clusterAdmin_rg_aks"), "{admin}");
        assert!(user.contains("user: clusterUser_rg_aks"), "{user}");
        assert_ne!(admin, user);
    }

    #[test]
    fn exports_added_for_issue_12_answer_the_spec_shapes() {
        let mut sub = resource(
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ApiManagement/service/a/subscriptions/x",
            "Microsoft.ApiManagement/service/subscriptions",
        );
        sub.body = Bytes::from_static(br#"{"properties": {"primaryKey": "given"}}"#);
        let keys = run("listSecrets", &mut sub, "s", &Value::Null)
            .unwrap()
            .unwrap();
        assert_eq!(keys["primaryKey"], "given");
        assert!(keys["secondaryKey"].as_str().is_some_and(|k| !k.is_empty()));
        let mut hub = resource(
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Devices/IotHubs/h",
            "Microsoft.Devices/IotHubs",
        );
        let keys = run("listkeys", &mut hub, "s", &Value::Null)
            .unwrap()
            .unwrap();
        let names: Vec<_> = keys["value"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["keyName"].as_str().unwrap())
            .collect();
        assert_eq!(
            names,
            [
                "iothubowner",
                "service",
                "device",
                "registryRead",
                "registryReadWrite"
            ]
        );
        let mut workspace = resource(
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/w",
            "Microsoft.MachineLearningServices/workspaces",
        );
        let keys = run("listKeys", &mut workspace, "s", &Value::Null)
            .unwrap()
            .unwrap();
        assert_eq!(
            keys["containerRegistryCredentials"]["passwords"][1]["name"],
            "password2"
        );
        assert!(keys["notebookAccessKeys"]["primaryAccessKey"].is_string());
        let mut fleet = resource(
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/fleets/f",
            "Microsoft.ContainerService/fleets",
        );
        let keys = run("listCredentials", &mut fleet, "s", &Value::Null)
            .unwrap()
            .unwrap();
        assert_eq!(keys["kubeconfigs"][0]["name"], "hub");
    }

    #[test]
    fn unknown_actions_are_none() {
        let mut r = resource("/x", "Microsoft.Storage/storageAccounts");
        assert!(run("frobnicate", &mut r, "s", &Value::Null).is_none());
        let keys = run("listKeys", &mut r, "s", &Value::Null).unwrap().unwrap();
        assert_eq!(keys["keys"][1]["keyName"], "key2");
    }
}
