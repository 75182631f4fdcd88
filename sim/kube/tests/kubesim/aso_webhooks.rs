//! ASO's real controller (v2.8, `../shared/aso-controller/`) serving its webhooks
//! (`AZURE_OPERATOR_MODE=webhooks`) for the simulator: its CRDs (conversion `Webhook` to its
//! Service, with our CA bundle), its mutating and validating webhook configurations as its chart
//! declares them (paths and names from its `+kubebuilder:webhook` markers: matchPolicy Exact,
//! failurePolicy Fail, sideEffects None, CREATE and UPDATE), then objects written with the real
//! kubectl at versions other than the storage one: ASO's defaulting (`spec.azureName`) and its
//! conversion (`spec.originalVersion` recorded in the storage version) must both have happened.
//! Skipped, saying so, when the shared binary is missing. ASO's controllers are not run.

use crate::common::*;
use base64::Engine;
use kube::api::{Api, DynamicObject};
use kube::core::{ApiResource, GroupVersionKind};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

const NAMESPACE: &str = "azureserviceoperator-system";
const SERVICE: &str = "azureserviceoperator-webhook-service";

fn aso_dir() -> Option<PathBuf> {
    [
        repo_root().join("../shared/aso-controller"),
        PathBuf::from("/work/shared/aso-controller"),
    ]
    .into_iter()
    .find(|p| p.join("aso-controller.gz").exists())
}

/// ASO's controller, stopped (by its process id) when dropped.
struct Aso(Child);

