//! The helm chart: lint, render, install into the API server simulator, uninstall; and its RBAC
//! covers every API group the operator serves.

use std::path::{Path, PathBuf};

use aso_e2e::tools;
use serde_json::Value;

fn chart() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../charts/aso")
}

fn helm(home: &Path, args: &[&str]) -> String {
    let output = tools::command("helm", home)
        .args(args)
        .output()
        .expect("helm runs");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "helm {}: {}\n{}",
        args.join(" "),
        stdout,
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

fn rendered(home: &Path, sets: &[&str]) -> Vec<Value> {
    let chart = chart();
    let mut args = vec![
        "template",
        "aso",
        chart.to_str().unwrap(),
        "--namespace",
        "azureserviceoperator-system",
    ];
    for set in sets {
        args.extend(["--set", set]);
    }
    serde_saphyr::from_multiple::<Value>(&helm(home, &args))
        .unwrap()
        .into_iter()
        .filter(|d| !d.is_null())
        .collect()
}

#[test]
fn chart_lints_and_renders_a_hardened_least_privilege_operator() {
    let home = tempfile::tempdir().unwrap();
    helm(
        home.path(),
        &["lint", "--strict", chart().to_str().unwrap()],
    );
    let documents = rendered(
        home.path(),
        &[
            "crdPattern=*",
            "azureSubscriptionID=sub",
            "metrics.serviceMonitor.enable=true",
            "networkPolicy.enable=true",
        ],
    );
    let kinds: Vec<&str> = documents
        .iter()
        .filter_map(|d| d["kind"].as_str())
        .collect();
    for expected in [
        "ServiceAccount",
        "Secret",
        "ClusterRole",
        "ClusterRoleBinding",
        "Role",
        "RoleBinding",
        "Deployment",
        "Service",
        "ServiceMonitor",
        "NetworkPolicy",
    ] {
        assert!(
            kinds.contains(&expected),
            "{expected} missing from {kinds:?}"
        );
    }
    let deployment = documents
        .iter()
        .find(|d| d["kind"] == "Deployment")
        .unwrap();
    let pod = &deployment["spec"]["template"]["spec"];
    assert_eq!(pod["securityContext"]["runAsNonRoot"], true);
    assert_eq!(
        pod["securityContext"]["seccompProfile"]["type"],
        "RuntimeDefault"
    );
    let container = &pod["containers"][0];
    assert_eq!(container["securityContext"]["readOnlyRootFilesystem"], true);
    assert_eq!(
        container["securityContext"]["allowPrivilegeEscalation"],
        false
    );
    assert!(
        container["args"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a == "--crd-pattern=*")
    );

    // The operator must be allowed to manage every group it serves, and no cert-manager is needed.
    let role = documents
        .iter()
        .find(|d| d["kind"] == "ClusterRole")
        .unwrap();
    let granted: Vec<&str> = role["rules"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| {
            r["apiGroups"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(Value::as_str)
        })
        .collect();
    for info in aso_generated::catalog() {
        assert!(
            granted.contains(&info.api_group),
            "the ClusterRole does not grant {}",
            info.api_group
        );
    }
    assert!(
        !kinds.contains(&"Certificate") && !kinds.contains(&"Issuer"),
        "no cert-manager resources"
    );
    least_privilege(role);
}

/// The ClusterRole grants what the operator uses and no more: no delete anywhere, no update
/// of our objects, tokens only for the listed ServiceAccounts, CRD writes only to our CRDs.
fn least_privilege(role: &Value) {
    let rules = role["rules"].as_array().unwrap();
    let strings = |v: &Value| -> Vec<String> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    for rule in rules {
        let verbs = strings(&rule["verbs"]);
        for verb in [
            "delete",
            "deletecollection",
            "*",
            "escalate",
            "bind",
            "impersonate",
        ] {
            assert!(!verbs.iter().any(|v| v == verb), "{verb} granted: {rule}");
        }
        let resources = strings(&rule["resources"]);
        if resources.iter().any(|r| r == "serviceaccounts/token") {
            assert_eq!(
                strings(&rule["resourceNames"]),
                vec!["default".to_string()],
                "{rule}"
            );
        }
        if strings(&rule["apiGroups"])
            .iter()
            .any(|g| g.ends_with(".azure.com"))
        {
            assert!(
                !verbs.iter().any(|v| v == "update" || v == "create"),
                "{rule}"
            );
        }
    }
    let crd_patch = rules
        .iter()
        .find(|r| {
            strings(&r["resources"]) == ["customresourcedefinitions"]
                && strings(&r["verbs"]).contains(&"patch".to_string())
        })
        .expect("a rule to patch CRDs");
    let mut names = strings(&crd_patch["resourceNames"]);
    names.sort();
    let mut ours: Vec<String> = aso_generated::catalog()
        .iter()
        .map(|i| i.crd_name())
        .collect();
    ours.sort();
    ours.dedup();
    assert_eq!(names, ours, "CRD patch must name exactly our CRDs");
}

#[tokio::test(flavor = "multi_thread")]
async fn chart_installs_into_the_api_server_and_uninstalls() {
    let sim = aso_kubesim::KubeSim::start()
        .await
        .expect("simulator starts");
    let home = tempfile::tempdir().unwrap().keep();
    let kubeconfig = sim.kubeconfig_path().to_str().unwrap().to_string();
    let chart = chart().to_str().unwrap().to_string();
    let run = |args: Vec<String>| {
        let home = home.clone();
        tokio::task::spawn_blocking(move || {
            helm(&home, &args.iter().map(String::as_str).collect::<Vec<_>>())
        })
    };
    let args = |words: &[&str]| words.iter().map(|w| w.to_string()).collect::<Vec<_>>();
    run(args(&[
        "install",
        "aso",
        &chart,
        "--kubeconfig",
        &kubeconfig,
        "--namespace",
        "aso-system",
        "--create-namespace",
        "--set",
        "crdPattern=resources.azure.com/*",
    ]))
    .await
    .unwrap();
    let deployments: kube::Api<k8s_openapi::api::apps::v1::Deployment> =
        kube::Api::namespaced(sim.client().await.expect("a client"), "aso-system");
    let deployment = deployments
        .get("aso-controller-manager")
        .await
        .expect("the operator's Deployment exists");
    let pod = deployment.spec.template.spec.unwrap_or_default();
    assert_eq!(
        pod.service_account_name.as_deref(),
        Some("aso-controller-manager")
    );
    run(args(&[
        "uninstall",
        "aso",
        "--kubeconfig",
        &kubeconfig,
        "--namespace",
        "aso-system",
    ]))
    .await
    .unwrap();
    assert!(
        deployments
            .get_opt("aso-controller-manager")
            .await
            .unwrap()
            .is_none(),
        "uninstall removed the Deployment"
    );
    let _ = std::fs::remove_dir_all(&home);
}
