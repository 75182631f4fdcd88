//! Values Azure computes and returns, by ARM type: the one place that knows that a storage
//! account has `primaryEndpoints`, an identity a `principalId`, a server a `fullyQualifiedDomainName`.
//!
//! Everything derived here is deterministic: a function of the resource's ID, its incarnation
//! (how many resources were created before it, so a deleted and re-created identity gets a new
//! principal as in Azure) and the simulator's seed.

use base64::Engine;
use ring::hmac;
use serde_json::{Map, Value, json};
use uuid::Uuid;

/// What computed values are derived from.
pub struct Ctx<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub arm_type: &'a str,
    pub location: Option<&'a str>,
    pub subscription: &'a str,
    pub resource_group: Option<&'a str>,
    pub tenant: &'a str,
    pub incarnation: u64,
    pub now: &'a str,
    pub seed: &'a str,
}

impl Ctx<'_> {
    /// A UUID derived from this resource and `purpose`.
    pub fn uuid(&self, purpose: &str) -> String {
        derived_uuid(self.seed, self.id, self.incarnation, purpose)
    }
}

/// A UUID derived from a resource ID, an incarnation and a purpose.
pub fn derived_uuid(seed: &str, id: &str, incarnation: u64, purpose: &str) -> String {
    let namespace = Uuid::new_v5(&Uuid::NAMESPACE_URL, seed.as_bytes());
    Uuid::new_v5(
        &namespace,
        format!("{}|{incarnation}|{purpose}", id.to_ascii_lowercase()).as_bytes(),
    )
    .to_string()
}

/// An access key (44 base64 characters, like Azure's) derived from a resource, its incarnation,
/// the key's name and how often it was regenerated.
pub fn derived_key(
    seed: &str,
    id: &str,
    incarnation: u64,
    key_name: &str,
    generation: u32,
) -> String {
    let key = hmac::Key::new(hmac::HMAC_SHA256, seed.as_bytes());
    let tag = hmac::sign(
        &key,
        format!(
            "{}|{incarnation}|{key_name}|{generation}",
            id.to_ascii_lowercase()
        )
        .as_bytes(),
    );
    base64::engine::general_purpose::STANDARD.encode(tag.as_ref())
}

fn props(body: &mut Value) -> &mut Map<String, Value> {
    if !body.get("properties").is_some_and(Value::is_object) {
        body["properties"] = json!({});
    }
    body["properties"]
        .as_object_mut()
        .expect("just made an object")
}

fn set_default(map: &mut Map<String, Value>, key: &str, value: Value) {
    if map.get(key).is_none_or(Value::is_null) {
        map.insert(key.to_string(), value);
    }
}

fn sku_tier(body: &mut Value) {
    if let Some(sku) = body.get_mut("sku").and_then(Value::as_object_mut) {
        let tier = match sku.get("name").and_then(Value::as_str) {
            Some(n) if n.starts_with("Premium") => "Premium",
            Some(n) if n.starts_with("Standard") => "Standard",
            Some(n) if n.eq_ignore_ascii_case("Basic") => "Basic",
            Some(n) => n.split('_').next().unwrap_or(n),
            None => return,
        }
        .to_string();
        set_default(sku, "tier", Value::String(tier));
    }
}

