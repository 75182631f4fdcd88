//! ASO's real controller (v2.8, `../shared/aso-controller/`) serving its webhooks
//! (`AZURE_OPERATOR_MODE=webhooks`) for the simulator: its CRDs (conversion `Webhook` to its
//! Service, with our CA bundle), its mutating and validating webhook configurations as its chart
//! declares them (paths and names from its `+kubebuilder:webhook` markers: matchPolicy Exact,
//! failurePolicy Fail, sideEffects None, CREATE and UPDATE), then objects written with the real
//! kubectl at versions other than the storage one: ASO's defaulting (`spec.azureName`) and its
//! conversion (`spec.originalVersion` recorded in the storage version) must both have happened.
//! Skipped, saying so, when the shared binary is missing. ASO's controllers are not run.

use crate::common::*;
use aso_versus::aso::{self, NAMESPACE, WEBHOOK_SERVICE as SERVICE};
use kube::api::{Api, DynamicObject};
use kube::core::{ApiResource, GroupVersionKind};
use serde_json::Value;
use std::process::{Child, Stdio};
use std::time::Duration;

/// ASO's controller, stopped (by its process id) when dropped.
struct Aso(Child);

impl Drop for Aso {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn aso_webhooks_mutate_and_convert_objects_written_at_other_versions() {
    let Some(dir) = aso::shared_dir(&repo_root()) else {
        eprintln!(
            "SKIPPED: ASO's controller is not in ../shared/aso-controller (aso-controller.gz)"
        );
        return;
    };
    let work = tempfile::tempdir().unwrap();
    let binary = aso::unpack(&dir.join("aso-controller.gz"), work.path()).unwrap();
    let cert = aso::WebhookCertificate::issue(&work.path().join("certs")).unwrap();

    let sim = sim().await;
    let client = sim.client().await.unwrap();
    let port = free_port();
    sim.sim
        .webhooks
        .route_service(&aso::service_route(), ([127, 0, 0, 1], port).into());
    let kubectl = Tool::new(&sim, "kubectl");
    kubectl.ok(&["create", "namespace", NAMESPACE], None);

    // ASO's CRDs, with the CA bundle cert-manager's injector would have written, and the
    // webhook configurations its chart declares for every served API version.
    let crds = aso::crds(
        &dir,
        &[
            "resourcegroups.resources.azure.com",
            "storageaccounts.storage.azure.com",
        ],
        &cert,
    )
    .unwrap();
    for crd in &crds {
        create_crd(&client, crd.clone()).await;
    }
    for c in aso::webhook_configurations(&crds, &cert) {
        kubectl.ok(&["apply", "-f", "-"], Some(&c.to_string()));
    }

    // Nothing serves the webhooks yet: ASO's failurePolicy Fail refuses the write.
    let rg = "apiVersion: resources.azure.com/v1api20200601\nkind: ResourceGroup\nmetadata:\n  name: aso-sample-rg\n  namespace: default\nspec:\n  location: westcentralus\n";
    let refused = kubectl.run(&["apply", "-f", "-"], Some(rg));
    assert!(!refused.ok);
    assert!(
        refused.stderr.contains(&format!(
            "failed calling webhook \"default.v1api20200601.resourcegroups.resources.azure.com\": failed to call webhook: Post \"https://{SERVICE}.{NAMESPACE}.svc:443/mutate-resources-azure-com-v1api20200601-resourcegroup?timeout=10s\""
        )),
        "{}",
        refused.stderr
    );

