//! The versions of one CRD. A kind (group, kind) has one `KindInfo` per API version we generate;
//! its CRD serves all of them, stores objects at the hub [`HUB`], and lists ASO's storage
//! versions (`<version>storage`, unserved) so it can replace ASO's CRD in a cluster where ASO
//! stored objects at them (kube-apiserver refuses a CRD update that drops a version listed in
//! `status.storedVersions`).

use std::collections::BTreeMap;

use crate::KindInfo;

/// The storage version of every CRD: served, and stores objects as written (its schema
/// preserves unknown fields in spec and status). kube-apiserver orders versions that are not
/// Kubernetes-like (`v1`, `v2beta1`) alphabetically and prefers the first; this name sorts after
/// every `v1apiYYYYMMDD...` name, so it is never the preferred version.
pub const HUB: &str = "v1apistorage";

/// The Service of the conversion webhook (ASO's name), in the operator's namespace, and the
/// path it answers ConversionReviews at: what every CRD's `spec.conversion.webhook` names.
pub const WEBHOOK_SERVICE: &str = "azureserviceoperator-webhook-service";
pub const WEBHOOK_PATH: &str = "/convert";

/// The suffix ASO gives the storage variant of each of its API versions.
const ASO_STORAGE_SUFFIX: &str = "storage";

/// ASO's storage variant of an API version: `v1api20230101` -> `v1api20230101storage`.
pub fn aso_storage_version(version: &str) -> String {
    format!("{version}{ASO_STORAGE_SUFFIX}")
}

/// The API version whose shape one of ASO's storage variants has: `v1api20230101storage` ->
/// `v1api20230101`; `None` for the hub and for versions that are not storage variants.
pub fn aso_storage_of(version: &str) -> Option<&str> {
    version
        .strip_suffix(ASO_STORAGE_SUFFIX)
        .filter(|v| version != HUB && !v.is_empty())
}

/// The generated versions of one CRD.
#[derive(Debug, Clone)]
pub struct CrdVersions {
    /// Oldest api-version first; never empty.
    infos: Vec<&'static KindInfo>,
}

impl CrdVersions {
    /// A CRD with one version (the database User kinds, served at `v1` only).
    pub fn single(info: &'static KindInfo) -> CrdVersions {
        CrdVersions { infos: vec![info] }
    }

    /// Full API group, e.g. `storage.azure.com`.
    pub fn api_group(&self) -> &'static str {
        self.infos[0].api_group
    }

    pub fn kind(&self) -> &'static str {
        self.infos[0].kind
    }

    /// `storageaccounts.storage.azure.com`.
    pub fn crd_name(&self) -> String {
        self.infos[0].crd_name()
    }

    /// The `KindInfo` of each generated version, oldest api-version first.
    pub fn infos(&self) -> &[&'static KindInfo] {
        &self.infos
    }

    /// The served API versions (`v1api20230101`), oldest first; the hub is served too.
    pub fn served(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.infos.iter().map(|i| i.version)
    }

    /// The `KindInfo` of `version` (`v1api20210401`), if we generate it.
    pub fn version(&self, version: &str) -> Option<&'static KindInfo> {
        self.infos.iter().copied().find(|i| i.version == version)
    }

    /// The version the operator reconciles with when an object does not say which version it
    /// was written in: the newest stable api-version, or the newest preview when there is no
    /// stable one (as ASO chooses the version its storage version follows).
    pub fn newest(&self) -> &'static KindInfo {
        self.infos
            .iter()
            .rev()
            .find(|i| !is_preview(i.api_version))
            .or_else(|| self.infos.last())
            .copied()
            .expect("a CRD has at least one version")
    }

    /// Every API version ASO has for this kind, generated here or not.
    pub fn aso_versions(&self) -> &'static [&'static str] {
        self.infos[0].aso_versions
    }

    /// ASO's storage variants the CRD keeps unserved: `<version>storage` for every ASO version.
    pub fn aso_storage_versions(&self) -> Vec<String> {
        self.aso_versions()
            .iter()
            .map(|v| aso_storage_version(v))
            .collect()
    }
}

/// An ARM api-version that is not generally available (`2022-10-01-preview`).
pub fn is_preview(api_version: &str) -> bool {
    api_version
        .rsplit('-')
        .next()
        .is_some_and(|suffix| suffix.chars().any(|c| c.is_ascii_alphabetic()))
}

