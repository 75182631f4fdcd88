//! Throttling (token buckets and hourly quotas) and injected faults, seen from a client.

use std::time::{Duration, Instant};

use crate::common::*;
use aso_armsim::faults::{Fault, FaultConfig, FaultRule, RandomFaults};
use aso_armsim::throttle::{Bucket, ThrottleConfig};
use serde_json::json;

#[tokio::test]
async fn a_burst_beyond_the_bucket_gets_429_and_honouring_retry_after_succeeds() {
    let s = start(FAST).await;
    s.sim.set_throttling(ThrottleConfig {
        writes: Bucket {
            burst: 5,
            per_second: 2.0,
        },
        reads: Bucket {
            burst: 250,
            per_second: 25.0,
        },
        ..Default::default()
    });
    let mut remaining = Vec::new();
    let mut throttled = None;
    for i in 0..8 {
        let r = s
            .put(
                &rg(&format!("rg{i}")),
                RG_API,
                &json!({"location": "westus2"}),
            )
            .await;
        if r.status == 429 {
            throttled = Some(r);
            break;
        }
        remaining.push(
            r.header("x-ms-ratelimit-remaining-subscription-writes")
                .unwrap()
                .parse::<u32>()
                .unwrap(),
        );
    }
    assert_eq!(remaining, vec![4, 3, 2, 1, 0]);
    let throttled = throttled.expect("the sixth write is throttled");
    assert_eq!(throttled.code(), "SubscriptionRequestsThrottled");
    assert!(
        throttled
            .message()
            .starts_with("Number of 'write' requests for subscription"),
        "{}",
        throttled.message()
    );
    let retry_after: u64 = throttled.header("Retry-After").unwrap().parse().unwrap();
    assert!((1..=2).contains(&retry_after), "{retry_after}");
    // Reads have their own bucket.
    let read = s.get(&rg("rg0"), RG_API).await;
    assert_eq!(read.status, 200);
    assert_eq!(
        read.header("x-ms-ratelimit-remaining-subscription-reads"),
        Some("249")
    );
    tokio::time::sleep(Duration::from_secs(retry_after)).await;
    let retried = s
        .put(&rg("rg5"), RG_API, &json!({"location": "westus2"}))
        .await;
    assert_eq!(retried.status, 201, "after Retry-After: {}", retried.text);
    let counters = s.sim.counters();
    assert_eq!(counters.throttled, 1);
}

#[tokio::test]
async fn default_buckets_are_arms() {
    let s = start(FAST).await;
    let r = s
        .get(&format!("/subscriptions/{SUB}/resourcegroups"), RG_API)
        .await;
    assert_eq!(
        r.header("x-ms-ratelimit-remaining-subscription-reads"),
        Some("249")
    );
    let w = s
        .put(&rg("a"), RG_API, &json!({"location": "westus2"}))
        .await;
    assert_eq!(
        w.header("x-ms-ratelimit-remaining-subscription-writes"),
        Some("199")
    );
    let d = s.delete(&rg("a"), RG_API).await;
    assert_eq!(
        d.header("x-ms-ratelimit-remaining-subscription-deletes"),
        Some("199")
    );
    // Buckets are per principal.
    let other = s.sim.token_for("another-client");
    let r = s.send("GET", &rg("a"), RG_API, None, Some(&other)).await;
    assert_eq!(
        r.header("x-ms-ratelimit-remaining-subscription-reads"),
        Some("249")
    );
}

#[tokio::test]
async fn hourly_quota_model() {
    let s =
        start("throttling:\n  model: hourly\n  hourly: {reads: 3, writes: 1, deletes: 1}\n").await;
    s.resource_group("rg").await;
    let over = s
        .put(&rg("rg2"), RG_API, &json!({"location": "westus2"}))
        .await;
    assert_eq!(over.status, 429);
    let wait: u64 = over.header("Retry-After").unwrap().parse().unwrap();
    assert!(wait > 3500, "the rest of the hour: {wait}");
    for expected in ["2", "1", "0"] {
        assert_eq!(
            s.get(&rg("rg"), RG_API)
                .await
                .header("x-ms-ratelimit-remaining-subscription-reads"),
            Some(expected)
        );
    }
    assert_eq!(s.get(&rg("rg"), RG_API).await.status, 429);
}

fn status(s: u16) -> Fault {
    Fault::Status {
        status: s,
        code: None,
        message: None,
        retry_after: None,
        after_handling: false,
    }
}

