//! An operator restarted in the middle of a long-running create resumes polling the operation
//! it stored on the object: no second create, and the operation completes.

use std::time::Duration;

use aso_armsim::{LroMode, LroSettings, ProgressMode};

use aso_e2e::harness::{Env, EnvOptions, annotation, ready};

const STORAGE: &str = "storage.azure.com";
const OPERATION: &str = "serviceoperator.azure.com/operation";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restart_mid_create_resumes_the_operation() {
    let mut env = Env::start(EnvOptions::default()).await;
    for mode in [LroMode::Location, LroMode::AsyncOperation] {
        // The create stays in progress for two polls and at least 3 s (poll-counted, so the
        // operation is still there to resume when the operator comes back).
        env.arm.set_lro(
            Some("Microsoft.Storage/storageAccounts"),
            LroSettings {
                create: Some(mode),
                progress: Some(ProgressMode::Polls),
                polls: Some(2),
                min_duration_ms: Some(3000),
                retry_after: Some(0),
                // Monitor URLs without scheme and host, as some providers send them.
                relative_location: Some(mode == LroMode::Location),
                ..LroSettings::default()
            },
        );
        let rg = format!(
            "rg-restart-{}",
            if mode == LroMode::Location {
                "loc"
            } else {
                "async"
            }
        );
        let name = format!(
            "acctrestart{}",
            if mode == LroMode::Location {
                "loc"
            } else {
                "async"
            }
        );
        env.start_operator().await;
        env.apply(&format!(
            "apiVersion: resources.azure.com/v1api20200601
kind: ResourceGroup
metadata: {{name: {rg}, namespace: default}}
spec: {{location: westus2}}
---
apiVersion: storage.azure.com/v1api20230101
kind: StorageAccount
metadata: {{name: {name}, namespace: default}}
spec:
  location: westus2
  kind: StorageV2
  sku: {{name: Standard_LRS}}
  owner: {{name: {rg}}}
"
        ));
        // The operation is stored on the object before it is polled, and the object says so.
        let obj = env
            .wait_for(STORAGE, "StorageAccount", "default", &name, 30, |o| {
                annotation(o, OPERATION).is_some()
            })
            .await;
        let stored: serde_json::Value =
            serde_json::from_str(annotation(&obj, OPERATION).unwrap()).unwrap();
        assert_eq!(stored["method"], "PUT");
        if mode == LroMode::Location {
            let url = stored["poll"]["url"].as_str().unwrap();
            assert!(
                url.starts_with("/subscriptions/"),
                "a relative monitor URL: {url}"
            );
        }
        let obj = env
            .wait_for(STORAGE, "StorageAccount", "default", &name, 30, |o| {
                ready(o).is_some_and(|c| c["reason"] == "Reconciling")
            })
            .await;
        assert_eq!(ready(&obj).unwrap()["severity"], "Info");

        env.stop_operator().await;
        let id = annotation(&obj, aso_runtime::annotations::RESOURCE_ID)
            .unwrap()
            .to_string();
        assert_eq!(env.requests_for("PUT", &id).len(), 1);
        tokio::time::sleep(Duration::from_millis(500)).await;

        env.start_operator().await;
        let obj = env
            .wait_ready(STORAGE, "StorageAccount", "default", &name)
            .await;
        assert!(
            annotation(&obj, OPERATION).is_none(),
            "the finished operation is forgotten"
        );
        assert_eq!(
            env.requests_for("PUT", &id).len(),
            1,
            "{mode:?}: no second create after the restart"
        );
        assert!(env.arm.resource(&id).is_some());
        env.stop_operator().await;
    }
}
