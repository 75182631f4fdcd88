//! Taking over a cluster where ASO v2.8 has been running (issue 11): ASO's real CRDs for five
//! groups hold ASO's own samples, written at the versions the samples are written in (older ones
//! too), one sample folder per namespace, each object stored as ASO stores it (its storage
//! version, `spec.azureName` and `spec.originalVersion`, a `$propertyBag` for any field the
//! storage version lacks (none of these samples has one; `aso_state`'s unit test covers the
//! shape), its finalizer, `resource-id`, `latest-reconciled-generation`, Ready=True), and ARM
//! holds what ASO sent for them (its recorded PUT bodies). Then a user switches: our CRDs replace
//! ASO's, the conversion webhook runs, the operator starts.
//!
//! Every object is readable at every version its CRD serves with its spec intact, and becomes
//! Ready through GETs alone: no PUT and no DELETE reaches ARM, nothing is deleted on either side,
//! ASO's finalizer and `resource-id` stay (the operator's finalizer and annotation are ASO's
//! names, so nothing is replaced: the ID is the one the spec derives, which is how the operator
//! trusts an unsigned ID, and it adds only its signature beside it). `asoctl clean crds` then
//! leaves every object stored at our hub, still Ready, still with nothing written to Azure.
//!
//! What this found: a child is reconciled while its owner still carries ASO's unsigned ID (or
//! before the owner's cache has it), so it waits, Ready=False `WaitingForOwner`, which replaced
//! ASO's Ready=True; the next reconcile then took it for never reconciled and PUT every child.
//! ASO's `latest-reconciled-generation` now counts as success for the decision
//! (`operator/src/reconcile/decision.rs`): such an object is compared, not PUT. The Ready=False
//! moment itself remains (about a second here).

use std::collections::BTreeMap;

use kube::api::{Api, DynamicObject, PostParams};
use kube::core::{ApiResource, GroupVersionKind};
use serde_json::{Value, json};

use aso_e2e::aso_state::{self, Seeded};
use aso_e2e::crds::{self, put_crd};
use aso_e2e::harness::{Env, EnvOptions, annotation, is_ready};
use aso_e2e::samples;
use aso_runtime::annotations::{FINALIZER, RESOURCE_ID};
use aso_runtime::versions::HUB;

/// ASO's sample folders, each applied in a namespace of its own, at the versions they are
/// written in: the resource group, storage at its oldest version (account, blob service and
/// container, queue service and queue, management policy), user-assigned identities at the
/// oldest and newest, a federated identity credential, and Service Bus at a preview version.
const FOLDERS: &[&str] = &[
    "resources/v1api",
    "storage/v1api20210401",
    "managedidentity/v1api20181130",
    "managedidentity/v1api20230131",
    "servicebus/v1api20210101preview",
];

const GROUPS: &str = "resources.azure.com/*;storage.azure.com/*;managedidentity.azure.com/*;servicebus.azure.com/*;keyvault.azure.com/*";

/// One object as ASO left it.
struct Left {
    namespace: String,
    /// The manifest as the user wrote it (at its version).
    doc: Value,
    group: String,
    kind: String,
    name: String,
    written: String,
    crd_name: String,
    seeded: Seeded,
}

fn resource(group: &str, version: &str, kind: &str, plural: &str) -> ApiResource {
    ApiResource::from_gvk_with_plural(&GroupVersionKind::gvk(group, version, kind), plural)
}

fn at(env: &Env, left: &Left, crd: &Value, version: &str) -> Api<DynamicObject> {
    let plural = crd["spec"]["names"]["plural"].as_str().unwrap();
    Api::namespaced_with(
        env.client.clone(),
        &left.namespace,
        &resource(&left.group, version, &left.kind, plural),
    )
}

/// The version each object of the CRD is stored at, by (namespace, name).
fn stored_at(env: &Env, crd: &Value) -> BTreeMap<(String, String), String> {
    crds::stored_at(
        &env.kube,
        crd["spec"]["group"].as_str().unwrap(),
        crd["spec"]["names"]["plural"].as_str().unwrap(),
    )
}

/// PUTs and DELETEs ARM received, as counted since it started.
fn writes(env: &Env) -> (u64, u64) {
    let counters = env.arm.counters();
    let count = |m: &str| counters.by_method.get(m).copied().unwrap_or(0);
    (count("PUT"), count("DELETE"))
}