    let log = work.path().join("aso.log");
    let ca_file = work.path().join("unused-ca.pem");
    std::fs::write(&ca_file, &cert.ca_pem).unwrap();
    let mut cmd = aso::command(
        &binary,
        &aso::Settings {
            kubeconfig: sim.kubeconfig_path(),
            arm_url: "https://127.0.0.1:9",
            subscription: "00000000-0000-0000-0000-000000000001",
            tenant: "00000000-0000-0000-0000-000000000002",
            client_id: "00000000-0000-0000-0000-000000000003",
            client_secret: "not-used-by-webhooks",
            ca_file: &ca_file,
            proxy_url: "http://127.0.0.1:9",
            sync_period: "1h",
            concurrency: 1,
            mode: "webhooks",
            webhook_port: port,
            cert: &cert,
            health_port: free_port(),
            log: &log,
        },
    )
    .unwrap();
    let _aso = Aso(cmd.stdout(Stdio::null()).spawn().unwrap());
    let ready = tokio::time::Instant::now() + Duration::from_secs(60);
    while tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .is_err()
    {
        assert!(
            tokio::time::Instant::now() < ready,
            "ASO's webhook server did not start: {}",
            std::fs::read_to_string(&log).unwrap_or_default()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    // Written at non-storage versions with the real kubectl.
    kubectl.ok(&["apply", "-f", "-"], Some(rg));
    let sa = "apiVersion: storage.azure.com/v1api20210401\nkind: StorageAccount\nmetadata:\n  name: samplekubestorage\n  namespace: default\nspec:\n  location: westcentralus\n  kind: StorageV2\n  sku:\n    name: Standard_LRS\n  owner:\n    name: aso-sample-rg\n  accessTier: Hot\n";
    kubectl.ok(&["apply", "-f", "-"], Some(sa));

    let get = |resource: &str| -> Value {
        serde_json::from_str(&kubectl.ok(&["get", resource, "-n", "default", "-o", "json"], None))
            .unwrap()
    };
    // Read back at the versions they were written in (converted by ASO from storage), defaulted.
    let rg_read = get("resourcegroups.v1api20200601.resources.azure.com/aso-sample-rg");
    assert_eq!(rg_read["apiVersion"], "resources.azure.com/v1api20200601");
    assert_eq!(rg_read["spec"]["azureName"], "aso-sample-rg");
    let sa_read = get("storageaccounts.v1api20210401.storage.azure.com/samplekubestorage");
    assert_eq!(sa_read["spec"]["azureName"], "samplekubestorage");
    assert_eq!(sa_read["spec"]["accessTier"], "Hot");

    // Stored at the storage versions, where ASO's conversion recorded the version written.
    let storage = |group: &str, version: &str, kind: &str, plural: &str| -> Api<DynamicObject> {
        Api::namespaced_with(
            client.clone(),
            "default",
            &ApiResource::from_gvk_with_plural(
                &GroupVersionKind::gvk(group, version, kind),
                plural,
            ),
        )
    };
    let rg_stored = storage(
        "resources.azure.com",
        "v1api20200601storage",
        "ResourceGroup",
        "resourcegroups",
    )
    .get("aso-sample-rg")
    .await
    .unwrap();
    assert_eq!(rg_stored.data["spec"]["originalVersion"], "v1api20200601");
    assert_eq!(rg_stored.data["spec"]["azureName"], "aso-sample-rg");
    let sa_stored = storage(
        "storage.azure.com",
        "v1api20230101storage",
        "StorageAccount",
        "storageaccounts",
    )
    .get("samplekubestorage")
    .await
    .unwrap();
    assert_eq!(sa_stored.data["spec"]["originalVersion"], "v1api20210401");
    assert_eq!(sa_stored.data["spec"]["owner"]["name"], "aso-sample-rg");

    // Readable at another version too, and listed through conversion, one review per object.
    let newer = get("storageaccounts.v1api20230101.storage.azure.com/samplekubestorage");
    assert_eq!(newer["apiVersion"], "storage.azure.com/v1api20230101");
    assert_eq!(newer["spec"]["kind"], "StorageV2");
    let listed = storage(
        "storage.azure.com",
        "v1api20220901",
        "StorageAccount",
        "storageaccounts",
    )
    .list(&Default::default())
    .await
    .unwrap();
    assert_eq!(listed.items.len(), 1);

    // ASO's own validation answers through the simulator: a reference naming both an ARM ID
    // and a Kubernetes object is refused by its validating webhook.
    let both = sa
        .replace("name: samplekubestorage", "name: bothrefs")
        .replace(
            "  accessTier: Hot\n",
            "  accessTier: Hot\n  networkAcls:\n    defaultAction: Deny\n    virtualNetworkRules:\n    - reference:\n        armId: /subscriptions/x/resourceGroups/y/providers/Microsoft.Network/virtualNetworks/v/subnets/s\n        group: network.azure.com\n        kind: VirtualNetworksSubnet\n        name: s\n",
        );
    let refused = kubectl.run(&["apply", "-f", "-"], Some(&both));
    assert!(!refused.ok, "{}", refused.stdout);
    assert!(
        refused.stderr.contains("admission webhook \"validate.v1api20210401.storageaccounts.storage.azure.com\" denied the request"),
        "{}",
        refused.stderr
    );
}
