//! What goes wrong, and what the operator does about it: a missing owner, secret, config map or
//! referenced resource waits (Ready=False, Warning) and proceeds as soon as it appears; ARM's 400
//! is fatal (Ready=False, Error) and never retried until the spec changes; 5xx and 429 are
//! retried (Retry-After honoured) until they pass.

use std::time::{Duration, Instant};

use aso_armsim::{Fault, FaultRule};
use aso_e2e::harness::{Env, EnvOptions, is_ready, ready};

const RG: &str = "resources.azure.com";
const STORAGE: &str = "storage.azure.com";

fn rg(name: &str) -> String {
    format!(
        "apiVersion: resources.azure.com/v1api20200601\nkind: ResourceGroup\nmetadata: {{name: {name}, namespace: default}}\nspec: {{location: westus2}}\n"
    )
}

fn account(name: &str, owner: &str, extra: &str) -> String {
    format!(
        "apiVersion: storage.azure.com/v1api20230101
kind: StorageAccount
metadata: {{name: {name}, namespace: default}}
spec:
  location: westus2
  kind: StorageV2
  sku: {{name: Standard_LRS}}
  owner: {{name: {owner}}}
{extra}"
    )
}

async fn env(pattern: &str) -> Env {
    let mut env = Env::start(EnvOptions {
        crd_pattern: pattern.into(),
        ..EnvOptions::default()
    })
    .await;
    env.start_operator().await;
    env
}