/// The sample folders as ASO left them: documents in their own namespace, each folder's resource
/// group named apart in Azure (`spec.azureName`) so the namespaces share no resource.
fn sample_sets() -> Vec<(String, samples::SampleSet)> {
    let served = samples::served();
    FOLDERS
        .iter()
        .map(|folder| {
            let mut set = served
                .iter()
                .find(|s| s.folder == *folder)
                .unwrap_or_else(|| panic!("no served samples in {folder}"))
                .clone();
            let namespace = format!("takeover-{}", folder.replace('/', "-"));
            for doc in &mut set.documents {
                doc["metadata"]["namespace"] = json!(namespace);
                if doc["kind"] == "ResourceGroup" {
                    doc["spec"]["azureName"] = json!(format!("{namespace}-rg"));
                }
            }
            (namespace, set)
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cluster_aso_ran_is_taken_over_without_writing_to_azure() {
    let mut env = Env::start(EnvOptions {
        crd_pattern: GROUPS.into(),
        ..EnvOptions::default()
    })
    .await;
    // ASO's CRDs, as ASO v2.8 installed them.
    let aso_crds: BTreeMap<String, Value> = crds::aso_crds()
        .into_iter()
        .map(|c| (c["metadata"]["name"].as_str().unwrap().to_string(), c))
        .collect();
    for crd in aso_crds.values() {
        put_crd(&env.client, crd.clone()).await.expect("ASO's CRD");
    }
    let crd_of = |group: &str, kind: &str| -> String {
        aso_crds
            .iter()
            .find(|(_, c)| c["spec"]["group"] == group && c["spec"]["names"]["kind"] == kind)
            .map(|(n, _)| n.clone())
            .unwrap_or_else(|| panic!("ASO has no CRD for {kind}.{group}"))
    };

    // Azure as ASO left it, then the objects as ASO stored them.
    let mut left = Vec::new();
    for (namespace, set) in sample_sets() {
        env.namespace(&namespace);
        let seeded = aso_state::seed_arm(&env, &set.documents, &set.recorded_puts()).await;
        for doc in &set.documents {
            let (group, written) = doc["apiVersion"].as_str().unwrap().split_once('/').unwrap();
            assert!(group.ends_with(".azure.com"), "{doc}");
            let kind = doc["kind"].as_str().unwrap().to_string();
            let name = doc["metadata"]["name"].as_str().unwrap().to_string();
            let seeded = seeded
                .get(&(kind.clone(), name.clone()))
                .unwrap_or_else(|| panic!("{kind} {name} was not put in Azure"))
                .clone();
            left.push(Left {
                namespace: namespace.clone(),
                doc: doc.clone(),
                group: group.to_string(),
                written: written.to_string(),
                crd_name: crd_of(group, &kind),
                kind,
                name,
                seeded,
            });
        }
    }
    let seed_writes = writes(&env);
    let journal_mark = env.arm.journal().len();
    let pp = PostParams::default();
    for l in &left {
        let aso_crd = &aso_crds[&l.crd_name];
        let (object, status) = aso_state::stored(&l.doc, aso_crd, &l.seeded.id);
        let api = at(&env, l, aso_crd, crds::storage_version(aso_crd));
        let created = api
            .create(&pp, &serde_json::from_value(object).unwrap())
            .await
            .unwrap_or_else(|e| panic!("{} {}: {e}", l.kind, l.name));
        let mut with_status = serde_json::to_value(&created).unwrap();
        with_status["status"] = status;
        api.replace_status(&l.name, &pp, &serde_json::from_value(with_status).unwrap())
            .await
            .unwrap_or_else(|e| panic!("{} {} status: {e}", l.kind, l.name));
    }
    assert!(left.len() >= 15, "only {} objects", left.len());
    let versions_written: std::collections::BTreeSet<&str> =
        left.iter().map(|l| l.written.as_str()).collect();
    assert!(
        versions_written.len() >= 5,
        "written at {versions_written:?}"
    );
    for crd in aso_crds.values() {
        let storage = format!(
            "{}/{}",
            crd["spec"]["group"].as_str().unwrap(),
            crds::storage_version(crd)
        );
        for (key, version) in stored_at(&env, crd) {
            assert_eq!(version, storage, "{key:?}");
        }
    }

    // The switch: our CRDs replace ASO's, the webhook (running since `Env::start`, as the
    // chart's Deployment) points them at itself, the operator starts.
    for name in aso_crds.keys() {
        put_crd(&env.client, crds::our_crd(name))
            .await
            .unwrap_or_else(|e| panic!("our {name} over ASO's: {e}"));
    }
    env.wait_crds_converted().await;
    env.start_operator().await;

    // Every object Ready again, through reading Azure.
    for l in &left {
        aso_e2e::harness::eventually(60, || async {
            let obj = env.get(&l.group, &l.kind, &l.namespace, &l.name).await?;
            let read = env.arm.journal()[journal_mark..].iter().any(|e| {
                e.method == "GET"
                    && e.url
                        .to_ascii_lowercase()
                        .starts_with(&format!("{}?", l.seeded.id.to_ascii_lowercase()))
            });
            (is_ready(&obj) && read).then_some(())
        })
        .await;
    }
    let no_writes = |env: &Env, when: &str| {
        let sent: Vec<String> = env.arm.journal()[journal_mark..]
            .iter()
            .filter(|e| e.method == "PUT" || e.method == "DELETE")
            .map(|e| format!("{} {}", e.method, e.url))
            .collect();
        assert_eq!(writes(env), seed_writes, "{when}: {sent:#?}");
    };
    no_writes(&env, "after the takeover");

    for l in &left {
        let obj = env
            .get(&l.group, &l.kind, &l.namespace, &l.name)
            .await
            .expect("nothing is deleted");
        assert!(
            env.arm.resource(&l.seeded.id).is_some(),
            "{} is gone from Azure",
            l.seeded.id
        );
        assert_eq!(
            obj.metadata.finalizers.as_deref(),
            Some(&[FINALIZER.to_string()][..]),
            "{} {}",
            l.kind,
            l.name
        );
        assert_eq!(annotation(&obj, RESOURCE_ID), Some(l.seeded.id.as_str()));
        assert_eq!(
            obj.data["spec"]["originalVersion"], l.written,
            "{} {} is reconciled at the version it was written at",
            l.kind, l.name
        );
        readable_at_every_version(&env, l).await;
    }

    // The storage migration: everything at our hub, still Ready, still nothing sent to Azure.
    let mut out = Vec::new();
    aso_ctl::clean::crds(&env.client, false, &mut out)
        .await
        .unwrap_or_else(|e| panic!("clean crds: {e}"));
    for name in aso_crds.keys() {
        let crd = crds::our_crd(name);
        let hub = format!("{}/{HUB}", crd["spec"]["group"].as_str().unwrap());
        for (key, version) in stored_at(&env, &crd) {
            assert_eq!(version, hub, "{name} {key:?}");
        }
    }
    // The rewrites reach the operator as watch events; give it the time to act on them (a PUT
    // would show below), as Ready alone cannot tell it has.
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    for l in &left {
        let obj = env
            .wait_for(&l.group, &l.kind, &l.namespace, &l.name, 30, is_ready)
            .await;
        assert_eq!(annotation(&obj, RESOURCE_ID), Some(l.seeded.id.as_str()));
    }
    no_writes(&env, "after clean crds");
    env.stop_operator().await;
}

/// The object at every version its CRD serves: at the version it was written in, the spec as
/// written (with the `azureName` ASO defaulted); at the others, the same owner and name.
async fn readable_at_every_version(env: &Env, l: &Left) {
    let ours = crds::our_crd(&l.crd_name);
    let mut expected = l.doc["spec"].clone();
    for version in crds::served_versions(&ours) {
        let obj = at(env, l, &ours, &version)
            .get(&l.name)
            .await
            .unwrap_or_else(|e| panic!("{} {} at {version}: {e}", l.kind, l.name));
        let spec = &obj.data["spec"];
        if version == l.written {
            if spec.get("azureName").is_some() && expected.get("azureName").is_none() {
                expected["azureName"] = json!(l.name);
            }
            assert_eq!(spec, &expected, "{} {} at {version}", l.kind, l.name);
        } else if version != HUB {
            assert_eq!(
                spec.get("owner"),
                l.doc["spec"].get("owner"),
                "{} {} at {version}",
                l.kind,
                l.name
            );
        }
    }
}

/// Before the conversion webhook existed our CRDs converted with `None`: an object applied at an
/// old version was stored relabelled at the hub, with no `spec.originalVersion`. Taken over by
/// this release, it is still reconciled at the version it was written in, which the API server
/// recorded in its `managedFields`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_object_written_before_the_webhook_is_reconciled_at_its_version() {
    let mut env = Env::start(EnvOptions::default()).await;
    env.stop_webhook().await;
    let names = [
        "resourcegroups.resources.azure.com",
        "storageaccounts.storage.azure.com",
    ];
    for name in names {
        let mut crd = crds::our_crd(name);
        crd["spec"]["conversion"] = json!({"strategy": "None"});
        put_crd(&env.client, crd)
            .await
            .expect("an older CRD of ours");
    }
    env.apply(
        "apiVersion: resources.azure.com/v1api20200601
kind: ResourceGroup
metadata: {name: rg-early, namespace: default}
spec: {location: westus2}
---
apiVersion: storage.azure.com/v1api20210401
kind: StorageAccount
metadata: {name: acctearly, namespace: default}
spec:
  location: westus2
  kind: StorageV2
  sku: {name: Standard_LRS}
  owner: {name: rg-early}
",
    );
    let hub = env
        .get(
            "storage.azure.com",
            "StorageAccount",
            "default",
            "acctearly",
        )
        .await
        .expect("stored");
    assert!(
        hub.data["spec"].get("originalVersion").is_none(),
        "{}",
        hub.data
    );

    // This release: the webhook, our CRDs as they are now, the operator.
    env.start_webhook().await;
    for name in names {
        put_crd(&env.client, crds::our_crd(name))
            .await
            .expect("our CRD");
    }
    env.wait_crds_converted().await;
    env.start_operator().await;
    env.wait_ready(
        "storage.azure.com",
        "StorageAccount",
        "default",
        "acctearly",
    )
    .await;
    let puts = env.requests("PUT", "/storageAccounts/acctearly?");
    assert_eq!(puts.len(), 1, "{puts:?}");
    assert!(
        puts[0].url.ends_with("api-version=2021-04-01"),
        "written at v1api20210401, reconciled at 2021-04-01: {}",
        puts[0].url
    );
    env.stop_operator().await;
}
