//! ARM resource IDs: building the ID of a resource from its owner, and reading IDs apart.

use crate::kind::{KindInfo, Scope};

/// The ARM ID of a resource of `info`'s kind named `name`.
///
/// `owner_id` is the ARM ID of the owner (a resource group, a parent resource, or for extension
/// resources any resource); it is ignored for kinds that have no owner.
pub fn resource_id(
    info: &KindInfo,
    subscription: &str,
    owner_id: Option<&str>,
    name: &str,
) -> String {
    let owner = owner_id.map(|id| id.trim_end_matches('/'));
    match info.scope {
        Scope::Location => format!("/subscriptions/{subscription}/resourceGroups/{name}"),
        Scope::Tenant => format!("/providers/{}/{name}", info.arm_type),
        Scope::Subscription => format!(
            "/subscriptions/{subscription}/providers/{}/{name}",
            info.arm_type
        ),
        Scope::Extension => format!("{}/providers/{}/{name}", owner.unwrap_or(""), info.arm_type),
        Scope::ResourceGroup => {
            let owner = owner.unwrap_or("");
            if is_child_type(info.arm_type) {
                format!("{owner}/{}/{name}", info.child_segment())
            } else {
                format!("{owner}/providers/{}/{name}", info.arm_type)
            }
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
    fn rejects_malformed() {
        assert!(parse("subscriptions/s").is_err());
        assert!(
            parse("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts")
                .is_err()
        );
        assert!(parse("/foo/bar").is_err());
    }
}
