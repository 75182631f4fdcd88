//! ASO's own controller (v2.8, `../shared/aso-controller/`) against our simulators, installed
//! as its chart installs it (`aso_versus::aso`): a ResourceGroup and a StorageAccount written at
//! API versions other than the storage one reach Ready through its mutating webhook
//! (`spec.azureName`), its conversion webhook (`spec.originalVersion` in the storage version),
//! Entra (instance discovery at `login.microsoftonline.com` through the loopback CONNECT proxy,
//! then a token for `https://management.core.windows.net//.default`) and ARM. It keeps the
//! simulators honest against a large client nobody here wrote (controller-runtime, client-go,
//! the Azure SDK for Go). Skipped, saying so, when the shared binary is missing.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::time::Duration;

use aso_versus::aso;
use aso_versus::proxy::Proxy;
use k8s_openapi::api::admissionregistration::v1::{
    MutatingWebhookConfiguration, ValidatingWebhookConfiguration,
};
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::api::{Api, DynamicObject, PostParams};
use kube::core::{ApiResource, GroupVersionKind};
use serde_json::{Value, json};

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The controller process, killed (by its own id) when the test ends.
struct KillOnDrop(std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn api(
    client: &kube::Client,
    group: &str,
    version: &str,
    kind: &str,
    plural: &str,
) -> Api<DynamicObject> {
    Api::namespaced_with(
        client.clone(),
        "default",
        &ApiResource::from_gvk_with_plural(&GroupVersionKind::gvk(group, version, kind), plural),
    )
}

fn ready(obj: &DynamicObject) -> Option<Value> {
    obj.data["status"]["conditions"]
        .as_array()?
        .iter()
        .find(|c| c["type"] == "Ready")
        .cloned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn asos_controller_makes_a_group_and_an_account_ready_through_its_webhooks() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let Some(shared) = aso::shared_dir(&root) else {
        eprintln!(
            "SKIPPED: ASO's controller is not in ../shared/aso-controller (aso-controller.gz)"
        );
        return;
    };
    let _ = rustls::crypto::ring::default_provider().install_default();
    let work = tempfile::tempdir().unwrap();
    let binary = aso::unpack(&shared.join("aso-controller.gz"), work.path()).unwrap();
    let cert = aso::WebhookCertificate::issue(&work.path().join("certs")).unwrap();

    let kube = aso_kubesim::KubeSim::start().await.unwrap();
    let client = kube.client().await.unwrap();
    let arm = aso_armsim::ArmSim::builder()
        .kinds(aso_catalog::catalog())
        .config(aso_armsim::Config::parse(aso_e2e::harness::DEFAULT_ARMSIM, "test").unwrap())
        .host("login.microsoftonline.com")
        .start()
        .await
        .unwrap();
    let ca_file = work.path().join("armsim-ca.pem");
    std::fs::write(&ca_file, arm.ca_pem().unwrap()).unwrap();
    let arm_addr: SocketAddr = arm
        .base_url()
        .trim_start_matches("https://")
        .trim_end_matches('/')
        .parse()
        .unwrap();
    let proxy = Proxy::start(HashMap::from([(
        "login.microsoftonline.com:443".to_string(),
        arm_addr,
    )]))
    .await
    .unwrap();

    aso_e2e::harness::ensure_namespace(&client, aso::NAMESPACE).await;
    let crds = aso::crds(
        &shared,
        &[
            "resourcegroups.resources.azure.com",
            "storageaccounts.storage.azure.com",
        ],
        &cert,
    )
    .unwrap();
    let pp = PostParams::default();
    for crd in &crds {
        let crd: CustomResourceDefinition = serde_json::from_value(crd.clone()).unwrap();
        Api::<CustomResourceDefinition>::all(client.clone())
            .create(&pp, &crd)
            .await
            .unwrap();
    }
    let [mutating, validating] = aso::webhook_configurations(&crds, &cert);
    Api::<MutatingWebhookConfiguration>::all(client.clone())
        .create(&pp, &serde_json::from_value(mutating).unwrap())
        .await
        .unwrap();
    Api::<ValidatingWebhookConfiguration>::all(client.clone())
        .create(&pp, &serde_json::from_value(validating).unwrap())
        .await
        .unwrap();
    let webhook_port = free_port();
    kube.sim
        .webhooks
        .route_service(&aso::service_route(), ([127, 0, 0, 1], webhook_port).into());

    let log = work.path().join("aso.log");
    let proxy_url = proxy.url();
    let mut cmd = aso::command(
        &binary,
        &aso::Settings {
            kubeconfig: kube.kubeconfig_path(),
            arm_url: arm.base_url(),
            subscription: arm.subscription(),
            tenant: arm.tenant(),
            client_id: "aso-controller",
            client_secret: "aso-secret",
            ca_file: &ca_file,
            proxy_url: &proxy_url,
            sync_period: "1h",
            concurrency: 1,
            mode: "watchers-and-webhooks",
            webhook_port,
            cert: &cert,
            health_port: free_port(),
            log: &log,
        },
    )
    .unwrap();
    let _aso = KillOnDrop(cmd.spawn().unwrap());
    let logs = || std::fs::read_to_string(&log).unwrap_or_default();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    while tokio::net::TcpStream::connect(("127.0.0.1", webhook_port))
        .await
        .is_err()
    {
        assert!(
            tokio::time::Instant::now() < deadline,
            "ASO's webhook server did not start:\n{}",
            logs()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    // Written at API versions other than the storage ones, as users write them.
    let groups = api(
        &client,
        "resources.azure.com",
        "v1api20200601",
        "ResourceGroup",
        "resourcegroups",
    );
    let accounts = api(
        &client,
        "storage.azure.com",
        "v1api20230101",
        "StorageAccount",
        "storageaccounts",
    );
    let object = |value: Value| -> DynamicObject { serde_json::from_value(value).unwrap() };
    groups
        .create(&pp, &object(json!({"apiVersion": "resources.azure.com/v1api20200601", "kind": "ResourceGroup",
            "metadata": {"name": "aso-rg", "namespace": "default"}, "spec": {"location": "westus2"}})))
        .await
        .unwrap();
    accounts
        .create(
            &pp,
            &object(
                json!({"apiVersion": "storage.azure.com/v1api20230101", "kind": "StorageAccount",
            "metadata": {"name": "asoaccount", "namespace": "default"},
            "spec": {"location": "westus2", "kind": "StorageV2", "sku": {"name": "Standard_LRS"},
                "accessTier": "Hot", "owner": {"name": "aso-rg"}}}),
            ),
        )
        .await
        .unwrap();

    for (api, name) in [(&groups, "aso-rg"), (&accounts, "asoaccount")] {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(120);
        loop {
            let obj = api.get(name).await.unwrap();
            let condition = ready(&obj);
            if condition.as_ref().is_some_and(|c| c["status"] == "True") {
                // Defaulted by ASO's mutating webhook, read back through its conversion.
                assert_eq!(obj.data["spec"]["azureName"], name);
                break;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "{name} not Ready within 120 s; Ready is {condition:?}; ASO's log:\n{}",
                logs()
            );
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
    }

    // Stored at the storage version, where ASO's conversion recorded the version written.
    let stored = api(
        &client,
        "storage.azure.com",
        "v1api20230101storage",
        "StorageAccount",
        "storageaccounts",
    )
    .get("asoaccount")
    .await
    .unwrap();
    assert_eq!(stored.data["spec"]["originalVersion"], "v1api20230101");
    // ARM saw ASO's PUTs; Entra's instance discovery went through the proxy.
    let puts: Vec<String> = arm
        .journal()
        .into_iter()
        .filter(|e| e.method == "PUT")
        .map(|e| e.url.to_lowercase())
        .collect();
    assert!(
        puts.iter().any(|u| u.contains("/resourcegroups/aso-rg?")),
        "{puts:?}"
    );
    assert!(
        puts.iter()
            .any(|u| u.contains("/storageaccounts/asoaccount?")),
        "{puts:?}"
    );
    assert!(
        proxy.tunnels() >= 1,
        "instance discovery goes to login.microsoftonline.com"
    );
}
