//! API versions as ARM treats them: every version the catalog generates is served, each request
//! is validated against the schema of the version it names, a resource reads at any served
//! version without the properties that version lacks, and unknown versions are refused in ARM's
//! words (`NoRegisteredProviderFound` from providers, `InvalidApiVersionParameter` from ARM's own
//! endpoints).

use crate::common::*;
use aso_armsim::{ArmSim, Config};
use aso_runtime::KindInfo;
use serde_json::{Value, json};

const STORAGE: &str = "Microsoft.Storage/storageAccounts";

/// A path for a resource of `kind` in resource group `rg`, from its ARM URI template.
fn path_of(kind: &KindInfo) -> String {
    let mut path = String::new();
    let mut rest = kind.arm_uri;
    while let Some(open) = rest.find('{') {
        path.push_str(&rest[..open]);
        let close = open + rest[open..].find('}').expect("closed parameter");
        path.push_str(match &rest[open + 1..close] {
            "scope" => "subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg",
            "subscriptionId" => SUB,
            "resourceGroupName" => "rg",
            _ => "x1",
        });
        rest = &rest[close + 1..];
    }
    path.push_str(rest);
    path
}

#[tokio::test]
async fn api_versions_used_here_are_served() {
    for (arm_type, api) in [
        (STORAGE, STORAGE_API),
        ("Microsoft.ManagedIdentity/userAssignedIdentities", MI_API),
        ("Microsoft.ServiceBus/namespaces", SB_API),
        ("Microsoft.KeyVault/vaults", KV_API),
        ("Microsoft.Authorization/roleAssignments", RA_API),
        ("Microsoft.Resources/resourceGroups", RG_API),
    ] {
        assert!(
            catalog()
                .iter()
                .any(|k| k.arm_type == arm_type && k.api_version == api),
            "the generated catalog no longer serves {arm_type} at {api}"
        );
    }
}

#[tokio::test]
async fn every_generated_api_version_is_served_and_others_refused() {
    // Two reads per kind: more than ARM's read burst.
    let s = start(&format!("throttling: {{model: off}}\n{FAST}")).await;
    s.resource_group("rg").await;
    let kinds = catalog();
    assert!(kinds.len() > 100, "{} kinds", kinds.len());
    for kind in &kinds {
        let path = path_of(kind);
        let r = s.get(&path, kind.api_version).await;
        // Missing (or, for the resource group itself, found): either way, served at the version.
        assert!(
            matches!(r.status, 200 | 404),
            "{} at {}: {path}: {}",
            kind.arm_type,
            kind.api_version,
            r.text
        );
        assert!(
            !r.message().starts_with("No HTTP resource")
                && !r.message().starts_with("No endpoint")
                && !matches!(
                    r.code(),
                    "NoRegisteredProviderFound"
                        | "InvalidResourceType"
                        | "InvalidApiVersionParameter"
                ),
            "{} at {}: {path}: {}",
            kind.arm_type,
            kind.api_version,
            r.text
        );
        let refused = s.get(&path, "2099-01-01").await;
        let expected = if kind.arm_type == "Microsoft.Resources/resourceGroups" {
            "InvalidApiVersionParameter"
        } else {
            "NoRegisteredProviderFound"
        };
        assert_eq!(
            (refused.status, refused.code()),
            (400, expected),
            "{path}: {}",
            refused.text
        );
        if expected == "NoRegisteredProviderFound" {
            for other in kinds.iter().filter(|k| k.arm_type == kind.arm_type) {
                assert!(
                    refused.message().contains(other.api_version),
                    "{path}: {} does not list {}",
                    refused.message(),
                    other.api_version
                );
            }
        }
    }
}

#[tokio::test]
async fn arm_own_endpoints_refuse_versions_they_do_not_have() {
    let s = start(FAST).await;
    for path in [
        "/subscriptions".to_string(),
        format!("/subscriptions/{SUB}"),
        format!("/subscriptions/{SUB}/locations"),
        format!("/subscriptions/{SUB}/providers"),
        format!("/subscriptions/{SUB}/providers/Microsoft.Storage"),
        format!("/subscriptions/{SUB}/resourcegroups"),
        format!("/subscriptions/{SUB}/resources"),
    ] {
        let missing = s.get(&path, "").await;
        assert_eq!(
            (missing.status, missing.code()),
            (400, "MissingApiVersionParameter"),
            "{path}"
        );
        let unknown = s.get(&path, "2099-01-01").await;
        assert_eq!(
            (unknown.status, unknown.code()),
            (400, "InvalidApiVersionParameter"),
            "{path}"
        );
        assert_eq!(s.get(&path, "2021-04-01").await.status, 200, "{path}");
    }
}

