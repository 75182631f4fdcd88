//! The CRDs embedded in the operator, `--crd-pattern` (ASO's syntax: `group/Kind` patterns with
//! `*` wildcards, separated by `;`), and their installation by server-side apply.

use std::collections::BTreeSet;

use kube::api::{Api, DynamicObject, Patch, PatchParams};
use kube::core::{ApiResource, GroupVersionKind, PartialObjectMeta};
use serde_json::Value;

use aso_runtime::KindInfo;

mod index {
    include!(concat!(env!("OUT_DIR"), "/crds_index.rs"));
}

/// The field manager of the operator's writes.
pub const FIELD_MANAGER: &str = "aso-operator";

/// Annotation holding a checksum of the applied CRD text, so unchanged CRDs are not re-applied
/// at every start.
pub const CHECKSUM_ANNOTATION: &str = "serviceoperator.azure.com/crd-checksum";

/// An embedded CRD: `storageaccounts.storage.azure.com` and its YAML.
pub fn embedded() -> impl Iterator<Item = (&'static str, &'static str)> {
    index::CRDS
        .iter()
        .map(|(file, yaml)| (file.strip_suffix(".yaml").unwrap_or(file), *yaml))
}

/// The embedded CRD named `name` (`storageaccounts.storage.azure.com`), as YAML.
pub fn embedded_yaml(name: &str) -> Option<&'static str> {
    embedded().find(|(n, _)| *n == name).map(|(_, y)| y)
}

/// The schema of `info`'s version in its embedded CRD, compiled once: what the API server would
/// check and prune (used by `asoctl`, which has no API server to ask).
pub fn schema(info: &KindInfo) -> Result<&'static aso_schema::Schema, String> {
    static SCHEMAS: std::sync::OnceLock<
        std::sync::Mutex<std::collections::HashMap<String, &'static aso_schema::Schema>>,
    > = std::sync::OnceLock::new();
    let name = info.crd_name();
    let key = format!("{name}/{}", info.version);
    let mut schemas = SCHEMAS
        .get_or_init(Default::default)
        .lock()
        .expect("schema cache lock");
    if let Some(schema) = schemas.get(&key) {
        return Ok(schema);
    }
    let yaml = embedded_yaml(&name).ok_or_else(|| format!("no embedded CRD {name}"))?;
    let crd: Value = serde_saphyr::from_str(yaml).map_err(|e| format!("CRD {name}: {e}"))?;
    let version = crd["spec"]["versions"]
        .as_array()
        .and_then(|versions| versions.iter().find(|v| v["name"] == info.version))
        .ok_or_else(|| format!("CRD {name} has no version {}", info.version))?;
    let schema =
        aso_schema::Schema::from_json(&version["schema"]["openAPIV3Schema"]).map_err(|errors| {
            format!(
                "CRD {name}: {}",
                errors
                    .iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join("; ")
            )
        })?;
    let schema: &'static aso_schema::Schema = Box::leak(Box::new(schema));
    schemas.insert(key, schema);
    Ok(schema)
}

/// A parsed `--crd-pattern`.
#[derive(Debug, Clone)]
pub struct CrdPattern {
    patterns: Vec<(regex::Regex, regex::Regex)>,
    text: String,
}

impl CrdPattern {
    /// Parses `storage.azure.com/*;resources.azure.com/ResourceGroup`. The empty pattern installs
    /// nothing (CRDs already in the cluster are still served).
    pub fn parse(text: &str) -> Result<CrdPattern, String> {
        let mut patterns = Vec::new();
        for part in text.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            let (group, kind) = match part {
                "*" => ("*", "*"),
                _ => part.split_once('/').ok_or_else(|| {
                    format!("--crd-pattern: {part:?} must be <group>/<kind>, for example storage.azure.com/*")
                })?,
            };
            let valid = |s: &str| {
                !s.is_empty()
                    && s.chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '*'))
            };
            if !valid(group) || !valid(kind) {
                return Err(format!(
                    "--crd-pattern: {part:?} may hold only letters, digits, '.', '-' and '*' on either side of '/'"
                ));
            }
            patterns.push((glob(group)?, glob(kind)?));
        }
        Ok(CrdPattern {
            patterns,
            text: text.to_string(),
        })
    }

    pub fn matches(&self, info: &KindInfo) -> bool {
        self.patterns
            .iter()
            .any(|(group, kind)| group.is_match(info.api_group) && kind.is_match(info.kind))
    }

    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }
}

fn glob(pattern: &str) -> Result<regex::Regex, String> {
    let escaped = regex::escape(pattern).replace("\\*", ".*");
    regex::RegexBuilder::new(&format!("^{escaped}$"))
        .case_insensitive(true)
        .build()
        .map_err(|e| format!("--crd-pattern: {pattern:?}: {e}"))
}

fn crd_resource() -> ApiResource {
    ApiResource::from_gvk_with_plural(
        &GroupVersionKind::gvk("apiextensions.k8s.io", "v1", "CustomResourceDefinition"),
        "customresourcedefinitions",
    )
}

/// SHA-256 of the CRD text, hex: stable across builds and Rust releases (it is stored in the
/// cluster and compared by the next operator version).
fn checksum(yaml: &str) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, yaml.as_bytes());
    digest.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

/// What installation did.
#[derive(Debug, Default)]
pub struct Installed {
    pub applied: Vec<String>,
    pub unchanged: Vec<String>,
}