/// Adds the computed values of the type to a resource body (which already has id, name, type).
pub fn apply(ctx: &Ctx, body: &mut Value) {
    let name = ctx.name;
    let location = ctx.location.unwrap_or("westus2").to_string();
    match ctx.arm_type.to_ascii_lowercase().as_str() {
        "microsoft.storage/storageaccounts" => {
            sku_tier(body);
            let sku = body
                .pointer("/sku/name")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_ascii_uppercase();
            let kind = body
                .get("kind")
                .and_then(Value::as_str)
                .unwrap_or("StorageV2")
                .to_string();
            let p = props(body);
            let endpoints = |suffix: &str| {
                json!({
                    "dfs": format!("https://{name}{suffix}.dfs.core.windows.net/"),
                    "web": format!("https://{name}{suffix}.z5.web.core.windows.net/"),
                    "blob": format!("https://{name}{suffix}.blob.core.windows.net/"),
                    "queue": format!("https://{name}{suffix}.queue.core.windows.net/"),
                    "table": format!("https://{name}{suffix}.table.core.windows.net/"),
                    "file": format!("https://{name}{suffix}.file.core.windows.net/"),
                })
            };
            let mut primary = endpoints("");
            if (kind == "BlobStorage" || kind == "BlockBlobStorage")
                && let Some(m) = primary.as_object_mut()
            {
                m.remove("file");
                m.remove("queue");
                m.remove("table");
            }
            p.insert("primaryEndpoints".into(), primary);
            p.insert("primaryLocation".into(), json!(location));
            p.insert("statusOfPrimary".into(), json!("available"));
            set_default(p, "creationTime", json!(ctx.now));
            set_default(
                p,
                "keyCreationTime",
                json!({"key1": ctx.now, "key2": ctx.now}),
            );
            set_default(p, "supportsHttpsTrafficOnly", json!(true));
            set_default(
                p,
                "encryption",
                json!({"keySource": "Microsoft.Storage", "services": {
                "blob": {"enabled": true, "keyType": "Account", "lastEnabledTime": ctx.now},
                "file": {"enabled": true, "keyType": "Account", "lastEnabledTime": ctx.now}}}),
            );
            if sku.contains("GRS") {
                p.insert("secondaryLocation".into(), json!(paired_region(&location)));
                p.insert("statusOfSecondary".into(), json!("available"));
                if sku.contains("RAGRS") {
                    p.insert("secondaryEndpoints".into(), endpoints("-secondary"));
                }
            }
        }
        "microsoft.managedidentity/userassignedidentities" => {
            let principal = ctx.uuid("principalId");
            let client = ctx.uuid("clientId");
            let p = props(body);
            p.insert("tenantId".into(), json!(ctx.tenant));
            p.insert("principalId".into(), json!(principal));
            p.insert("clientId".into(), json!(client));
        }
        "microsoft.sql/servers" => {
            let p = props(body);
            p.insert(
                "fullyQualifiedDomainName".into(),
                json!(format!("{name}.database.windows.net")),
            );
            set_default(p, "state", json!("Ready"));
            set_default(p, "version", json!("12.0"));
        }
        "microsoft.dbforpostgresql/flexibleservers" => {
            let p = props(body);
            p.insert(
                "fullyQualifiedDomainName".into(),
                json!(format!("{name}.postgres.database.azure.com")),
            );
            p.insert("state".into(), json!("Ready"));
        }
        "microsoft.dbformysql/flexibleservers" => {
            let p = props(body);
            p.insert(
                "fullyQualifiedDomainName".into(),
                json!(format!("{name}.mysql.database.azure.com")),
            );
            p.insert("state".into(), json!("Ready"));
        }
        "microsoft.dbformariadb/servers"
        | "microsoft.dbformysql/servers"
        | "microsoft.dbforpostgresql/servers" => {
            let host = match ctx.arm_type.to_ascii_lowercase().as_str() {
                "microsoft.dbformariadb/servers" => "mariadb",
                "microsoft.dbformysql/servers" => "mysql",
                _ => "postgres",
            };
            let p = props(body);
            p.insert(
                "fullyQualifiedDomainName".into(),
                json!(format!("{name}.{host}.database.azure.com")),
            );
            p.insert("userVisibleState".into(), json!("Ready"));
        }
        "microsoft.keyvault/vaults" => {
            let p = props(body);
            p.insert(
                "vaultUri".into(),
                json!(format!("https://{name}.vault.azure.net/")),
            );
            set_default(p, "enabledForDeployment", json!(false));
        }
        "microsoft.keyvault/vaults/keys" | "microsoft.keyvault/vaults/secrets" => {
            let vault = ctx
                .id
                .split('/')
                .rev()
                .nth(2)
                .unwrap_or("vault")
                .to_string();
            let kind = if ctx.arm_type.to_ascii_lowercase().ends_with("keys") {
                "keys"
            } else {
                "secrets"
            };
            let version = ctx.uuid("version").replace('-', "");
            let p = props(body);
            let uri = format!("https://{vault}.vault.azure.net/{kind}/{name}");
            p.insert(format!("{}Uri", &kind[..kind.len() - 1]), json!(uri));
            p.insert(
                format!("{}UriWithVersion", &kind[..kind.len() - 1]),
                json!(format!("{uri}/{version}")),
            );
        }
        "microsoft.servicebus/namespaces" | "microsoft.eventhub/namespaces" => {
            sku_tier(body);
            let sub = ctx.subscription.to_string();
            let p = props(body);
            p.insert(
                "serviceBusEndpoint".into(),
                json!(format!("https://{name}.servicebus.windows.net:443/")),
            );
            p.insert("metricId".into(), json!(format!("{sub}:{name}")));
            set_default(p, "createdAt", json!(ctx.now));
            p.insert("updatedAt".into(), json!(ctx.now));
            p.insert("status".into(), json!("Active"));
        }
        "microsoft.cache/redis" => {
            let p = props(body);
            p.insert(
                "hostName".into(),
                json!(format!("{name}.redis.cache.windows.net")),
            );
            p.insert("port".into(), json!(6379));
            p.insert("sslPort".into(), json!(6380));
            set_default(p, "redisVersion", json!("6.0"));
        }
        "microsoft.cache/redisenterprise" => {
            let p = props(body);
            p.insert(
                "hostName".into(),
                json!(format!("{name}.{location}.redisenterprise.cache.azure.net")),
            );
        }
        "microsoft.documentdb/databaseaccounts" => {
            let p = props(body);
            p.insert(
                "documentEndpoint".into(),
                json!(format!("https://{name}.documents.azure.com:443/")),
            );
            set_default(p, "databaseAccountOfferType", json!("Standard"));
        }
        "microsoft.signalrservice/signalr" | "microsoft.signalrservice/webpubsub" => {
            let host = if ctx.arm_type.to_ascii_lowercase().ends_with("signalr") {
                "service.signalr.net"
            } else {
                "webpubsub.azure.com"
            };
            let p = props(body);
            p.insert("hostName".into(), json!(format!("{name}.{host}")));
            p.insert("externalIP".into(), json!("10.0.0.4"));
            p.insert("publicPort".into(), json!(443));
            p.insert("serverPort".into(), json!(443));
        }
        "microsoft.appconfiguration/configurationstores" => {
            let p = props(body);
            p.insert(
                "endpoint".into(),
                json!(format!("https://{name}.azconfig.io")),
            );
        }
        "microsoft.containerregistry/registries" => {
            let p = props(body);
            p.insert(
                "loginServer".into(),
                json!(format!("{}.azurecr.io", name.to_ascii_lowercase())),
            );
        }
        "microsoft.search/searchservices" => {
            let p = props(body);
            p.insert("status".into(), json!("running"));
        }
        "microsoft.web/sites" => {
            let p = props(body);
            p.insert(
                "defaultHostName".into(),
                json!(format!("{name}.azurewebsites.net")),
            );
            p.insert("state".into(), json!("Running"));
        }
        "microsoft.containerservice/managedclusters" => {
            let dns = body
                .pointer("/properties/dnsPrefix")
                .and_then(Value::as_str)
                .unwrap_or(name)
                .to_string();
            let hash = &ctx.uuid("fqdn")[..8];
            let p = props(body);
            p.insert(
                "fqdn".into(),
                json!(format!("{dns}-{hash}.hcp.{location}.azmk8s.io")),
            );
            p.insert(
                "azurePortalFQDN".into(),
                json!(format!("{dns}-{hash}.portal.hcp.{location}.azmk8s.io")),
            );
            p.insert("powerState".into(), json!({"code": "Running"}));
            set_default(
                p,
                "nodeResourceGroup",
                json!(format!(
                    "MC_{}_{name}_{location}",
                    ctx.resource_group.unwrap_or("")
                )),
            );
        }
        "microsoft.insights/components" => {
            let key = ctx.uuid("instrumentationKey");
            let app = ctx.uuid("appId");
            let p = props(body);
            p.insert("InstrumentationKey".into(), json!(key));
            p.insert("AppId".into(), json!(app));
            p.insert(
                "ConnectionString".into(),
                json!(format!("InstrumentationKey={key};IngestionEndpoint=https://{location}-0.in.applicationinsights.azure.com/")),
            );
        }
        "microsoft.operationalinsights/workspaces" => {
            let customer = ctx.uuid("customerId");
            let p = props(body);
            p.insert("customerId".into(), json!(customer));
        }
        "microsoft.network/publicipaddresses" => {
            let n = derived_key(ctx.seed, ctx.id, ctx.incarnation, "ip", 0)
                .bytes()
                .fold(0u32, |a, b| a.wrapping_mul(31).wrapping_add(b as u32));
            let p = props(body);
            set_default(
                p,
                "ipAddress",
                json!(format!(
                    "20.{}.{}.{}",
                    n % 250 + 1,
                    (n >> 8) % 250 + 1,
                    (n >> 16) % 250 + 1
                )),
            );
        }
        "microsoft.eventgrid/topics" | "microsoft.eventgrid/domains" => {
            let p = props(body);
            p.insert(
                "endpoint".into(),
                json!(format!(
                    "https://{name}.{location}-1.eventgrid.azure.net/api/events"
                )),
            );
        }
        "microsoft.authorization/roleassignments" => {
            let scope = ctx.id.rsplitn(5, '/').nth(4).unwrap_or("").to_string();
            let p = props(body);
            p.insert("scope".into(), json!(scope));
            set_default(p, "createdOn", json!(ctx.now));
            p.insert("updatedOn".into(), json!(ctx.now));
        }
        _ => {}
    }
}

