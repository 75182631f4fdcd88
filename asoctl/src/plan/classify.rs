//! Which documents a plan is about. Every document given is accounted for: one of ours is
//! planned; one that is not an Azure resource is skipped, with the reason printed; one that
//! looks like an Azure resource this build cannot plan (another group, version or kind, a
//! typo, Azure Service Operator v1's `azure.microsoft.com`, no `apiVersion`) is an error, with
//! a hint where one helps.

use aso_runtime::KindInfo;

use crate::manifest::Manifest;

/// What a document is to the planner.
#[derive(Debug, Clone)]
pub enum Class {
    Ours(&'static KindInfo),
    /// Not an Azure resource; the text says what it is.
    Skipped(String),
    /// Looks like one we should plan but cannot; the text says why and what to do.
    Error(String),
}

/// ASO v1's API group.
const ASO_V1_GROUP: &str = "azure.microsoft.com";

pub fn classify(manifest: &Manifest, catalog: &[&'static KindInfo]) -> Class {
    let api_version = manifest.api_version();
    let kind = manifest.kind();
    if api_version.is_empty() {
        return Class::Error("no apiVersion: cannot tell what this document is".into());
    }
    if kind.is_empty() {
        return Class::Error(format!("{api_version}: no kind"));
    }
    let (group, version) = api_version.split_once('/').unwrap_or(("", api_version));
    if let Some(info) = catalog
        .iter()
        .find(|i| i.api_group == group && i.version == version && i.kind == kind)
    {
        return Class::Ours(info);
    }
    if group.is_empty() {
        // The core API (`v1`): never an Azure resource.
        return Class::Skipped(match kind {
            "Secret" | "ConfigMap" => format!(
                "a {kind}: not sent to Azure; its values are used by the resources that refer to it"
            ),
            _ => format!("{api_version} {kind} is not an Azure resource"),
        });
    }
    if group == ASO_V1_GROUP || group.ends_with(&format!(".{ASO_V1_GROUP}")) {
        return Class::Error(format!(
            "{api_version} {kind} is Azure Service Operator v1, which this operator does not serve; write it as an ASO v2 kind (API groups <service>.azure.com, such as resources.azure.com or storage.azure.com)"
        ));
    }
    let versions: Vec<&str> = catalog
        .iter()
        .filter(|i| i.api_group == group && i.kind == kind)
        .map(|i| i.version)
        .collect();
    if !versions.is_empty() {
        return Class::Error(format!(
            "version {version} of {kind} is not served (served: {})",
            versions.join(", ")
        ));
    }
    let same_kind: Vec<String> = catalog
        .iter()
        .filter(|i| i.kind == kind)
        .map(|i| i.api_version_string())
        .collect();
    if catalog.iter().any(|i| i.api_group == group) {
        return Class::Error(format!(
            "kind {kind} is not served in {group}{}",
            hint(&same_kind)
        ));
    }
    let looks_azure = group.contains("azure") || !same_kind.is_empty();
    if looks_azure {
        let mut groups: Vec<&str> = catalog.iter().map(|i| i.api_group).collect();
        groups.sort();
        groups.dedup();
        let close: Vec<String> = groups
            .into_iter()
            .filter(|g| edit_distance(g, group) <= 2)
            .map(|g| format!("{g}/..."))
            .chain(same_kind)
            .collect();
        return Class::Error(format!("API group {group:?} is not served{}", hint(&close)));
    }
    Class::Skipped(format!("{api_version} {kind} is not an Azure resource"))
}

fn hint(candidates: &[String]) -> String {
    match candidates {
        [] => String::new(),
        some => format!("; did you mean {}?", some.join(" or ")),
    }
}

/// Levenshtein distance, for typos in group names.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::manifest::Source;

    fn classified(api_version: &str, kind: &str) -> Class {
        let manifest = Manifest {
            source: Source {
                file: "m.yaml".into(),
                document: 1,
            },
            value: json!({"apiVersion": api_version, "kind": kind, "metadata": {"name": "x"}}),
        };
        classify(&manifest, &aso_catalog::catalog())
    }

    fn error(class: Class) -> String {
        match class {
            Class::Error(e) => e,
            other => panic!("not an error: {other:?}"),
        }
    }

    #[test]
    fn every_document_is_planned_skipped_or_an_error() {
        assert!(matches!(
            classified("resources.azure.com/v1api20200601", "ResourceGroup"),
            Class::Ours(_)
        ));
        assert!(matches!(classified("v1", "Secret"), Class::Skipped(_)));
        assert!(matches!(classified("v1", "Namespace"), Class::Skipped(_)));
        assert!(matches!(
            classified("apps/v1", "Deployment"),
            Class::Skipped(_)
        ));
        assert!(error(classified("", "ResourceGroup")).contains("no apiVersion"));
        assert!(error(classified("azure.microsoft.com/v1alpha1", "ResourceGroup")).contains("v1"));
        let version = error(classified("resources.azure.com/v1beta1", "ResourceGroup"));
        assert!(version.contains("v1api20200601"), "{version}");
        let typo = error(classified(
            "storage.azure.co/v1api20230101",
            "StorageAccount",
        ));
        assert!(typo.contains("storage.azure.com"), "{typo}");
        let kind = error(classified(
            "resources.azure.com/v1api20200601",
            "ResourceGroupp",
        ));
        assert!(kind.contains("not served in resources.azure.com"), "{kind}");
        assert!(error(classified("example.com/v1", "StorageAccount")).contains("did you mean"));
    }

    #[test]
    fn distances() {
        assert_eq!(edit_distance("storage.azure.com", "storage.azure.co"), 1);
        assert_eq!(edit_distance("abc", "abc"), 0);
        assert_eq!(edit_distance("", "ab"), 2);
    }
}
