//! Reading an ARM request path apart: which subscription, resource group, resource, collection or
//! action it addresses.
//!
//! ARM paths are case-insensitive in their fixed segments (`resourceGroups`, `providers`) and keep
//! the caller's casing in names; IDs built here keep the caller's casing and [`ResourceAddr::key`]
//! gives the case-folded form the store is keyed by.

use percent_encoding::percent_decode_str;

/// What a request path addresses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `/subscriptions`
    Subscriptions,
    /// `/subscriptions/{sub}`
    Subscription { sub: String },
    /// `/subscriptions/{sub}/locations`
    Locations { sub: String },
    /// `/subscriptions/{sub}/providers` (or `/providers` at tenant level)
    Providers { sub: Option<String> },
    /// `/subscriptions/{sub}/providers/{namespace}`
    Provider {
        sub: Option<String>,
        namespace: String,
    },
    /// `POST /subscriptions/{sub}/providers/{namespace}/{action}` (`register`, `unregister`,
    /// `checkNameAvailability`, ...).
    ProviderAction {
        sub: Option<String>,
        namespace: String,
        action: String,
    },
    /// `/subscriptions/{sub}/resourcegroups`
    ResourceGroups { sub: String },
    /// `/subscriptions/{sub}/resources` or `/subscriptions/{sub}/resourceGroups/{rg}/resources`
    GenericResources {
        sub: String,
        resource_group: Option<String>,
    },
    /// One addressable resource (resource groups included).
    Resource(ResourceAddr),
    /// A collection of resources of one type under a scope or parent (`GET` only).
    Collection(CollectionAddr),
    /// `POST {resource}/{action}`.
    Action {
        resource: ResourceAddr,
        action: String,
    },
    /// A long-running operation's status monitor (`.../operationResults/{id}` and friends);
    /// `monitor` is the segment before the ID, lower case (`operationstatuses` is an
    /// `Azure-AsyncOperation` status resource, the others answer as `Location` monitors).
    Operation {
        id: String,
        monitor: String,
        /// The subscription the URL names, if any.
        sub: Option<String>,
    },
}

/// The address of one resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceAddr {
    /// The ARM ID in the caller's casing, without trailing slash.
    pub id: String,
    pub subscription: Option<String>,
    pub resource_group: Option<String>,
    /// `Microsoft.Storage`; `Microsoft.Resources` for resource groups.
    pub namespace: String,
    /// Type segments below the namespace (`["storageAccounts", "blobServices"]`).
    pub types: Vec<String>,
    /// One name per type segment.
    pub names: Vec<String>,
    /// The ID this resource hangs off: the resource group, the subscription, `""` at tenant level,
    /// or another resource for extension resources. For nested resources, the scope of the
    /// top-level ancestor.
    pub scope: String,
    /// Whether the scope is itself a provider resource (so this is certainly an extension).
    pub scope_is_resource: bool,
}

impl ResourceAddr {
    /// `Microsoft.Storage/storageAccounts/blobServices`.
    pub fn arm_type(&self) -> String {
        let mut t = self.namespace.clone();
        for s in &self.types {
            t.push('/');
            t.push_str(s);
        }
        t
    }

    pub fn name(&self) -> &str {
        self.names.last().map(String::as_str).unwrap_or("")
    }

    /// The case-folded ID: the store's key.
    pub fn key(&self) -> String {
        self.id.to_ascii_lowercase()
    }

    pub fn is_resource_group(&self) -> bool {
        self.namespace.eq_ignore_ascii_case("Microsoft.Resources")
            && self.types.len() == 1
            && self.types[0].eq_ignore_ascii_case("resourceGroups")
    }

    /// Whether this is a child of another resource of the same provider.
    pub fn is_nested(&self) -> bool {
        self.types.len() > 1
    }

    /// For nested resources, the parent's ID.
    pub fn parent_id(&self) -> Option<String> {
        if !self.is_nested() {
            return None;
        }
        let cut = self.id.rfind('/').and_then(|i| self.id[..i].rfind('/'))?;
        Some(self.id[..cut].to_string())
    }

    /// The type without namespace, as ARM words it in messages (`storageAccounts/blobServices`).
    pub fn short_type(&self) -> String {
        self.types.join("/")
    }
}

