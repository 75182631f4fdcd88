//! Planning without a cluster or Azure: the ARM requests the operator would send for a set of
//! manifests, owners and references resolved among them, unknowable values shown as placeholders.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};

use base64::Engine;
use serde_json::Value;

use aso_runtime::azure_name::{OwnerIdentity, azure_name};
use aso_runtime::reference::{ConfigMapReference, ResourceReference, SecretReference};
use aso_runtime::to_arm::{self, ConvertError, Resolver};
use aso_runtime::{KindInfo, OwnerRule, arm_id};

use super::{Plan, PlanError, PlannedRequest};
use crate::manifest::Manifest;
use aso_operator::extensions::{self, AzureState};

/// Plans `manifests` for `subscription`, with the kinds of `catalog`.
pub fn plan(manifests: &[Manifest], catalog: &[&'static KindInfo], subscription: &str) -> Plan {
    plan_with(manifests, catalog, subscription, Known::default())
}

/// Plans `manifests`, resolving what they do not hold from `known` (what a cluster holds, for
/// `asoctl plan` online); the manifests' own Secrets and ConfigMaps win.
pub fn plan_with(
    manifests: &[Manifest],
    catalog: &[&'static KindInfo],
    subscription: &str,
    known: Known,
) -> Plan {
    let mut plan = Plan::default();
    let values = Known::read(manifests, known, &mut plan);
    let mut resources = Vec::new();
    for manifest in manifests {
        match classify(manifest, catalog) {
            Class::Ours(info) => match check(manifest, info) {
                Ok(()) => resources.push(Resource { manifest, info }),
                Err(message) => plan.errors.push(PlanError::new(manifest, message)),
            },
            Class::Unserved(message) => plan.warnings.push(format!(
                "{}: {}: {message}; skipped",
                manifest.source,
                manifest.describe()
            )),
            Class::Other => {}
        }
    }
    let planner = Planner {
        subscription,
        resources: &resources,
        values: &values,
        ids: RefCell::default(),
        guesses: RefCell::default(),
    };
    let mut order = Vec::new();
    let mut state = vec![Visit::New; resources.len()];
    for (i, resource) in resources.iter().enumerate() {
        if let Err(message) = planner.visit(i, &mut state, &mut order) {
            plan.errors.push(PlanError::new(resource.manifest, message));
        }
    }
    for i in order {
        match planner.request(i) {
            Ok(request) => plan.requests.push(request),
            Err(message) => plan
                .errors
                .push(PlanError::new(resources[i].manifest, message)),
        }
    }
    plan.warnings
        .extend(planner.guesses.into_inner().into_values());
    plan
}

enum Class {
    Ours(&'static KindInfo),
    Unserved(String),
    Other,
}

fn classify(manifest: &Manifest, catalog: &[&'static KindInfo]) -> Class {
    let (group, version) = manifest
        .api_version()
        .split_once('/')
        .unwrap_or(("", manifest.api_version()));
    if let Some(info) = catalog
        .iter()
        .find(|i| i.api_group == group && i.version == version && i.kind == manifest.kind())
    {
        return Class::Ours(info);
    }
    let served: Vec<&str> = catalog
        .iter()
        .filter(|i| i.api_group == group && i.kind == manifest.kind())
        .map(|i| i.version)
        .collect();
    if !served.is_empty() {
        return Class::Unserved(format!(
            "version {version} is not served (served: {})",
            served.join(", ")
        ));
    }
    if group.ends_with(".azure.com") && catalog.iter().any(|i| i.api_group == group) {
        return Class::Unserved(format!(
            "kind {} is not generated in {group}",
            manifest.kind()
        ));
    }
    Class::Other
}

/// What the API server would say of a manifest (with kubectl's strict field validation: unknown
/// fields are errors, not silently dropped).
fn check(manifest: &Manifest, info: &KindInfo) -> Result<(), String> {
    if manifest.name().is_empty() {
        return Err("metadata.name is required".into());
    }
    if !manifest.value.get("spec").is_some_and(Value::is_object) {
        return Err("spec is required and must be an object".into());
    }
    let schema = aso_operator::crds::schema(info)?;
    let mut value = manifest.value.clone();
    let (pruned, errors) = aso_schema::admit(schema, &mut value, None);
    let mut problems: Vec<String> = pruned
        .iter()
        .map(|path| format!("{path}: unknown field"))
        .collect();
    problems.extend(errors.iter().map(|e| e.to_string()));
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

struct Resource<'a> {
    manifest: &'a Manifest,
    info: &'static KindInfo,
}

impl Resource<'_> {
    fn spec(&self) -> &Value {
        &self.manifest.value["spec"]
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Visit {
    New,
    Visiting,
    Done,
}

struct Planner<'a> {
    subscription: &'a str,
    resources: &'a [Resource<'a>],
    values: &'a Known,
    /// ARM IDs already worked out, by resource index.
    ids: RefCell<HashMap<usize, Result<String, String>>>,
    /// Owners matched by kind because no manifest had their name, by resource index.
    guesses: RefCell<BTreeMap<usize, String>>,
}

impl Planner<'_> {
    fn find(&self, namespace: &str, group: &str, kind: &str, name: &str) -> Option<usize> {
        self.resources.iter().position(|r| {
            r.manifest.namespace() == namespace
                && r.info.api_group == group
                && r.info.kind == kind
                && r.manifest.name() == name
        })
    }

    /// The owner of resource `i`: by name, or else the only manifest of the owner's kind in the
    /// namespace (samples often name an owner that the set holds under another name).
    fn find_owner(&self, i: usize, group: &str, kind: &str, name: &str) -> Option<usize> {
        let namespace = self.resources[i].manifest.namespace();
        if let Some(found) = self.find(namespace, group, kind, name) {
            return Some(found);
        }
        let mut same_kind = self.resources.iter().enumerate().filter(|(_, r)| {
            r.manifest.namespace() == namespace && r.info.api_group == group && r.info.kind == kind
        });
        let (only, owner) = same_kind.next()?;
        if same_kind.next().is_some() {
            return None;
        }
        self.guesses.borrow_mut().insert(
            i,
            format!(
                "{}: {}: owner {group}/{kind} {name:?} is not among the manifests; assuming the only {kind} given, {:?}",
                self.resources[i].manifest.source,
                self.resources[i].manifest.describe(),
                owner.manifest.name()
            ),
        );
        Some(only)
    }

    /// Orders resources so that owners and referenced resources come first.
    fn visit(&self, i: usize, state: &mut [Visit], order: &mut Vec<usize>) -> Result<(), String> {
        match state[i] {
            Visit::Done => return Ok(()),
            Visit::Visiting => {
                return Err(format!(
                    "{} is part of a cycle of owners or references",
                    self.resources[i].manifest.describe()
                ));
            }
            Visit::New => {}
        }
        state[i] = Visit::Visiting;
        for dependency in self.dependencies(i) {
            self.visit(dependency, state, order)?;
        }
        state[i] = Visit::Done;
        order.push(i);
        Ok(())
    }

    fn dependencies(&self, i: usize) -> Vec<usize> {
        let resource = &self.resources[i];
        let namespace = resource.manifest.namespace();
        let mut out = Vec::new();
        if let Some((group, kind, name)) = self.owner_object(i) {
            out.extend(self.find_owner(i, &group, &kind, &name));
        }
        if let Ok(dependencies) = to_arm::dependencies(resource.info, resource.spec()) {
            for dependency in dependencies {
                if let to_arm::Dependency::Resource { reference, .. } = dependency
                    && let (Some(group), Some(kind), Some(name)) =
                        (&reference.group, &reference.kind, &reference.name)
                {
                    out.extend(self.find(namespace, group, kind, name));
                }
            }
        }
        out
    }

    /// The owner as a Kubernetes object `(group, kind, name)`, when given by name.
    fn owner_object(&self, i: usize) -> Option<(String, String, String)> {
        let resource = &self.resources[i];
        let owner = resource.spec().get("owner")?;
        let name = owner.get("name")?.as_str()?.to_string();
        match resource.info.owner {
            OwnerRule::Kind(k) => Some((k.group.to_string(), k.kind.to_string(), name)),
            OwnerRule::Arbitrary => Some((
                owner.get("group")?.as_str()?.to_string(),
                owner.get("kind")?.as_str()?.to_string(),
                name,
            )),
            OwnerRule::None => None,
        }
    }

    fn arm_id(&self, i: usize) -> Result<String, String> {
        if let Some(known) = self.ids.borrow().get(&i) {
            return known.clone();
        }
        let id = self.compute_arm_id(i, 0);
        self.ids.borrow_mut().insert(i, id.clone());
        id
    }

    fn compute_arm_id(&self, i: usize, depth: usize) -> Result<String, String> {
        if depth > 32 {
            return Err("owner chain longer than 32 (a cycle?)".into());
        }
        let resource = &self.resources[i];
        let info = resource.info;
        let spec = resource.spec();
        let namespace = resource.manifest.namespace();
        let owner = spec.get("owner");
        let owner_id = match info.owner {
            OwnerRule::None => None,
            OwnerRule::Kind(_) | OwnerRule::Arbitrary => Some(self.owner_id(i, owner, depth)?),
        };
        let identity = match owner {
            Some(owner) => OwnerIdentity {
                group: owner
                    .get("group")
                    .and_then(Value::as_str)
                    .unwrap_or(match info.owner {
                        OwnerRule::Kind(k) => k.group,
                        _ => "",
                    }),
                kind: owner
                    .get("kind")
                    .and_then(Value::as_str)
                    .unwrap_or(match info.owner {
                        OwnerRule::Kind(k) => k.kind,
                        _ => "",
                    }),
                name: owner.get("name").and_then(Value::as_str).unwrap_or(""),
            },
            None => OwnerIdentity::default(),
        };
        let name = azure_name(info, namespace, resource.manifest.name(), spec, &identity);
        aso_runtime::azure_name::check_name(info, &name)?;
        Ok(arm_id::resource_id(
            info,
            self.subscription,
            owner_id.as_deref(),
            &name,
        ))
    }

    fn owner_id(&self, i: usize, owner: Option<&Value>, depth: usize) -> Result<String, String> {
        let owner = owner.ok_or("spec.owner is required")?;
        if let Some(id) = owner.get("armId").and_then(Value::as_str) {
            arm_id::parse(id).map_err(|e| format!("spec.owner.armId: {e}"))?;
            return Ok(id.to_string());
        }
        let (group, kind, name) = self
            .owner_object(i)
            .ok_or("spec.owner needs name (and for extension resources group and kind) or armId")?;
        let namespace = self.resources[i].manifest.namespace();
        if self.find(namespace, &group, &kind, &name).is_none()
            && let Some(id) = self.values.id(namespace, &group, &kind, &name)
        {
            return Ok(id.to_string());
        }
        match self.find_owner(i, &group, &kind, &name) {
            Some(owner) => self.compute_arm_id(owner, depth + 1),
            // A resource group that is not among the manifests is taken to exist under its name.
            None if group == "resources.azure.com" && kind == "ResourceGroup" => Ok(format!(
                "/subscriptions/{}/resourceGroups/{name}",
                self.subscription
            )),
            None => Err(format!(
                "owner {group}/{kind} {name:?} is not among the manifests given; add it, or give spec.owner.armId"
            )),
        }
    }

    fn request(&self, i: usize) -> Result<PlannedRequest, String> {
        let resource = &self.resources[i];
        let info = resource.info;
        let id = self.arm_id(i)?;
        let name = id.rsplit('/').next().unwrap_or_default().to_string();
        let resolver = PlanResolver {
            planner: self,
            namespace: resource.manifest.namespace(),
        };
        let mut body =
            to_arm::arm_body(info, resource.spec(), &name, &resolver).map_err(|e| e.to_string())?;
        extensions::adjust_body(info, &mut body, AzureState::Unknown);
        Ok(PlannedRequest {
            api_version: resource.manifest.api_version().to_string(),
            kind: info.kind.to_string(),
            namespace: resource.manifest.namespace().to_string(),
            name: resource.manifest.name().to_string(),
            method: "PUT".into(),
            url: format!("{id}?api-version={}", info.api_version),
            body,
        })
    }
}

struct PlanResolver<'a> {
    planner: &'a Planner<'a>,
    namespace: &'a str,
}

impl Resolver for PlanResolver<'_> {
    fn resource(&self, _path: &str, reference: &ResourceReference) -> Result<String, ConvertError> {
        if let Some(id) = &reference.arm_id {
            return Ok(id.clone());
        }
        let (group, kind, name) = (
            reference.group.as_deref().unwrap_or_default(),
            reference.kind.as_deref().unwrap_or_default(),
            reference.name.as_deref().unwrap_or_default(),
        );
        Ok(self
            .planner
            .find(self.namespace, group, kind, name)
            .and_then(|i| self.planner.arm_id(i).ok())
            .or_else(|| {
                self.planner
                    .values
                    .id(self.namespace, group, kind, name)
                    .map(str::to_string)
            })
            .unwrap_or_else(|| format!("$(ref:{group}/{kind}/{name})")))
    }

    fn secret(&self, _path: &str, reference: &SecretReference) -> Result<String, ConvertError> {
        Ok(self
            .planner
            .values
            .secrets
            .get(&(self.namespace.to_string(), reference.name.clone()))
            .and_then(|data| data.get(&reference.key).cloned())
            .unwrap_or_else(|| format!("$(secret:{}/{})", reference.name, reference.key)))
    }

    fn config_map(
        &self,
        _path: &str,
        reference: &ConfigMapReference,
    ) -> Result<String, ConvertError> {
        Ok(self
            .planner
            .values
            .config_maps
            .get(&(self.namespace.to_string(), reference.name.clone()))
            .and_then(|data| data.get(&reference.key).cloned())
            .unwrap_or_else(|| format!("$(configmap:{}/{})", reference.name, reference.key)))
    }
}

