//! Random hostile objects through the running operator: names, annotations (forged records,
//! policies, resource IDs, credentials) and owners drawn from what an attacker would write.
//! Each object ends with a Ready condition (or is refused by admission); afterwards everything
//! is deleted. Throughout, nothing reaches the attacker's host, the victim's group is never
//! addressed, every write lies under the subscription, and only IDs the operator recorded for
//! an object are ever deleted.

use std::collections::BTreeSet;

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::{Value, json};

use aso_e2e::harness::{annotation, ready};
use aso_runtime::annotations::RESOURCE_ID;

use super::{ATTACKER, RG, STORAGE, World, resource_group, storage_account};

/// How many objects are thrown at the operator.
pub const CASES: usize = 48;

fn text(attacker: String, victim: String) -> impl Strategy<Value = String> + Clone {
    let pieces = prop::sample::select(vec![
        "..".to_string(),
        "/".into(),
        "?".into(),
        "#".into(),
        "%2F".into(),
        "\\".into(),
        "\u{202E}".into(),
        "x".into(),
        "rg".into(),
        "9".into(),
        "-".into(),
        attacker,
        victim,
    ]);
    prop::collection::vec(pieces, 0..4).prop_map(|v| v.concat())
}

fn annotations(attacker: String, victim: String) -> impl Strategy<Value = Value> {
    let value = text(attacker.clone(), victim.clone());
    let operation = prop::sample::select(vec![
        format!("{attacker}/x"),
        format!("http://{}", attacker.trim_start_matches("https://")),
        format!("{victim}?api-version=2020-06-01"),
    ])
    .prop_map(|url| {
        json!({"method": "PUT", "id": "/x", "apiVersion": "2020-06-01",
            "poll": {"via": "location", "url": url}, "generation": 1})
        .to_string()
    });
    (
        prop::option::of(value.clone()),
        prop::option::of(operation),
        prop::option::of(prop::sample::select(vec![
            "manage",
            "skip",
            "detach-on-delete",
            "detach-on-Delete",
            "Manage",
            "",
        ])),
        prop::option::of(value),
    )
        .prop_map(|(id, operation, policy, credential)| {
            let mut out = serde_json::Map::new();
            if let Some(id) = id {
                out.insert(RESOURCE_ID.into(), json!(id));
            }
            if let Some(op) = operation {
                out.insert("serviceoperator.azure.com/operation".into(), json!(op));
            }
            if let Some(policy) = policy {
                out.insert(
                    "serviceoperator.azure.com/reconcile-policy".into(),
                    json!(policy),
                );
            }
            if let Some(credential) = credential {
                out.insert(
                    "serviceoperator.azure.com/credential-from".into(),
                    json!(credential),
                );
            }
            Value::Object(out)
        })
}

/// One hostile object: (is it a storage account, its manifest).
fn object(attacker: String, victim: String, index: usize) -> impl Strategy<Value = (bool, Value)> {
    let name = text(attacker.clone(), victim.clone());
    (
        any::<bool>(),
        prop::option::of(name),
        annotations(attacker.clone(), victim.clone()),
        prop::sample::select(vec![
            // (An owner given as the victim's plain ARM ID is ASO's feature, for the global
            // credential to honour; isolating teams there is the namespaced credentials' job.)
            json!({"name": "rg-base"}),
            json!({"armId": format!("{victim}/../rg-base")}),
            json!({"armId": format!("{victim}/%2e%2e")}),
            json!({"name": "rg-missing"}),
        ]),
    )
        .prop_map(move |(account, azure_name, annotations, owner)| {
            let mut spec = json!({});
            if let Some(n) = azure_name {
                spec["azureName"] = json!(n);
            }
            let mut obj = if account {
                spec["owner"] = owner;
                storage_account(ATTACKER, &format!("fuzzacct{index}"), spec)
            } else {
                resource_group(ATTACKER, &format!("fuzz-rg-{index}"), spec)
            };
            obj["metadata"]["annotations"] = annotations;
            (account, obj)
        })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn random_hostile_objects_fail_safely() {
    let w = World::start("resources.azure.com/*;storage.azure.com/*").await;
    let env = &w.env;
    w.ready_group(ATTACKER, "rg-base").await;
    env.arm.clear_journal();
    let attacker = w.attacker.url("https", "");
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]),
    );
    let mut created = Vec::new();
    for i in 0..CASES {
        let (account, obj) = object(attacker.clone(), w.victim_id.clone(), i)
            .new_tree(&mut runner)
            .unwrap()
            .current();
        let (group, kind) = if account {
            (STORAGE, "StorageAccount")
        } else {
            (RG, "ResourceGroup")
        };
        let name = obj["metadata"]["name"].as_str().unwrap().to_string();
        if w.create(group, kind, obj).await.is_ok() {
            created.push((group, kind, name));
        }
    }
    // Every object gets a verdict.
    for (group, kind, name) in &created {
        env.wait_for(group, kind, ATTACKER, name, 60, |o| ready(o).is_some())
            .await;
    }
    w.assert_contained("random hostile objects");
    // What may be deleted: the IDs the operator recorded (signed) for these objects.
    let mut recorded = BTreeSet::new();
    for (group, kind, name) in &created {
        let obj = env.get(group, kind, ATTACKER, name).await.unwrap();
        if annotation(&obj, "serviceoperator.azure.com/resource-id-proof").is_some()
            && let Some(id) = annotation(&obj, RESOURCE_ID)
        {
            recorded.insert(id.to_ascii_lowercase());
        }
    }
    let subscription = format!("/subscriptions/{}/", env.arm.subscription()).to_ascii_lowercase();
    for entry in env.arm.journal() {
        let path = entry.url.split('?').next().unwrap().to_ascii_lowercase();
        if entry.method != "GET" {
            assert!(path.starts_with(&subscription), "{} {path}", entry.method);
        }
    }
    for (group, kind, name) in &created {
        w.delete(group, kind, ATTACKER, name).await;
    }
    tokio::time::sleep(std::time::Duration::from_secs(5)).await;
    for entry in env
        .arm
        .journal()
        .into_iter()
        .filter(|e| e.method == "DELETE")
    {
        let path = entry.url.split('?').next().unwrap().to_ascii_lowercase();
        assert!(
            recorded.contains(&path),
            "deleted {path}, which no object recorded"
        );
    }
    w.assert_contained("deleting random hostile objects");
    println!(
        "{} of {CASES} random hostile objects admitted and reconciled",
        created.len()
    );
}
