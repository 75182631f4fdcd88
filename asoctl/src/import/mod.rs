//! `asoctl import azure-resource`: manifests that reproduce existing Azure resources and the
//! children we generate kinds for. Owners are given by name when imported together, by ARM ID
//! otherwise; no status; secrets (which Azure never returns) are listed for the user to fill.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::future::Future;

use serde_json::{Map, Value, json};

use aso_runtime::from_arm::spec_from_arm;
use aso_runtime::resolve::{self, OwnerObject, Owners, ResolveError, Subject};
use aso_runtime::shape::{ObjectShape, Shape};
use aso_runtime::{AzureName, KindInfo, OwnerRule, Scope, arm_id};

use aso_operator::extensions;

mod azure;
pub mod metadata;
pub use azure::AzureReader;

/// Reading from ARM; the operator's client in `asoctl`, a fake in tests.
pub trait ArmReader {
    /// The resource at `id`, or `None` if it does not exist.
    fn get(
        &self,
        id: &str,
        api_version: &str,
    ) -> impl Future<Output = Result<Option<Value>, String>>;
    /// Every resource of a collection URL (path without query), following `nextLink`.
    fn list(
        &self,
        collection: &str,
        api_version: &str,
    ) -> impl Future<Output = Result<Vec<Value>, String>>;
}

/// What an import produced.
#[derive(Debug, Default)]
pub struct Imported {
    /// Manifests, owners before what they own.
    pub manifests: Vec<Value>,
    /// Resources passed over, and why (types we do not generate).
    pub skipped: Vec<String>,
    /// What the user must add before applying (secrets Azure does not return).
    pub notes: Vec<String>,
}

/// Imports the resources at `ids` and their children into manifests for `namespace`.
pub async fn import(
    reader: &impl ArmReader,
    catalog: &[&'static KindInfo],
    ids: &[String],
    namespace: &str,
) -> Result<Imported, String> {
    // Resources are read, and manifests written, at the newest version of each CRD.
    let catalog = &aso_runtime::versions::newest(catalog)[..];
    let mut imported = Imported::default();
    let mut queue: VecDeque<(String, Option<Parent>)> =
        ids.iter().map(|id| (id.clone(), None)).collect();
    let mut seen = BTreeSet::new();
    let mut names: BTreeMap<(&str, String), usize> = BTreeMap::new();
    let mut ids_by_name = IdsByName::new();
    while let Some((id, parent)) = queue.pop_front() {
        if !seen.insert(id.to_ascii_lowercase()) {
            continue;
        }
        let parsed = arm_id::parse(&id).map_err(|e| format!("{id}: {e}"))?;
        let Some(info) = kind_of(catalog, &parsed.resource_type) else {
            imported.skipped.push(format!(
                "{id}: type {} is not a kind this build generates",
                parsed.resource_type
            ));
            continue;
        };
        let Some(body) = reader
            .get(&id, info.api_version)
            .await
            .map_err(|e| format!("reading {id}: {e}"))?
        else {
            return Err(format!("{id}: not found"));
        };
        let azure_name = body
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or(&parsed.name)
            .to_string();
        let mut name = kubernetes_name(&azure_name);
        let count = names.entry((info.kind, name.clone())).or_default();
        *count += 1;
        if *count > 1 {
            name = format!("{name}-{count}");
        }
        let found_under = parent.as_ref().map(|p| p.id.as_str());
        if let Err(why) = extensions::for_kind(info).import(&azure_name, &body, found_under) {
            imported.skipped.push(format!("{id}: {why}"));
            // Found under another resource than its own (a role assignment listed at a
            // parent scope): it may be met again where it belongs.
            seen.remove(&id.to_ascii_lowercase());
            continue;
        }
        let mut manifest = manifest(
            info,
            &id,
            &body,
            &name,
            &azure_name,
            namespace,
            parent.as_ref(),
        );
        // The manifest must name the very resource it was read from, by the rules the operator
        // applies: a name Azure holds that our rules refuse is reported, not written.
        let owners = ImportedOwners(&ids_by_name);
        let subject = Subject {
            info,
            namespace,
            name: &name,
            spec: &manifest["spec"],
        };
        let subscription = parsed.subscription.clone().unwrap_or_default();
        match resolve::resolve(catalog, subject, &subscription, &owners) {
            Ok(placement) if placement.id.eq_ignore_ascii_case(&id) => {}
            Ok(placement) => {
                imported.skipped.push(format!(
                    "{id}: the manifest would address {} instead",
                    placement.id
                ));
                continue;
            }
            Err(e) => {
                imported.skipped.push(format!("{id}: {e}"));
                continue;
            }
        }
        ids_by_name.insert((info.api_group, info.kind, name.clone()), id.clone());
        // What Azure returns inside writable objects can include read-only values (a timestamp in
        // storage encryption settings): keep only what the CRD declares, as the API server would.
        aso_schema::prune(aso_operator::crds::schema(info)?, &mut manifest);
        imported.manifests.push(manifest);
        for secret in secret_paths(info.spec, "spec") {
            imported.notes.push(format!("{} {namespace}/{name}: {secret} is a secret Azure does not return; set it to a Secret reference", info.kind));
        }
        let this = Parent {
            info,
            name: name.clone(),
            id: id.clone(),
        };
        for (collection, api_version) in child_collections(catalog, info, &id) {
            let items = reader
                .list(&collection, api_version)
                .await
                .map_err(|e| format!("listing {collection}: {e}"))?;
            for item in items {
                if let Some(child_id) = item.get("id").and_then(Value::as_str) {
                    queue.push_back((child_id.to_string(), Some(this.clone())));
                }
            }
        }
    }
    Ok(imported)
}

/// The ARM IDs of what this import made manifests for, by (group, kind, manifest name): the
/// owners of later manifests, by name.
type IdsByName = BTreeMap<(&'static str, &'static str, String), String>;

struct ImportedOwners<'a>(&'a IdsByName);

