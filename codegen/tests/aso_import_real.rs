//! The import on ASO's real configuration (`../shared/aso-reference`) against the real specs: every
//! fact of all 38 groups and 78 api-versions placed or not applicable with a reason, none
//! unplaced; ASO's names resolved on many real entries; the committed configuration what the
//! import writes.

use std::path::{Path, PathBuf};

use aso_codegen::aso_facts::{self, Imported, names};
use aso_codegen::config::{self, AzureNameConfig, ConfigMapMode, PayloadConfig, TypeOverride};

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

fn aso_reference() -> PathBuf {
    root().join("../shared/aso-reference")
}

fn specs() -> PathBuf {
    std::env::var_os("ASO_SPECS_DIR")
        .map(Into::into)
        .unwrap_or_else(|| root().join("../shared/azure-rest-api-specs"))
}

fn import() -> Imported {
    aso_facts::import(&aso_reference(), &specs()).unwrap_or_else(|e| panic!("{}", e.join("\n")))
}

#[test]
fn every_fact_of_every_group_is_placed_or_not_applicable_and_lands_where_aso_means() {
    let imported = import();
    let report = &imported.report;
    println!("{report}");
    assert!(report.unplaced.is_empty(), "{report}");

    // Nothing is dropped: every fact and every (type, property) of every transformer is counted.
    let config = aso_facts::read_aso_config(&aso_reference().join(aso_facts::AZURE_ARM)).unwrap();
    let transformer_items: usize = config
        .transformers
        .iter()
        .map(|t| {
            let count = |s: &Option<String>| {
                s.as_deref()
                    .map_or(1, |s| s.split(';').filter(|p| !p.trim().is_empty()).count())
            };
            count(&t.name) * count(&t.property)
        })
        .sum();
    assert_eq!(
        report.placed_total() + report.not_applicable_total(),
        config.facts.len() + transformer_items,
        "{report}"
    );
    assert_eq!(
        imported.versions.len(),
        78,
        "every api-version ASO generates"
    );
    let kinds: usize = imported.versions.values().map(|v| v.kinds.len()).sum();
    assert_eq!(kinds, 303);

    let version = |group: &str, api_version: &str| {
        &imported.versions[&(group.to_string(), api_version.to_string())]
    };
    let property = |group: &str, api_version: &str, definition: &str, property: &str| {
        version(group, api_version).definitions[definition][property].clone()
    };
    // `$renameTo` on a resource's own type: the kind's property, ASO's JSON name.
    let rule = &version("cdn", "2023-05-01").kinds["Rule"].properties["properties.conditions"];
    assert_eq!(rule.rename.as_deref(), Some("ruleconditions"));
    // A resource's inline type: `Namespace_Properties_Spec` is EHNamespace's inline `properties`.
    let cluster = property(
        "eventhub",
        "2021-11-01",
        "EHNamespace_Properties",
        "clusterArmId",
    );
    assert_eq!(cluster.reference, Some(true));
    // Two files define one name: ASO prefixes the file's.
    let path = property(
        "sql",
        "2021-11-01",
        "DatabaseVulnerabilityAssessmentProperties",
        "storageContainerPath",
    );
    assert_eq!(path.config_map, Some(ConfigMapMode::Optional));
    // A type ASO renamed (`AutoscaleSetting` -> `AutoscaleSettingProperties`) before naming it.
    let target = property(
        "insights",
        "2022-10-01",
        "AutoscaleSetting",
        "targetResourceUri",
    );
    assert_eq!(target.reference, Some(true));
    // Transformers: removal from spec per kind (8 of the 9 DNS record kinds), enum values of an
    // inline enum type, a plain string, a secret map.
    let dns = version("network", "2018-05-01");
    assert_eq!(
        dns.kinds["DnsZonesAAAARecord"].properties["etag"].read_only,
        Some(true)
    );
    assert!(!dns.kinds["DnsZonesARecord"].properties.contains_key("etag"));
    let mode = property("keyvault", "2023-07-01", "VaultProperties", "createMode");
    assert_eq!(mode.enum_values.map(|v| v.len()), Some(4));
    let size = property("compute", "2022-03-01", "HardwareProfile", "vmSize");
    assert_eq!(
        size.spec.and_then(|s| s.type_override),
        Some(TypeOverride::String)
    );
    let protected = property(
        "compute",
        "2022-03-01",
        "VirtualMachineExtensionProperties",
        "protectedSettings",
    );
    assert_eq!(
        (
            protected.secret,
            protected.spec.and_then(|s| s.type_override)
        ),
        (Some(true), Some(TypeOverride::StringMap))
    );
    let routes = property(
        "network",
        "2020-11-01",
        "RouteTablePropertiesFormat",
        "routes",
    );
    assert_eq!(
        (routes.owned_by_parent, routes.omit_from_status),
        (Some(true), Some(true))
    );
    // Payload types of a group, a kind's property, a definition's property.
    assert_eq!(
        imported.payloads["storage"],
        PayloadConfig::ExplicitCollections
    );
    let aks = version("containerservice", "2023-10-01");
    assert_eq!(
        aks.kinds["ManagedCluster"].properties["tags"].payload,
        Some(PayloadConfig::ExplicitEmptyCollections)
    );
    let labels = &aks.definitions["ManagedClusterAgentPoolProfile"]["nodeLabels"];
    assert_eq!(
        labels.payload,
        Some(PayloadConfig::ExplicitEmptyCollections)
    );
    // Kinds: names, Azure names, exports with status paths resolved to our JSON names.
    let identity = &version("managedidentity", "2023-01-31").kinds["UserAssignedIdentity"];
    assert_eq!(identity.exports.config_maps["clientId"], "status.clientId");
    assert_eq!(identity.exports.secrets["principalId"], "azure");
    let aks_exports = &aks.kinds["ManagedCluster"].exports.config_maps;
    assert_eq!(
        aks_exports["oidcIssuerProfile"],
        "status.oidcIssuerProfile.issuerURL"
    );
    let redis = &version("cache", "2023-04-01").kinds["Redis"]
        .exports
        .secrets;
    assert!(redis.contains_key("sslPort"), "{redis:?}");
    assert_eq!(
        version("authorization", "2022-04-01").kinds["RoleAssignment"].azure_name,
        AzureNameConfig::Uuid
    );
    // Type facts per side.
    let pool = &version("network", "2020-11-01").types["BackendAddressPool"];
    assert_eq!(pool.embedded_in_parent.as_deref(), Some("LoadBalancer"));
    let gateway_pool =
        &version("network", "2022-07-01").types["ApplicationGatewayBackendAddressPool"];
    assert_eq!(
        gateway_pool
            .spec
            .as_ref()
            .and_then(|s| s.embedded_in_parent.as_deref()),
        Some("ApplicationGateway")
    );
    assert!(gateway_pool.embedded_in_parent.is_none() && gateway_pool.status.is_none());
}

