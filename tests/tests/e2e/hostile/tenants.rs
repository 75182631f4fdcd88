//! One namespace's user against another's resources: names that would walk out of their place
//! in the URL, owners given by ARM ID or through a tampered owner, owners and credentials in
//! another namespace.

use serde_json::json;

use aso_runtime::annotations::{CREDENTIAL_FROM, RESOURCE_ID};

use super::{
    ATTACKER, RG, STORAGE, VICTIM, World, not_ready_reason, resource_group, storage_account,
};

/// azureNames that would address something else if pasted into a URL.
fn hostile_names(victim: &str) -> Vec<String> {
    vec![
        "..".into(),
        ".".into(),
        "../rg-victim".into(),
        "x/../../rg-victim".into(),
        "rg-victim?api-version=2020-06-01".into(),
        "rg-victim#".into(),
        "rg%2F..%2Frg-victim".into(),
        "rg\\..\\rg-victim".into(),
        "rg-victim\u{202E}".into(),
        "rg\u{0}victim".into(),
        "rg\r\nHost: attacker".into(),
        format!("..{victim}"),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn names_never_leave_their_segment() {
    let w = World::start("resources.azure.com/*;storage.azure.com/*").await;
    let env = &w.env;
    w.ready_group(ATTACKER, "rg-a").await;
    env.arm.clear_journal();
    let mut refused_at_admission = 0;
    for (i, name) in hostile_names(&w.victim_id).iter().enumerate() {
        let group = format!("rg-hostile-{i}");
        let account = format!("acct{i}");
        for (kind, object_name, object) in [
            (
                "ResourceGroup",
                group.clone(),
                resource_group(ATTACKER, &group, json!({"azureName": name})),
            ),
            (
                "StorageAccount",
                account.clone(),
                storage_account(
                    ATTACKER,
                    &account,
                    json!({"azureName": name, "owner": {"name": "rg-a"}}),
                ),
            ),
        ] {
            let api_group = if kind == "ResourceGroup" { RG } else { STORAGE };
            if w.create(api_group, kind, object).await.is_err() {
                refused_at_admission += 1;
                continue;
            }
            let obj = env
                .wait_for(api_group, kind, ATTACKER, &object_name, 60, |o| {
                    not_ready_reason(o).is_some()
                })
                .await;
            let reason = not_ready_reason(&obj).unwrap();
            assert_eq!(reason, "InvalidSpec", "{kind} {name:?}");
        }
    }
    // Nothing with those names was written anywhere.
    let writes: Vec<String> = env
        .arm
        .journal()
        .into_iter()
        .filter(|e| e.method != "GET")
        .map(|e| format!("{} {}", e.method, e.url))
        .collect();
    assert!(writes.is_empty(), "{writes:?}");
    println!(
        "{refused_at_admission} hostile objects refused by admission, the rest by the operator"
    );
    w.assert_contained("hostile names");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn owners_cannot_be_bent_towards_another_resource_group() {
    let w = World::start("resources.azure.com/*;storage.azure.com/*").await;
    let env = &w.env;
    let subscription = env.arm.subscription().to_string();
    // Owner ARM IDs that walk: refused by the CRD's pattern where it can tell (at admission,
    // or, written at the hub, by the operator's check against the version's schema), else by
    // the operator's resolver, before anything is sent.
    let walking = [
        format!("/subscriptions/{subscription}/resourceGroups/rg-a/../rg-victim"),
        format!("/subscriptions/{subscription}/resourceGroups/.."),
        format!("/subscriptions/{subscription}/resourceGroups/rg-victim%2F..%2Frg-a"),
    ];
    let mut reached_the_operator = 0;
    for (i, armid) in walking.iter().enumerate() {
        let name = format!("acctwalk{i}");
        let account = storage_account(ATTACKER, &name, json!({"owner": {"armId": armid}}));
        if w.create(STORAGE, "StorageAccount", account).await.is_ok() {
            reached_the_operator += 1;
            env.wait_for(STORAGE, "StorageAccount", ATTACKER, &name, 60, |o| {
                aso_e2e::harness::ready(o).is_some_and(|c| {
                    c["status"] == "False"
                        && (c["reason"] == "InvalidOwner" || c["reason"] == "InvalidSpec")
                })
            })
            .await;
        }
    }
    assert!(
        reached_the_operator > 0,
        "every walking owner was stopped by admission"
    );

    // An owner whose resource-id annotation was pointed at the victim: the owner stops, and
    // its children wait rather than follow the annotation.
    w.ready_group(ATTACKER, "rg-o").await;
    env.arm.clear_journal();
    w.patch(
        RG,
        "ResourceGroup",
        ATTACKER,
        "rg-o",
        json!({"metadata": {"annotations": {RESOURCE_ID: w.victim_id}}}),
    )
    .await;
    w.create(
        STORAGE,
        "StorageAccount",
        storage_account(ATTACKER, "acctchild", json!({"owner": {"name": "rg-o"}})),
    )
    .await
    .unwrap();
    env.wait_reason(
        RG,
        "ResourceGroup",
        ATTACKER,
        "rg-o",
        "AzureResourceIdChanged",
    )
    .await;
    env.wait_reason(
        STORAGE,
        "StorageAccount",
        ATTACKER,
        "acctchild",
        "WaitingForOwner",
    )
    .await;
    assert!(env.requests("PUT", "acctchild").is_empty());
    w.assert_contained("a tampered owner");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_namespace_is_out_of_reach() {
    let w = World::start("resources.azure.com/*;storage.azure.com/*").await;
    let env = &w.env;
    w.ready_group(VICTIM, "rg-b").await;
    env.arm.clear_journal();
    // Owners by name are looked up in the object's own namespace only.
    w.create(
        STORAGE,
        "StorageAccount",
        storage_account(ATTACKER, "acctsteal", json!({"owner": {"name": "rg-b"}})),
    )
    .await
    .unwrap();
    let obj = env
        .wait_reason(
            STORAGE,
            "StorageAccount",
            ATTACKER,
            "acctsteal",
            "WaitingForOwner",
        )
        .await;
    let message = aso_e2e::harness::ready(&obj).unwrap()["message"].to_string();
    assert!(message.contains(&format!("{ATTACKER}/rg-b")), "{message}");
    // Credentials come from the object's own namespace only.
    let mut borrowed = resource_group(ATTACKER, "rg-borrowed", json!({}));
    borrowed["metadata"]["annotations"] =
        json!({CREDENTIAL_FROM: format!("{VICTIM}/aso-credential")});
    w.create(RG, "ResourceGroup", borrowed).await.unwrap();
    env.wait_reason(
        RG,
        "ResourceGroup",
        ATTACKER,
        "rg-borrowed",
        "InvalidAnnotation",
    )
    .await;
    assert!(env.requests("PUT", "acctsteal").is_empty());
    assert!(env.requests("PUT", "rg-borrowed").is_empty());
    assert!(
        env.requests("PUT", "/rg-b").is_empty(),
        "team B's group is left alone"
    );
    w.assert_contained("another namespace");
}
