//! The helm chart: lint, render, install into the API server simulator, uninstall; its RBAC
//! covers every API group the operator serves; its object names, labels and values are ASO's.
//! (`chart_pod` starts the rendered pod as a kubelet would.)

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
    // Across the chart's ClusterRoles (the manager's, and the secure metrics' review role).
    let granted: Vec<&str> = documents
        .iter()
        .filter(|d| d["kind"] == "ClusterRole")
        .flat_map(|role| role["rules"].as_array().into_iter().flatten())
        .flat_map(|r| r["apiGroups"].as_array().into_iter().flatten())
        .filter_map(Value::as_str)
        .collect();
    for info in aso_catalog::catalog() {
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
    let manager = find(
        &documents,
        "ClusterRole",
        "azureserviceoperator-controller-manager",
    );
    least_privilege(manager);
    patches_exactly_the_user_crds(manager);

    // The conversion webhook: its own Deployment, same image, no Azure credentials, its own
    // least-privileged identity (our CRDs and its certificate's Secret only).
    let webhook = find(&documents, "Deployment", "azureserviceoperator-webhook");
    assert_eq!(webhook["spec"]["replicas"], 2);
    let pod = &webhook["spec"]["template"]["spec"];
    assert_eq!(pod["serviceAccountName"], "azureserviceoperator-webhook");
    let container = &pod["containers"][0];
    assert_eq!(
        container["image"],
        deployment["spec"]["template"]["spec"]["containers"][0]["image"]
    );
    let env = container["env"].to_string();
    assert!(
        env.contains(r#""name":"AZURE_OPERATOR_MODE","value":"webhooks""#),
        "{env}"
    );
    assert!(
        !env.contains("aso-controller-settings"),
        "no Azure settings: {env}"
    );
    assert!(!env.contains("AZURE_CLIENT"), "no Azure credentials: {env}");
    assert_eq!(container["securityContext"]["readOnlyRootFilesystem"], true);
    let operator_env = deployment["spec"]["template"]["spec"]["containers"][0]["env"].to_string();
    assert!(
        operator_env.contains(r#""name":"AZURE_OPERATOR_MODE","value":"watchers""#),
        "{operator_env}"
    );
    let service = find(
        &documents,
        "Service",
        "azureserviceoperator-webhook-service",
    );
    assert_eq!(
        service["spec"]["selector"],
        webhook["spec"]["selector"]["matchLabels"]
    );
    assert_eq!(service["spec"]["ports"][0]["port"], 443);
    let role = find(&documents, "ClusterRole", "azureserviceoperator-webhook");
    least_privilege(role);
    let groups: Vec<&str> = role["rules"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["apiGroups"].as_array().into_iter().flatten())
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(groups, ["apiextensions.k8s.io"; 2], "CRDs only: {role}");
    let own = find(&documents, "Role", "azureserviceoperator-webhook");
    assert!(
        own["rules"]
            .to_string()
            .contains("azureserviceoperator-webhook-server-cert"),
        "{own}"
    );
}

/// A multitenant install splits as ASO's does: the cluster install runs the webhook (and
/// installs the CRDs), a tenant install the controllers only.
#[test]
fn multitenant_installs_split_webhook_and_controllers() {
    let home = tempfile::tempdir().unwrap();
    let cluster = rendered(
        home.path(),
        &[
            "crdPattern=*",
            "multitenant.enable=true",
            "azureOperatorMode=webhooks",
        ],
    );
    let deployments: Vec<&str> = cluster
        .iter()
        .filter(|d| d["kind"] == "Deployment")
        .filter_map(|d| d["metadata"]["name"].as_str())
        .collect();
    assert_eq!(deployments, ["azureserviceoperator-webhook"]);
    let webhook = find(&cluster, "Deployment", "azureserviceoperator-webhook");
    assert!(
        webhook["spec"]["template"]["spec"]["containers"][0]["args"]
            .to_string()
            .contains("--crd-pattern=*")
    );
    let tenant = rendered(
        home.path(),
        &[
            "crdPattern=*",
            "multitenant.enable=true",
            "azureOperatorMode=watchers",
        ],
    );
    let deployments: Vec<&str> = tenant
        .iter()
        .filter(|d| d["kind"] == "Deployment")
        .filter_map(|d| d["metadata"]["name"].as_str())
        .collect();
    assert_eq!(deployments, ["azureserviceoperator-controller-manager"]);
}

/// The strings of a JSON array (none when it is not one).
fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// The operator installs the database User CRDs too: a rule of their own names exactly them.
fn patches_exactly_the_user_crds(role: &Value) {
    let rules = role["rules"].as_array().unwrap();
    let user_crds = rules
        .iter()
        .find(|r| {
            strings(&r["resources"]) == ["customresourcedefinitions"]
                && strings(&r["resourceNames"])
                    .iter()
                    .any(|n| n.starts_with("users."))
        })
        .expect("a rule to patch the database User CRDs");
    let mut names = strings(&user_crds["resourceNames"]);
    names.sort();
    let mut users: Vec<String> = aso_operator::dbuser::kinds::infos()
        .map(|i| i.crd_name())
        .collect();
    users.sort();
    assert_eq!(
        names, users,
        "the User CRD rule must name exactly the User CRDs"
    );
    assert_eq!(strings(&user_crds["verbs"]), ["patch"]);
}

/// The ClusterRole grants what the operator uses and no more: no delete anywhere, no update
/// of our objects, tokens only for the listed ServiceAccounts, CRD writes only to our CRDs.
fn least_privilege(role: &Value) {
    let rules = role["rules"].as_array().unwrap();
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
    let mut ours: Vec<String> = aso_catalog::catalog()
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
        .get("azureserviceoperator-controller-manager")
        .await
        .expect("the operator's Deployment exists");
    let pod = deployment.spec.template.spec.unwrap_or_default();
    assert_eq!(
        pod.service_account_name.as_deref(),
        Some("azureserviceoperator-default")
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
            .get_opt("azureserviceoperator-controller-manager")
            .await
            .unwrap()
            .is_none(),
        "uninstall removed the Deployment"
    );
    let _ = std::fs::remove_dir_all(&home);
}

fn find<'d>(documents: &'d [Value], kind: &str, name: &str) -> &'d Value {
    documents
        .iter()
        .find(|d| d["kind"] == kind && d["metadata"]["name"] == name)
        .unwrap_or_else(|| panic!("no {kind} {name} in the chart"))
}

