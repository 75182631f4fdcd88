//! Long-running operations end with time, as in Azure, whether or not anyone polls them; polls
//! can be counted instead when a test asks; monitors ARM does not know answer 404.

use std::time::{Duration, Instant};

use crate::common::*;
use aso_armsim::{Durations, Failure, LroMode, LroSettings, ProgressMode};
use serde_json::{Value, json};

fn account() -> Value {
    json!({"location": "westus2", "kind": "StorageV2", "sku": {"name": "Standard_LRS"}})
}

/// GETs `path` until `done` holds for the answer, for at most `secs` seconds.
async fn eventually(s: &Sim, path: &str, api: &str, secs: u64, done: impl Fn(&Resp) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        let r = s.get(path, api).await;
        if done(&r) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{path} never got there: {} {}",
            r.status,
            r.text
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn by_default_operations_end_with_time_without_polls() {
    // No LRO settings at all: the profiles' shapes and short default durations.
    let s = start("lro:\n  default:\n    retryAfter: 0\n").await;
    s.resource_group("rg").await;
    let id = storage("rg", "timed1");
    let accepted = s.put(&id, STORAGE_API, &account()).await;
    assert_eq!(accepted.status, 202, "{}", accepted.text);
    let monitor = accepted.header("Location").unwrap().to_string();
    // Nobody polls the monitor: the account still finishes, seen by GETs of the account alone.
    eventually(&s, &id, STORAGE_API, 10, |r| r.state() == "Succeeded").await;
    let polled = s.follow(&monitor).await;
    assert_eq!(
        (polled.status, polled.state()),
        (200, "Succeeded"),
        "the monitor reports the end afterwards"
    );
    // An identity in asyncOperation mode, its delete too: gone without a poll.
    s.sim.set_lro(
        Some("Microsoft.ManagedIdentity/userAssignedIdentities"),
        LroSettings {
            create: Some(LroMode::AsyncOperation),
            delete: Some(LroMode::AsyncOperation),
            ..Default::default()
        },
    );
    let mi = identity("rg", "timed-mi");
    let created = s.put(&mi, MI_API, &json!({"location": "westus2"})).await;
    assert_eq!(created.status, 201);
    assert!(created.header("Azure-AsyncOperation").is_some());
    eventually(&s, &mi, MI_API, 10, |r| r.state() == "Succeeded").await;
    let deleting = s.delete(&mi, MI_API).await;
    assert_eq!(deleting.status, 202);
    eventually(&s, &mi, MI_API, 10, |r| r.status == 404).await;
    let listed = s
        .get(
            &format!(
                "{}/providers/Microsoft.ManagedIdentity/userAssignedIdentities",
                rg("rg")
            ),
            MI_API,
        )
        .await;
    assert_eq!(listed.json["value"], json!([]));
}

#[tokio::test]
async fn running_operations_hold_the_resource_until_their_time() {
    let s = start("lro:\n  default:\n    retryAfter: 0\n    durationMs: 60000\n").await;
    s.resource_group("rg").await;
    let id = storage("rg", "slow1");
    let accepted = s.put(&id, STORAGE_API, &account()).await;
    let monitor = accepted.header("Location").unwrap().to_string();
    // However often it is polled, it is not done before its time.
    for _ in 0..5 {
        assert_eq!(s.follow(&monitor).await.status, 202);
    }
    assert_eq!(s.get(&id, STORAGE_API).await.state(), "Creating");
    let second = s.put(&id, STORAGE_API, &account()).await;
    assert_eq!(
        (second.status, second.code()),
        (409, "AnotherOperationInProgress")
    );
    assert!(
        second.message().contains(&monitor),
        "the conflict names the running operation: {}",
        second.message()
    );
    let delete = s.delete(&id, STORAGE_API).await;
    assert_eq!(
        (delete.status, delete.code()),
        (409, "AnotherOperationInProgress")
    );
}

#[tokio::test]
async fn durations_are_set_per_type_and_kind_of_write_and_failures_end_on_time() {
    let s = start(
        "lro:\n  default:\n    retryAfter: 0\n  types:\n    Microsoft.ManagedIdentity/userAssignedIdentities:\n      create: asyncOperation\n      update: asyncOperation\n      durationMs: {create: 60000, update: 0}\n",
    )
    .await;
    s.resource_group("rg").await;
    let mi = identity("rg", "mi");
    let created = s.put(&mi, MI_API, &json!({"location": "westus2"})).await;
    let status = created.header("Azure-AsyncOperation").unwrap().to_string();
    assert_eq!(s.follow(&status).await.json["status"], "InProgress");
    // Other types keep their own (short) durations.
    s.sim.set_lro(
        Some("Microsoft.Cache/redis"),
        LroSettings {
            duration_ms: Some(Durations::all(0)),
            fail: Some(Failure {
                status: 409,
                code: "QuotaExceeded".into(),
                message: "No more caches".into(),
            }),
            ..Default::default()
        },
    );
    let redis = format!("{}/providers/Microsoft.Cache/redis/c1", rg("rg"));
    let r = s
        .put(&redis, "2023-04-01", &json!({"location": "westus2", "properties": {"sku": {"name": "Basic", "family": "C", "capacity": 0}}}))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(s.get(&redis, "2023-04-01").await.state(), "Failed");
    let failed = s.follow(r.header("Azure-AsyncOperation").unwrap()).await;
    assert_eq!(failed.json["status"], "Failed");
    assert_eq!(failed.json["error"]["code"], "QuotaExceeded");
}

#[tokio::test]
async fn poll_counted_progress_is_chosen_through_the_admin_api() {
    let s = start("").await;
    let base = s.sim.base_url().to_string();
    let r = s
        .client
        .put(format!("{base}/_armsim/lro"))
        .body(r#"{"default": {"retryAfter": 0, "progress": "polls", "polls": 3, "durationMs": 0}}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    let settings: Value = s
        .client
        .get(format!("{base}/_armsim/lro"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(settings["default"]["progress"], "polls");
    assert_eq!(
        settings["default"]["durationMs"],
        json!({"create": 0, "update": 0, "delete": 0})
    );
    s.resource_group("rg").await;
    let id = storage("rg", "counted1");
    let accepted = s.put(&id, STORAGE_API, &account()).await;
    let monitor = accepted.header("Location").unwrap().to_string();
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(
        s.get(&id, STORAGE_API).await.state(),
        "Creating",
        "time alone does not end it"
    );
    for _ in 0..3 {
        assert_eq!(s.follow(&monitor).await.status, 202);
    }
    assert_eq!(s.follow(&monitor).await.status, 200);
}

#[tokio::test]
async fn monitors_arm_does_not_know_answer_404() {
    let s = start(&format!(
        "subscriptions:\n  - id: {SUB}\n  - id: 11111111-1111-1111-1111-111111111111\n{FAST}"
    ))
    .await;
    s.resource_group("rg").await;
    let unknown = s
        .follow(&format!(
            "/subscriptions/{SUB}/providers/Microsoft.Storage/locations/westus2/asyncoperations/00000000-1111-2222-3333-444444444444?monitor=true&api-version={STORAGE_API}"
        ))
        .await;
    assert_eq!((unknown.status, unknown.code()), (404, "NotFound"));
    assert!(
        unknown
            .message()
            .contains("00000000-1111-2222-3333-444444444444")
    );

    let id = storage("rg", "forgotten1");
    let accepted = s.put(&id, STORAGE_API, &account()).await;
    let monitor = accepted.header("Location").unwrap().to_string();
    assert_eq!(s.follow(&monitor).await.status, 202);
    // The same operation asked for in another subscription is not found either.
    let elsewhere = monitor.replace(SUB, "11111111-1111-1111-1111-111111111111");
    let other = s.follow(&elsewhere).await;
    assert_eq!(
        (other.status, other.code()),
        (404, "NotFound"),
        "{}",
        other.text
    );

    // Once ARM forgets its operations, their monitors are gone; the account still finishes.
    let r = s
        .client
        .delete(format!("{}/_armsim/operations", s.sim.base_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    let gone = s.follow(&monitor).await;
    assert_eq!((gone.status, gone.code()), (404, "NotFound"));
    assert_eq!(s.get(&id, STORAGE_API).await.state(), "Succeeded");
    assert_eq!(s.put(&id, STORAGE_API, &account()).await.status, 200);

    // A timed operation forgotten mid-way still ends on time.
    s.sim.set_lro(
        Some("Microsoft.Storage/storageAccounts"),
        LroSettings {
            progress: Some(ProgressMode::Time),
            duration_ms: Some(Durations::all(200)),
            ..Default::default()
        },
    );
    let id2 = storage("rg", "forgotten2");
    let accepted = s.put(&id2, STORAGE_API, &account()).await;
    s.sim.forget_operations();
    assert_eq!(
        s.follow(accepted.header("Location").unwrap()).await.status,
        404
    );
    assert_eq!(
        s.put(&id2, STORAGE_API, &account()).await.code(),
        "AnotherOperationInProgress",
        "still running"
    );
    eventually(&s, &id2, STORAGE_API, 10, |r| r.state() == "Succeeded").await;
}

#[tokio::test]
async fn async_operation_mode_with_status_resource_and_failures() {
    let s = start(FAST).await;
    s.resource_group("rg").await;
    s.sim.set_lro(
        Some("Microsoft.ManagedIdentity/userAssignedIdentities"),
        LroSettings {
            create: Some(LroMode::AsyncOperation),
            delete: Some(LroMode::AsyncOperation),
            polls: Some(1),
            ..Default::default()
        },
    );
    let id = identity("rg", "slow");
    let created = s.put(&id, MI_API, &json!({"location": "westus2"})).await;
    assert_eq!((created.status, created.state()), (201, "Creating"));
    let status_url = created.header("Azure-AsyncOperation").unwrap().to_string();
    assert!(status_url.contains("/operationStatuses/"), "{status_url}");
    // The resource shows the transitional state; GETs of it do not advance the operation.
    assert_eq!(s.get(&id, MI_API).await.state(), "Creating");
    assert_eq!(s.get(&id, MI_API).await.state(), "Creating");
    let first = s.follow(&status_url).await;
    assert_eq!(
        (first.status, first.json["status"].as_str()),
        (200, Some("InProgress"))
    );
    assert_eq!(first.header("Retry-After"), Some("0"));
    let done = s.follow(&status_url).await;
    assert_eq!(done.json["status"], "Succeeded");
    assert!(done.json["endTime"].is_string());
    assert_eq!(s.get(&id, MI_API).await.state(), "Succeeded");

    let deleting = s.delete(&id, MI_API).await;
    assert_eq!(deleting.status, 202);
    assert!(
        deleting.header("Azure-AsyncOperation").is_some() && deleting.header("Location").is_some()
    );
    // A second DELETE while the first runs answers with the same monitor.
    let again = s.delete(&id, MI_API).await;
    assert_eq!(
        again.header("Azure-AsyncOperation"),
        deleting.header("Azure-AsyncOperation")
    );
    let location = deleting.header("Location").unwrap().to_string();
    assert_eq!(s.follow(&location).await.status, 202);
    let ended = s.poll(&location).await;
    assert_eq!(ended.status, 200);
    assert_eq!(s.get(&id, MI_API).await.status, 404);

    // Operations configured to fail end Failed with the error; the resource is left Failed.
    s.sim.set_lro(
        Some("Microsoft.ManagedIdentity/userAssignedIdentities"),
        LroSettings {
            create: Some(LroMode::AsyncOperation),
            polls: Some(0),
            fail: Some(Failure {
                status: 409,
                code: "QuotaExceeded".into(),
                message: "No more identities".into(),
            }),
            ..Default::default()
        },
    );
    let failing = s
        .put(
            &identity("rg", "doomed"),
            MI_API,
            &json!({"location": "westus2"}),
        )
        .await;
    let failed = s
        .follow(failing.header("Azure-AsyncOperation").unwrap())
        .await;
    assert_eq!(failed.json["status"], "Failed");
    assert_eq!(failed.json["error"]["code"], "QuotaExceeded");
    assert_eq!(
        s.get(&identity("rg", "doomed"), MI_API).await.state(),
        "Failed"
    );
    // In Location mode, the failure is the monitor's final answer.
    s.sim.set_lro(
        Some("Microsoft.ManagedIdentity/userAssignedIdentities"),
        LroSettings {
            create: Some(LroMode::Location),
            polls: Some(0),
            fail: Some(Failure {
                status: 500,
                code: "InternalServerError".into(),
                message: "boom".into(),
            }),
            ..Default::default()
        },
    );
    let failing = s
        .put(
            &identity("rg", "doomed2"),
            MI_API,
            &json!({"location": "westus2"}),
        )
        .await;
    assert_eq!(failing.status, 202);
    let failed = s.follow(failing.header("Location").unwrap()).await;
    assert_eq!((failed.status, failed.code()), (500, "InternalServerError"));
}

#[tokio::test]
async fn poll_counted_operations_can_also_last_a_minimum_time() {
    let s = start("lro:\n  default:\n    retryAfter: 0\n    polls: 0\n    minDurationMs: 300\n    create: asyncOperation\n").await;
    s.resource_group("rg").await;
    let created = s
        .put(
            &identity("rg", "timed"),
            MI_API,
            &json!({"location": "westus2"}),
        )
        .await;
    let url = created.header("Azure-AsyncOperation").unwrap().to_string();
    assert_eq!(s.follow(&url).await.json["status"], "InProgress");
    tokio::time::sleep(std::time::Duration::from_millis(350)).await;
    assert_eq!(s.follow(&url).await.json["status"], "Succeeded");
}