fn condition(obj: &kube::api::DynamicObject) -> serde_json::Value {
    ready(obj).expect("a Ready condition")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_missing_owner_waits_and_the_owner_unblocks_it() {
    let env = env("resources.azure.com/*;storage.azure.com/*").await;
    env.apply(&account("acctorphan", "rg-later", ""));
    let obj = env
        .wait_reason(
            STORAGE,
            "StorageAccount",
            "default",
            "acctorphan",
            "WaitingForOwner",
        )
        .await;
    let c = condition(&obj);
    assert_eq!(c["severity"], "Warning");
    assert!(c["message"].as_str().unwrap().contains("rg-later"), "{c}");
    assert!(
        env.requests("PUT", "acctorphan").is_empty(),
        "nothing is sent before the owner exists"
    );

    env.apply(&rg("rg-later"));
    env.wait_ready(STORAGE, "StorageAccount", "default", "acctorphan")
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_missing_secret_waits_and_its_value_is_sent_but_never_shown() {
    let env = env("resources.azure.com/*;dbforpostgresql.azure.com/FlexibleServer").await;
    env.apply(&rg("rg-pg"));
    env.apply(
        "apiVersion: dbforpostgresql.azure.com/v1api20221201
kind: FlexibleServer
metadata: {name: pgserver, namespace: default}
spec:
  location: westus2
  owner: {name: rg-pg}
  version: '14'
  administratorLogin: myadmin
  administratorLoginPassword: {name: pg-admin, key: password}
  sku: {name: Standard_B1ms, tier: Burstable}
  storage: {storageSizeGB: 32}
",
    );
    let obj = env
        .wait_reason(
            "dbforpostgresql.azure.com",
            "FlexibleServer",
            "default",
            "pgserver",
            "SecretNotFound",
        )
        .await;
    let c = condition(&obj);
    assert_eq!(c["severity"], "Warning");
    assert!(c["message"].as_str().unwrap().contains("pg-admin"), "{c}");
    assert!(env.requests("PUT", "pgserver").is_empty());

    // The Secret appears: its watch re-triggers the server at once.
    let out = env.kubectl(
        &[
            "create",
            "secret",
            "generic",
            "pg-admin",
            "--from-literal=password=Sup3r-Secret!",
        ],
        None,
    );
    assert!(out.ok, "{}", out.stderr);
    let started = Instant::now();
    let obj = env
        .wait_ready(
            "dbforpostgresql.azure.com",
            "FlexibleServer",
            "default",
            "pgserver",
        )
        .await;
    assert!(started.elapsed() < Duration::from_secs(10));
    let puts = env.requests("PUT", "/flexibleServers/pgserver");
    assert_eq!(
        puts[0].body["properties"]["administratorLoginPassword"],
        "Sup3r-Secret!"
    );
    assert!(
        !serde_json::to_string(&obj.data)
            .unwrap()
            .contains("Sup3r-Secret!"),
        "the secret is never in status"
    );
    let events = env.kubectl(&["get", "events.events.k8s.io", "-A", "-o", "json"], None);
    assert!(!events.stdout.contains("Sup3r-Secret!"));

    // ARM quoting the password back in an error: the condition never shows it.
    env.arm.add_fault(FaultRule {
        method: Some("PUT".into()),
        path_contains: Some("/flexibleServers/pgserver2".into()),
        fault: Fault::Status {
            status: 400,
            code: Some("PasswordTooWeak".into()),
            message: Some("The password 'Sup3r-Secret!' does not meet the requirements.".into()),
            retry_after: None,
            after_handling: false,
        },
        ..FaultRule::default()
    });
    env.apply(
        "apiVersion: dbforpostgresql.azure.com/v1api20221201
kind: FlexibleServer
metadata: {name: pgserver2, namespace: default}
spec:
  location: westus2
  owner: {name: rg-pg}
  version: '14'
  administratorLogin: myadmin
  administratorLoginPassword: {name: pg-admin, key: password}
  sku: {name: Standard_B1ms, tier: Burstable}
  storage: {storageSizeGB: 32}
",
    );
    let obj = env
        .wait_reason(
            "dbforpostgresql.azure.com",
            "FlexibleServer",
            "default",
            "pgserver2",
            "PasswordTooWeak",
        )
        .await;
    assert_eq!(
        condition(&obj)["message"],
        "The password '<redacted>' does not meet the requirements."
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_reference_waits_until_the_resource_exists() {
    let env = env("resources.azure.com/*;storage.azure.com/*;managedidentity.azure.com/*").await;
    env.apply(&rg("rg-ref"));
    env.apply(&account(
        "acctref",
        "rg-ref",
        "  identity:
    type: UserAssigned
    userAssignedIdentities:
      - reference: {group: managedidentity.azure.com, kind: UserAssignedIdentity, name: acct-identity}
",
    ));
    let obj = env
        .wait_reason(
            STORAGE,
            "StorageAccount",
            "default",
            "acctref",
            "ReferenceNotFound",
        )
        .await;
    let c = condition(&obj);
    assert_eq!(c["severity"], "Warning");
    assert!(
        c["message"].as_str().unwrap().contains("acct-identity"),
        "{c}"
    );
    assert!(env.requests("PUT", "acctref").is_empty());

    env.apply(
        "apiVersion: managedidentity.azure.com/v1api20230131
kind: UserAssignedIdentity
metadata: {name: acct-identity, namespace: default}
spec: {location: westus2, owner: {name: rg-ref}}
",
    );
    env.wait_ready(STORAGE, "StorageAccount", "default", "acctref")
        .await;
    let identity = env
        .resource_id(
            "managedidentity.azure.com",
            "UserAssignedIdentity",
            "default",
            "acct-identity",
        )
        .await;
    let put = &env.requests("PUT", "/storageAccounts/acctref")[0];
    assert!(
        put.body["identity"]["userAssignedIdentities"]
            .get(&identity)
            .is_some(),
        "{}",
        put.body
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_missing_config_map_waits() {
    let env = env("resources.azure.com/*;managedidentity.azure.com/*").await;
    env.apply(&rg("rg-cm"));
    env.apply(
        "apiVersion: managedidentity.azure.com/v1api20230131
kind: FederatedIdentityCredential
metadata: {name: fic, namespace: default}
spec:
  owner: {name: uai}
  audiences: [api://AzureADTokenExchange]
  issuerFromConfig: {name: cluster-oidc, key: issuer}
  subject: system:serviceaccount:default:default
---
apiVersion: managedidentity.azure.com/v1api20230131
kind: UserAssignedIdentity
metadata: {name: uai, namespace: default}
spec: {location: westus2, owner: {name: rg-cm}}
",
    );
    env.wait_reason(
        "managedidentity.azure.com",
        "FederatedIdentityCredential",
        "default",
        "fic",
        "ConfigMapNotFound",
    )
    .await;
    let out = env.kubectl(
        &[
            "create",
            "configmap",
            "cluster-oidc",
            "--from-literal=issuer=https://issuer.example",
        ],
        None,
    );
    assert!(out.ok, "{}", out.stderr);
    env.wait_ready(
        "managedidentity.azure.com",
        "FederatedIdentityCredential",
        "default",
        "fic",
    )
    .await;
    let put = &env.requests("PUT", "/federatedIdentityCredentials/fic")[0];
    assert_eq!(put.body["properties"]["issuer"], "https://issuer.example");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_request_is_fatal_until_the_spec_changes() {
    let env = env("resources.azure.com/*").await;
    env.arm.add_fault(FaultRule {
        method: Some("PUT".into()),
        path_contains: Some("/resourceGroups/rg-bad".into()),
        fault: Fault::Status {
            status: 400,
            code: Some("InvalidParameter".into()),
            message: Some("The tag value is not allowed.".into()),
            retry_after: None,
            after_handling: false,
        },
        ..FaultRule::default()
    });
    env.apply(&rg("rg-bad"));
    let obj = env
        .wait_reason(RG, "ResourceGroup", "default", "rg-bad", "InvalidParameter")
        .await;
    let c = condition(&obj);
    assert_eq!(c["severity"], "Error");
    assert_eq!(c["message"], "The tag value is not allowed.");
    assert_eq!(c["observedGeneration"], 1);
    // Backoff here starts at 200 ms: several retries would have happened by now.
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(
        env.requests("PUT", "rg-bad").len(),
        1,
        "a fatal error is not retried"
    );

    // A spec change is tried once more.
    env.apply(&rg("rg-bad").replace(
        "spec: {location: westus2}",
        "spec: {location: westus2, tags: {try: '2'}}",
    ));
    env.wait_for(RG, "ResourceGroup", "default", "rg-bad", 30, |o| {
        ready(o).is_some_and(|c| c["observedGeneration"] == 2 && c["severity"] == "Error")
    })
    .await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(env.requests("PUT", "rg-bad").len(), 2);

    env.arm.clear_faults();
    env.apply(&rg("rg-bad").replace(
        "spec: {location: westus2}",
        "spec: {location: westus2, tags: {try: '3'}}",
    ));
    let obj = env
        .wait_ready(RG, "ResourceGroup", "default", "rg-bad")
        .await;
    assert!(condition(&obj).get("severity").is_none());
    assert_eq!(condition(&obj)["reason"], "Succeeded");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_errors_are_retried_with_a_warning() {
    let env = env("resources.azure.com/*").await;
    env.arm.add_fault(FaultRule {
        method: Some("PUT".into()),
        path_contains: Some("/resourceGroups/rg-flaky".into()),
        times: Some(3),
        fault: Fault::Status {
            status: 503,
            code: None,
            message: None,
            retry_after: None,
            after_handling: false,
        },
        ..FaultRule::default()
    });
    env.apply(&rg("rg-flaky"));
    let obj = env
        .wait_reason(
            RG,
            "ResourceGroup",
            "default",
            "rg-flaky",
            "ServiceUnavailable",
        )
        .await;
    assert_eq!(condition(&obj)["severity"], "Warning");
    env.wait_ready(RG, "ResourceGroup", "default", "rg-flaky")
        .await;
    let puts = env.requests("PUT", "rg-flaky");
    assert_eq!(puts.len(), 4, "three failures, then success");
    assert_eq!(puts.iter().filter(|p| p.status == 503).count(), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn throttling_waits_out_retry_after() {
    let env = env("resources.azure.com/*").await;
    env.arm.add_fault(FaultRule {
        method: Some("PUT".into()),
        path_contains: Some("/resourceGroups/rg-throttled".into()),
        times: Some(1),
        fault: Fault::Throttle { retry_after: 2 },
        ..FaultRule::default()
    });
    env.apply(&rg("rg-throttled"));
    env.wait_ready(RG, "ResourceGroup", "default", "rg-throttled")
        .await;
    let journal = env.arm.journal();
    let puts: Vec<usize> = journal
        .iter()
        .enumerate()
        .filter(|(_, e)| e.method == "PUT" && e.url.contains("rg-throttled"))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(puts.len(), 2);
    assert_eq!(journal[puts[0]].status, 429);
    assert!(journal[puts[1]].status < 300);
    let metrics = env.metrics_text().await;
    assert!(
        metrics.contains(r#"aso_throttle_waits_total{reason="retry-after"} 1"#),
        "{metrics}"
    );
    let seconds: f64 = metrics
        .lines()
        .find(|l| l.starts_with(r#"aso_throttle_wait_seconds_total{reason="retry-after"}"#))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
        .unwrap();
    assert!(seconds >= 1.5, "waited {seconds}s of a 2s Retry-After");
    let obj = env
        .get(RG, "ResourceGroup", "default", "rg-throttled")
        .await
        .unwrap();
    assert!(is_ready(&obj));
}
