//! Against the global credential: a user who can annotate their own object tries to make the
//! operator send its bearer token elsewhere, or act on an ARM ID of their choosing.

use serde_json::json;

use aso_e2e::harness::{annotation, is_ready};
use aso_runtime::annotations::{RECONCILE_POLICY, RESOURCE_ID};

use super::{ATTACKER, RG, World, not_ready_reason, resource_group};

const OPERATION: &str = "serviceoperator.azure.com/operation";

/// An operation record as the operator writes it, but pointing wherever the attacker likes.
fn forged_operation(id: &str, url: &str, generation: i64) -> String {
    json!({
        "method": "PUT", "id": id, "apiVersion": "2020-06-01",
        "poll": {"via": "asyncOperation", "url": url},
        "generation": generation, "proof": "c2lnbmVkIGJ5IG5vYm9keQ",
    })
    .to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forged_operation_records_never_carry_the_token_away() {
    let w = World::start("resources.azure.com/*").await;
    let env = &w.env;
    let id = w.ready_group(ATTACKER, "rg-a").await;
    let targets = [
        w.attacker.url("http", "/steal"),
        w.attacker.url("https", "/steal"),
        format!("{}?api-version=2020-06-01", w.victim_id),
        format!("//{}/steal", w.attacker.addr),
        format!("https://{}@{}/x", "management.azure.com", w.attacker.addr),
    ];
    env.arm.clear_journal();
    for (i, target) in targets.iter().enumerate() {
        let generation = 2 + i as i64;
        // The record, and a spec change so the operator has a reason to act.
        w.patch(
            RG,
            "ResourceGroup",
            ATTACKER,
            "rg-a",
            json!({
                "metadata": {"annotations": {OPERATION: forged_operation(&id, target, generation)}},
                "spec": {"tags": {"round": i.to_string()}},
            }),
        )
        .await;
        let obj = env
            .wait_for(RG, "ResourceGroup", ATTACKER, "rg-a", 60, |o| {
                is_ready(o) && annotation(o, OPERATION).is_none()
            })
            .await;
        assert_eq!(obj.metadata.generation, Some(generation), "{target}");
    }
    w.assert_contained("forged operation records");

    // A new object arriving with a forged record is created as usual, after a look at Azure.
    env.arm.clear_journal();
    let mut fresh = resource_group(ATTACKER, "rg-fresh", json!({}));
    let fresh_id = id.replace("/rg-a", "/rg-fresh");
    fresh["metadata"]["annotations"] =
        json!({OPERATION: forged_operation(&fresh_id, &w.attacker.url("http", "/x"), 1)});
    w.create(RG, "ResourceGroup", fresh).await.unwrap();
    env.wait_ready(RG, "ResourceGroup", ATTACKER, "rg-fresh")
        .await;
    let methods: Vec<String> = env
        .arm
        .journal()
        .into_iter()
        .filter(|e| e.url.to_ascii_lowercase().contains("/rg-fresh"))
        .map(|e| e.method)
        .collect();
    assert_eq!(
        methods.first().map(String::as_str),
        Some("GET"),
        "{methods:?}"
    );
    assert_eq!(
        methods.iter().filter(|m| *m == "PUT").count(),
        1,
        "{methods:?}"
    );
    w.assert_contained("a new object with a forged record");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_changed_resource_id_is_never_a_target() {
    let w = World::start("resources.azure.com/*").await;
    let env = &w.env;
    let own = w.ready_group(ATTACKER, "rg-del").await;
    w.ready_group(ATTACKER, "rg-upd").await;
    env.arm.clear_journal();

    // On update: Ready=False, nothing sent.
    w.patch(
        RG,
        "ResourceGroup",
        ATTACKER,
        "rg-upd",
        json!({"metadata": {"annotations": {RESOURCE_ID: w.victim_id}}, "spec": {"tags": {"x": "1"}}}),
    )
    .await;
    let obj = env
        .wait_reason(
            RG,
            "ResourceGroup",
            ATTACKER,
            "rg-upd",
            "AzureResourceIdChanged",
        )
        .await;
    let message = aso_e2e::harness::ready(&obj).unwrap()["message"].to_string();
    assert!(
        message.contains("rg-victim") && message.contains("rg-upd"),
        "{message}"
    );

    // On delete: neither the named resource nor the object's own is deleted; the object waits.
    for target in [
        w.victim_id.clone(),
        w.attacker.url("https", "/subscriptions/x"),
    ] {
        w.patch(
            RG,
            "ResourceGroup",
            ATTACKER,
            "rg-del",
            json!({"metadata": {"annotations": {RESOURCE_ID: target}}}),
        )
        .await;
    }
    w.delete(RG, "ResourceGroup", ATTACKER, "rg-del").await;
    env.wait_reason(
        RG,
        "ResourceGroup",
        ATTACKER,
        "rg-del",
        "AzureResourceIdChanged",
    )
    .await;
    assert!(env.requests("DELETE", "").is_empty(), "nothing is deleted");
    assert!(
        env.arm.resource(&own).is_some(),
        "the object's own resource group stays"
    );
    w.assert_contained("a changed resource-id");

    // Restored, the deletion goes ahead, for exactly the recorded resource.
    w.patch(
        RG,
        "ResourceGroup",
        ATTACKER,
        "rg-del",
        json!({"metadata": {"annotations": {RESOURCE_ID: own}}}),
    )
    .await;
    env.wait_gone(RG, "ResourceGroup", ATTACKER, "rg-del").await;
    let deleted: Vec<String> = env
        .requests("DELETE", "")
        .into_iter()
        .map(|e| e.url)
        .collect();
    assert!(
        deleted
            .iter()
            .all(|u| u.to_ascii_lowercase().contains("/rg-del?")),
        "{deleted:?}"
    );
    assert!(!deleted.is_empty());
    w.assert_contained("a restored resource-id");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_misspelt_policy_deletes_nothing() {
    let w = World::start("resources.azure.com/*").await;
    let env = &w.env;
    let id = w.ready_group(ATTACKER, "rg-p").await;
    env.arm.clear_journal();
    w.patch(
        RG,
        "ResourceGroup",
        ATTACKER,
        "rg-p",
        json!({"metadata": {"annotations": {RECONCILE_POLICY: "detach-on-Delete"}}, "spec": {"tags": {"t": "1"}}}),
    )
    .await;
    env.wait_reason(RG, "ResourceGroup", ATTACKER, "rg-p", "InvalidAnnotation")
        .await;
    assert!(
        env.requests("PUT", "/rg-p").is_empty(),
        "no write with an unknown policy"
    );
    w.delete(RG, "ResourceGroup", ATTACKER, "rg-p").await;
    let obj = env
        .wait_for(RG, "ResourceGroup", ATTACKER, "rg-p", 60, |o| {
            // The deletion's own verdict, not the one written before the delete.
            o.metadata.deletion_timestamp.is_some()
                && not_ready_reason(o).as_deref() == Some("InvalidAnnotation")
                && aso_e2e::harness::ready(o)
                    .is_some_and(|c| c["message"].to_string().contains("Nothing is deleted"))
        })
        .await;
    let message = aso_e2e::harness::ready(&obj).unwrap()["message"].to_string();
    assert!(message.contains("Nothing is deleted"), "{message}");
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    assert!(env.requests("DELETE", "").is_empty(), "nothing is deleted");
    assert!(env.arm.resource(&id).is_some());
    // Spelt right, the detach goes ahead and Azure keeps the resource.
    w.patch(
        RG,
        "ResourceGroup",
        ATTACKER,
        "rg-p",
        json!({"metadata": {"annotations": {RECONCILE_POLICY: "detach-on-delete"}}}),
    )
    .await;
    env.wait_gone(RG, "ResourceGroup", ATTACKER, "rg-p").await;
    assert!(env.requests("DELETE", "").is_empty());
    assert!(env.arm.resource(&id).is_some(), "detached, not deleted");
    w.assert_contained("a misspelt policy");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn asos_own_records_and_adoption_keep_working() {
    let w = World::start("resources.azure.com/*").await;
    let env = &w.env;
    let subscription = env.arm.subscription().to_string();
    // An object as ASO left it: resource-id set (unsigned) to what its spec derives.
    let asos = format!("/subscriptions/{subscription}/resourceGroups/rg-from-aso");
    let mut obj = resource_group(ATTACKER, "rg-from-aso", json!({}));
    obj["metadata"]["annotations"] = json!({RESOURCE_ID: asos});
    w.create(RG, "ResourceGroup", obj).await.unwrap();
    let ready = env
        .wait_ready(RG, "ResourceGroup", ATTACKER, "rg-from-aso")
        .await;
    assert_eq!(annotation(&ready, RESOURCE_ID), Some(asos.as_str()));
    assert!(
        annotation(&ready, "serviceoperator.azure.com/resource-id-proof").is_some(),
        "the operator vouches for it from now on"
    );
    // Adoption of an existing resource through azureName.
    let existing = format!("/subscriptions/{subscription}/resourceGroups/pre-existing");
    env.arm_request(
        reqwest::Method::PUT,
        &existing,
        "2020-06-01",
        Some(&json!({"location": "westus2"})),
    )
    .await;
    w.create(
        RG,
        "ResourceGroup",
        resource_group(ATTACKER, "adopter", json!({"azureName": "pre-existing"})),
    )
    .await
    .unwrap();
    env.wait_ready(RG, "ResourceGroup", ATTACKER, "adopter")
        .await;
    assert_eq!(
        env.resource_id(RG, "ResourceGroup", ATTACKER, "adopter")
            .await,
        existing
    );
    // Both delete what they name.
    env.arm.clear_journal();
    w.delete(RG, "ResourceGroup", ATTACKER, "rg-from-aso").await;
    env.wait_gone(RG, "ResourceGroup", ATTACKER, "rg-from-aso")
        .await;
    assert_eq!(env.requests_for("DELETE", &asos).len(), 1);
    w.assert_contained("ASO's records and adoption");
}