#[tokio::test]
async fn scripted_faults() {
    let s = start(FAST).await;
    s.resource_group("rg").await;
    for (code, name) in [
        (500, "InternalServerError"),
        (503, "ServiceUnavailable"),
        (504, "GatewayTimeout"),
    ] {
        s.sim.add_fault(FaultRule {
            method: Some("GET".into()),
            times: Some(1),
            fault: status(code),
            ..Default::default()
        });
        let r = s.get(&rg("rg"), RG_API).await;
        assert_eq!((r.status, r.code()), (code, name));
        assert_eq!(s.get(&rg("rg"), RG_API).await.status, 200, "one time only");
    }
    s.sim.add_fault(FaultRule {
        method: Some("GET".into()),
        times: Some(1),
        fault: Fault::Throttle { retry_after: 7 },
        ..Default::default()
    });
    let throttled = s.get(&rg("rg"), RG_API).await;
    assert_eq!(
        (throttled.status, throttled.header("Retry-After")),
        (429, Some("7"))
    );

    // A reset closes the connection without an answer; the journal says status 0.
    s.sim.add_fault(FaultRule {
        path_contains: Some("/resourceGroups/rg".into()),
        times: Some(1),
        fault: Fault::Reset,
        ..Default::default()
    });
    let err = s
        .client
        .get(s.url(&format!("{}?api-version={RG_API}", rg("rg"))))
        .bearer_auth(&s.token)
        .send()
        .await;
    assert!(err.is_err(), "the client sees a transport error");
    assert_eq!(s.sim.journal().last().unwrap().status, 0);

    // Slow answers.
    s.sim.add_fault(FaultRule {
        times: Some(1),
        fault: Fault::Delay { ms: 300 },
        ..Default::default()
    });
    let start = Instant::now();
    assert_eq!(s.get(&rg("rg"), RG_API).await.status, 200);
    assert!(start.elapsed() >= Duration::from_millis(300));

    // An error after the write took effect: the client must find out by reading.
    s.sim.add_fault(FaultRule {
        method: Some("PUT".into()),
        times: Some(1),
        fault: Fault::Status {
            status: 500,
            code: None,
            message: None,
            retry_after: None,
            after_handling: true,
        },
        ..Default::default()
    });
    let r = s
        .put(
            &identity("rg", "ghost"),
            MI_API,
            &json!({"location": "westus2"}),
        )
        .await;
    assert_eq!(r.status, 500);
    assert_eq!(
        s.get(&identity("rg", "ghost"), MI_API).await.status,
        200,
        "the PUT happened"
    );

    // Skip lets the first matching requests through.
    s.sim.add_fault(FaultRule {
        method: Some("GET".into()),
        skip: 2,
        times: Some(1),
        fault: status(503),
        ..Default::default()
    });
    let statuses = [
        s.get(&rg("rg"), RG_API).await.status,
        s.get(&rg("rg"), RG_API).await.status,
        s.get(&rg("rg"), RG_API).await.status,
    ];
    assert_eq!(statuses, [200, 200, 503]);
}

#[tokio::test]
async fn faults_on_operations_fail_them_or_make_monitors_relative() {
    let s = start(FAST).await;
    s.resource_group("rg").await;
    s.sim.add_fault(FaultRule {
        arm_type: Some("Microsoft.Storage/storageAccounts".into()),
        method: Some("PUT".into()),
        times: Some(1),
        fault: Fault::RelativeLocation,
        ..Default::default()
    });
    let body = json!({"location": "westus2", "kind": "StorageV2", "sku": {"name": "Standard_LRS"}});
    let r = s.put(&storage("rg", "relacct"), STORAGE_API, &body).await;
    let location = r.header("Location").unwrap();
    assert!(
        location.starts_with("/subscriptions/"),
        "relative: {location}"
    );
    assert_eq!(
        s.poll(location).await.status,
        200,
        "a relative monitor resolves against the simulator"
    );

    s.sim.add_fault(FaultRule {
        arm_type: Some("Microsoft.Storage/storageAccounts".into()),
        method: Some("PUT".into()),
        times: Some(1),
        fault: Fault::FailOperation {
            failure: aso_armsim::Failure {
                status: 409,
                code: "StorageAccountOperationInProgress".into(),
                message: "m".into(),
            },
        },
        ..Default::default()
    });
    let r = s.put(&storage("rg", "failacct"), STORAGE_API, &body).await;
    let end = s.poll(r.header("Location").unwrap()).await;
    assert_eq!(
        (end.status, end.code()),
        (409, "StorageAccountOperationInProgress")
    );
    assert_eq!(
        s.get(&storage("rg", "failacct"), STORAGE_API).await.state(),
        "Failed"
    );
}

#[tokio::test]
async fn random_faults_reproduce_by_seed() {
    let config = FaultConfig {
        seed: Some(1234),
        random: Some(RandomFaults {
            rate: 0.4,
            faults: vec![status(500), status(503), Fault::Throttle { retry_after: 1 }],
        }),
        rules: vec![],
    };
    let mut runs = Vec::new();
    for _ in 0..2 {
        let s = start(FAST).await;
        s.resource_group("rg").await;
        let body = serde_json::to_vec(&config).unwrap();
        let r = s
            .client
            .put(format!("{}/_armsim/faults", s.sim.base_url()))
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 204);
        let mut statuses = Vec::new();
        for _ in 0..40 {
            statuses.push(s.get(&rg("rg"), RG_API).await.status);
        }
        runs.push(statuses);
    }
    assert_eq!(runs[0], runs[1], "same seed, same requests, same faults");
    let faulted = runs[0].iter().filter(|s| **s != 200).count();
    assert!((5..30).contains(&faulted), "about 40% of 40: {faulted}");
    assert!(runs[0].iter().all(|s| [200, 500, 503, 429].contains(s)));
}

#[tokio::test]
async fn admin_endpoints_change_settings_at_run_time() {
    let s = start("").await;
    let base = s.sim.base_url().to_string();
    let r = s
        .client
        .put(format!("{base}/_armsim/lro"))
        .body(r#"{"default": {"retryAfter": 0, "polls": 0}, "types": {"Microsoft.Resources/resourceGroups": {"delete": "sync"}}}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    s.resource_group("rg").await;
    assert_eq!(
        s.delete(&rg("rg"), RG_API).await.status,
        200,
        "resource group deletes are now synchronous"
    );
    let bad = s
        .client
        .put(format!("{base}/_armsim/lro"))
        .body("{\"default\": {\"bogus\": 1}}")
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 400);
    let r = s
        .client
        .post(format!("{base}/_armsim/faults"))
        .body(r#"{"method": "GET", "times": 1, "fault": {"kind": "status", "status": 503}}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    assert_eq!(s.get(&rg("x"), RG_API).await.status, 503);
    let ca = s
        .client
        .get(format!("{base}/_armsim/ca"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(ca, s.sim.ca_pem().unwrap());
    let r = s
        .client
        .post(format!("{base}/_armsim/reset"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    assert!(s.sim.journal().is_empty());
}
