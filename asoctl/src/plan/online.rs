//! `asoctl plan` against a cluster and Azure: for each resource of some manifests, whether
//! applying them would create it in Azure, change it (and which fields), or change nothing.
//! Owners, references, Secrets and ConfigMaps the manifests do not hold are read from the
//! cluster; the comparison is the operator's own drift detection.

use std::collections::BTreeSet;

use k8s_openapi::api::core::v1::{ConfigMap, Secret};
use kube::api::{Api, DynamicObject};
use serde::Serialize;
use serde_json::Value;

use aso_runtime::annotations::RESOURCE_ID;
use aso_runtime::arm_schema::ArmSchema;
use aso_runtime::reference::{SecretMapReference, SecretReference};
use aso_runtime::to_arm::{self, Dependency};
use aso_runtime::{KindInfo, OwnerRule};

use super::offline::{self, Known};
use super::{Plan, PlannedRequest};
use crate::import::ArmReader;
use crate::manifest::Manifest;

/// What applying a resource would do in Azure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    Create,
    Update,
    NoChange,
}

/// One resource's planned change.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    #[serde(flatten)]
    pub request: PlannedRequest,
    pub action: Action,
    /// For updates: what differs (`/properties/accessTier: Azure has "Cool", the spec says "Hot"`).
    pub differences: Vec<String>,
}

/// Plans `manifests` against the cluster of `kube` and the Azure `reader` reads, in
/// `subscription` (the credential's).
pub async fn plan(
    manifests: &[Manifest],
    catalog: &[&'static KindInfo],
    kube: &kube::Client,
    reader: &impl ArmReader,
    subscription: &str,
) -> Result<(Vec<Change>, Plan), String> {
    let known = from_cluster(manifests, catalog, kube).await?;
    let plan = offline::plan_with(manifests, catalog, subscription, known);
    let mut changes = Vec::new();
    for request in &plan.requests {
        let info = catalog
            .iter()
            .find(|i| i.api_version_string() == request.api_version && i.kind == request.kind)
            .ok_or_else(|| format!("{} {} is not served", request.api_version, request.kind))?;
        let id = request.url.split('?').next().unwrap_or_default();
        let actual = reader
            .get(id, info.api_version)
            .await
            .map_err(|e| format!("reading {id}: {e}"))?;
        let (action, differences) = match actual {
            None => (Action::Create, Vec::new()),
            Some(actual) => {
                let schema = ArmSchema::from_json(info.arm_schema)
                    .map_err(|e| format!("{}: ARM schema: {e}", info.kind))?;
                let drift = aso_operator::drift::differences(&request.body, &actual, &schema);
                match drift.is_empty() {
                    true => (Action::NoChange, Vec::new()),
                    false => (
                        Action::Update,
                        drift.iter().map(|d| d.to_string()).collect(),
                    ),
                }
            }
        };
        changes.push(Change {
            request: request.clone(),
            action,
            differences,
        });
    }
    Ok((changes, plan))
}

/// The ARM IDs, Secret values and ConfigMap values the manifests refer to but do not hold, from
/// the cluster.
async fn from_cluster(
    manifests: &[Manifest],
    catalog: &[&'static KindInfo],
    kube: &kube::Client,
) -> Result<Known, String> {
    let given: BTreeSet<(String, String, String)> = manifests
        .iter()
        .map(|m| {
            (
                m.namespace().to_string(),
                m.kind().to_string(),
                m.name().to_string(),
            )
        })
        .collect();
    let mut known = Known::default();
    for manifest in manifests {
        let Some(info) = catalog.iter().find(|i| {
            i.api_version_string() == manifest.api_version() && i.kind == manifest.kind()
        }) else {
            continue;
        };
        let namespace = manifest.namespace();
        let spec = &manifest.value["spec"];
        let mut objects = Vec::new();
        if let Some(name) = spec.pointer("/owner/name").and_then(Value::as_str) {
            match info.owner {
                OwnerRule::Kind(owner) => objects.push((
                    owner.group.to_string(),
                    owner.kind.to_string(),
                    name.to_string(),
                )),
                OwnerRule::Arbitrary => {
                    let text = |field: &str| {
                        spec.pointer(&format!("/owner/{field}"))
                            .and_then(Value::as_str)
                            .unwrap_or("")
                            .to_string()
                    };
                    objects.push((text("group"), text("kind"), name.to_string()));
                }
                OwnerRule::None => {}
            }
        }
        for dependency in to_arm::dependencies(info, spec).unwrap_or_default() {
            match dependency {
                Dependency::Resource { reference, .. } => {
                    if let (Some(group), Some(kind), Some(name)) =
                        (reference.group, reference.kind, reference.name)
                    {
                        objects.push((group, kind, name));
                    }
                }
                Dependency::Secret {
                    reference: SecretReference { name, .. },
                    ..
                }
                | Dependency::SecretMap {
                    reference: SecretMapReference { name },
                    ..
                } if !given.contains(&(namespace.into(), "Secret".into(), name.clone())) => {
                    let api: Api<Secret> = Api::namespaced(kube.clone(), namespace);
                    if let Some(secret) = api
                        .get_opt(&name)
                        .await
                        .map_err(|e| format!("reading Secret {namespace}/{name}: {e}"))?
                    {
                        let data = secret
                            .data
                            .unwrap_or_default()
                            .into_iter()
                            .map(|(k, v)| (k, String::from_utf8_lossy(&v.0).into_owned()))
                            .chain(secret.string_data.unwrap_or_default())
                            .collect();
                        known.secrets.insert((namespace.into(), name), data);
                    }
                }
                Dependency::ConfigMap { reference, .. }
                    if !given.contains(&(
                        namespace.into(),
                        "ConfigMap".into(),
                        reference.name.clone(),
                    )) =>
                {
                    let api: Api<ConfigMap> = Api::namespaced(kube.clone(), namespace);
                    if let Some(config_map) = api.get_opt(&reference.name).await.map_err(|e| {
                        format!("reading ConfigMap {namespace}/{}: {e}", reference.name)
                    })? {
                        known.config_maps.insert(
                            (namespace.into(), reference.name),
                            config_map.data.unwrap_or_default().into_iter().collect(),
                        );
                    }
                }
                _ => {}
            }
        }
        for (group, kind, name) in objects {
            if given.contains(&(namespace.to_string(), kind.clone(), name.clone())) {
                continue;
            }
            let Some(target) = catalog
                .iter()
                .find(|i| i.api_group == group && i.kind == kind)
            else {
                continue;
            };
            let api: Api<DynamicObject> = Api::namespaced_with(
                kube.clone(),
                namespace,
                &aso_operator::kinds::api_resource(target),
            );
            let object = api
                .get_opt(&name)
                .await
                .map_err(|e| format!("reading {kind} {namespace}/{name}: {e}"))?;
            if let Some(id) = object
                .as_ref()
                .and_then(|o| o.metadata.annotations.as_ref()?.get(RESOURCE_ID))
            {
                known
                    .ids
                    .insert((namespace.to_string(), group, kind, name), id.clone());
            }
        }
    }
    Ok(known)
}
