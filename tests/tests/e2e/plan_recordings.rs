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

#[test]
fn plan_matches_recorded_puts() {
    let catalog = aso_catalog::catalog();
    let mut compared = 0;
    let mut failures = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(reference::recordings().join("samples"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for cassette in entries {
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
