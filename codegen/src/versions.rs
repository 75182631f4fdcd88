//! The kinds of one (group, kind) across api-versions form one CRD: each generated version is
//! served with its own schema; the hub [`aso_runtime::versions::HUB`] stores objects; ASO's
//! storage variant of every ASO version of the kind is kept unserved, so our CRD can replace
//! ASO's where ASO stored objects at them. Version names are in kube-apiserver's priority order.

use std::collections::BTreeMap;

use aso_runtime::versions::{HUB, aso_storage_version};

use crate::model::Kind;
use crate::naming;

/// One CRD: the kinds of one (group, kind).
#[derive(Debug)]
pub struct Crd<'a> {
    /// The generated versions, in kube-apiserver's priority order; never empty.
    pub versions: Vec<&'a Kind>,
    /// ASO's versions of the kind (generated or not), oldest first.
    pub aso_versions: Vec<String>,
}

/// What one entry of a CRD's `spec.versions` is.
#[derive(Debug, Clone, Copy)]
pub enum Entry<'a> {
    /// A generated API version: served, with its own schema.
    Served(&'a Kind),
    /// Our storage version.
    Hub,
    /// ASO's storage variant of an API version: unserved, kept for objects ASO stored.
    AsoStorage,
}

impl<'a> Crd<'a> {
    /// The first kind: what every version shares (group, kind, plural) is read from it.
    pub fn first(&self) -> &'a Kind {
        self.versions[0]
    }

    /// `storageaccounts.storage.azure.com`.
    pub fn name(&self) -> String {
        let first = self.first();
        format!("{}.{}.azure.com", first.plural, first.group)
    }

    /// Every entry of `spec.versions` by name, in kube-apiserver's priority order. Fails when
    /// two entries share a name.
    pub fn entries(&self) -> Result<Vec<(String, Entry<'a>)>, String> {
        let mut entries: Vec<(String, Entry<'a>)> = self
            .versions
            .iter()
            .map(|k| (k.version.clone(), Entry::Served(k)))
            .collect();
        entries.push((HUB.to_string(), Entry::Hub));
        entries.extend(
            self.aso_versions
                .iter()
                .map(|v| (aso_storage_version(v), Entry::AsoStorage)),
        );
        entries.sort_by(|(a, _), (b, _)| naming::version_priority(a, b));
        if let Some(pair) = entries.windows(2).find(|pair| pair[0].0 == pair[1].0) {
            return Err(format!(
                "CRD {}: version {} is listed twice",
                self.name(),
                pair[0].0
            ));
        }
        Ok(entries)
    }
}

/// Groups `kinds` into CRDs, sorted by CRD name. The kinds of one CRD must agree on ASO's
/// version list (they come from one configuration entry).
pub fn crds(kinds: &[Kind]) -> Result<Vec<Crd<'_>>, Vec<String>> {
    let mut by_kind: BTreeMap<(&str, &str), Vec<&Kind>> = BTreeMap::new();
    for kind in kinds {
        by_kind
            .entry((&kind.group, &kind.kind))
            .or_default()
            .push(kind);
    }
    let mut errors = Vec::new();
    let mut crds = Vec::new();
    for mut versions in by_kind.into_values() {
        versions.sort_by(|a, b| naming::version_priority(&a.version, &b.version));
        let aso_versions = versions[0].aso_versions.clone();
        if let Some(other) = versions.iter().find(|k| k.aso_versions != aso_versions) {
            errors.push(format!(
                "{} {}: versions {} and {} disagree on ASO's versions: {aso_versions:?} vs {:?}",
                other.group, other.kind, versions[0].version, other.version, other.aso_versions
            ));
            continue;
        }
        crds.push(Crd {
            versions,
            aso_versions,
        });
    }
    crds.sort_by_key(Crd::name);
    if errors.is_empty() {
        Ok(crds)
    } else {
        Err(errors)
    }
}