/// The catalog's storage account kinds, and a made-up older version whose schema lacks
/// `properties.dnsEndpointType` and allows only TLS 1.0 and 1.1 (as the catalog will hold
/// several versions per type, each with its own schema).
fn two_storage_versions() -> (Vec<&'static KindInfo>, &'static str) {
    const OLDER: &str = "2019-06-01";
    let kinds = catalog();
    let newer = kinds
        .iter()
        .find(|k| k.arm_type == STORAGE && k.api_version == STORAGE_API)
        .expect("served storage accounts");
    let mut schema: Value = serde_json::from_str(newer.arm_schema).unwrap();
    let props = schema
        .pointer_mut("/properties/properties/properties")
        .and_then(Value::as_object_mut)
        .expect("storage accounts have properties");
    assert!(props.remove("dnsEndpointType").is_some());
    props.insert(
        "minimumTlsVersion".into(),
        json!({"type": "string", "enum": ["TLS1_0", "TLS1_1"]}),
    );
    let older: &'static KindInfo = Box::leak(Box::new(KindInfo {
        version: "v1api20190601",
        api_version: OLDER,
        arm_schema: Box::leak(schema.to_string().into_boxed_str()),
        ..**newer
    }));
    let mut all = kinds.clone();
    all.push(older);
    (all, OLDER)
}

#[tokio::test]
async fn several_versions_of_a_type_each_validate_and_read_with_their_own_schema() {
    let (kinds, older) = two_storage_versions();
    let mut versions: Vec<&str> = kinds
        .iter()
        .filter(|i| i.arm_type == STORAGE)
        .map(|i| i.api_version)
        .collect();
    versions.sort_unstable_by(|a, b| b.cmp(a));
    versions.dedup();
    let sim = ArmSim::builder()
        .kinds(kinds)
        .config(Config::parse(FAST, "test").unwrap())
        .start()
        .await
        .unwrap();
    let s = Sim {
        client: sim.client().unwrap(),
        token: sim.token_for("test-client"),
        sim,
    };
    s.sim.set_lro(
        Some(STORAGE),
        aso_armsim::LroSettings {
            create: Some(aso_armsim::LroMode::Sync),
            ..Default::default()
        },
    );
    s.resource_group("rg").await;
    let body = |tls: &str| json!({"location": "westus2", "kind": "StorageV2", "sku": {"name": "Standard_LRS"}, "properties": {"minimumTlsVersion": tls, "dnsEndpointType": "Standard"}});

    // Validation follows the version the request names.
    let refused = s.put(&storage("rg", "old1"), older, &body("TLS1_2")).await;
    assert_eq!(
        (refused.status, refused.code()),
        (400, "InvalidRequestContent"),
        "{}",
        refused.text
    );
    assert_eq!(
        refused.json["error"]["target"],
        "properties.minimumTlsVersion"
    );
    let id = storage("rg", "new1");
    let created = s.put(&id, STORAGE_API, &body("TLS1_2")).await;
    assert_eq!(created.status, 201, "{}", created.text);

    // Read at either version: the older one does not show what only newer versions have.
    let new = s.get(&id, STORAGE_API).await;
    assert_eq!(new.json["properties"]["dnsEndpointType"], "Standard");
    let old = s.get(&id, older).await;
    assert_eq!(old.status, 200);
    assert!(
        old.json["properties"].get("dnsEndpointType").is_none(),
        "{}",
        old.text
    );
    assert_eq!(old.json["properties"]["minimumTlsVersion"], "TLS1_2");
    assert_eq!(
        old.json["properties"]["primaryEndpoints"], new.json["properties"]["primaryEndpoints"],
        "computed values show at every version"
    );
    let listed = s
        .get(&format!("{}/providers/{STORAGE}", rg("rg")), older)
        .await;
    assert!(
        listed.json["value"][0]["properties"]
            .get("dnsEndpointType")
            .is_none()
    );

    // Every generated version is listed, newest first, when none fits.
    let unknown = s.get(&id, "2099-01-01").await;
    assert!(
        unknown.message().contains(&format!(
            "The supported api-versions are '{}'",
            versions.join(", ")
        )),
        "{}",
        unknown.message()
    );
    let provider = s
        .get(
            &format!("/subscriptions/{SUB}/providers/Microsoft.Storage"),
            RG_API,
        )
        .await;
    let versions = provider.json["resourceTypes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["resourceType"] == "storageAccounts")
        .unwrap()["apiVersions"]
        .clone();
    assert!(
        versions.as_array().unwrap().contains(&json!(older))
            && versions.as_array().unwrap().contains(&json!(STORAGE_API)),
        "{versions}"
    );
}
