//! Runs the operator in-process against both simulators: a Kubernetes API server simulator
//! (driven with the real kubectl) and an ARM + Entra ID simulator (HTTPS, trusted through
//! `SSL_CERT_FILE` as in production). Settings use short backoffs and poll intervals so the
//! suite stays fast; everything else is the operator's production path. As the chart runs
//! them, the conversion webhook (`AZURE_OPERATOR_MODE=webhooks`) and the operator
//! (`watchers`) are separate: the webhook runs from `Env::start` on, reached by the simulator
//! through the webhook Service's route, and survives operator restarts.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Once;
use std::time::Duration;

use kube::api::{Api, DynamicObject};
use serde_json::Value;

use aso_armsim::{ArmSim, Config, Entry};
use aso_kubesim::KubeSim;
use aso_operator::run::{self, Operator};
use aso_operator::settings::Settings;
use aso_runtime::KindInfo;

/// How a test environment is set up.
#[derive(Debug, Clone)]
pub struct EnvOptions {
    /// `--crd-pattern`.
    pub crd_pattern: String,
    /// `AZURE_SYNC_PERIOD`.
    pub sync_period: String,
    /// The ARM simulator's configuration (YAML; `{kubesim}` stands for the Kubernetes
    /// simulator's URL); throttling is off and `Retry-After` 0 unless it says otherwise.
    pub armsim_config: String,
    /// Whether the operator gets a global credential (environment variables).
    pub global_credential: bool,
    /// More environment variables for the operator.
    pub extra_env: Vec<(String, String)>,
    /// More flags for the operator.
    pub extra_args: Vec<String>,
}

impl Default for EnvOptions {
    fn default() -> Self {
        EnvOptions {
            crd_pattern: "resources.azure.com/*;storage.azure.com/*".into(),
            sync_period: "1h".into(),
            armsim_config: DEFAULT_ARMSIM.into(),
            global_credential: true,
            extra_env: Vec::new(),
            extra_args: Vec::new(),
        }
    }
}

/// Throttling off, monitors answered with `Retry-After: 0`.
pub const DEFAULT_ARMSIM: &str = "throttling: {model: off}\nlro: {default: {retryAfter: 0}}\n";

/// The client ID and secret of the operator's global credential. With no principals configured,
/// the simulator accepts any client with any secret as an Owner of every subscription.
pub const OPERATOR_CLIENT_ID: &str = "aso-operator";
pub const OPERATOR_CLIENT_SECRET: &str = "operator-secret";

/// Two simulators, kubectl, and (when started) the operator.
pub struct Env {
    pub kube: KubeSim,
    pub arm: ArmSim,
    pub client: kube::Client,
    pub operator: Option<Operator>,
    /// The conversion webhook, while it runs.
    pub webhook: Option<RunningWebhook>,
    pub options: EnvOptions,
    ca_file: tempfile::NamedTempFile,
    home: tempfile::TempDir,
}

/// The conversion webhook as the harness runs it, and what stops it.
pub struct RunningWebhook {
    pub webhook: aso_operator::webhook::Webhook,
    stop: tokio::sync::watch::Sender<bool>,
}

/// Starts the conversion webhook for `kube` (its certificate issued into the operator's
/// namespace) and routes the webhook Service to it.
pub async fn start_webhook(kube: &KubeSim, client: &kube::Client) -> RunningWebhook {
    ensure_namespace(client, OPERATOR_NAMESPACE).await;
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let webhook = aso_operator::webhook::start(
        client.clone(),
        OPERATOR_NAMESPACE,
        "127.0.0.1:0".parse().expect("an address"),
        stopped,
    )
    .await
    .expect("starting the conversion webhook");
    kube.sim.webhooks.route_service(
        &format!(
            "{OPERATOR_NAMESPACE}/{}:443",
            aso_runtime::versions::WEBHOOK_SERVICE
        ),
        webhook.addr,
    );
    RunningWebhook { webhook, stop }
}

/// Waits until every CRD converted by webhook has its `caBundle`.
pub async fn wait_crds_converted(client: &kube::Client) {
    use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
    let crds: Api<CustomResourceDefinition> = Api::all(client.clone());
    eventually(30, || async {
        let list = crds.list(&Default::default()).await.ok()?;
        list.items
            .iter()
            .filter_map(|c| c.spec.conversion.as_ref())
            .filter(|c| c.strategy == "Webhook")
            .all(|c| {
                c.webhook
                    .as_ref()
                    .and_then(|w| w.client_config.as_ref())
                    .is_some_and(|cc| cc.ca_bundle.is_some())
            })
            .then_some(())
    })
    .await;
}