/// ASO names a resource after its ARM type; its configuration exports every kind under that name
/// (matched, like all its names, without regard to case).
#[test]
fn aso_resource_names_follow_from_arm_types() {
    let targets = aso_facts::read_targets(&aso_reference().join(aso_facts::TARGETS)).unwrap();
    let config = aso_facts::read_aso_config(&aso_reference().join(aso_facts::AZURE_ARM)).unwrap();
    let mut checked = 0;
    let mut mismatches = Vec::new();
    for target in &targets {
        for kind in &target.kinds {
            let exported = config.facts.iter().find(|f| {
                f.group == target.group
                    && f.version.as_deref() == Some(target.api_version.as_str())
                    && f.property.is_none()
                    && match &f.fact {
                        aso_facts::Fact::ExportAs(name) => name == &kind.kind,
                        aso_facts::Fact::Export(true) => f
                            .type_name
                            .as_deref()
                            .is_some_and(|t| t.eq_ignore_ascii_case(&kind.kind)),
                        _ => false,
                    }
            });
            let Some(type_name) = exported.and_then(|f| f.type_name.clone()) else {
                mismatches.push(format!(
                    "{} {} {}: not exported",
                    target.group, target.api_version, kind.kind
                ));
                continue;
            };
            checked += 1;
            let derived = names::resource_name(&kind.arm_type);
            if !derived.eq_ignore_ascii_case(&type_name) {
                mismatches.push(format!(
                    "{}: ASO says {type_name}, the ARM type gives {derived}",
                    kind.arm_type
                ));
            }
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
    assert_eq!(checked, 303);
}

#[test]
fn the_committed_configuration_is_what_the_import_writes() {
    let imported = import();
    let groups = config::read_dir(&root().join("specs")).unwrap();
    let updated =
        aso_facts::update(&groups, &imported).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let stale: Vec<String> = updated
        .iter()
        .filter(|g| config::render(g).unwrap() != std::fs::read_to_string(&g.file).unwrap())
        .map(|g| g.file.display().to_string())
        .collect();
    assert!(
        stale.is_empty(),
        "run `cargo xtask import-aso-facts`: {stale:?}"
    );
}
