//! ARM resource IDs: building the ID of a resource from its owner, and reading IDs apart.

use crate::kind::{KindInfo, Scope};

/// The ARM ID of a resource of `info`'s kind named `name`, joined segment by segment.
///
/// `owner_id` is the ARM ID of the owner (a resource group, a parent resource, or for extension
/// resources any resource); it is ignored for kinds that have no owner. Callers check `name`
/// first ([`crate::names::check`]; [`crate::resolve::resolve`] does): a name holding `/` would
/// make more segments than it is.
pub fn resource_id(
    info: &KindInfo,
    subscription: &str,
    owner_id: Option<&str>,
    name: &str,
) -> String {
    let owner = owner_id.map(|id| id.trim_end_matches('/')).unwrap_or("");
    let arm_type: Vec<&str> = info.arm_type.split('/').collect();
    match info.scope {
        Scope::Location => join("", &["subscriptions", subscription, "resourceGroups", name]),
        Scope::Tenant => join("", &[&["providers"], arm_type.as_slice(), &[name]].concat()),
        Scope::Subscription => join(
            "",
            &[
                &["subscriptions", subscription, "providers"],
                arm_type.as_slice(),
                &[name],
            ]
            .concat(),
        ),
        Scope::Extension => join(
            owner,
            &[&["providers"], arm_type.as_slice(), &[name]].concat(),
        ),
        Scope::ResourceGroup if is_child_type(info.arm_type) => {
            join(owner, &[info.child_segment(), name])
        }
        Scope::ResourceGroup => join(
            owner,
            &[&["providers"], arm_type.as_slice(), &[name]].concat(),
        ),
    }
}

/// `base` followed by `segments`, each after a `/`.
pub fn join(base: &str, segments: &[&str]) -> String {
    let mut out = base.trim_end_matches('/').to_string();
    for segment in segments {
        out.push('/');
        out.push_str(segment);
    }
    out
}

/// The segments of an ARM ID or path (`/a/b/` is `a`, `b`).
pub fn segments(id: &str) -> impl Iterator<Item = &str> {
    id.trim_start_matches('/').trim_end_matches('/').split('/')
}

/// Checks that `id` is an absolute path of plain segments (each as an Azure name must be: not
/// empty, no `.`/`..`, separators, `?`, `#`, `%`, control or invisible characters).
pub fn check_segments(id: &str) -> Result<(), String> {
    if !id.starts_with('/') {
        return Err(format!("ARM ID {id:?} must start with '/'"));
    }
    for segment in segments(id) {
        crate::names::check_segment(segment).map_err(|e| format!("ARM ID {id:?}: segment {e}"))?;
    }
    Ok(())
}

/// Whether `id` is `base` or lies below it, comparing whole segments without regard to case
/// (ARM IDs are case-insensitive). Every ID lies within the empty base.
pub fn is_within(id: &str, base: &str) -> bool {
    if base.trim_matches('/').is_empty() {
        return true;
    }
    let mut id = segments(id);
    segments(base).all(|b| id.next().is_some_and(|s| s.eq_ignore_ascii_case(b)))
}

/// The ARM ID of what owns the resource at `id` of `info`'s kind: its parent resource, its
/// resource group, or for extension resources the resource they hang off; `None` for kinds that
/// have no owner.
pub fn owner_of(id: &str, info: &KindInfo) -> Option<String> {
    let parsed = parse(id).ok()?;
    match info.scope {
        Scope::Extension => parsed.scope,
        Scope::Location | Scope::Tenant | Scope::Subscription => None,
        Scope::ResourceGroup => {
            let all: Vec<&str> = segments(id).collect();
            let keep = if is_child_type(&parsed.resource_type) {
                // `{parent}/{segment}/{name}`.
                all.len().checked_sub(2)?
            } else {
                // `{resource group}/providers/{namespace}/{type}/{name}`.
                all.iter()
                    .rposition(|s| s.eq_ignore_ascii_case("providers"))?
            };
            (keep > 0).then(|| join("", &all[..keep]))
        }
    }
}

/// Whether an ARM type names a child of another resource of the same provider
/// (`Microsoft.Storage/storageAccounts/blobServices`), rather than a top-level resource.
pub fn is_child_type(arm_type: &str) -> bool {
    arm_type.split('/').count() > 2
}

/// An ARM ID read apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedId {
    pub subscription: Option<String>,
    pub resource_group: Option<String>,
    /// `Microsoft.Storage/storageAccounts/blobServices`; `Microsoft.Resources/resourceGroups` for a
    /// resource group; `Microsoft.Resources/subscriptions` for a subscription.
    pub resource_type: String,
    /// The last name in the ID.
    pub name: String,
    /// For extension resources, the ID of the resource they are attached to.
    pub scope: Option<String>,
}