/// The catalog grouped by CRD (API group, kind), sorted by both.
pub fn by_crd(catalog: &[&'static KindInfo]) -> Vec<CrdVersions> {
    let mut crds: BTreeMap<(&str, &str), Vec<&'static KindInfo>> = BTreeMap::new();
    for info in catalog {
        crds.entry((info.api_group, info.kind))
            .or_default()
            .push(info);
    }
    crds.into_values()
        .map(|mut infos| {
            infos.sort_by_key(|i| i.api_version);
            infos.dedup_by_key(|i| i.version);
            CrdVersions { infos }
        })
        .collect()
}

/// The versions of the CRD of `kind` in `api_group`.
pub fn crd(catalog: &[&'static KindInfo], api_group: &str, kind: &str) -> Option<CrdVersions> {
    let infos: Vec<&'static KindInfo> = catalog
        .iter()
        .copied()
        .filter(|i| i.api_group == api_group && i.kind == kind)
        .collect();
    (!infos.is_empty()).then(|| by_crd(&infos).remove(0))
}

/// The `KindInfo` of (API group, kind, version).
pub fn find(
    catalog: &[&'static KindInfo],
    api_group: &str,
    kind: &str,
    version: &str,
) -> Option<&'static KindInfo> {
    catalog
        .iter()
        .copied()
        .find(|i| i.api_group == api_group && i.kind == kind && i.version == version)
}

/// One `KindInfo` per CRD, the [`CrdVersions::newest`]: what is reconciled until each object's
/// version selects its own.
pub fn newest(catalog: &[&'static KindInfo]) -> Vec<&'static KindInfo> {
    by_crd(catalog).iter().map(CrdVersions::newest).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shape::ObjectShape;
    use crate::{AzureName, NameRule, OwnerRule, Payload, Scope};

    static EMPTY: ObjectShape = ObjectShape { props: &[] };
    const ASO: &[&str] = &[
        "v1api20210101preview",
        "v1api20211101",
        "v1api20221001preview",
    ];

    fn info(kind: &'static str, api_version: &'static str) -> &'static KindInfo {
        let version: &'static str =
            Box::leak(format!("v1api{}", api_version.replace('-', "")).into_boxed_str());
        Box::leak(Box::new(KindInfo {
            group: "servicebus",
            api_group: "servicebus.azure.com",
            version,
            kind,
            plural: "namespaces",
            arm_type: "Microsoft.ServiceBus/namespaces",
            api_version,
            arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ServiceBus/namespaces/{namespaceName}",
            scope: Scope::ResourceGroup,
            owner: OwnerRule::None,
            azure_name: AzureName::FromSpec(NameRule::default()),
            payload: Payload::OmitEmpty,
            spec: &EMPTY,
            status: &EMPTY,
            exports: &[],
            arm_schema: "{}",
            aso_versions: ASO,
        }))
    }

    fn catalog() -> Vec<&'static KindInfo> {
        // In the generated catalog's order: group, version, kind.
        vec![
            info("Namespace", "2021-01-01-preview"),
            info("Queue", "2021-01-01-preview"),
            info("Namespace", "2021-11-01"),
            info("Namespace", "2022-10-01-preview"),
        ]
    }

    #[test]
    fn kinds_are_grouped_by_crd_with_their_versions_oldest_first() {
        let crds = by_crd(&catalog());
        assert_eq!(crds.len(), 2);
        let namespace = &crds[0];
        assert_eq!(
            (namespace.api_group(), namespace.kind()),
            ("servicebus.azure.com", "Namespace")
        );
        assert_eq!(
            namespace.served().collect::<Vec<_>>(),
            [
                "v1api20210101preview",
                "v1api20211101",
                "v1api20221001preview"
            ]
        );
        assert_eq!(crds[1].kind(), "Queue");
        assert_eq!(crds[1].served().count(), 1);
    }

    #[test]
    fn the_newest_version_is_the_newest_stable_one() {
        let catalog = catalog();
        let namespace = crd(&catalog, "servicebus.azure.com", "Namespace").unwrap();
        assert_eq!(namespace.newest().version, "v1api20211101");
        let queue = crd(&catalog, "servicebus.azure.com", "Queue").unwrap();
        assert_eq!(queue.newest().version, "v1api20210101preview");
        let newest: Vec<_> = newest(&catalog).iter().map(|i| i.version).collect();
        assert_eq!(newest, ["v1api20211101", "v1api20210101preview"]);
        assert!(crd(&catalog, "servicebus.azure.com", "Topic").is_none());
    }

    #[test]
    fn a_version_finds_its_kind_info() {
        let catalog = catalog();
        let found = find(
            &catalog,
            "servicebus.azure.com",
            "Namespace",
            "v1api20221001preview",
        );
        assert_eq!(found.unwrap().api_version, "2022-10-01-preview");
        assert!(find(&catalog, "servicebus.azure.com", "Queue", "v1api20211101").is_none());
        let namespace = crd(&catalog, "servicebus.azure.com", "Namespace").unwrap();
        assert_eq!(
            namespace.version("v1api20211101").unwrap().api_version,
            "2021-11-01"
        );
        assert!(namespace.version(HUB).is_none());
    }

    #[test]
    fn aso_storage_variants_follow_asos_versions() {
        let namespace = crd(&catalog(), "servicebus.azure.com", "Namespace").unwrap();
        assert_eq!(
            namespace.aso_storage_versions(),
            [
                "v1api20210101previewstorage",
                "v1api20211101storage",
                "v1api20221001previewstorage"
            ]
        );
        assert_eq!(
            aso_storage_of("v1api20211101storage"),
            Some("v1api20211101")
        );
        assert_eq!(aso_storage_of(HUB), None);
        assert_eq!(aso_storage_of("v1api20211101"), None);
        assert_eq!(aso_storage_of("storage"), None);
    }

    #[test]
    fn previews_are_recognised() {
        assert!(is_preview("2022-10-01-preview"));
        assert!(is_preview("2021-04-01-beta"));
        assert!(!is_preview("2021-11-01"));
        assert!(!is_preview("2021"));
    }
}