/// Applies (server-side) every embedded CRD of a kind in `catalog` that `pattern` matches,
/// skipping those whose applied checksum is current. One CRD is parsed at a time, keeping the
/// operator's memory small. A CRD converted by webhook names the webhook Service in
/// `namespace` (the operator's); its `caBundle` is the webhook's to set (`crate::webhook`), and
/// is left alone here, so an upgrade never breaks conversion.
pub async fn install(
    client: &kube::Client,
    catalog: &[&'static KindInfo],
    pattern: &CrdPattern,
    namespace: &str,
) -> Result<Installed, String> {
    let mut installed = Installed::default();
    if pattern.is_empty() {
        return Ok(installed);
    }
    let metadata: Api<PartialObjectMeta<DynamicObject>> =
        Api::all_with(client.clone(), &crd_resource());
    let existing = metadata
        .list_metadata(&Default::default())
        .await
        .map_err(|e| format!("listing CustomResourceDefinitions: {e}"))?;
    let current: std::collections::HashMap<String, String> = existing
        .items
        .iter()
        .filter_map(|crd| {
            let name = crd.metadata.name.clone()?;
            let sum = crd
                .metadata
                .annotations
                .as_ref()?
                .get(CHECKSUM_ANNOTATION)?
                .clone();
            Some((name, sum))
        })
        .collect();
    let api: Api<DynamicObject> = Api::all_with(client.clone(), &crd_resource());
    for (name, yaml) in embedded() {
        let Some(info) = catalog.iter().find(|i| i.crd_name() == name) else {
            continue;
        };
        if !pattern.matches(info) {
            continue;
        }
        // The namespace is part of what is applied.
        let sum = checksum(&format!("{yaml}\n# webhook namespace: {namespace}"));
        if current.get(name) == Some(&sum) {
            installed.unchanged.push(name.to_string());
            continue;
        }
        let mut crd: Value = serde_saphyr::from_str(yaml)
            .map_err(|e| format!("embedded CRD {name} is not valid YAML: {e}"))?;
        crd["metadata"]["annotations"][CHECKSUM_ANNOTATION] = Value::String(sum);
        if let Some(service) = crd.pointer_mut("/spec/conversion/webhook/clientConfig/service") {
            service["namespace"] = Value::String(namespace.to_string());
        }
        api.patch(
            name,
            &PatchParams::apply(FIELD_MANAGER).force(),
            &Patch::Apply(&crd),
        )
        .await
        .map_err(|e| format!("applying CustomResourceDefinition {name}: {e}"))?;
        installed.applied.push(name.to_string());
    }
    Ok(installed)
}

/// The names of the CRDs the cluster has (to start controllers for installed kinds only).
pub async fn present(client: &kube::Client) -> Result<BTreeSet<String>, String> {
    let metadata: Api<PartialObjectMeta<DynamicObject>> =
        Api::all_with(client.clone(), &crd_resource());
    let list = metadata
        .list_metadata(&Default::default())
        .await
        .map_err(|e| format!("listing CustomResourceDefinitions: {e}"))?;
    Ok(list
        .items
        .into_iter()
        .filter_map(|c| c.metadata.name)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(group: &'static str, kind: &'static str) -> &'static KindInfo {
        aso_catalog::catalog()
            .into_iter()
            .find(|i| i.api_group == group && i.kind == kind)
            .unwrap()
    }

    #[test]
    fn every_catalog_kind_has_an_embedded_crd() {
        let names: BTreeSet<&str> = embedded().map(|(n, _)| n).collect();
        for kind in aso_catalog::catalog() {
            assert!(
                names.contains(kind.crd_name().as_str()),
                "{}",
                kind.crd_name()
            );
        }
    }

    #[test]
    fn patterns_match_groups_and_kinds() {
        let p =
            CrdPattern::parse("storage.azure.com/*; resources.azure.com/ResourceGroup").unwrap();
        assert!(p.matches(info("storage.azure.com", "StorageAccount")));
        assert!(p.matches(info("resources.azure.com", "ResourceGroup")));
        assert!(!p.matches(info("keyvault.azure.com", "Vault")));
        let all = CrdPattern::parse("*").unwrap();
        assert!(all.matches(info("keyvault.azure.com", "Vault")));
        let kinds = CrdPattern::parse("*.azure.com/Namespace*").unwrap();
        assert!(kinds.matches(info("servicebus.azure.com", "NamespacesQueue")));
        assert!(CrdPattern::parse("").unwrap().is_empty());
    }

    #[test]
    fn checksums_are_sha256() {
        // The SHA-256 test vector of "abc" (FIPS 180-2).
        assert_eq!(
            checksum("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn every_catalog_kind_has_an_arm_schema_that_parses() {
        for kind in aso_catalog::catalog() {
            let schema = aso_runtime::arm_schema::ArmSchema::of(kind).unwrap();
            assert!(std::ptr::eq(
                schema,
                aso_runtime::arm_schema::ArmSchema::of(kind).unwrap()
            ));
        }
    }

    #[test]
    fn bad_patterns_are_named() {
        let err = CrdPattern::parse("storage.azure.com").unwrap_err();
        assert!(
            err.contains("storage.azure.com") && err.contains("--crd-pattern"),
            "{err}"
        );
        assert!(CrdPattern::parse("a/b c").is_err());
    }
}