/// The paired region (for geo-redundant storage).
fn paired_region(location: &str) -> &'static str {
    match location.to_ascii_lowercase().replace(' ', "").as_str() {
        "westus2" => "westcentralus",
        "westcentralus" => "westus2",
        "eastus" => "westus",
        "westus" => "eastus",
        "eastus2" => "centralus",
        "centralus" => "eastus2",
        "northeurope" => "westeurope",
        "westeurope" => "northeurope",
        _ => "westus3",
    }
}

/// A system-assigned identity's values: when `identity.type` includes `SystemAssigned`.
pub fn system_identity(ctx: &Ctx, body: &mut Value) {
    let Some(identity) = body.get_mut("identity").and_then(Value::as_object_mut) else {
        return;
    };
    let kind = identity
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_ascii_lowercase();
    if kind.contains("systemassigned") {
        identity.insert(
            "principalId".into(),
            json!(derived_uuid(
                ctx.seed,
                ctx.id,
                ctx.incarnation,
                "systemPrincipalId"
            )),
        );
        identity.insert("tenantId".into(), json!(ctx.tenant));
    } else {
        identity.remove("principalId");
        identity.remove("tenantId");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx<'a>(id: &'a str, arm_type: &'a str, name: &'a str, incarnation: u64) -> Ctx<'a> {
        Ctx {
            id,
            name,
            arm_type,
            location: Some("westus2"),
            subscription: "sub",
            resource_group: Some("rg"),
            tenant: "tenant",
            incarnation,
            now: "2001-02-03T04:05:06Z",
            seed: "seed",
        }
    }

    #[test]
    fn storage_endpoints_and_tier() {
        let mut body = json!({"sku": {"name": "Standard_RAGRS"}, "kind": "StorageV2"});
        apply(
            &ctx("/x/acct", "Microsoft.Storage/storageAccounts", "acct", 1),
            &mut body,
        );
        assert_eq!(
            body["properties"]["primaryEndpoints"]["blob"],
            "https://acct.blob.core.windows.net/"
        );
        assert_eq!(body["sku"]["tier"], "Standard");
        assert_eq!(body["properties"]["secondaryLocation"], "westcentralus");
        assert_eq!(
            body["properties"]["secondaryEndpoints"]["blob"],
            "https://acct-secondary.blob.core.windows.net/"
        );
    }

    #[test]
    fn identity_values_are_stable_per_incarnation() {
        let t = "Microsoft.ManagedIdentity/userAssignedIdentities";
        let (mut a, mut b, mut c) = (json!({}), json!({}), json!({}));
        apply(&ctx("/x/mi", t, "mi", 1), &mut a);
        apply(&ctx("/X/MI", t, "mi", 1), &mut b);
        apply(&ctx("/x/mi", t, "mi", 2), &mut c);
        assert_eq!(a, b);
        assert_ne!(
            a["properties"]["principalId"],
            c["properties"]["principalId"]
        );
        assert_eq!(a["properties"]["tenantId"], "tenant");
    }

    #[test]
    fn keys_differ_by_name_and_generation() {
        let k1 = derived_key("s", "/id", 1, "key1", 0);
        assert_eq!(k1.len(), 44);
        assert_ne!(k1, derived_key("s", "/id", 1, "key2", 0));
        assert_ne!(k1, derived_key("s", "/id", 1, "key1", 1));
        assert_eq!(k1, derived_key("s", "/ID", 1, "key1", 0));
    }
}