/// A collection: every resource of one type under a scope or a parent resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CollectionAddr {
    /// The ID the collection is listed under (resource group, subscription or parent resource).
    pub under: String,
    pub subscription: Option<String>,
    pub resource_group: Option<String>,
    pub namespace: String,
    pub types: Vec<String>,
    /// For child collections, the parent resource.
    pub parent: Option<ResourceAddr>,
}

impl CollectionAddr {
    pub fn arm_type(&self) -> String {
        format!("{}/{}", self.namespace, self.types.join("/"))
    }
}

/// Why a path could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct PathError(pub String);

/// Segment names that introduce an operation status monitor.
const OPERATION_SEGMENTS: [&str; 5] = [
    "operationresults",
    "operationstatuses",
    "asyncoperations",
    "operationstatus",
    "operations",
];

/// Reads a request path (without query). `method` decides between a collection and an action for
/// paths that end in a type segment.
pub fn parse(method: &str, path: &str) -> Result<Route, PathError> {
    if !path.starts_with('/') {
        return Err(PathError(format!("path {path:?} must start with '/'")));
    }
    let mut segments = Vec::new();
    for raw in path.trim_end_matches('/').split('/').skip(1) {
        let decoded = percent_decode_str(raw).decode_utf8().map_err(|_| {
            PathError(format!(
                "path segment {raw:?} is not valid UTF-8 once decoded"
            ))
        })?;
        if decoded.is_empty() {
            return Err(PathError(format!("path {path:?} has an empty segment")));
        }
        if decoded.contains('/') {
            return Err(PathError(format!(
                "path segment {raw:?} decodes to a value containing '/'"
            )));
        }
        segments.push(decoded.into_owned());
    }
    let is = |i: usize, lit: &str| segments.get(i).is_some_and(|s| s.eq_ignore_ascii_case(lit));
    let post = method.eq_ignore_ascii_case("POST");

    // Status monitors live at several shapes of URL; the simulator only hands out its own, whose
    // second-to-last segment names them.
    if segments.len() >= 2 {
        let marker = segments[segments.len() - 2].to_ascii_lowercase();
        // `operations` is also the provider's operation list (`/providers/{ns}/operations`), which is
        // a collection, not a status monitor: only treat it as one under a location.
        let under_location =
            segments.len() >= 4 && segments[segments.len() - 4].eq_ignore_ascii_case("locations");
        if OPERATION_SEGMENTS.contains(&marker.as_str())
            && (marker != "operations" || under_location)
        {
            return Ok(Route::Operation {
                id: segments[segments.len() - 1].clone(),
                monitor: marker,
                sub: is(0, "subscriptions").then(|| segments[1].clone()),
            });
        }
    }

    match segments.len() {
        0 => return Err(PathError("the root path addresses nothing".into())),
        1 if is(0, "subscriptions") => return Ok(Route::Subscriptions),
        1 if is(0, "providers") => return Ok(Route::Providers { sub: None }),
        2 if is(0, "subscriptions") => {
            return Ok(Route::Subscription {
                sub: segments[1].clone(),
            });
        }
        _ => {}
    }
    if !is(0, "subscriptions") && !is(0, "providers") {
        return Err(PathError(format!(
            "path {path:?} must start with /subscriptions or /providers"
        )));
    }

    let last_providers = segments
        .iter()
        .rposition(|s| s.eq_ignore_ascii_case("providers"));
    let Some(p) = last_providers else {
        // No provider segment: subscription-level and resource group paths.
        let rest = &segments[2..];
        let sub = segments[1].clone();
        return match rest.len() {
            1 if is(2, "locations") => Ok(Route::Locations { sub }),
            1 if is(2, "resourceGroups") => Ok(Route::ResourceGroups { sub }),
            1 if is(2, "resources") => Ok(Route::GenericResources {
                sub,
                resource_group: None,
            }),
            2 if is(2, "resourceGroups") => {
                Ok(Route::Resource(resource_group_addr(&sub, &rest[1])))
            }
            3 if is(2, "resourceGroups") && is(4, "resources") => Ok(Route::GenericResources {
                sub,
                resource_group: Some(rest[1].clone()),
            }),
            3 if is(2, "resourceGroups") && post => Ok(Route::Action {
                resource: resource_group_addr(&sub, &rest[1]),
                action: rest[2].clone(),
            }),
            _ => Err(PathError(format!(
                "path {path:?} addresses nothing ARM serves"
            ))),
        };
    };

    let head = &segments[..p];

    // The scope: tenant, subscription, resource group, or (for extension resources) a resource.
    let (scope_id, subscription, resource_group, scope_resource) = match head.len() {
        0 => (String::new(), None, None, None),
        2 if is(0, "subscriptions") => (
            format!("/subscriptions/{}", head[1]),
            Some(head[1].clone()),
            None,
            None,
        ),
        4 if is(0, "subscriptions") && is(2, "resourceGroups") => (
            format!("/subscriptions/{}/resourceGroups/{}", head[1], head[3]),
            Some(head[1].clone()),
            Some(head[3].clone()),
            None,
        ),
        _ => {
            let scope_path = format!("/{}", head.join("/"));
            match parse("GET", &scope_path)? {
                Route::Resource(r) => (
                    r.id.clone(),
                    r.subscription.clone(),
                    r.resource_group.clone(),
                    Some(r),
                ),
                _ => {
                    return Err(PathError(format!(
                        "path {path:?}: '{scope_path}' is neither a subscription, a resource group nor a resource"
                    )));
                }
            }
        }
    };

    // A provider segment at the head of a resource group or deeper scope that has nothing after it.
    let tail = &segments[p + 1..];
    let Some(namespace) = tail.first().cloned() else {
        return match (head.len(), subscription) {
            (0, _) => Ok(Route::Providers { sub: None }),
            (2, Some(sub)) => Ok(Route::Providers { sub: Some(sub) }),
            _ => Err(PathError(format!(
                "path {path:?} ends in 'providers' under a resource"
            ))),
        };
    };
    let rest = &tail[1..];
    if rest.is_empty() {
        return match head.len() {
            0 | 2 => Ok(Route::Provider {
                sub: subscription,
                namespace,
            }),
            _ => Err(PathError(format!(
                "path {path:?} names a namespace but no resource type"
            ))),
        };
    }
    if rest.len() == 1 && post && head.len() <= 2 {
        return Ok(Route::ProviderAction {
            sub: subscription,
            namespace,
            action: rest[0].clone(),
        });
    }

    let types: Vec<String> = rest.iter().step_by(2).cloned().collect();
    let names: Vec<String> = rest.iter().skip(1).step_by(2).cloned().collect();
    let scope_is_resource = scope_resource.is_some();
    let build = |types: &[String], names: &[String]| {
        let mut id = format!("{scope_id}/providers/{namespace}");
        for (t, n) in types.iter().zip(names) {
            id.push('/');
            id.push_str(t);
            id.push('/');
            id.push_str(n);
        }
        ResourceAddr {
            id,
            subscription: subscription.clone(),
            resource_group: resource_group.clone(),
            namespace: namespace.clone(),
            types: types.to_vec(),
            names: names.to_vec(),
            scope: scope_id.clone(),
            scope_is_resource,
        }
    };

    if rest.len() % 2 == 0 {
        return Ok(Route::Resource(build(&types, &names)));
    }
    // Odd: a collection (GET) or an action on the resource before the last segment (POST).
    let parent = (!names.is_empty()).then(|| build(&types[..names.len()], &names));
    if post {
        return match parent {
            Some(resource) => Ok(Route::Action {
                resource,
                action: types[names.len()].clone(),
            }),
            None => Err(PathError(format!(
                "path {path:?}: POST needs a resource before the action"
            ))),
        };
    }
    Ok(Route::Collection(CollectionAddr {
        under: parent
            .as_ref()
            .map(|p| p.id.clone())
            .unwrap_or_else(|| scope_id.clone()),
        subscription: subscription.clone(),
        resource_group: resource_group.clone(),
        namespace: namespace.clone(),
        types,
        parent,
    }))
}

