//! `asoctl import azure-resource`: a resource group the operator built in the ARM simulator is
//! imported with its children, and planning the imported manifests offline gives the same ARM
//! bodies the operator sent when it created them.

use std::sync::Arc;

use aso_ctl::manifest::{Manifest, Source};
use aso_ctl::{import, plan};
use aso_e2e::harness::{Env, EnvOptions};
use aso_e2e::recordings;

const STORAGE: &str = r#"
apiVersion: resources.azure.com/v1api20200601
kind: ResourceGroup
metadata: {name: imported-rg, namespace: default}
spec: {location: westus2, tags: {team: storage}}
---
apiVersion: storage.azure.com/v1api20230101
kind: StorageAccount
metadata: {name: importedstorage, namespace: default}
spec:
  owner: {name: imported-rg}
  location: westus2
  kind: StorageV2
  sku: {name: Standard_GRS}
  accessTier: Cool
  minimumTlsVersion: TLS1_2
  networkAcls: {defaultAction: Allow, bypass: AzureServices}
---
apiVersion: storage.azure.com/v1api20230101
kind: StorageAccountsBlobService
metadata: {name: importedstorage-blobs, namespace: default}
spec:
  owner: {name: importedstorage}
  isVersioningEnabled: true
---
apiVersion: storage.azure.com/v1api20230101
kind: StorageAccountsBlobServicesContainer
metadata: {name: logs, namespace: default}
spec:
  owner: {name: importedstorage-blobs}
  publicAccess: None
  metadata: {purpose: logs}
"#;

#[tokio::test(flavor = "multi_thread")]
async fn imported_manifests_plan_to_the_bodies_that_built_the_resources() {
    let mut env = Env::start(EnvOptions::default()).await;
    env.start_operator().await;
    env.apply(STORAGE);
    env.wait_ready(
        "storage.azure.com",
        "StorageAccountsBlobServicesContainer",
        "default",
        "logs",
    )
    .await;
    let group_id = env
        .resource_id(
            "resources.azure.com",
            "ResourceGroup",
            "default",
            "imported-rg",
        )
        .await;

    let (arm, identities) =
        aso_operator::run::azure(&env.settings(), None, Arc::new(Default::default()))
            .expect("Azure access");
    let credential = identities.global().cloned().expect("a global credential");
    let reader = import::AzureReader {
        arm,
        subscription: credential.subscription.clone(),
        tokens: credential,
    };
    let imported = import::import(&reader, &aso_catalog::catalog(), &[group_id], "imported")
        .await
        .expect("import");
    let kinds: Vec<&str> = imported
        .manifests
        .iter()
        .map(|m| m["kind"].as_str().unwrap())
        .collect();
    for kind in [
        "ResourceGroup",
        "StorageAccount",
        "StorageAccountsBlobService",
        "StorageAccountsBlobServicesContainer",
    ] {
        assert!(kinds.contains(&kind), "{kind} not imported: {kinds:?}");
    }
    assert!(imported.manifests.iter().all(|m| m.get("status").is_none()));

    let manifests: Vec<Manifest> = imported
        .manifests
        .iter()
        .enumerate()
        .map(|(i, value)| Manifest {
            source: Source {
                file: "imported.yaml".into(),
                document: i + 1,
            },
            value: value.clone(),
        })
        .collect();
    let planned = plan::offline::plan(&manifests, &aso_catalog::catalog(), env.arm.subscription());
    assert!(
        planned.errors.is_empty(),
        "{:?}",
        planned
            .errors
            .iter()
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
    );
    // Applying the imported manifests would cause no drift (they hold what Azure holds), and they
    // hold everything the operator originally sent (Azure adds defaults, such as the TLS version).
    let mut compared = 0;
    for request in &planned.requests {
        let path = request.url.split('?').next().unwrap();
        let group = request.api_version.split('/').next().unwrap();
        let info = aso_e2e::harness::kind_info(group, &request.kind);
        let actual = env
            .arm
            .resource(path)
            .expect("imported resources exist in Azure");
        let schema = aso_runtime::arm_schema::ArmSchema::from_json(info.arm_schema).unwrap();
        let drift = aso_operator::drift::differences(&request.body, &actual, &schema);
        assert!(
            drift.is_empty(),
            "{} {}: {drift:?}",
            request.kind,
            request.name
        );
        let Some(sent) = env.requests_for("PUT", path).into_iter().next() else {
            continue;
        };
        compared += 1;
        let missing: Vec<String> = recordings::body_differences(&request.body, &sent.body)
            .into_iter()
            .filter(|d| !d.contains("ASO did not"))
            .collect();
        assert!(
            missing.is_empty(),
            "{} {}: {missing:?}",
            request.kind,
            request.name
        );
    }
    assert_eq!(
        compared, 4,
        "every resource the operator created was planned again"
    );
}