/// What planning can know beyond the resources it plans: Secret and ConfigMap values by
/// (namespace, name), and ARM IDs of resources by (namespace, group, kind, name).
#[derive(Debug, Default)]
pub struct Known {
    pub secrets: BTreeMap<(String, String), BTreeMap<String, String>>,
    pub config_maps: BTreeMap<(String, String), BTreeMap<String, String>>,
    pub ids: BTreeMap<(String, String, String, String), String>,
}

impl Known {
    fn id(&self, namespace: &str, group: &str, kind: &str, name: &str) -> Option<&str> {
        self.ids
            .get(&(
                namespace.to_string(),
                group.to_string(),
                kind.to_string(),
                name.to_string(),
            ))
            .map(String::as_str)
    }

    /// `known`, with the values of the Secrets and ConfigMaps among `manifests` added.
    fn read(manifests: &[Manifest], known: Known, plan: &mut Plan) -> Known {
        let mut values = known;
        for manifest in manifests.iter().filter(|m| m.api_version() == "v1") {
            let key = (
                manifest.namespace().to_string(),
                manifest.name().to_string(),
            );
            let strings = |field: &str| -> BTreeMap<String, String> {
                manifest
                    .value
                    .get(field)
                    .and_then(Value::as_object)
                    .map(|m| {
                        m.iter()
                            .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
                            .collect()
                    })
                    .unwrap_or_default()
            };
            match manifest.kind() {
                "Secret" => {
                    let mut data = BTreeMap::new();
                    for (k, encoded) in strings("data") {
                        match base64::engine::general_purpose::STANDARD.decode(encoded.trim()) {
                            Ok(bytes) => {
                                data.insert(k, String::from_utf8_lossy(&bytes).into_owned());
                            }
                            Err(e) => plan.errors.push(PlanError::new(
                                manifest,
                                format!("data.{k} is not base64: {e}"),
                            )),
                        }
                    }
                    data.extend(strings("stringData"));
                    values.secrets.insert(key, data);
                }
                "ConfigMap" => {
                    values.config_maps.insert(key, strings("data"));
                }
                _ => {}
            }
        }
        values
    }
}