/// ASO's users select, bind and scrape by these names; federated credentials name the
/// ServiceAccount.
#[test]
fn objects_carry_asos_names_and_labels() {
    let home = tempfile::tempdir().unwrap();
    let documents = rendered(home.path(), &["crdPattern=*"]);
    let deployment = find(
        &documents,
        "Deployment",
        "azureserviceoperator-controller-manager",
    );
    for labels in [
        &deployment["metadata"]["labels"],
        &deployment["spec"]["template"]["metadata"]["labels"],
    ] {
        assert_eq!(labels["app.kubernetes.io/name"], "azure-service-operator");
        assert_eq!(labels["control-plane"], "controller-manager");
    }
    assert_eq!(
        deployment["spec"]["selector"]["matchLabels"]["control-plane"],
        "controller-manager"
    );
    find(&documents, "ServiceAccount", "azureserviceoperator-default");
    find(&documents, "Secret", "aso-controller-settings");
    let metrics = find(
        &documents,
        "Service",
        "azureserviceoperator-controller-manager-metrics-service",
    );
    assert_eq!(metrics["spec"]["ports"][0]["port"], 8443);
    find(
        &documents,
        "Service",
        "azureserviceoperator-webhook-service",
    );
    let container = &deployment["spec"]["template"]["spec"]["containers"][0];
    let args: Vec<&str> = container["args"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    for expected in [
        "--metrics-addr=0.0.0.0:8443",
        "--secure-metrics=true",
        "--health-addr=:8081",
        "--enable-leader-election",
        "--v=2",
    ] {
        assert!(args.contains(&expected), "{expected} missing from {args:?}");
    }
    // The projected token workload identity uses, where ASO's chart puts it.
    let volumes = deployment["spec"]["template"]["spec"]["volumes"]
        .as_array()
        .unwrap();
    let token = volumes
        .iter()
        .find(|v| v["name"] == "azure-identity")
        .expect("the azure-identity volume");
    assert_eq!(
        token["projected"]["sources"][0]["serviceAccountToken"]["audience"],
        "api://AzureADTokenExchange"
    );
}

/// Values written for ASO's chart keep working.
#[test]
fn asos_values_keep_working() {
    let home = tempfile::tempdir().unwrap();
    let documents = rendered(
        home.path(),
        &[
            "image.repository=mcr.microsoft.com/k8s/azureserviceoperator:v2.8.0",
            "metrics.port=9443",
            "metrics.secure=false",
            "azureTargetNamespaces=ns-a\\,ns-b",
            "networkPolicies.enable=true",
            "azureOperatorMode=watchers",
            "azureUserAgentSuffix=team-a",
            "rateLimit.mode=bucket",
            "maxConcurrentReconciles=4",
            "aadPodIdentity.enable=true",
        ],
    );
    let deployment = find(
        &documents,
        "Deployment",
        "azureserviceoperator-controller-manager",
    );
    let container = &deployment["spec"]["template"]["spec"]["containers"][0];
    assert_eq!(
        container["image"],
        "mcr.microsoft.com/k8s/azureserviceoperator:v2.8.0"
    );
    let args = container["args"].to_string();
    assert!(args.contains("--metrics-addr=0.0.0.0:9443"), "{args}");
    assert!(args.contains("--secure-metrics=false"), "{args}");
    let secret = find(&documents, "Secret", "aso-controller-settings");
    let data = &secret["stringData"];
    assert_eq!(data["AZURE_TARGET_NAMESPACES"], "ns-a,ns-b");
    assert_eq!(data["AZURE_OPERATOR_MODE"], "watchers");
    assert_eq!(data["AZURE_USER_AGENT_SUFFIX"], "team-a");
    assert_eq!(data["RATE_LIMIT_MODE"], "bucket");
    assert_eq!(data["MAX_CONCURRENT_RECONCILES"], "4");
    find(
        &documents,
        "NetworkPolicy",
        "azure-service-operator-allow-egress",
    );
    find(&documents, "AzureIdentityBinding", "aso-identity-binding");
    assert_eq!(
        deployment["spec"]["template"]["metadata"]["labels"]["aadpodidbinding"],
        "aso-manager-binding"
    );
    // No secure metrics: no TokenReview permissions.
    assert!(
        !documents
            .iter()
            .any(|d| d["metadata"]["name"] == "azureserviceoperator-proxy-role")
    );
}