/// The operator's namespace in tests (`POD_NAMESPACE`).
pub const OPERATOR_NAMESPACE: &str = "aso-system";

static TRACING: Once = Once::new();

/// Logs of the operator under test, when `RUST_LOG` asks for them (shown for failing tests).
pub fn init_tracing() {
    TRACING.call_once(|| {
        if let Ok(filter) = tracing_subscriber::EnvFilter::try_from_default_env() {
            let _ = tracing_subscriber::fmt()
                .with_env_filter(filter)
                .with_test_writer()
                .try_init();
        }
    });
}

impl Env {
    pub async fn start(options: EnvOptions) -> Env {
        init_tracing();
        let kube = KubeSim::start()
            .await
            .expect("starting the Kubernetes simulator");
        let client = kube
            .client()
            .await
            .expect("a client for the Kubernetes simulator");
        // `{kubesim}` in the ARM simulator's configuration is the Kubernetes simulator's URL (the
        // issuer of its ServiceAccount tokens).
        let text = options.armsim_config.replace("{kubesim}", &kube.url);
        let config = Config::parse(&text, "test").expect("armsim configuration");
        let arm = ArmSim::builder()
            .kinds(aso_catalog::catalog())
            .config(config)
            .start()
            .await
            .expect("starting the ARM simulator");
        let mut ca_file = tempfile::NamedTempFile::new().expect("a temporary file");
        std::io::Write::write_all(&mut ca_file, arm.ca_pem().expect("TLS").as_bytes())
            .expect("writing the CA");
        let mut env = Env {
            kube,
            arm,
            client,
            operator: None,
            webhook: None,
            options,
            ca_file,
            home: tempfile::tempdir().expect("a temporary directory"),
        };
        env.start_webhook().await;
        env
    }

    /// Starts the conversion webhook (its certificate issued into the operator's namespace)
    /// and routes the webhook Service to it.
    pub async fn start_webhook(&mut self) {
        self.webhook = Some(start_webhook(&self.kube, &self.client).await);
    }

    /// Stops the conversion webhook: its port closes, as when every replica is down.
    pub async fn stop_webhook(&mut self) {
        if let Some(running) = self.webhook.take() {
            let _ = running.stop.send(true);
            for task in running.webhook.tasks {
                task.abort();
                let _ = task.await;
            }
        }
    }

    /// The simulator's CA certificate file (what `SSL_CERT_FILE` names).
    pub fn ca_path(&self) -> &Path {
        self.ca_file.path()
    }

    /// The operator's environment.
    pub fn operator_env(&self) -> BTreeMap<String, String> {
        let mut env = BTreeMap::new();
        let base = self.arm.base_url().to_string();
        if self.options.global_credential {
            env.insert(
                "AZURE_SUBSCRIPTION_ID".into(),
                self.arm.subscription().to_string(),
            );
            env.insert("AZURE_TENANT_ID".into(), self.arm.tenant().to_string());
            env.insert("AZURE_CLIENT_ID".into(), OPERATOR_CLIENT_ID.into());
            env.insert("AZURE_CLIENT_SECRET".into(), OPERATOR_CLIENT_SECRET.into());
        }
        env.insert("AZURE_RESOURCE_MANAGER_ENDPOINT".into(), base.clone());
        env.insert("AZURE_AUTHORITY_HOST".into(), base);
        env.insert("AZURE_SYNC_PERIOD".into(), self.options.sync_period.clone());
        env.insert("POD_NAMESPACE".into(), OPERATOR_NAMESPACE.into());
        // The conversion webhook runs apart (`Env::start_webhook`), as the chart runs it.
        env.insert("AZURE_OPERATOR_MODE".into(), "watchers".into());
        env.insert("SSL_CERT_FILE".into(), self.ca_path().display().to_string());
        for (k, v) in &self.options.extra_env {
            env.insert(k.clone(), v.clone());
        }
        env
    }