impl Drop for Aso {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A CA and a serving certificate for the webhook Service, as cert-manager would issue them.
fn serving_certificate(dir: &Path) -> String {
    use rcgen::{
        BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, KeyUsagePurpose,
    };
    let ca_key = KeyPair::generate().unwrap();
    let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca.distinguished_name
        .push(DnType::CommonName, "aso webhook test CA");
    ca.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    let ca_cert = ca.self_signed(&ca_key).unwrap();
    let issuer = Issuer::new(ca, ca_key);
    let key = KeyPair::generate().unwrap();
    let params = CertificateParams::new(vec![
        format!("{SERVICE}.{NAMESPACE}.svc"),
        format!("{SERVICE}.{NAMESPACE}.svc.cluster.local"),
    ])
    .unwrap();
    let cert = params.signed_by(&key, &issuer).unwrap();
    std::fs::write(dir.join("tls.crt"), cert.pem()).unwrap();
    std::fs::write(dir.join("tls.key"), key.serialize_pem()).unwrap();
    ca_cert.pem()
}

fn service(path: &str, ca: &str) -> Value {
    json!({"service": {"namespace": NAMESPACE, "name": SERVICE, "path": path, "port": 443}, "caBundle": ca})
}

/// The webhook entries ASO's markers declare for one kind at one version.
fn webhooks(group: &str, plural: &str, kind: &str, version: &str, ca: &str) -> (Value, Value) {
    let path = format!(
        "{}-{version}-{}",
        group.replace('.', "-"),
        kind.to_lowercase()
    );
    let rules = json!([{"operations": ["CREATE", "UPDATE"], "apiGroups": [group],
        "apiVersions": [version], "resources": [plural]}]);
    let entry = |prefix: &str, action: &str| {
        json!({"name": format!("{prefix}.{version}.{plural}.{group}"),
            "clientConfig": service(&format!("/{action}-{path}"), ca),
            "rules": rules, "matchPolicy": "Exact", "failurePolicy": "Fail",
            "sideEffects": "None", "admissionReviewVersions": ["v1"]})
    };
    (entry("default", "mutate"), entry("validate", "validate"))
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
    let Some(dir) = aso_dir() else {
        eprintln!(
            "SKIPPED: ASO's controller is not in ../shared/aso-controller (aso-controller.gz)"
        );
        return;
    };
    let work = tempfile::tempdir().unwrap();
    let binary = work.path().join("aso-controller");
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "gunzip -c '{}' > '{}' && chmod +x '{}'",
            dir.join("aso-controller.gz").display(),
            binary.display(),
            binary.display()
        ))
        .status()
        .unwrap();
    assert!(status.success(), "unpacking ASO's controller");
    let certs = work.path().join("certs");
    std::fs::create_dir_all(&certs).unwrap();
    let ca_pem = serving_certificate(&certs);
    let ca = base64::engine::general_purpose::STANDARD.encode(&ca_pem);

    let sim = sim().await;
    let client = sim.client().await.unwrap();
    let port = free_port();
    sim.sim.webhooks.route_service(
        &format!("{NAMESPACE}/{SERVICE}:443"),
        ([127, 0, 0, 1], port).into(),
    );
    let kubectl = Tool::new(&sim, "kubectl");
    kubectl.ok(&["create", "namespace", NAMESPACE], None);

    // ASO's CRDs, with the CA bundle cert-manager's injector would have written.
    for file in [
        "apiextensions.k8s.io_v1_customresourcedefinition_resourcegroups.resources.azure.com.yaml",
        "apiextensions.k8s.io_v1_customresourcedefinition_storageaccounts.storage.azure.com.yaml",
    ] {
        let mut crd = read_yaml(&dir.join("crds").join(file));
        crd["spec"]["conversion"]["webhook"]["clientConfig"]["caBundle"] = json!(ca);
        create_crd(&client, crd).await;
    }
    let mut mutating = Vec::new();
    let mut validating = Vec::new();
    for (group, plural, kind, version) in [
        (
            "resources.azure.com",
            "resourcegroups",
            "ResourceGroup",
            "v1api20200601",
        ),
        (
            "storage.azure.com",
            "storageaccounts",
            "StorageAccount",
            "v1api20210401",
        ),
        (
            "storage.azure.com",
            "storageaccounts",
            "StorageAccount",
            "v1api20220901",
        ),
        (
            "storage.azure.com",
            "storageaccounts",
            "StorageAccount",
            "v1api20230101",
        ),
    ] {
        let (m, v) = webhooks(group, plural, kind, version, &ca);
        mutating.push(m);
        validating.push(v);
    }
    let configs = json!([
        {"apiVersion": "admissionregistration.k8s.io/v1", "kind": "MutatingWebhookConfiguration",
         "metadata": {"name": "azureserviceoperator-mutating-webhook-configuration"}, "webhooks": mutating},
        {"apiVersion": "admissionregistration.k8s.io/v1", "kind": "ValidatingWebhookConfiguration",
         "metadata": {"name": "azureserviceoperator-validating-webhook-configuration"}, "webhooks": validating},
    ]);
    for c in configs.as_array().unwrap() {
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

    let _aso = Aso(Command::new(&binary)
        .args([
            "--crd-management=none".to_string(),
            format!("--webhook-port={port}"),
            format!("--webhook-cert-dir={}", certs.display()),
            "--health-addr=127.0.0.1:0".to_string(),
        ])
        .current_dir(work.path())
        .env("KUBECONFIG", sim.kubeconfig_path())
        .env("POD_NAMESPACE", NAMESPACE)
        .env("AZURE_OPERATOR_MODE", "webhooks")
        .env(
            "AZURE_SUBSCRIPTION_ID",
            "00000000-0000-0000-0000-000000000001",
        )
        .env("AZURE_TENANT_ID", "00000000-0000-0000-0000-000000000002")
        .env("AZURE_CLIENT_ID", "00000000-0000-0000-0000-000000000003")
        .env("AZURE_CLIENT_SECRET", "not-used-by-webhooks")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(work.path().join("aso.log")).unwrap())
        .spawn()
        .unwrap());
    let ready = tokio::time::Instant::now() + Duration::from_secs(60);
    while tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .is_err()
    {
        assert!(
            tokio::time::Instant::now() < ready,
            "ASO's webhook server did not start: {}",
            std::fs::read_to_string(work.path().join("aso.log")).unwrap_or_default()
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
