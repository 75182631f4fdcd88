//! Planning without a cluster or Azure: the ARM requests the operator would send for a set of
//! manifests, owners and references resolved among them, unknowable values shown as placeholders.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};

use base64::Engine;
use serde_json::Value;

use aso_runtime::reference::{
    ConfigMapReference, ResourceReference, SecretMapReference, SecretReference,
};
use aso_runtime::resolve::{self, NoOwnerObjects, OwnerObject, Owners, ResolveError, Subject};
use aso_runtime::to_arm::{self, ConvertError, Resolver};
use aso_runtime::{KindInfo, OwnerRule};

use super::classify::{Class, classify};
use super::{Plan, PlanError, PlannedRequest};
use crate::manifest::Manifest;
use aso_operator::extensions;

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
            Class::Skipped(why) => plan.skipped.push(format!(
                "{}: {}: {why}",
                manifest.source,
                manifest.describe()
            )),
            Class::Error(message) => plan.errors.push(PlanError::new(manifest, message)),
        }
    }
    let planner = Planner {
        catalog,
        subscription,
        resources: &resources,
        values: &values,
        ids: RefCell::default(),
        guesses: RefCell::default(),
        secrets: RefCell::default(),
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
    plan.secrets = planner.secrets.into_inner();
    plan
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
    catalog: &'a [&'static KindInfo],
    subscription: &'a str,
    resources: &'a [Resource<'a>],
    values: &'a Known,
    /// ARM IDs already worked out, by resource index.
    ids: RefCell<HashMap<usize, Result<String, String>>>,
    /// Owners matched by kind because no manifest had their name, by resource index.
    guesses: RefCell<BTreeMap<usize, String>>,
    /// Secret values put into bodies, with their placeholders.
    secrets: RefCell<Vec<(String, String)>>,
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
        let subject = Subject {
            info: resource.info,
            namespace: resource.manifest.namespace(),
            name: resource.manifest.name(),
            spec: resource.spec(),
        };
        let owners = PlanOwners {
            planner: self,
            from: i,
            depth,
        };
        resolve::resolve(self.catalog, subject, self.subscription, &owners)
            .map(|placement| placement.id)
            .map_err(|e| e.to_string())
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
        extensions::for_kind(info).plan_body(&mut body);
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

/// Owners given by name, found among the manifests (or what the cluster said, online).
struct PlanOwners<'a> {
    planner: &'a Planner<'a>,
    /// The resource whose owner is asked for.
    from: usize,
    depth: usize,
}

impl Owners for PlanOwners<'_> {
    fn arm_id(&self, namespace: &str, owner: &OwnerObject) -> Result<String, ResolveError> {
        let OwnerObject { group, kind, name } = owner;
        let planner = self.planner;
        if planner.find(namespace, group, kind, name).is_none()
            && let Some(id) = planner.values.id(namespace, group, kind, name)
        {
            return Ok(id.to_string());
        }
        match planner.find_owner(self.from, group, kind, name) {
            Some(found) => planner
                .compute_arm_id(found, self.depth + 1)
                .map_err(ResolveError::WaitingForOwner),
            // A resource group that is not among the manifests is taken to exist under its name.
            None if group == "resources.azure.com" && kind == "ResourceGroup" => {
                let group_kind = planner
                    .catalog
                    .iter()
                    .find(|i| i.kind_ref().is_resource_group())
                    .ok_or_else(|| {
                        ResolveError::WaitingForOwner("this build has no ResourceGroup kind".into())
                    })?;
                let subject = Subject {
                    info: group_kind,
                    namespace,
                    name,
                    spec: &Value::Null,
                };
                resolve::resolve(
                    planner.catalog,
                    subject,
                    planner.subscription,
                    &NoOwnerObjects,
                )
                .map(|placement| placement.id)
            }
            None => Err(ResolveError::WaitingForOwner(format!(
                "owner {group}/{kind} {name:?} is not among the manifests given; add it, or give spec.owner.armId"
            ))),
        }
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
        let placeholder = format!("$(secret:{}/{})", reference.name, reference.key);
        let known = self
            .planner
            .values
            .secrets
            .get(&(self.namespace.to_string(), reference.name.clone()))
            .and_then(|data| data.get(&reference.key).cloned());
        Ok(match known {
            // The value goes into the body (online planning compares it); the plan remembers it
            // so what is printed can show the placeholder instead.
            Some(value) => {
                self.planner
                    .secrets
                    .borrow_mut()
                    .push((value.clone(), placeholder));
                value
            }
            None => placeholder,
        })
    }

    fn secret_map(
        &self,
        _path: &str,
        reference: &SecretMapReference,
    ) -> Result<BTreeMap<String, String>, ConvertError> {
        let known = self
            .planner
            .values
            .secrets
            .get(&(self.namespace.to_string(), reference.name.clone()));
        let Some(data) = known else {
            // Offline, the keys are unknown too: one entry stands for them all.
            let placeholder = format!("$(secret:{}/*)", reference.name);
            return Ok([(placeholder.clone(), placeholder)].into());
        };
        let mut remembered = self.planner.secrets.borrow_mut();
        for (key, value) in data {
            remembered.push((value.clone(), format!("$(secret:{}/{key})", reference.name)));
        }
        Ok(data.clone())
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