/// Reads an ARM ID. Errors say what is wrong with it.
pub fn parse(id: &str) -> Result<ParsedId, String> {
    if !id.starts_with('/') {
        return Err(format!("ARM ID {id:?} must start with '/'"));
    }
    let segments: Vec<&str> = id.trim_end_matches('/').split('/').skip(1).collect();
    if segments.iter().any(|s| s.is_empty()) {
        return Err(format!("ARM ID {id:?} has an empty segment"));
    }
    // The last `providers` segment starts the resource's own type; anything before it is its scope.
    let last_providers = segments
        .iter()
        .rposition(|s| s.eq_ignore_ascii_case("providers"));
    let mut subscription = None;
    let mut resource_group = None;
    let head_end = last_providers.unwrap_or(segments.len());
    let head = &segments[..head_end];
    let mut i = 0;
    while i + 1 < head.len() {
        if head[i].eq_ignore_ascii_case("subscriptions") && subscription.is_none() {
            subscription = Some(head[i + 1].to_string());
        } else if head[i].eq_ignore_ascii_case("resourceGroups") && resource_group.is_none() {
            resource_group = Some(head[i + 1].to_string());
        }
        i += 2;
    }
    match last_providers {
        None => match segments.as_slice() {
            [s, sub] if s.eq_ignore_ascii_case("subscriptions") => Ok(ParsedId {
                subscription: Some(sub.to_string()),
                resource_group: None,
                resource_type: "Microsoft.Resources/subscriptions".into(),
                name: sub.to_string(),
                scope: None,
            }),
            [s, sub, r, rg]
                if s.eq_ignore_ascii_case("subscriptions")
                    && r.eq_ignore_ascii_case("resourceGroups") =>
            {
                Ok(ParsedId {
                    subscription: Some(sub.to_string()),
                    resource_group: Some(rg.to_string()),
                    resource_type: "Microsoft.Resources/resourceGroups".into(),
                    name: rg.to_string(),
                    scope: None,
                })
            }
            _ => Err(format!(
                "ARM ID {id:?} names neither a subscription, a resource group nor a provider resource"
            )),
        },
        Some(p) => {
            let rest = &segments[p + 1..];
            if rest.len() < 3 || rest.len().is_multiple_of(2) {
                return Err(format!(
                    "ARM ID {id:?} must continue after 'providers' with a namespace and type/name pairs"
                ));
            }
            let mut types = vec![rest[0].to_string()];
            let mut name = String::new();
            for pair in rest[1..].chunks(2) {
                types.push(pair[0].to_string());
                name = pair[1].to_string();
            }
            // A provider resource directly under a subscription or resource group is not an
            // extension; under anything else (another provider resource) it is.
            let scope_segments = &segments[..p];
            let is_extension = scope_segments
                .iter()
                .any(|s| s.eq_ignore_ascii_case("providers"));
            let scope = is_extension.then(|| format!("/{}", scope_segments.join("/")));
            Ok(ParsedId {
                subscription,
                resource_group,
                resource_type: types.join("/"),
                name,
                scope,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_nested_resource() {
        let id = parse(
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/acct/blobServices/default",
        )
        .unwrap();
        assert_eq!(id.subscription.as_deref(), Some("s"));
        assert_eq!(id.resource_group.as_deref(), Some("rg"));
        assert_eq!(
            id.resource_type,
            "Microsoft.Storage/storageAccounts/blobServices"
        );
        assert_eq!(id.name, "default");
        assert_eq!(id.scope, None);
    }

    #[test]
    fn parses_resource_group_and_extension() {
        let rg = parse("/subscriptions/s/resourceGroups/rg").unwrap();
        assert_eq!(rg.resource_type, "Microsoft.Resources/resourceGroups");
        let ext = parse(
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/a/providers/Microsoft.Authorization/roleAssignments/r",
        )
        .unwrap();
        assert_eq!(ext.resource_type, "Microsoft.Authorization/roleAssignments");
        assert_eq!(
            ext.scope.as_deref(),
            Some(
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/a"
            )
        );
    }

    #[test]
    fn within_compares_whole_segments_without_case() {
        let rg = "/subscriptions/s/resourceGroups/rg";
        assert!(is_within(&format!("{rg}/providers/X.Y/z/n"), rg));
        assert!(is_within(
            &format!("{rg}/providers/X.Y/z/n"),
            "/SUBSCRIPTIONS/s/resourcegroups/RG"
        ));
        assert!(is_within(rg, rg));
        assert!(!is_within("/subscriptions/s/resourceGroups/rg2", rg));
        assert!(!is_within("/subscriptions/s", rg));
        assert!(is_within("/anything", ""));
    }

    #[test]
    fn segments_must_be_plain() {
        assert!(check_segments("/subscriptions/s/resourceGroups/rg").is_ok());
        for bad in [
            "subscriptions/s",
            "/subscriptions/s/resourceGroups/..",
            "/subscriptions/s//x",
            "/subscriptions/s/resourceGroups/a?b",
            "/subscriptions/s/resourceGroups/a%2Fb",
            "/subscriptions/s/resourceGroups/a\\b",
        ] {
            assert!(check_segments(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn rejects_malformed() {
        assert!(parse("subscriptions/s").is_err());
        assert!(
            parse("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts")
                .is_err()
        );
        assert!(parse("/foo/bar").is_err());
    }
}