    /// The operator's flags: short backoffs and polls for tests.
    pub fn operator_args(&self) -> Vec<String> {
        let mut args: Vec<String> = [
            "aso-operator",
            "--crd-pattern",
            &self.options.crd_pattern,
            "--metrics-addr",
            "127.0.0.1:0",
            "--health-addr",
            "127.0.0.1:0",
            "--retry-backoff-min",
            "200ms",
            "--retry-backoff-max",
            "2s",
            "--default-poll-interval",
            "200ms",
            "--webhook-port",
            "0",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        args.extend(self.options.extra_args.iter().cloned());
        args
    }

    pub fn settings(&self) -> Settings {
        Settings::parse(&self.operator_env(), &self.operator_args()).expect("valid test settings")
    }

    /// Starts the operator in-process and waits until it is ready, and until the CRDs it
    /// installed point at the conversion webhook (when it runs).
    pub async fn start_operator(&mut self) {
        ensure_namespace(&self.client, OPERATOR_NAMESPACE).await;
        let operator = run::start(self.settings(), self.client.clone())
            .await
            .expect("starting the operator");
        eventually(30, || async {
            operator
                .ready
                .load(std::sync::atomic::Ordering::Relaxed)
                .then_some(())
        })
        .await;
        self.operator = Some(operator);
        if self.webhook.is_some() {
            self.wait_crds_converted().await;
        }
    }

    /// Waits until every CRD converted by webhook has its `caBundle`.
    pub async fn wait_crds_converted(&self) {
        wait_crds_converted(&self.client).await;
    }

    /// Stops the operator (as a crash or a rolling update would).
    pub async fn stop_operator(&mut self) {
        if let Some(operator) = self.operator.take() {
            operator.shutdown().await;
        }
    }

    /// Runs kubectl against the Kubernetes simulator.
    pub fn kubectl(&self, args: &[&str], stdin: Option<&str>) -> Output {
        use std::io::Write;
        let mut child = Command::new(crate::tools::bin_dir().join("kubectl"))
            .args(args)
            .env("KUBECONFIG", self.kube.kubeconfig_path())
            .env("HOME", self.home.path())
            .env("KUBECACHEDIR", self.home.path().join("cache"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("running kubectl");
        if let Some(input) = stdin {
            child
                .stdin
                .take()
                .expect("stdin")
                .write_all(input.as_bytes())
                .expect("writing to kubectl");
        } else {
            drop(child.stdin.take());
        }
        let out = child.wait_with_output().expect("waiting for kubectl");
        Output {
            ok: out.status.success(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// `kubectl apply -f -`; panics with kubectl's words on failure.
    pub fn apply(&self, yaml: &str) {
        let out = self.kubectl(&["apply", "-f", "-"], Some(yaml));
        assert!(out.ok, "kubectl apply failed:\n{}\n{}", out.stderr, yaml);
    }

    pub fn api(&self, group: &str, kind: &str, namespace: &str) -> Api<DynamicObject> {
        let info = kind_info(group, kind);
        Api::namespaced_with(
            self.client.clone(),
            namespace,
            &aso_operator::kinds::api_resource(info),
        )
    }

    pub async fn get(
        &self,
        group: &str,
        kind: &str,
        namespace: &str,
        name: &str,
    ) -> Option<DynamicObject> {
        self.api(group, kind, namespace)
            .get_opt(name)
            .await
            .expect("reading from the Kubernetes simulator")
    }

    /// Waits until `check` accepts the object, for at most `secs` seconds; the failure names the
    /// last Ready condition seen.
    pub async fn wait_for(
        &self,
        group: &str,
        kind: &str,
        namespace: &str,
        name: &str,
        secs: u64,
        check: impl Fn(&DynamicObject) -> bool,
    ) -> DynamicObject {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(secs);
        loop {
            let obj = self.get(group, kind, namespace, name).await;
            if let Some(obj) = &obj
                && check(obj)
            {
                return obj.clone();
            }
            if tokio::time::Instant::now() > deadline {
                panic!(
                    "{kind} {namespace}/{name}: condition not met within {secs}s; Ready is {}",
                    obj.as_ref()
                        .and_then(ready)
                        .map(|c| c.to_string())
                        .unwrap_or_else(|| "absent".into())
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn wait_ready(
        &self,
        group: &str,
        kind: &str,
        namespace: &str,
        name: &str,
    ) -> DynamicObject {
        self.wait_for(group, kind, namespace, name, 60, is_ready)
            .await
    }

    /// Waits for Ready=False with `reason`.
    pub async fn wait_reason(
        &self,
        group: &str,
        kind: &str,
        namespace: &str,
        name: &str,
        reason: &str,
    ) -> DynamicObject {
        self.wait_for(group, kind, namespace, name, 60, |o| {
            ready(o).is_some_and(|c| c["status"] == "False" && c["reason"] == reason)
        })
        .await
    }

    pub async fn wait_gone(&self, group: &str, kind: &str, namespace: &str, name: &str) {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
        while self.get(group, kind, namespace, name).await.is_some() {
            assert!(
                tokio::time::Instant::now() < deadline,
                "{kind} {namespace}/{name} was not deleted within 60s"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Journaled ARM requests with `method` whose path contains `fragment` (case-insensitive).
    pub fn requests(&self, method: &str, fragment: &str) -> Vec<Entry> {
        let fragment = fragment.to_ascii_lowercase();
        self.arm
            .journal()
            .into_iter()
            .filter(|e| e.method == method && e.url.to_ascii_lowercase().contains(&fragment))
            .collect()
    }

    /// Journaled ARM requests for exactly the resource `id` (any api-version).
    pub fn requests_for(&self, method: &str, id: &str) -> Vec<Entry> {
        let id = id.to_ascii_lowercase();
        self.arm
            .journal()
            .into_iter()
            .filter(|e| {
                e.method == method
                    && e.url.split('?').next().unwrap_or("").to_ascii_lowercase() == id
            })
            .collect()
    }

    /// The resource's ARM ID (its `resource-id` annotation).
    pub async fn resource_id(
        &self,
        group: &str,
        kind: &str,
        namespace: &str,
        name: &str,
    ) -> String {
        let obj = self
            .get(group, kind, namespace, name)
            .await
            .expect("the object exists");
        annotation(&obj, aso_runtime::annotations::RESOURCE_ID)
            .expect("the resource-id annotation is set")
            .to_string()
    }

    /// Sends a request to ARM directly, as someone changing Azure behind the operator's back.
    pub async fn arm_request(
        &self,
        method: reqwest::Method,
        id: &str,
        api_version: &str,
        body: Option<&Value>,
    ) -> (u16, Value) {
        let client = self.arm.client().expect("an ARM client");
        let url = format!("{}{id}?api-version={api_version}", self.arm.base_url());
        let mut request = client
            .request(method, url)
            .bearer_auth(self.arm.token_for("someone-else"));
        if let Some(body) = body {
            request = request.json(body);
        }
        let response = request.send().await.expect("ARM answers");
        let status = response.status().as_u16();
        let body = response.json().await.unwrap_or(Value::Null);
        (status, body)
    }

    /// The operator's metrics, as served on its metrics endpoint.
    pub async fn metrics_text(&self) -> String {
        let addr = self
            .operator
            .as_ref()
            .and_then(|o| o.metrics_addr)
            .expect("the operator serves metrics");
        reqwest::get(format!("http://{addr}/metrics"))
            .await
            .expect("metrics answer")
            .text()
            .await
            .expect("metrics text")
    }

    /// A namespace.
    pub fn namespace(&self, name: &str) {
        let out = self.kubectl(&["create", "namespace", name], None);
        assert!(
            out.ok || out.stderr.contains("AlreadyExists"),
            "{}",
            out.stderr
        );
    }
}

/// Creates namespace `name` unless it exists: the operator's own namespace (POD_NAMESPACE)
/// exists in a cluster before the operator starts there; in the simulator, tests make it.
pub async fn ensure_namespace(client: &kube::Client, name: &str) {
    let api: Api<k8s_openapi::api::core::v1::Namespace> = Api::all(client.clone());
    let namespace = serde_json::from_value(serde_json::json!({"metadata": {"name": name}}))
        .expect("a Namespace");
    match api.create(&Default::default(), &namespace).await {
        Ok(_) => {}
        Err(kube::Error::Api(e)) if e.code == 409 => {}
        Err(e) => panic!("creating namespace {name}: {e}"),
    }
}

/// kubectl's result.
pub struct Output {
    pub ok: bool,
    pub stdout: String,
    pub stderr: String,
}

/// The kind's `KindInfo` at the newest version of its CRD, as the operator reconciles it.
pub fn kind_info(group: &str, kind: &str) -> &'static KindInfo {
    aso_runtime::versions::crd(&aso_catalog::catalog(), group, kind)
        .unwrap_or_else(|| panic!("{kind}.{group} is not in the catalog"))
        .newest()
}

/// The Ready condition, as JSON.
pub fn ready(obj: &DynamicObject) -> Option<Value> {
    obj.data
        .pointer("/status/conditions")?
        .as_array()?
        .iter()
        .find(|c| c["type"] == "Ready")
        .cloned()
}

pub fn is_ready(obj: &DynamicObject) -> bool {
    ready(obj).is_some_and(|c| {
        c["status"] == "True" && c["observedGeneration"].as_i64() == obj.metadata.generation
    })
}

pub fn annotation<'o>(obj: &'o DynamicObject, key: &str) -> Option<&'o str> {
    obj.metadata
        .annotations
        .as_ref()?
        .get(key)
        .map(String::as_str)
}

/// The value of the first metric line of `text` starting with `prefix` (0 when absent).
pub fn metric(text: &str, prefix: &str) -> f64 {
    text.lines()
        .find(|l| l.starts_with(prefix))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0)
}

/// Polls `f` until it returns `Some`, for at most `secs` seconds.
pub async fn eventually<T, F, Fut>(secs: u64, mut f: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let deadline = tokio::time::Instant::now() + Duration::from_secs(secs);
    loop {
        if let Some(v) = f().await {
            return v;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "condition not met within {secs}s"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