impl Owners for ImportedOwners<'_> {
    fn arm_id(&self, namespace: &str, owner: &OwnerObject) -> Result<String, ResolveError> {
        self.0
            .iter()
            .find(|((group, kind, name), _)| {
                *group == owner.group && *kind == owner.kind && *name == owner.name
            })
            .map(|(_, id)| id.clone())
            .ok_or_else(|| {
                ResolveError::WaitingForOwner(format!(
                    "owner {} {namespace}/{} was not imported",
                    owner.kind, owner.name
                ))
            })
    }
}

#[derive(Clone)]
struct Parent {
    info: &'static KindInfo,
    name: String,
    id: String,
}

fn kind_of(catalog: &[&'static KindInfo], arm_type: &str) -> Option<&'static KindInfo> {
    catalog
        .iter()
        .copied()
        .find(|i| i.arm_type.eq_ignore_ascii_case(arm_type))
}

/// Where the children of the resource at `id` are listed, with the api-version to list them at.
/// A resource group lists everything in it (so types we do not generate are seen and reported);
/// a resource lists each nested kind we generate. Both list the role assignments made on them
/// (ARM's answer includes those inherited from above, which the role assignment's import rule
/// leaves out); other extension resources can hang off anything and are imported by ID.
fn child_collections(
    catalog: &[&'static KindInfo],
    info: &KindInfo,
    id: &str,
) -> Vec<(String, &'static str)> {
    let role_assignments = kind_of(catalog, ROLE_ASSIGNMENT)
        .filter(|_| info.scope != Scope::Extension)
        .map(|ra| (format!("{id}/providers/{ROLE_ASSIGNMENT}"), ra.api_version));
    if info.scope == Scope::Location {
        let mut collections = vec![(format!("{id}/resources"), GENERIC_RESOURCES_API_VERSION)];
        collections.extend(role_assignments);
        return collections;
    }
    let mut children: Vec<&'static KindInfo> = catalog
        .iter()
        .copied()
        .filter(|c| matches!(c.owner, OwnerRule::Kind(owner) if owner.group == info.api_group && owner.kind == info.kind))
        .collect();
    children.sort_by_key(|c| (c.api_group, c.kind));
    children.dedup_by_key(|c| c.arm_type.to_ascii_lowercase());
    children
        .into_iter()
        .map(|c| (format!("{id}/{}", c.child_segment()), c.api_version))
        .chain(role_assignments)
        .collect()
}

/// The ARM type of role assignments.
const ROLE_ASSIGNMENT: &str = "Microsoft.Authorization/roleAssignments";

/// The api-version of ARM's generic resource listing.
const GENERIC_RESOURCES_API_VERSION: &str = "2021-04-01";

fn manifest(
    info: &KindInfo,
    id: &str,
    body: &Value,
    name: &str,
    azure_name: &str,
    namespace: &str,
    parent: Option<&Parent>,
) -> Value {
    let mut spec = match spec_from_arm(info, body) {
        Value::Object(map) => map,
        _ => Map::new(),
    };
    if !matches!(info.azure_name, AzureName::Fixed(_)) && azure_name != name {
        spec.insert("azureName".into(), json!(azure_name));
    }
    let parent_id = arm_id::owner_of(id, info);
    match (info.owner, parent, parent_id) {
        (OwnerRule::None, ..) => {}
        (OwnerRule::Kind(_), Some(parent), _) => {
            spec.insert("owner".into(), json!({"name": parent.name}));
        }
        (OwnerRule::Arbitrary, Some(parent), _) => {
            spec.insert("owner".into(), json!({"group": parent.info.api_group, "kind": parent.info.kind, "name": parent.name}));
        }
        (_, None, Some(parent_id)) => {
            spec.insert("owner".into(), json!({"armId": parent_id}));
        }
        (_, None, None) => {}
    }
    json!({
        "apiVersion": info.api_version_string(),
        "kind": info.kind,
        "metadata": {"name": name, "namespace": namespace},
        "spec": spec,
    })
}

/// A valid Kubernetes name (RFC 1123 subdomain) for an Azure name.
pub fn kubernetes_name(azure_name: &str) -> String {
    let lowered: String = azure_name
        .to_ascii_lowercase()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let trimmed = lowered.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    let mut name: String = trimmed.chars().take(253).collect();
    name = name
        .trim_end_matches(|c: char| !c.is_ascii_alphanumeric())
        .to_string();
    if name.is_empty() {
        "resource".into()
    } else {
        name
    }
}

/// Paths of the secret properties of a shape (`spec.administratorLoginPassword`).
fn secret_paths(shape: &ObjectShape, at: &str) -> Vec<String> {
    let mut out = Vec::new();
    for prop in shape.props {
        let path = format!("{at}.{}", prop.name);
        match &prop.shape {
            Shape::Secret | Shape::SecretMap => out.push(path),
            Shape::Object(inner) => out.extend(secret_paths(inner, &path)),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests;
