//! `asoctl plan --offline` on ASO's samples gives, for every PUT ASO recorded for them, the same
//! body (for the versions this build serves).

use std::collections::BTreeMap;
use std::path::PathBuf;

use aso_ctl::{manifest, plan};
use aso_e2e::{recordings, reference};

/// Maps a recording (`Test_Storage_v1api20230101_CreationAndDeletion`) to its samples folder.
fn samples_of(recording: &str) -> Option<PathBuf> {
    let rest = recording
        .strip_prefix("Test_")?
        .strip_suffix("_CreationAndDeletion")?;
    let (group, version) = rest.split_once('_')?;
    Some(
        reference::samples()
            .join(group.to_ascii_lowercase())
            .join(version),
    )
}

/// The cassettes of one folder of ASO's recordings, in name order.
fn cassettes(folder: &str) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(reference::recordings().join(folder))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    entries
}

#[test]
fn plan_matches_recorded_puts() {
    let catalog = aso_catalog::catalog();
    let mut compared = 0;
    let mut failures = Vec::new();
    for cassette in cassettes("samples") {
        let name = cassette.file_stem().unwrap().to_string_lossy().to_string();
        let Some(samples) = samples_of(&name) else {
            continue;
        };
        let manifests = manifest::read_all(std::slice::from_ref(&samples)).unwrap();
        let plan =
            plan::offline::plan(&manifests, &catalog, "00000000-0000-0000-0000-000000000000");
        let planned: BTreeMap<String, &plan::PlannedRequest> = plan
            .requests
            .iter()
            .map(|r| (recordings::url_shape(&r.url), r))
            .collect();
        for recorded in recordings::read(&cassette)
            .into_iter()
            .filter(|r| r.method == "PUT")
        {
            let body = recorded.body.clone().unwrap_or_default();
            // ASO's harness creates a resource group of its own for each test, tagged CreatedAt.
            if body.pointer("/tags/CreatedAt").is_some() {
                continue;
            }
            let shape = recordings::url_shape(&recorded.url);
            let Some(ours) = planned.get(&shape) else {
                // Requests for versions this build does not serve are out of scope.
                if aso_e2e::samples::served_url(&catalog, &recorded.url) {
                    failures.push(format!(
                        "{name}: no planned request for recorded PUT {}",
                        recorded.url
                    ));
                }
                continue;
            };
            compared += 1;
            for difference in recordings::body_differences(&ours.body, &body) {
                failures.push(format!("{name}: {} {}: {difference}", ours.kind, ours.name));
            }
        }
        // Sample folders of versions this build does not serve are errors to plan (they look
        // like Azure resources); nothing else may be.
        let unexpected: Vec<String> = plan
            .errors
            .iter()
            .filter(|e| !e.message.contains("is not served (served:"))
            .map(|e| e.to_string())
            .collect();
        assert!(unexpected.is_empty(), "{name}: plan errors: {unexpected:?}");
    }
    println!("compared {compared} recorded PUT bodies");
    // With the older API versions of storage, keyvault, managedidentity and servicebus.
    assert!(
        compared >= 61,
        "only {compared} recorded PUTs were compared"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// ASO's CRUD recordings have no manifests (ASO's Go tests build their objects in code), so each
/// recorded PUT is turned back into a manifest at the version whose api-version it was sent with,
/// as `asoctl import` would write it (`spec_from_arm`, the owner by ARM ID); planned offline, it
/// must give the same api-version and body. This covers the older versions the samples do not
/// (Key Vault 2021-04-01-preview, Service Bus 2021-01-01-preview, managed identity 2018-11-30...):
/// a field such a version lacks, or a rename it has, shows as a difference.
#[test]
fn plan_matches_crud_recordings() {
    let catalog = aso_catalog::catalog();
    let mut compared = BTreeMap::<String, usize>::new();
    let mut failures = Vec::new();
    for cassette in cassettes("crud") {
        let name = cassette.file_stem().unwrap().to_string_lossy().to_string();
        for recorded in recordings::read(&cassette)
            .into_iter()
            .filter(|r| r.method == "PUT")
        {
            let body = recorded.body.clone().unwrap_or_default();
            if body.pointer("/tags/CreatedAt").is_some() {
                continue;
            }
            let (path, query) = recorded.url.split_once('?').unwrap_or((&recorded.url, ""));
            let api_version = query
                .split('&')
                .find_map(|p| p.strip_prefix("api-version="))
                .unwrap_or("");
            let parsed = aso_runtime::arm_id::parse(path).unwrap();
            let Some(info) = catalog.iter().copied().find(|i| {
                i.arm_type.eq_ignore_ascii_case(&parsed.resource_type)
                    && i.api_version == api_version
            }) else {
                if aso_e2e::samples::served_url(&catalog, &recorded.url) {
                    failures.push(format!(
                        "{name}: no kind serves recorded PUT {}",
                        recorded.url
                    ));
                }
                continue;
            };
            let manifest = manifest_of(info, path, &body);
            let plan = plan::offline::plan(
                &[manifest],
                &catalog,
                parsed.subscription.as_deref().unwrap_or_default(),
            );
            let described = format!("{name}: {} {path}", info.api_version_string());
            match &plan.requests[..] {
                [ours] => {
                    if !ours.url.eq_ignore_ascii_case(&recorded.url) {
                        failures.push(format!("{described}: planned {}", ours.url));
                    }
                    for difference in recordings::body_differences(&ours.body, &body) {
                        failures.push(format!("{described}: {difference}"));
                    }
                    *compared.entry(info.api_version_string()).or_default() += 1;
                }
                other => failures.push(format!(
                    "{described}: planned {} requests, errors {:?}",
                    other.len(),
                    plan.errors
                )),
            }
        }
    }
    println!("compared recorded PUT bodies by version: {compared:?}");
    for older in [
        "keyvault.azure.com/v1api20210401preview",
        "servicebus.azure.com/v1api20210101preview",
        "servicebus.azure.com/v1api20211101",
        "managedidentity.azure.com/v1api20181130",
        "managedidentity.azure.com/v1api20220131preview",
        "storage.azure.com/v1api20210401",
    ] {
        assert!(
            compared.contains_key(older),
            "no recorded PUT at {older} compared: {compared:?}"
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The manifest `asoctl import` would write for a resource, at `info`'s version.
fn manifest_of(
    info: &aso_runtime::KindInfo,
    id: &str,
    body: &serde_json::Value,
) -> manifest::Manifest {
    let azure_name = aso_runtime::arm_id::parse(id).unwrap().name;
    let mut spec = aso_runtime::from_arm::spec_from_arm(info, body);
    let name = aso_ctl::import::kubernetes_name(&azure_name);
    if !matches!(info.azure_name, aso_runtime::AzureName::Fixed(_)) {
        spec["azureName"] = azure_name.into();
    }
    if let Some(owner) = aso_runtime::arm_id::owner_of(id, info) {
        spec["owner"] = serde_json::json!({ "armId": owner });
    }
    manifest::Manifest {
        source: manifest::Source {
            file: PathBuf::from(id),
            document: 1,
        },
        value: serde_json::json!({
            "apiVersion": info.api_version_string(),
            "kind": info.kind,
            "metadata": {"name": name, "namespace": "default"},
            "spec": spec,
        }),
    }
}
