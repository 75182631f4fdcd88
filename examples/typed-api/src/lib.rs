//! The typed Rust API (`aso-api`) in use against a cluster running the operator: a ResourceGroup
//! and a StorageAccount applied (server-side apply), waited for until Ready, their status read as
//! Rust types, the account found by label, then both deleted and waited for until gone.
//!
//! `main.rs` runs [`run`] against the cluster `KUBECONFIG` names (`asoctl playground` starts
//! one); the end-to-end suite runs it against the simulators (`tests/tests/e2e/typed_api.rs`).

use std::collections::BTreeMap;
use std::fmt::Debug;
use std::time::Duration;

use anyhow::Context;
use kube::Client;
use kube::api::{Api, DeleteParams, ListParams, Patch, PatchParams};
use kube::runtime::wait::{await_condition, conditions};

use aso_api::AzureResource;
use aso_api::reference::KnownResourceReference;
use aso_api::resources::v1api20200601::{ResourceGroup, ResourceGroupSpec};
use aso_api::storage::v1api20230101::spec::{AccessTier, Kind, Sku, SkuName};
use aso_api::storage::v1api20230101::{StorageAccount, StorageAccountSpec};

/// The field manager of our server-side applies.
pub const FIELD_MANAGER: &str = "aso-typed-api-example";
/// The label the example puts on what it creates, and lists by.
pub const LABEL: (&str, &str) = ("app.kubernetes.io/managed-by", FIELD_MANAGER);

/// What to create, and where.
#[derive(Debug, Clone)]
pub struct Options {
    pub namespace: String,
    pub resource_group: String,
    /// Storage account names are 3 to 24 lower-case letters and digits, unique in Azure.
    pub storage_account: String,
    pub location: String,
    /// How long each resource may take to become Ready, and to be deleted.
    pub timeout: Duration,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            namespace: "default".into(),
            resource_group: "aso-typed-api".into(),
            storage_account: "asotypedapi".into(),
            location: "westus2".into(),
            timeout: Duration::from_secs(600),
        }
    }
}

/// What the example read back, typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The resource group's ARM ID (`status.id`).
    pub resource_group_id: String,
    /// The storage account's ARM ID (`status.id`).
    pub storage_account_id: String,
    /// `status.provisioningState` of the storage account.
    pub provisioning_state: String,
    /// `status.primaryEndpoints.blob` of the storage account.
    pub blob_endpoint: String,
    /// The storage accounts in the namespace carrying [`LABEL`].
    pub labelled_accounts: Vec<String>,
}

/// Creates, reads and deletes; `progress` hears of each step.
pub async fn run(
    client: Client,
    options: &Options,
    progress: &mut dyn FnMut(&str),
) -> anyhow::Result<Outcome> {
    let groups: Api<ResourceGroup> = Api::namespaced(client.clone(), &options.namespace);
    let accounts: Api<StorageAccount> = Api::namespaced(client, &options.namespace);
    let apply = PatchParams::apply(FIELD_MANAGER);
    let labels = BTreeMap::from([(LABEL.0.to_string(), LABEL.1.to_string())]);

    let mut group = ResourceGroup::new(
        &options.resource_group,
        ResourceGroupSpec {
            location: options.location.clone(),
            ..Default::default()
        },
    );
    group.metadata.labels = Some(labels.clone());
    groups
        .patch(&options.resource_group, &apply, &Patch::Apply(&group))
        .await
        .context("applying the ResourceGroup")?;
    progress(&format!("applied ResourceGroup {}", options.resource_group));

    let mut account = StorageAccount::new(
        &options.storage_account,
        StorageAccountSpec {
            owner: KnownResourceReference {
                name: Some(options.resource_group.clone()),
                arm_id: None,
            },
            location: options.location.clone(),
            kind: Kind::StorageV2,
            sku: Sku {
                name: SkuName::StandardLrs,
                tier: None,
            },
            access_tier: Some(AccessTier::Hot),
            ..Default::default()
        },
    );
    account.metadata.labels = Some(labels);
    accounts
        .patch(&options.storage_account, &apply, &Patch::Apply(&account))
        .await
        .context("applying the StorageAccount")?;
    progress(&format!(
        "applied StorageAccount {}",
        options.storage_account
    ));

    let group = wait_ready(&groups, &options.resource_group, options.timeout).await?;
    progress("ResourceGroup is Ready");
    let account = wait_ready(&accounts, &options.storage_account, options.timeout).await?;
    progress("StorageAccount is Ready");

    let group_status = group.status.unwrap_or_default();
    let account_status = account.status.unwrap_or_default();
    let labelled = ListParams::default().labels(&format!("{}={}", LABEL.0, LABEL.1));
    let outcome = Outcome {
        resource_group_id: group_status
            .id
            .context("the ResourceGroup has no status.id")?,
        storage_account_id: account_status
            .id
            .context("the StorageAccount has no status.id")?,
        provisioning_state: account_status
            .provisioning_state
            .context("the StorageAccount has no status.provisioningState")?,
        blob_endpoint: account_status
            .primary_endpoints
            .and_then(|endpoints| endpoints.blob)
            .context("the StorageAccount has no status.primaryEndpoints.blob")?,
        labelled_accounts: accounts
            .list(&labelled)
            .await
            .context("listing StorageAccounts by label")?
            .into_iter()
            .filter_map(|a| a.metadata.name)
            .collect(),
    };
    progress(&format!(
        "StorageAccount {} is {}, blob endpoint {}",
        outcome.storage_account_id, outcome.provisioning_state, outcome.blob_endpoint
    ));

    // The account first: deleting only the group would delete the account in Azure too, but
    // its Kubernetes object would wait for Kubernetes' garbage collection.
    delete(&accounts, &options.storage_account, options.timeout).await?;
    progress("StorageAccount deleted");
    delete(&groups, &options.resource_group, options.timeout).await?;
    progress("ResourceGroup deleted");
    Ok(outcome)
}

/// Waits until the operator says Azure matches the object's current spec.
async fn wait_ready<K>(api: &Api<K>, name: &str, timeout: Duration) -> anyhow::Result<K>
where
    K: AzureResource + Debug + Send + 'static,
{
    let ready = |object: Option<&K>| object.is_some_and(K::is_ready);
    let kind = K::info().kind;
    tokio::time::timeout(timeout, await_condition(api.clone(), name, ready))
        .await
        .with_context(|| format!("{kind} {name} was not Ready within {timeout:?}"))?
        .with_context(|| format!("watching {kind} {name}"))?
        .with_context(|| format!("{kind} {name} was deleted while waiting for Ready"))
}

/// Deletes an object and waits until it is gone: the operator's finalizer keeps it until Azure
/// has deleted the resource.
async fn delete<K>(api: &Api<K>, name: &str, timeout: Duration) -> anyhow::Result<()>
where
    K: AzureResource + Debug + Send + 'static,
{
    let kind = K::info().kind;
    let uid = api
        .get(name)
        .await
        .with_context(|| format!("reading {kind} {name}"))?
        .meta()
        .uid
        .clone()
        .with_context(|| format!("{kind} {name} has no uid"))?;
    api.delete(name, &DeleteParams::default())
        .await
        .with_context(|| format!("deleting {kind} {name}"))?;
    tokio::time::timeout(
        timeout,
        await_condition(api.clone(), name, conditions::is_deleted(&uid)),
    )
    .await
    .with_context(|| format!("{kind} {name} was not deleted within {timeout:?}"))?
    .with_context(|| format!("watching {kind} {name}"))?;
    Ok(())
}