fn resource_group_addr(sub: &str, rg: &str) -> ResourceAddr {
    ResourceAddr {
        id: format!("/subscriptions/{sub}/resourceGroups/{rg}"),
        subscription: Some(sub.to_string()),
        resource_group: Some(rg.to_string()),
        namespace: "Microsoft.Resources".into(),
        types: vec!["resourceGroups".into()],
        names: vec![rg.to_string()],
        scope: format!("/subscriptions/{sub}"),
        scope_is_resource: false,
    }
}

/// Whether `id` is `scope` or lies below it (segment-aware, case-insensitive).
pub fn is_within(id: &str, scope: &str) -> bool {
    let scope = scope.trim_end_matches('/');
    if scope.is_empty() {
        return true;
    }
    id.len() >= scope.len()
        && id[..scope.len()].eq_ignore_ascii_case(scope)
        && (id.len() == scope.len() || id.as_bytes()[scope.len()] == b'/')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn resource(method: &str, path: &str) -> ResourceAddr {
        match parse(method, path).unwrap() {
            Route::Resource(r) => r,
            other => panic!("{path}: expected a resource, got {other:?}"),
        }
    }

    #[test]
    fn reads_nested_resource() {
        let r = resource(
            "PUT",
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/acct/blobServices/default",
        );
        assert_eq!(
            r.arm_type(),
            "Microsoft.Storage/storageAccounts/blobServices"
        );
        assert_eq!(r.name(), "default");
        assert_eq!(r.scope, "/subscriptions/s/resourceGroups/rg");
        assert_eq!(
            r.parent_id().as_deref(),
            Some(
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/acct"
            )
        );
    }

    #[test]
    fn reads_extension_resource_on_resource() {
        let r = resource(
            "PUT",
            "/subscriptions/s/resourcegroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/mi/providers/Microsoft.Authorization/roleAssignments/1234",
        );
        assert_eq!(r.arm_type(), "Microsoft.Authorization/roleAssignments");
        assert!(r.scope_is_resource);
        // Fixed segments take ARM's canonical casing; names keep the caller's.
        assert_eq!(
            r.scope,
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/mi"
        );
        assert_eq!(r.resource_group.as_deref(), Some("rg"));
    }

    #[test]
    fn reads_subscription_level_paths() {
        assert_eq!(
            parse("GET", "/subscriptions").unwrap(),
            Route::Subscriptions
        );
        assert_eq!(
            parse("GET", "/subscriptions/s/resourcegroups").unwrap(),
            Route::ResourceGroups { sub: "s".into() }
        );
        assert!(
            matches!(parse("GET", "/subscriptions/s/resourceGroups/rg").unwrap(), Route::Resource(r) if r.is_resource_group())
        );
        assert_eq!(
            parse(
                "POST",
                "/subscriptions/s/providers/Microsoft.Storage/register"
            )
            .unwrap(),
            Route::ProviderAction {
                sub: Some("s".into()),
                namespace: "Microsoft.Storage".into(),
                action: "register".into()
            }
        );
        assert_eq!(
            parse("GET", "/subscriptions/s/providers/Microsoft.Storage").unwrap(),
            Route::Provider {
                sub: Some("s".into()),
                namespace: "Microsoft.Storage".into()
            }
        );
        assert_eq!(
            parse("GET", "/subscriptions/s/resourceGroups/rg/resources").unwrap(),
            Route::GenericResources {
                sub: "s".into(),
                resource_group: Some("rg".into())
            }
        );
    }

    #[test]
    fn reads_collections_and_actions() {
        let Route::Collection(c) = parse(
            "GET",
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts",
        )
        .unwrap() else {
            panic!()
        };
        assert_eq!(c.arm_type(), "Microsoft.Storage/storageAccounts");
        assert_eq!(c.under, "/subscriptions/s/resourceGroups/rg");
        let Route::Action { resource, action } =
            parse("POST", "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/a/listKeys").unwrap()
        else {
            panic!()
        };
        assert_eq!(action, "listKeys");
        assert_eq!(resource.name(), "a");
    }

    #[test]
    fn reads_operation_monitors_from_recordings() {
        for path in [
            "/subscriptions/0/operationresults/eyJqb2JJZCI6IlJ",
            "/subscriptions/0/providers/Microsoft.Storage/locations/westus2/asyncoperations/a012836f",
            "/subscriptions/0/resourceGroups/rg/providers/Microsoft.ServiceBus/namespaces/n/operationresults/n",
            "/subscriptions/0/resourcegroups/rg/providers/Microsoft.ServiceBus/locations/westus2/operationStatus/n",
            "/subscriptions/0/providers/Microsoft.KeyVault/locations/westus2/operationResults/VVR8MDYz",
        ] {
            assert!(
                matches!(parse("GET", path).unwrap(), Route::Operation { .. }),
                "{path}"
            );
        }
        assert!(matches!(
            parse("GET", "/providers/Microsoft.Storage/operations").unwrap(),
            Route::Collection(_)
        ));
    }

    #[test]
    fn rejects_malformed() {
        for path in [
            "",
            "subscriptions/s",
            "/",
            "/foo/bar",
            "/subscriptions/s//x",
            "/subscriptions/s/resourceGroups/rg/x/y",
        ] {
            assert!(parse("GET", path).is_err(), "{path:?}");
        }
        assert!(parse("GET", "/subscriptions/s/resourceGroups/a%2Fb").is_err());
    }

    #[test]
    fn within_is_segment_aware() {
        assert!(is_within(
            "/subscriptions/s/resourceGroups/RG/providers/x",
            "/subscriptions/s/resourcegroups/rg"
        ));
        assert!(!is_within(
            "/subscriptions/s/resourceGroups/rg2",
            "/subscriptions/s/resourceGroups/rg"
        ));
        assert!(is_within("/anything", ""));
    }

    fn name() -> impl Strategy<Value = String> {
        "[a-zA-Z0-9][a-zA-Z0-9._-]{0,20}".prop_filter("not a reserved segment", |s| {
            let l = s.to_ascii_lowercase();
            ![
                "providers",
                "resourcegroups",
                "subscriptions",
                "resources",
                "locations",
            ]
            .contains(&l.as_str())
                && !OPERATION_SEGMENTS.contains(&l.as_str())
        })
    }

    proptest! {
        #[test]
        fn resource_ids_round_trip(
            sub in name(), rg in name(), ns in "Microsoft\\.[A-Z][a-zA-Z]{1,12}",
            pairs in proptest::collection::vec((name(), name()), 1..4),
        ) {
            let mut path = format!("/subscriptions/{sub}/resourceGroups/{rg}/providers/{ns}");
            for (t, n) in &pairs {
                path.push_str(&format!("/{t}/{n}"));
            }
            let r = resource("PUT", &path);
            prop_assert_eq!(&r.id, &path);
            prop_assert_eq!(r.subscription.as_deref(), Some(sub.as_str()));
            prop_assert_eq!(r.resource_group.as_deref(), Some(rg.as_str()));
            prop_assert_eq!(r.types.len(), pairs.len());
            prop_assert_eq!(r.name(), pairs.last().unwrap().1.as_str());
            // The runtime's parser agrees on type and name.
            let parsed = aso_runtime::arm_id::parse(&r.id).unwrap();
            prop_assert_eq!(parsed.resource_type, r.arm_type());
            // A collection of the last type under the parent lists this resource.
            let collection_path = path.rsplit_once('/').unwrap().0.to_string();
            let route = parse("GET", &collection_path).unwrap();
            match route {
                Route::Collection(c) => prop_assert_eq!(c.arm_type(), r.arm_type()),
                other => prop_assert!(false, "expected collection, got {:?}", other),
            }
        }

        #[test]
        fn extension_scope_round_trips(
            sub in name(), rg in name(), n in name(), ra in name(),
        ) {
            let scope = format!("/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Storage/storageAccounts/{n}");
            let path = format!("{scope}/providers/Microsoft.Authorization/roleAssignments/{ra}");
            let r = resource("PUT", &path);
            prop_assert_eq!(&r.scope, &scope);
            prop_assert!(r.scope_is_resource);
            prop_assert_eq!(r.arm_type(), "Microsoft.Authorization/roleAssignments");
        }

        #[test]
        fn never_panics(path in "(/[a-zA-Z0-9%._-]{0,12}){0,10}", post in any::<bool>()) {
            let _ = parse(if post { "POST" } else { "GET" }, &path);
        }
    }
}
