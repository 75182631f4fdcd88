//! The chart's pod, started as a kubelet starts it (`aso_e2e::kubelet`): helm renders and
//! installs the chart into the API server simulator, the pod is built from the Deployment and
//! admitted as the API server would, and the real operator binary runs with the environment,
//! argv, mounts, user, read-only root and network a kubelet and a container runtime give it,
//! against both simulators (the API server over TLS at its Service's cluster IP, ARM and Entra
//! ID at their address). Each case is a combination of values users install with; each must
//! become ready and reconcile a resource group.
//!
//! The namespace also holds other tools' Services whose link variables are `ASO_*` and
//! `AZURE_*` names (the first is the Service earlier charts created): a pod of that namespace
//! gets them, so an operator that refused unknown `ASO_*`/`AZURE_*` variables would fail here
//! as it failed in every real install.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use aso_armsim::{ArmSim, Config};
use aso_e2e::harness::{is_ready, kind_info};
use aso_e2e::kubelet::{self, Node, RunningPod};
use aso_e2e::tools;
use aso_kubesim::KubeSim;
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::coordination::v1::Lease;
use k8s_openapi::api::core::v1::{ConfigMap, Namespace, Service};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use kube::api::{Api, DynamicObject, PostParams};
use serde_json::json;

const NS: &str = "azureserviceoperator-system";
/// The `kubernetes` Service's cluster IP, in the API server's certificate as in a real cluster.
const KUBERNETES_IP: &str = "10.96.0.1";
const RG_GROUP: &str = "resources.azure.com";

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The API server (TLS) and ARM simulators, and what a cluster has before anything is installed.
struct Cluster {
    kube: KubeSim,
    arm: ArmSim,
    client: kube::Client,
    /// The conversion webhook's pods (its own Deployment), once started.
    webhook_pods: tokio::sync::Mutex<Vec<RunningPod>>,
    home: tempfile::TempDir,
    _kube_ca: tempfile::NamedTempFile,
}

impl Cluster {
    /// `armsim` may name `{kubesim}` (the service account issuer) and `{kubesim_ca}`.
    async fn start(armsim: &str) -> Cluster {
        aso_e2e::harness::init_tracing();
        let _ = rustls::crypto::ring::default_provider().install_default();
        let kube = KubeSim::start_with(aso_kubesim::Options {
            tls: true,
            tls_names: vec![
                KUBERNETES_IP.into(),
                "kubernetes.default.svc.cluster.local".into(),
            ],
            ..Default::default()
        })
        .await
        .expect("the API server simulator starts");
        let kube_ca = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(kube_ca.path(), kube.ca_pem.as_deref().unwrap()).unwrap();
        let config = armsim
            .replace("{kubesim}", &kube.url)
            .replace("{kubesim_ca}", &kube_ca.path().display().to_string());
        let arm = ArmSim::builder()
            .kinds(aso_catalog::catalog())
            .config(Config::parse(&config, "test").expect("armsim configuration"))
            .start()
            .await
            .expect("the ARM simulator starts");
        let client = kube.client().await.expect("a client");
        let cluster = Cluster {
            kube,
            arm,
            client,
            webhook_pods: Default::default(),
            home: tempfile::tempdir().unwrap(),
            _kube_ca: kube_ca,
        };
        cluster.bootstrap().await;
        cluster
    }

    /// What the control plane creates: the API server's own Service, the release namespace
    /// with its `kube-root-ca.crt`; and what else lives there: the ARM simulator's CA for the
    /// chart's `trustedCAs`, and other tools' Services.
    async fn bootstrap(&self) {
        let port = self.kube.addr.port();
        self.create::<Service>(
            "default",
            json!({
                "metadata": {"name": "kubernetes", "namespace": "default"},
                "spec": {"clusterIP": KUBERNETES_IP, "ports": [
                    {"name": "https", "port": 443, "protocol": "TCP", "targetPort": port}
                ]}
            }),
        )
        .await;
        let namespaces: Api<Namespace> = Api::all(self.client.clone());
        namespaces
            .create(
                &PostParams::default(),
                &Namespace {
                    metadata: ObjectMeta {
                        name: Some(NS.into()),
                        ..Default::default()
                    },
                    ..Default::default()
                },
            )
            .await
            .expect("the namespace");
        self.config_map(
            "kube-root-ca.crt",
            "ca.crt",
            self.kube.ca_pem.as_deref().unwrap(),
        )
        .await;
        self.config_map("armsim-ca", "ca.crt", self.arm.ca_pem().unwrap())
            .await;
        for (name, port) in [
            ("aso-controller-manager-metrics", 8080),
            ("azure-metrics-exporter", 9090),
        ] {
            self.create::<Service>(
                NS,
                json!({
                    "metadata": {"name": name, "namespace": NS},
                    "spec": {"selector": {"app": name}, "ports": [{"name": "metrics", "port": port}]}
                }),
            )
            .await;
        }
    }

