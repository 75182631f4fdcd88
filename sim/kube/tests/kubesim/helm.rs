//! The real helm (4.x, installed from PyPI by tools/install-k8s-clients.sh) installs, upgrades
//! and uninstalls an operator-shaped chart (CRD, RBAC, Deployment, Service, Secret, ConfigMap).

use crate::common::*;
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::core::v1::{ConfigMap, Secret, Service, ServiceAccount};
use k8s_openapi::api::rbac::v1::{ClusterRole, ClusterRoleBinding, Role, RoleBinding};
use kube::api::{Api, ListParams};
use serde_json::Value;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn helm_installs_upgrades_and_uninstalls_a_chart() {
    let sim = sim().await;
    let client = sim.client().await.unwrap();
    let helm = Tool::new(&sim, "helm");
    let chart =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/operator-chart");
    let chart = chart.to_str().unwrap();

    let out = helm.ok(
        &[
            "install",
            "demo",
            chart,
            "--namespace",
            "operator",
            "--create-namespace",
        ],
        None,
    );
    assert!(out.contains("STATUS: deployed"), "{out}");

    let deployments: Api<Deployment> = Api::namespaced(client.clone(), "operator");
    let d = deployments.get("demo-controller").await.unwrap();
    assert_eq!(
        d.spec
            .template
            .spec
            .unwrap()
            .service_account_name
            .as_deref(),
        Some("demo-controller")
    );
    let svc = Api::<Service>::namespaced(client.clone(), "operator")
        .get("demo-metrics")
        .await
        .unwrap();
    assert!(svc.spec.unwrap().cluster_ip.is_some());
    Api::<ServiceAccount>::namespaced(client.clone(), "operator")
        .get("demo-controller")
        .await
        .unwrap();
    Api::<ConfigMap>::namespaced(client.clone(), "operator")
        .get("demo-config")
        .await
        .unwrap();
    Api::<Role>::namespaced(client.clone(), "operator")
        .get("demo-leader-election")
        .await
        .unwrap();
    Api::<RoleBinding>::namespaced(client.clone(), "operator")
        .get("demo-leader-election")
        .await
        .unwrap();
    Api::<ClusterRole>::all(client.clone())
        .get("demo-manager")
        .await
        .unwrap();
    Api::<ClusterRoleBinding>::all(client.clone())
        .get("demo-manager")
        .await
        .unwrap();
    let settings = Api::<Secret>::namespaced(client.clone(), "operator")
        .get("demo-settings")
        .await
        .unwrap();
    assert!(settings.data.unwrap().contains_key("AZURE_SUBSCRIPTION_ID"));
    let k = Tool::new(&sim, "kubectl");
    assert!(
        k.ok(&["get", "crd", "gadgets.example.com"], None)
            .contains("gadgets.example.com")
    );

    let list: Value =
        serde_json::from_str(&helm.ok(&["list", "--namespace", "operator", "-o", "json"], None))
            .unwrap();
    assert_eq!(list[0]["name"], "demo");
    assert_eq!(list[0]["status"], "deployed");

    helm.ok(
        &[
            "upgrade",
            "demo",
            chart,
            "--namespace",
            "operator",
            "--set",
            "replicas=3",
        ],
        None,
    );
    assert_eq!(
        deployments
            .get("demo-controller")
            .await
            .unwrap()
            .spec
            .replicas,
        Some(3)
    );
    let list: Value =
        serde_json::from_str(&helm.ok(&["list", "--namespace", "operator", "-o", "json"], None))
            .unwrap();
    assert_eq!(list[0]["revision"], "2");

    let out = helm.ok(&["uninstall", "demo", "--namespace", "operator"], None);
    assert!(out.contains("uninstalled"), "{out}");
    assert!(
        deployments
            .get_opt("demo-controller")
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        Api::<ClusterRole>::all(client.clone())
            .get_opt("demo-manager")
            .await
            .unwrap()
            .is_none()
    );
    let releases = Api::<Secret>::namespaced(client.clone(), "operator")
        .list(&ListParams::default().labels("owner=helm"))
        .await
        .unwrap();
    assert!(releases.items.is_empty(), "release records are removed");
    // helm keeps CRDs on uninstall
    assert!(
        k.ok(&["get", "crd", "gadgets.example.com"], None)
            .contains("gadgets.example.com")
    );
}
