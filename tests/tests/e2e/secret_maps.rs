//! A secret map (ASO's `SecretMapReference`): a VM extension whose `protectedSettings` come from
//! a whole Secret. It waits for the Secret (Ready=False `SecretNotFound` naming the field), sends
//! every key of it, is PUT once again when the Secret changes, and no value reaches the
//! operator's logs, events or status.

use std::time::Duration;

use aso_e2e::harness::{Env, EnvOptions, eventually, ready};
use aso_e2e::logs::CapturedLogs;

const COMPUTE: &str = "compute.azure.com";

const VALUES: [&str; 3] = ["K3y-One-7f3a", "S3cr3t-Cmd-91c2", "K3y-Two-c0de"];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn protected_settings_come_from_a_secret_and_never_show() {
    let logs = CapturedLogs::install("info,aso_operator=debug,aso_runtime=debug");
    let mut env = Env::start(EnvOptions {
        crd_pattern: "resources.azure.com/*;compute.azure.com/*".into(),
        ..EnvOptions::default()
    })
    .await;
    env.start_operator().await;
    env.apply(
        "apiVersion: resources.azure.com/v1api20200601
kind: ResourceGroup
metadata: {name: rg-vm, namespace: default}
spec: {location: westus2}
---
apiVersion: compute.azure.com/v1api20220301
kind: VirtualMachine
metadata: {name: vm1, namespace: default}
spec:
  location: westus2
  owner: {name: rg-vm}
  hardwareProfile: {vmSize: Standard_B1s}
---
apiVersion: compute.azure.com/v1api20220301
kind: VirtualMachinesExtension
metadata: {name: script, namespace: default}
spec:
  location: westus2
  owner: {name: vm1}
  publisher: Microsoft.Azure.Extensions
  type: CustomScript
  typeHandlerVersion: '2.1'
  settings: {fileUris: ['https://example.com/setup.sh']}
  protectedSettings: {name: script-settings}
",
    );
    let obj = env
        .wait_reason(
            COMPUTE,
            "VirtualMachinesExtension",
            "default",
            "script",
            "SecretNotFound",
        )
        .await;
    let message = ready(&obj).unwrap()["message"].to_string();
    assert!(
        message.contains("spec.protectedSettings") && message.contains("script-settings"),
        "{message}"
    );
    assert!(env.requests("PUT", "/extensions/script").is_empty());

    let out = env.kubectl(
        &[
            "create",
            "secret",
            "generic",
            "script-settings",
            &format!("--from-literal=storageAccountKey={}", VALUES[0]),
            &format!("--from-literal=commandToExecute={}", VALUES[1]),
        ],
        None,
    );
    assert!(out.ok, "{}", out.stderr);
    let obj = env
        .wait_ready(COMPUTE, "VirtualMachinesExtension", "default", "script")
        .await;
    let puts = env.requests("PUT", "/extensions/script");
    assert_eq!(puts.len(), 1);
    assert_eq!(
        puts[0].body["properties"]["protectedSettings"],
        serde_json::json!({"storageAccountKey": VALUES[0], "commandToExecute": VALUES[1]})
    );
    assert!(
        obj.data["status"].get("protectedSettings").is_none(),
        "{:?}",
        obj.data["status"]
    );
    // Azure never returns them; neither does the simulator.
    let id = env
        .resource_id(COMPUTE, "VirtualMachinesExtension", "default", "script")
        .await;
    let (status, body) = env
        .arm_request(reqwest::Method::GET, &id, "2022-03-01", None)
        .await;
    assert_eq!(status, 200, "{body}");
    assert!(
        body["properties"].get("protectedSettings").is_none(),
        "{body}"
    );

    // A change to the Secret is one more PUT, with the new value.
    let changed = env.kubectl(
        &[
            "create",
            "secret",
            "generic",
            "script-settings",
            &format!("--from-literal=storageAccountKey={}", VALUES[2]),
            &format!("--from-literal=commandToExecute={}", VALUES[1]),
            "--dry-run=client",
            "-o",
            "yaml",
        ],
        None,
    );
    assert!(changed.ok, "{}", changed.stderr);
    let out = env.kubectl(&["apply", "-f", "-"], Some(&changed.stdout));
    assert!(out.ok, "{}", out.stderr);
    eventually(30, || async {
        (env.requests("PUT", "/extensions/script").len() == 2).then_some(())
    })
    .await;
    // Settled: the GETs that follow find nothing to compare in what Azure never returns.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let puts = env.requests("PUT", "/extensions/script");
    assert_eq!(puts.len(), 2, "one PUT per change of the Secret");
    assert_eq!(
        puts[1].body["properties"]["protectedSettings"]["storageAccountKey"],
        VALUES[2]
    );
    let obj = env
        .wait_ready(COMPUTE, "VirtualMachinesExtension", "default", "script")
        .await;

    let events = env.kubectl(&["get", "events.events.k8s.io", "-A", "-o", "json"], None);
    let object = serde_json::to_string(&obj.data).unwrap();
    env.stop_operator().await;
    let logs = logs.text();
    assert!(
        logs.contains("VirtualMachinesExtension") || logs.contains("script"),
        "the operator's logs were captured"
    );
    for value in VALUES {
        for (what, text) in [
            ("a log line", &logs),
            ("an event", &events.stdout),
            ("the object", &object),
        ] {
            assert!(!text.contains(value), "{value} is in {what}");
        }
    }
}
