//! Against the operator's liveness: answers that ask it to wait forever, many hostile objects
//! at once, and a flaky network while operations run. New objects keep reconciling, health
//! stays truthful, and no operation is sent twice because a poll failed.

use std::time::{Duration, Instant};

use aso_armsim::{Fault, FaultRule, LroSettings};
use serde_json::json;

use super::{ATTACKER, RG, STORAGE, World, resource_group, storage_account};

async fn health(w: &World) -> u16 {
    let addr = w.env.operator.as_ref().unwrap().health_addr.unwrap();
    reqwest::get(format!("http://{addr}/healthz"))
        .await
        .map(|r| r.status().as_u16())
        .unwrap_or(0)
}

fn capped(metrics: &str) -> f64 {
    metrics
        .lines()
        .find(|l| l.starts_with("aso_retry_after_capped_total"))
        .and_then(|l| l.split_whitespace().last())
        .and_then(|v| v.parse::<f64>().ok())
        .unwrap_or(0.0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn absurd_retry_after_and_many_hostile_objects_stop_nothing() {
    let w = World::start("resources.azure.com/*;storage.azure.com/*").await;
    let env = &w.env;
    w.ready_group(ATTACKER, "rg-a").await;
    // Every storage account operation answers with a Retry-After of ~31,700 years: enough to
    // overflow any Instant it is added to.
    env.arm.set_lro(
        Some("Microsoft.Storage/storageAccounts"),
        LroSettings {
            polls: Some(2),
            retry_after: Some(1_000_000_000_000),
            ..Default::default()
        },
    );
    // More such objects than there are workers (32 by default)...
    let objects = 40;
    for i in 0..objects {
        let name = format!("acctslow{i}");
        w.create(
            STORAGE,
            "StorageAccount",
            storage_account(ATTACKER, &name, json!({"owner": {"name": "rg-a"}})),
        )
        .await
        .unwrap();
    }
    // ...and names that are refused and policies that are misspelt, on top.
    for i in 0..8 {
        let mut obj = resource_group(
            ATTACKER,
            &format!("rg-bad-{i}"),
            json!({"azureName": "../x"}),
        );
        obj["metadata"]["annotations"] =
            json!({"serviceoperator.azure.com/reconcile-policy": "Manage"});
        w.create(RG, "ResourceGroup", obj).await.unwrap();
    }
    for i in 0..objects {
        env.wait_reason(
            STORAGE,
            "StorageAccount",
            ATTACKER,
            &format!("acctslow{i}"),
            "Reconciling",
        )
        .await;
    }
    // A new object still becomes Ready promptly, and health is true.
    let started = Instant::now();
    w.create(
        RG,
        "ResourceGroup",
        resource_group(ATTACKER, "rg-live", json!({})),
    )
    .await
    .unwrap();
    env.wait_ready(RG, "ResourceGroup", ATTACKER, "rg-live")
        .await;
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(health(&w).await, 200, "workers are alive");
    assert!(capped(&env.metrics_text().await) >= objects as f64);
    assert_eq!(
        env.requests("PUT", "acctslow").len(),
        objects,
        "one PUT each, then waiting"
    );
    w.assert_contained("absurd Retry-After");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_absurd_throttle_blocks_the_subscription_briefly_not_forever() {
    let w = World::start("resources.azure.com/*").await;
    let env = &w.env;
    env.arm.add_fault(FaultRule {
        method: Some("PUT".into()),
        path_contains: Some("rg-throttled".into()),
        times: Some(1),
        fault: Fault::Throttle {
            retry_after: 1_000_000_000_000,
        },
        ..Default::default()
    });
    w.create(
        RG,
        "ResourceGroup",
        resource_group(ATTACKER, "rg-throttled", json!({})),
    )
    .await
    .unwrap();
    env.wait_reason(
        RG,
        "ResourceGroup",
        ATTACKER,
        "rg-throttled",
        "TooManyRequests",
    )
    .await;
    // Writes of the whole subscription wait out at most the client's own limit (30 s).
    w.create(
        RG,
        "ResourceGroup",
        resource_group(ATTACKER, "rg-after", json!({})),
    )
    .await
    .unwrap();
    env.wait_ready(RG, "ResourceGroup", ATTACKER, "rg-after")
        .await;
    assert_eq!(health(&w).await, 200);
    assert!(capped(&env.metrics_text().await) >= 1.0);
    w.assert_contained("an absurd throttle");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_poll_keeps_the_operation() {
    let w = World::start("resources.azure.com/*;storage.azure.com/*").await;
    let env = &w.env;
    // Poll-counted operations (chosen explicitly), so the faults below land while it runs.
    env.arm.set_lro(
        Some("Microsoft.Storage/storageAccounts"),
        LroSettings {
            polls: Some(4),
            retry_after: Some(0),
            ..Default::default()
        },
    );
    w.ready_group(ATTACKER, "rg-a").await;
    // The first polls fail: server errors, a reset, throttling with an absurd Retry-After cut
    // to the cap... then a 404 says the operation itself is gone.
    for fault in [
        Fault::Status {
            status: 500,
            code: None,
            message: None,
            retry_after: None,
            after_handling: false,
        },
        Fault::Reset,
        Fault::Status {
            status: 503,
            code: None,
            message: None,
            retry_after: Some(1),
            after_handling: false,
        },
    ] {
        env.arm.add_fault(FaultRule {
            method: Some("GET".into()),
            path_contains: Some("asyncoperations".into()),
            times: Some(1),
            fault,
            ..Default::default()
        });
    }
    w.create(
        STORAGE,
        "StorageAccount",
        storage_account(ATTACKER, "acctflaky", json!({"owner": {"name": "rg-a"}})),
    )
    .await
    .unwrap();
    env.wait_ready(STORAGE, "StorageAccount", ATTACKER, "acctflaky")
        .await;
    assert_eq!(
        env.requests("PUT", "acctflaky").len(),
        1,
        "one PUT, polled through the faults"
    );

    // An operation ARM no longer knows (404 on its monitor): read the resource before any PUT.
    env.arm.clear_journal();
    env.arm.add_fault(FaultRule {
        method: Some("GET".into()),
        path_contains: Some("asyncoperations".into()),
        times: Some(1),
        fault: Fault::Status {
            status: 404,
            code: Some("NotFound".into()),
            message: Some("The operation was not found".into()),
            retry_after: None,
            after_handling: false,
        },
        ..Default::default()
    });
    w.patch(
        STORAGE,
        "StorageAccount",
        ATTACKER,
        "acctflaky",
        json!({"spec": {"tags": {"changed": "yes"}}}),
    )
    .await;
    env.wait_for(STORAGE, "StorageAccount", ATTACKER, "acctflaky", 60, |o| {
        aso_e2e::harness::is_ready(o) && o.metadata.generation == Some(2)
    })
    .await;
    let sequence: Vec<String> = env
        .arm
        .journal()
        .into_iter()
        .filter(|e| e.url.contains("acctflaky") && !e.url.contains("asyncoperations"))
        .map(|e| e.method)
        .collect();
    let puts = sequence.iter().filter(|m| *m == "PUT").count();
    assert_eq!(
        puts, 1,
        "no second PUT after the operation vanished: {sequence:?}"
    );
    let after_put = sequence.iter().position(|m| m == "PUT").unwrap() + 1;
    assert!(
        sequence[after_put..].iter().any(|m| m == "GET"),
        "{sequence:?}"
    );
    assert_eq!(health(&w).await, 200);
    w.assert_contained("flaky polls");
}
