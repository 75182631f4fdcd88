//! The typed Rust API (`aso-api`): its example (`examples/typed-api`) run against the operator
//! and both simulators, checked against what ARM saw; and ASO's samples read into the typed
//! resources and written back unchanged.

use std::time::Duration;

use serde_json::Value;

use aso_api::AzureResource;
use aso_api::resources::v1api20200601 as resources;
use aso_api::storage::v1api20230101 as storage;
use aso_e2e::harness::{Env, EnvOptions};
use aso_e2e::samples;
use aso_typed_api_example::{LABEL, Options, run};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_example_creates_reads_and_deletes_through_the_typed_api() {
    let mut env = Env::start(EnvOptions::default()).await;
    env.start_operator().await;
    let options = Options {
        timeout: Duration::from_secs(60),
        ..Options::default()
    };
    let mut steps = Vec::new();
    let outcome = run(env.client.clone(), &options, &mut |step| {
        steps.push(step.to_string())
    })
    .await
    .unwrap_or_else(|e| panic!("the example failed after {steps:?}: {e:#}"));

    let group_id = format!(
        "/subscriptions/{}/resourceGroups/{}",
        env.arm.subscription(),
        options.resource_group
    );
    let account_id = format!(
        "{group_id}/providers/Microsoft.Storage/storageAccounts/{}",
        options.storage_account
    );
    assert_eq!(outcome.resource_group_id, group_id);
    assert_eq!(outcome.storage_account_id, account_id);
    assert_eq!(outcome.provisioning_state, "Succeeded");
    assert!(
        outcome
            .blob_endpoint
            .starts_with(&format!("https://{}.blob.", options.storage_account)),
        "{}",
        outcome.blob_endpoint
    );
    assert_eq!(
        outcome.labelled_accounts,
        [options.storage_account.as_str()]
    );

    // The typed spec reached Azure as the manifest would have.
    let puts = env.requests_for("PUT", &account_id);
    assert_eq!(puts.len(), 1, "one PUT for one generation");
    let body = &puts[0].body;
    assert_eq!(body["kind"], "StorageV2");
    assert_eq!(body["sku"]["name"], "Standard_LRS");
    assert_eq!(body["properties"]["accessTier"], "Hot");
    assert_eq!(body["location"], options.location.as_str());

    // Deleted in Azure, then in Kubernetes.
    assert_eq!(env.requests_for("DELETE", &account_id).len(), 1);
    assert!(env.arm.resource(&account_id).is_none());
    assert!(env.arm.resource(&group_id).is_none());
    assert_eq!(
        steps.last().map(String::as_str),
        Some("ResourceGroup deleted")
    );
    let label = format!("{}={}", LABEL.0, LABEL.1);
    let left = env.kubectl(
        &[
            "get",
            "resourcegroups,storageaccounts",
            "-l",
            &label,
            "-o",
            "name",
        ],
        None,
    );
    assert!(left.ok, "{}", left.stderr);
    assert_eq!(left.stdout.trim(), "", "nothing left in Kubernetes");
}

/// Reads `document` as `K` and writes it back: a property the typed spec lacks, or a value it
/// cannot hold, shows as a difference or an error.
fn round_trip<K: AzureResource>(document: &Value) -> Result<Value, String> {
    let typed: K = serde_json::from_value(document.clone()).map_err(|e| e.to_string())?;
    serde_json::to_value(&typed).map_err(|e| e.to_string())
}

#[test]
fn asos_samples_read_into_the_typed_resources_and_write_back_unchanged() {
    let mut checked = Vec::new();
    for set in samples::served() {
        for document in &set.documents {
            let api_version = document["apiVersion"].as_str().unwrap_or_default();
            let kind = document["kind"].as_str().unwrap_or_default();
            let written = match (api_version, kind) {
                ("resources.azure.com/v1api20200601", "ResourceGroup") => {
                    round_trip::<resources::ResourceGroup>(document)
                }
                ("storage.azure.com/v1api20230101", kind) => match kind {
                    "StorageAccount" => round_trip::<storage::StorageAccount>(document),
                    "StorageAccountsBlobService" => {
                        round_trip::<storage::StorageAccountsBlobService>(document)
                    }
                    "StorageAccountsBlobServicesContainer" => {
                        round_trip::<storage::StorageAccountsBlobServicesContainer>(document)
                    }
                    "StorageAccountsFileService" => {
                        round_trip::<storage::StorageAccountsFileService>(document)
                    }
                    "StorageAccountsFileServicesShare" => {
                        round_trip::<storage::StorageAccountsFileServicesShare>(document)
                    }
                    "StorageAccountsManagementPolicy" => {
                        round_trip::<storage::StorageAccountsManagementPolicy>(document)
                    }
                    "StorageAccountsQueueService" => {
                        round_trip::<storage::StorageAccountsQueueService>(document)
                    }
                    "StorageAccountsQueueServicesQueue" => {
                        round_trip::<storage::StorageAccountsQueueServicesQueue>(document)
                    }
                    "StorageAccountsTableService" => {
                        round_trip::<storage::StorageAccountsTableService>(document)
                    }
                    "StorageAccountsTableServicesTable" => {
                        round_trip::<storage::StorageAccountsTableServicesTable>(document)
                    }
                    other => panic!("{other} of storage v1api20230101 has no typed resource"),
                },
                _ => continue,
            };
            let name = document.pointer("/metadata/name").cloned();
            let written = written.unwrap_or_else(|e| panic!("{kind} {name:?}: {e}"));
            pretty_assertions::assert_eq!(&written, document, "{kind} {name:?}");
            checked.push(kind.to_string());
        }
    }
    checked.sort();
    checked.dedup();
    assert_eq!(
        checked.len(),
        11,
        "ResourceGroup and every storage kind has a sample: {checked:?}"
    );
}
