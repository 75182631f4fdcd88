//! Every visible ASO sample of a served version, applied with kubectl, becomes Ready; the PUT
//! bodies the ARM simulator received equal ASO's recorded ones; deleting the samples deletes the
//! resources in Azure.

use std::collections::BTreeSet;

use aso_e2e::harness::{Env, EnvOptions};
use aso_e2e::recordings::url_shape;
use aso_e2e::samples::{self, SampleSet, live_body_differences};

/// The sample folders tested below; `every_served_sample_folder_is_tested` keeps it complete.
/// Each folder is applied at the version it is written in, and reconciled at that version's
/// ARM api-version (the conversion webhook records it in the hub's `spec.originalVersion`).
const TESTED: &[&str] = &[
    "keyvault/v1api20210401preview",
    "keyvault/v1api20230701",
    "managedidentity/v1api20181130",
    "managedidentity/v1api20220131preview",
    "managedidentity/v1api20230131",
    "resources/v1api",
    "servicebus/v1api20210101preview",
    "servicebus/v1api20211101",
    "servicebus/v1api20221001preview",
    "storage/v1api20210401",
    "storage/v1api20220901",
    "storage/v1api20230101",
];

#[test]
fn every_served_sample_folder_is_tested() {
    let served: BTreeSet<String> = samples::served().into_iter().map(|s| s.folder).collect();
    let tested: BTreeSet<String> = TESTED.iter().map(|s| s.to_string()).collect();
    assert_eq!(served, tested);
}

async fn run(folder: &str) {
    let set: SampleSet = samples::served()
        .into_iter()
        .find(|s| s.folder == folder)
        .unwrap_or_else(|| panic!("no served samples in {folder}"));
    let objects = set.objects();
    let groups: BTreeSet<&str> = objects.iter().map(|o| o.group.as_str()).collect();
    let pattern = groups
        .iter()
        .chain(std::iter::once(&"resources.azure.com"))
        .map(|g| format!("{g}/*"))
        .collect::<Vec<_>>()
        .join(";");
    let mut env = Env::start(EnvOptions {
        crd_pattern: pattern,
        ..EnvOptions::default()
    })
    .await;
    env.start_operator().await;
    env.apply(&set.yaml());
    let mut ids = Vec::new();
    for o in &objects {
        env.wait_ready(&o.group, &o.kind, &o.namespace, &o.name)
            .await;
        ids.push(
            env.resource_id(&o.group, &o.kind, &o.namespace, &o.name)
                .await,
        );
    }

    // PUT bodies: each recorded PUT has an equal one among ours, and each of ours an equal
    // recorded one (where the recording has that type and api-version).
    let ours = env.requests("PUT", "/subscriptions/");
    let recorded = set.recorded_puts();
    assert!(
        set.cassette.is_none() || !recorded.is_empty(),
        "{folder}: the recording has no PUTs"
    );
    let mut failures = Vec::new();
    for r in &recorded {
        let shape = url_shape(&r.url);
        let same: Vec<_> = ours.iter().filter(|o| url_shape(&o.url) == shape).collect();
        if same.is_empty() {
            failures.push(format!("no PUT like the recorded {}", r.url));
            continue;
        }
        let body = r.body.clone().unwrap_or_default();
        if !same
            .iter()
            .any(|o| live_body_differences(&o.body, &body).is_empty())
        {
            failures.push(format!(
                "{shape}: no PUT equal to the recorded one: {:?}",
                live_body_differences(&same[0].body, &body)
            ));
        }
    }
    for o in &ours {
        let shape = url_shape(&o.url);
        let same: Vec<_> = recorded
            .iter()
            .filter(|r| url_shape(&r.url) == shape)
            .collect();
        if !same.is_empty()
            && !same.iter().any(|r| {
                live_body_differences(&o.body, r.body.as_ref().unwrap_or(&serde_json::Value::Null))
                    .is_empty()
            })
        {
            failures.push(format!("our PUT {} matches no recorded PUT", o.url));
        }
    }
    assert!(failures.is_empty(), "{folder}:\n{}", failures.join("\n"));

    // Deleting the samples deletes them in Azure.
    let out = env.kubectl(
        &["delete", "--wait=false", "--ignore-not-found", "-f", "-"],
        Some(&set.yaml()),
    );
    assert!(out.ok, "{}", out.stderr);
    for o in &objects {
        env.wait_gone(&o.group, &o.kind, &o.namespace, &o.name)
            .await;
    }
    for id in &ids {
        assert!(env.arm.resource(id).is_none(), "{id} still exists in Azure");
    }
    env.stop_operator().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn resources_samples() {
    run("resources/v1api").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn storage_samples() {
    run("storage/v1api20230101").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keyvault_samples() {
    run("keyvault/v1api20230701").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn servicebus_samples() {
    run("servicebus/v1api20211101").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn managedidentity_samples() {
    run("managedidentity/v1api20230131").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn storage_20210401_samples() {
    run("storage/v1api20210401").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn storage_20220901_samples() {
    run("storage/v1api20220901").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keyvault_20210401preview_samples() {
    run("keyvault/v1api20210401preview").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn servicebus_20210101preview_samples() {
    run("servicebus/v1api20210101preview").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn servicebus_20221001preview_samples() {
    run("servicebus/v1api20221001preview").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn managedidentity_20181130_samples() {
    run("managedidentity/v1api20181130").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn managedidentity_20220131preview_samples() {
    run("managedidentity/v1api20220131preview").await;
}