    async fn create<K>(&self, namespace: &str, object: serde_json::Value)
    where
        K: kube::Resource<Scope = kube::core::NamespaceResourceScope>
            + Clone
            + std::fmt::Debug
            + serde::Serialize
            + serde::de::DeserializeOwned,
        K::DynamicType: Default,
    {
        let api: Api<K> = Api::namespaced(self.client.clone(), namespace);
        let object: K = serde_json::from_value(object).unwrap();
        api.create(&PostParams::default(), &object)
            .await
            .expect("creating an object");
    }

    async fn config_map(&self, name: &str, key: &str, value: &str) {
        self.create::<ConfigMap>(
            NS,
            json!({"metadata": {"name": name, "namespace": NS}, "data": {key: value}}),
        )
        .await;
    }

    fn tool(&self, tool: &str, args: &[&str]) -> String {
        let out = tools::command(tool, self.home.path())
            .args(args)
            .env("KUBECONFIG", self.kube.kubeconfig_path())
            .output()
            .expect("the tool runs");
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(
            out.status.success(),
            "{tool} {}: {stdout}\n{}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        );
        stdout
    }

    /// `helm install` with the values every case needs (the simulators' endpoints and CA)
    /// and `values`.
    fn install(&self, values: &[String]) {
        let arm = self.arm.base_url().to_string();
        let mut args: Vec<String> = [
            "install",
            "aso",
            &repo().join("charts/aso").display().to_string(),
            "--namespace",
            NS,
            "--set",
            &format!("azureResourceManagerEndpoint={arm}"),
            "--set",
            &format!("azureAuthorityHost={arm}"),
            "--set",
            &format!("azureTenantID={}", self.arm.tenant()),
            "--set",
            &format!("azureSubscriptionID={}", self.arm.subscription()),
            "--set",
            "crdPattern=resources.azure.com/*",
            "--set",
            "trustedCAs.configMap=armsim-ca",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for value in values {
            args.push(
                if value.contains("=@") {
                    "--set-file"
                } else {
                    "--set"
                }
                .into(),
            );
            args.push(value.replace("=@", "="));
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        self.tool("helm", &args);
    }

    fn node(&self, webhook: bool) -> Node {
        let arm: SocketAddr = self
            .arm
            .base_url()
            .trim_start_matches("https://")
            .trim_end_matches('/')
            .parse()
            .expect("the ARM simulator listens on an address");
        let entrypoint = kubelet::dockerfile_entrypoint(&repo().join("Dockerfile")).unwrap();
        Node {
            image_files: vec![(
                entrypoint[0].clone(),
                PathBuf::from(env!("CARGO_BIN_EXE_aso-operator-image")),
            )],
            entrypoint,
            host_ip: "10.240.0.4".into(),
            services: vec![(
                SocketAddr::new(KUBERNETES_IP.parse().unwrap(), 443),
                self.kube.addr,
            )],
            egress: vec![arm],
            workload_identity_webhook: webhook.then(|| {
                (
                    self.arm.tenant().to_string(),
                    self.arm.base_url().to_string(),
                )
            }),
            pod_network: PathBuf::from(env!("CARGO_BIN_EXE_pod-network")),
        }
    }

    /// Starts the conversion webhook's replicas, routes its Service to the first, then the
    /// operator's replicas as the kubelet would; waits until each is ready and the CRDs point
    /// at the webhook. Returns the operator's pods.
    async fn start_pods(&self, node: &Node) -> Vec<RunningPod> {
        let webhooks = self
            .start_deployment(node, "azureserviceoperator-webhook")
            .await;
        for pod in &webhooks {
            assert_eq!(pod.env["AZURE_OPERATOR_MODE"], "webhooks");
            for credential in [
                "AZURE_CLIENT_SECRET",
                "AZURE_SUBSCRIPTION_ID",
                "AZURE_CLIENT_ID",
            ] {
                assert!(
                    !pod.env.contains_key(credential),
                    "the webhook has {credential}"
                );
            }
        }
        self.kube.sim.webhooks.route_service(
            &format!("{NS}/azureserviceoperator-webhook-service:443"),
            webhooks[0].port("webhook-port"),
        );
        let pods = self
            .start_deployment(node, "azureserviceoperator-controller-manager")
            .await;
        *self.webhook_pods.lock().await = webhooks;
        self.wait_crds_converted().await;
        pods
    }

    /// Waits until every CRD converted by webhook has its `caBundle` (set by the webhook).
    async fn wait_crds_converted(&self) {
        use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
        let crds: Api<CustomResourceDefinition> = Api::all(self.client.clone());
        let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
        loop {
            let list = crds.list(&Default::default()).await.expect("listing CRDs");
            let waiting: Vec<String> = list
                .items
                .iter()
                .filter(|c| {
                    c.spec.conversion.as_ref().is_some_and(|conv| {
                        conv.strategy == "Webhook"
                            && conv
                                .webhook
                                .as_ref()
                                .and_then(|w| w.client_config.as_ref())
                                .is_none_or(|cc| cc.ca_bundle.is_none())
                    })
                })
                .filter_map(|c| c.metadata.name.clone())
                .collect();
            if waiting.is_empty() {
                return;
            }
            let logs: Vec<String> = self
                .webhook_pods
                .lock()
                .await
                .iter()
                .map(|p| p.sandbox.logs())
                .collect();
            assert!(
                tokio::time::Instant::now() < deadline,
                "{waiting:?} have no caBundle:\n{}",
                logs.join("\n---\n")
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Starts the replicas of Deployment `name` as the kubelet would; waits until each is ready.
    async fn start_deployment(&self, node: &Node, name: &str) -> Vec<RunningPod> {
        let deployments: Api<Deployment> = Api::namespaced(self.client.clone(), NS);
        let deployment = deployments
            .get(name)
            .await
            .unwrap_or_else(|e| panic!("the chart's Deployment {name}: {e}"));
        let replicas = deployment.spec.replicas.unwrap_or(1);
        let mut pods = Vec::new();
        for index in 0..replicas as u8 {
            let pod = kubelet::start_pod(&self.client, node, &deployment, index)
                .await
                .unwrap_or_else(|e| panic!("the kubelet cannot start the pod: {e}"));
            pods.push(pod);
        }
        for pod in &mut pods {
            wait_ready(pod).await;
        }
        pods
    }

    fn apply_group(&self, namespace: &str, name: &str) {
        let yaml = format!(
            "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: {namespace}\n---\napiVersion: resources.azure.com/v1api20200601\nkind: ResourceGroup\nmetadata:\n  name: {name}\n  namespace: {namespace}\nspec:\n  location: westus2\n"
        );
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), yaml).unwrap();
        self.tool(
            "kubectl",
            &["apply", "-f", &file.path().display().to_string()],
        );
    }

    async fn group(&self, namespace: &str, name: &str) -> Option<DynamicObject> {
        let info = kind_info(RG_GROUP, "ResourceGroup");
        let api: Api<DynamicObject> = Api::namespaced_with(
            self.client.clone(),
            namespace,
            &aso_operator::kinds::api_resource(info),
        );
        api.get_opt(name).await.expect("reading a resource group")
    }

    async fn wait_group_ready(&self, namespace: &str, name: &str, pods: &mut [RunningPod]) {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(90);
        loop {
            if let Some(obj) = self.group(namespace, name).await
                && is_ready(&obj)
            {
                return;
            }
            for pod in pods.iter_mut() {
                if let Some(status) = pod.sandbox.exited() {
                    panic!("{} exited ({status}):\n{}", pod.name(), pod.sandbox.logs());
                }
            }
            if tokio::time::Instant::now() > deadline {
                let logs: Vec<String> = pods.iter().map(|p| p.sandbox.logs()).collect();
                panic!(
                    "{namespace}/{name} is not Ready: {:?}\n{}",
                    self.group(namespace, name)
                        .await
                        .map(|o| o.data["status"].clone()),
                    logs.join("\n---\n")
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

fn plain_client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap()
}

/// Waits for `/readyz` on the pod's health port as the kubelet's readiness probe asks it.
async fn wait_ready(pod: &mut RunningPod) {
    let url = format!("http://{}/readyz", pod.port("health-port"));
    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(status) = pod.sandbox.exited() {
            panic!(
                "{} exited ({status}) before it was ready:\n{}",
                pod.name(),
                pod.sandbox.logs()
            );
        }
        if let Ok(r) = plain_client().get(&url).send().await
            && r.status().is_success()
        {
            return;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "{} was not ready within 60s:\n{}",
            pod.name(),
            pod.sandbox.logs()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn has_mount(pod: &RunningPod, path: &str) -> bool {
    pod.mounts
        .iter()
        .any(|m| m.container_path == path && m.read_only)
}

const ANY_CLIENT: &str = "throttling: {model: off}\nlro: {default: {retryAfter: 0}}\n";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn default_values_with_a_client_secret_start_beside_other_services() {
    let cluster = Cluster::start(ANY_CLIENT).await;
    cluster.install(&[
        "azureClientID=aso-operator".into(),
        "azureClientSecret=operator-secret".into(),
    ]);
    let mut pods = cluster.start_pods(&cluster.node(false)).await;
    let pod = &pods[0];
    // The kubelet's service links of every Service in the namespace, those of other tools and
    // of the chart's Services under ASO's names, and the API server's.
    for name in [
        "ASO_CONTROLLER_MANAGER_METRICS_SERVICE_HOST",
        "ASO_CONTROLLER_MANAGER_METRICS_PORT_8080_TCP_ADDR",
        "AZURE_METRICS_EXPORTER_SERVICE_PORT_METRICS",
        "AZURESERVICEOPERATOR_CONTROLLER_MANAGER_METRICS_SERVICE_SERVICE_HOST",
        "AZURESERVICEOPERATOR_WEBHOOK_SERVICE_PORT_443_TCP",
    ] {
        assert!(
            pod.env.contains_key(name),
            "{name} is not in {:?}",
            pod.env.keys()
        );
    }
    assert_eq!(pod.env["KUBERNETES_SERVICE_HOST"], KUBERNETES_IP);
    assert_eq!(pod.env["KUBERNETES_SERVICE_PORT"], "443");
    assert_eq!(pod.env["POD_NAMESPACE"], NS);
    assert_eq!(pod.env["AZURE_CLIENT_SECRET"], "operator-secret");
    assert_eq!(pod.env["SSL_CERT_FILE"], "/etc/aso/trusted-cas/ca.crt");
    assert!(pod.argv.iter().any(|a| a == "--v=2"), "{:?}", pod.argv);
    assert!(has_mount(
        pod,
        "/var/run/secrets/kubernetes.io/serviceaccount"
    ));
    assert!(has_mount(pod, "/var/run/secrets/tokens"));
    cluster.apply_group("team-a", "rg-defaults");
    cluster
        .wait_group_ready("team-a", "rg-defaults", &mut pods)
        .await;

    // Secure metrics (the chart's default): HTTPS, a Kubernetes token required.
    let metrics = format!("https://{}/metrics", pods[0].port("metrics-port"));
    let insecure = reqwest::Client::builder()
        .danger_accept_invalid_certs(true)
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    let anonymous = insecure.get(&metrics).send().await.expect("metrics answer");
    assert_eq!(anonymous.status(), 401);
    let forged = insecure
        .get(&metrics)
        .bearer_auth("not-a-token")
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 401);
    let token = cluster.tool("kubectl", &["create", "token", "default", "-n", NS]);
    let scraped = insecure
        .get(&metrics)
        .bearer_auth(token.trim())
        .send()
        .await
        .unwrap();
    assert_eq!(scraped.status(), 200);
    let text = scraped.text().await.unwrap();
    for name in [
        r#"controller_runtime_reconcile_total{controller="ResourceGroupController",result="success"}"#,
        r#"azure_successful_requests_total{resource="Microsoft.Resources/resourceGroups",requestType="PUT",responseCode="20"#,
        r#"controller_runtime_max_concurrent_reconciles{controller="ResourceGroupController"} 32"#,
    ] {
        assert!(text.contains(name), "{name} is not served:\n{text}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn workload_identity_through_the_webhook() {
    let cluster = Cluster::start(&workload_identity_armsim()).await;
    cluster.install(&[
        "useWorkloadIdentityAuth=true".into(),
        "azureClientID=operator-wi".into(),
        "serviceAccount.annotations.azure\\.workload\\.identity/client-id=operator-wi".into(),
    ]);
    let mut pods = cluster.start_pods(&cluster.node(true)).await;
    // The webhook's variable is there (the chart's own settings win over its others).
    assert_eq!(
        pods[0].env["AZURE_FEDERATED_TOKEN_FILE"],
        "/var/run/secrets/azure/tokens/azure-identity-token"
    );
    assert!(has_mount(&pods[0], "/var/run/secrets/azure/tokens"));
    cluster.apply_group("team-a", "rg-webhook");
    cluster
        .wait_group_ready("team-a", "rg-webhook", &mut pods)
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn workload_identity_through_the_charts_token_with_target_namespaces() {
    let cluster = Cluster::start(&workload_identity_armsim()).await;
    cluster.install(&[
        "useWorkloadIdentityAuth=true".into(),
        "azureClientID=operator-wi".into(),
        "azureTargetNamespaces={team-a,team-b}".into(),
    ]);
    let mut pods = cluster.start_pods(&cluster.node(false)).await;
    assert!(!pods[0].env.contains_key("AZURE_FEDERATED_TOKEN_FILE"));
    assert_eq!(pods[0].env["AZURE_TARGET_NAMESPACES"], "team-a,team-b");
    cluster.apply_group("team-c", "rg-ignored");
    cluster.apply_group("team-b", "rg-watched");
    cluster
        .wait_group_ready("team-b", "rg-watched", &mut pods)
        .await;
    let ignored = cluster.group("team-c", "rg-ignored").await.unwrap();
    assert!(
        ignored.data.get("status").is_none_or(|s| s.is_null()),
        "a namespace outside AZURE_TARGET_NAMESPACES is left alone: {:?}",
        ignored.data
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_certificate_with_metrics_off() {
    let key = rcgen::generate_simple_self_signed(vec!["aso-operator".to_string()]).unwrap();
    let cert = key.cert.pem();
    let pem_file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(
        pem_file.path(),
        format!("{cert}{}", key.signing_key.serialize_pem()),
    )
    .unwrap();
    let indented: String = cert.lines().map(|l| format!("        {l}\n")).collect();
    let armsim = format!(
        "{ANY_CLIENT}principals:\n  - clientId: operator-cert\n    certificates:\n      - |\n{indented}{}",
        owner("operator-cert")
    );
    let cluster = Cluster::start(&armsim).await;
    cluster.install(&[
        "azureClientID=operator-cert".into(),
        format!("azureClientCertificate=@{}", pem_file.path().display()),
        "metrics.enable=false".into(),
    ]);
    let services: Api<Service> = Api::namespaced(cluster.client.clone(), NS);
    assert!(
        services
            .get_opt("azureserviceoperator-controller-manager-metrics-service")
            .await
            .unwrap()
            .is_none()
    );
    let mut pods = cluster.start_pods(&cluster.node(false)).await;
    assert!(pods[0].argv.iter().any(|a| a == "--metrics-addr=0"));
    assert!(pods[0].env["AZURE_CLIENT_CERTIFICATE"].contains("BEGIN CERTIFICATE"));
    cluster.apply_group("team-a", "rg-cert");
    cluster
        .wait_group_ready("team-a", "rg-cert", &mut pods)
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_elect_one_leader_and_the_standby_takes_over() {
    let cluster = Cluster::start(ANY_CLIENT).await;
    cluster.install(&[
        "azureClientID=aso-operator".into(),
        "azureClientSecret=operator-secret".into(),
        "replicaCount=2".into(),
    ]);
    // Both replicas are ready: the standby waits for the lease, healthy.
    let mut pods = cluster.start_pods(&cluster.node(false)).await;
    cluster.apply_group("team-a", "rg-leader");
    cluster
        .wait_group_ready("team-a", "rg-leader", &mut pods)
        .await;
    let holder = lease_holder(&cluster).await;
    let leader = pods
        .iter()
        .position(|p| holder.starts_with(&format!("{}_", p.name())))
        .unwrap_or_else(|| panic!("the lease holder {holder} is one of the pods"));
    // The leader goes away without releasing the lease (a node failure); the standby takes
    // over once the lease lapses.
    pods[leader].sandbox.kill();
    let mut standby = pods.remove(1 - leader);
    cluster.apply_group("team-a", "rg-follower");
    cluster
        .wait_group_ready("team-a", "rg-follower", std::slice::from_mut(&mut standby))
        .await;
    assert!(
        lease_holder(&cluster)
            .await
            .starts_with(&format!("{}_", standby.name()))
    );
}

async fn lease_holder(cluster: &Cluster) -> String {
    let leases: Api<Lease> = Api::namespaced(cluster.client.clone(), NS);
    let lease = leases
        .get(aso_operator::leader::LEASE_NAME)
        .await
        .expect("the leader's lease");
    lease
        .spec
        .and_then(|s| s.holder_identity)
        .expect("a holder")
}

/// Only the operator's workload identity, federated with ASO's ServiceAccount subject: the
/// chart's ServiceAccount must be ASO's for Entra ID to issue a token.
fn workload_identity_armsim() -> String {
    format!(
        "{ANY_CLIENT}principals:
  - clientId: operator-wi
    federatedCredentials:
      - {{issuer: '{{kubesim}}', subject: 'system:serviceaccount:{NS}:azureserviceoperator-default'}}
issuers:
  - {{issuer: '{{kubesim}}', jwksUri: '{{kubesim}}/openid/v1/jwks', ca: '{{kubesim_ca}}'}}
{}",
        owner("operator-wi")
    )
}

/// Owner of the simulator's (default) subscription.
fn owner(principal: &str) -> String {
    format!(
        "roleAssignments:\n  - {{principal: {principal}, role: Owner, scope: /subscriptions/{}}}\n",
        aso_armsim::config::DEFAULT_SUBSCRIPTION
    )
}

/// The sandbox the pods run in is what `readOnlyRootFilesystem` promises: nothing but the
/// runtime's `/dev/shm` (and writable volumes) can be written, and the process is not root.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_containers_root_is_read_only() {
    let run = |script: &str| {
        let script = script.to_string();
        async move {
            let mut sandbox = kubelet::Sandbox::start(kubelet::sandbox::ContainerSpec {
                argv: vec!["/bin/sh".into(), "-c".into(), script],
                env: [("PATH".to_string(), "/bin".to_string())].into(),
                image_files: vec![
                    ("/bin/sh".into(), PathBuf::from("/bin/sh")),
                    ("/bin/touch".into(), PathBuf::from("/usr/bin/touch")),
                    ("/bin/id".into(), PathBuf::from("/usr/bin/id")),
                ],
                mounts: Vec::new(),
                uid: 65532,
                gid: 65532,
                hostname: "probe".into(),
                read_only_root: true,
                addresses: Vec::new(),
                egress: Vec::new(),
                ports: Vec::new(),
                pod_network: PathBuf::from(env!("CARGO_BIN_EXE_pod-network")),
            })
            .await
            .expect("the sandbox starts");
            let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
            loop {
                if let Some(status) = sandbox.exited() {
                    // The pipes drain after the exit.
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    return (status.code(), sandbox.logs());
                }
                assert!(tokio::time::Instant::now() < deadline, "{}", sandbox.logs());
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        }
    };
    let (code, logs) = run("touch /etc/written").await;
    assert_ne!(code, Some(0), "the root filesystem was writable: {logs}");
    assert!(logs.contains("Read-only file system"), "{logs}");
    let (code, logs) = run("touch /dev/shm/written && id -u").await;
    assert_eq!(code, Some(0), "{logs}");
    assert!(logs.contains("65532"), "{logs}");
}
