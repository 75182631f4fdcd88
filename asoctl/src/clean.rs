//! `asoctl clean crds [--dry-run]` (ASO's command): the storage migration that lets a CRD version
//! be dropped. kube-apiserver refuses a CRD update whose `spec.versions` drops a version listed in
//! `status.storedVersions`, and keeps objects in etcd at the version they were written at until
//! they are written again. So, for each of our CRDs (`*.azure.com`) whose `storedVersions` lists
//! more than its storage version (after our CRDs replaced ASO's, that is ASO's `...storage`
//! versions beside our hub `v1apistorage`):
//!
//! 1. every object is read and written back unchanged: the API server encodes a write at the
//!    storage version, so afterwards nothing is stored at another version (as Kubernetes'
//!    storage version migrator does; a write conflict means someone else wrote the object, which
//!    stored it at the storage version too, and a vanished object needs nothing);
//! 2. only then is `status.storedVersions` set to the storage version alone, with the CRD's
//!    `resourceVersion` from step 1, so a CRD changed meanwhile (a new storage version) is not
//!    pruned on stale knowledge.
//!
//! Stopping at any point leaves `storedVersions` as it was (still listing every version that may
//! hold objects), so an interrupted run is safe and the command can simply be run again.
//! `--dry-run` reads and reports, and writes nothing.

use std::io::Write;

use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::api::{Api, ApiResource, DynamicObject, ListParams, PostParams};

/// What the command did (or, dry, would do) to one CRD.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CrdReport {
    pub name: String,
    pub storage: String,
    /// `status.storedVersions` before.
    pub stored_before: Vec<String>,
    /// Objects rewritten (or, dry, to rewrite); `None` when the CRD needed nothing.
    pub objects: Option<usize>,
}

impl CrdReport {
    pub fn needs_migration(&self) -> bool {
        self.objects.is_some()
    }
}

/// Whether a CRD is one of ours: its group is an Azure one.
fn is_ours(crd: &CustomResourceDefinition) -> bool {
    let group = &crd.spec.group;
    group == "azure.com" || group.ends_with(".azure.com")
}

/// Runs the migration over every one of our CRDs; progress goes to `out`.
pub async fn crds(
    client: &kube::Client,
    dry_run: bool,
    out: &mut dyn Write,
) -> Result<Vec<CrdReport>, String> {
    let api: Api<CustomResourceDefinition> = Api::all(client.clone());
    let list = api
        .list(&ListParams::default())
        .await
        .map_err(|e| format!("listing CustomResourceDefinitions: {e}"))?;
    let mut reports = Vec::new();
    for crd in list.items.iter().filter(|c| is_ours(c)) {
        let report = clean_one(client, &api, crd, dry_run, out).await?;
        reports.push(report);
    }
    let pending = reports.iter().filter(|r| r.needs_migration()).count();
    let _ = writeln!(
        out,
        "{} of {} CRDs {}",
        pending,
        reports.len(),
        if dry_run {
            "would be migrated (dry run: nothing was changed)"
        } else {
            "migrated"
        }
    );
    Ok(reports)
}

async fn clean_one(
    client: &kube::Client,
    api: &Api<CustomResourceDefinition>,
    crd: &CustomResourceDefinition,
    dry_run: bool,
    out: &mut dyn Write,
) -> Result<CrdReport, String> {
    let name = crd.metadata.name.clone().unwrap_or_default();
    let storage = crd
        .spec
        .versions
        .iter()
        .find(|v| v.storage)
        .ok_or_else(|| format!("CRD {name}: no storage version"))?;
    let stored: Vec<String> = crd
        .status
        .as_ref()
        .and_then(|s| s.stored_versions.clone())
        .unwrap_or_default();
    let mut report = CrdReport {
        name: name.clone(),
        storage: storage.name.clone(),
        stored_before: stored.clone(),
        objects: None,
    };
    if stored.iter().all(|v| *v == storage.name) {
        let _ = writeln!(
            out,
            "{name}: stored only at {}; nothing to do",
            storage.name
        );
        return Ok(report);
    }
    if !storage.served {
        return Err(format!(
            "CRD {name}: its storage version {} is not served, so its objects cannot be rewritten",
            storage.name
        ));
    }
    let resource = ApiResource {
        group: crd.spec.group.clone(),
        version: storage.name.clone(),
        api_version: format!("{}/{}", crd.spec.group, storage.name),
        kind: crd.spec.names.kind.clone(),
        plural: crd.spec.names.plural.clone(),
    };
    let objects: Api<DynamicObject> = Api::all_with(client.clone(), &resource);
    let mut count = 0;
    let mut continue_token: Option<String> = None;
    loop {
        let mut params = ListParams::default().limit(500);
        if let Some(token) = &continue_token {
            params = params.continue_token(token);
        }
        let page = objects
            .list(&params)
            .await
            .map_err(|e| format!("listing {name} at {}: {e}", storage.name))?;
        for object in &page.items {
            if !dry_run {
                rewrite(client, &resource, object).await?;
            }
            count += 1;
        }
        continue_token = page.metadata.continue_.filter(|t| !t.is_empty());
        if continue_token.is_none() {
            break;
        }
    }
    report.objects = Some(count);
    if dry_run {
        let _ = writeln!(
            out,
            "{name}: would rewrite {count} objects at {storage}, then set status.storedVersions {stored:?} -> [{storage:?}]",
            storage = storage.name
        );
        return Ok(report);
    }
    prune_stored_versions(api, crd, &storage.name).await?;
    let _ = writeln!(
        out,
        "{name}: rewrote {count} objects at {storage}; status.storedVersions {stored:?} -> [{storage:?}]",
        storage = storage.name
    );
    Ok(report)
}

/// Writes `object` back unchanged, so the API server stores it at the storage version.
async fn rewrite(
    client: &kube::Client,
    resource: &ApiResource,
    object: &DynamicObject,
) -> Result<(), String> {
    let name = object.metadata.name.clone().unwrap_or_default();
    let namespace = object.metadata.namespace.clone();
    let api: Api<DynamicObject> = match &namespace {
        Some(ns) => Api::namespaced_with(client.clone(), ns, resource),
        None => Api::all_with(client.clone(), resource),
    };
    match api.replace(&name, &PostParams::default(), object).await {
        Ok(_) => Ok(()),
        // Written (so stored at the storage version) or deleted since it was listed.
        Err(kube::Error::Api(e)) if e.code == 409 || e.code == 404 => Ok(()),
        Err(e) => Err(format!(
            "rewriting {} {}{name}: {e} (nothing was pruned; run the command again)",
            resource.kind,
            namespace.map(|n| format!("{n}/")).unwrap_or_default()
        )),
    }
}

/// Sets `status.storedVersions` to the storage version, if the CRD has not changed since it was
/// read.
async fn prune_stored_versions(
    api: &Api<CustomResourceDefinition>,
    crd: &CustomResourceDefinition,
    storage: &str,
) -> Result<(), String> {
    let name = crd.metadata.name.clone().unwrap_or_default();
    let mut updated = crd.clone();
    if let Some(status) = updated.status.as_mut() {
        status.stored_versions = Some(vec![storage.to_string()]);
    }
    api.replace_status(&name, &PostParams::default(), &updated)
        .await
        .map(|_| ())
        .map_err(|e| match e {
            kube::Error::Api(e) if e.code == 409 => format!(
                "CRD {name} changed while its objects were rewritten; nothing was pruned, run the command again"
            ),
            e => format!("setting status.storedVersions of CRD {name}: {e}"),
        })
}
