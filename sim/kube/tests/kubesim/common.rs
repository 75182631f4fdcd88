//! Helpers shared by the integration tests: a simulator per test, CRD fixtures, reference data
//! (read in place from `../shared`), and the kubectl/helm binaries.

use aso_kubesim::KubeSim;
use kube::api::{Api, DynamicObject, PostParams};
use kube::core::{ApiResource, GroupVersionKind};
use serde_json::{Value, json};
use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

pub async fn sim() -> KubeSim {
    KubeSim::start().await.expect("simulator starts")
}

/// The repository root.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repo root")
}

/// `aso-reference` in the shared folder beside the repository (never copied into it);
/// `ASO_REFERENCE` overrides.
pub fn aso_reference() -> PathBuf {
    if let Ok(p) = std::env::var("ASO_REFERENCE") {
        return PathBuf::from(p);
    }
    let candidates = [
        repo_root().join("../shared/aso-reference"),
        PathBuf::from("/work/shared/aso-reference"),
    ];
    candidates
        .into_iter()
        .find(|p| p.exists())
        .expect("aso-reference (set ASO_REFERENCE)")
}

/// A CRD file to test with: `ASO_TEST_CRD` if set (e.g. one of our generated `crds/`), else
/// ASO's ResourceGroup CRD.
pub fn test_crd_path() -> PathBuf {
    std::env::var("ASO_TEST_CRD")
        .map(PathBuf::from)
        .unwrap_or_else(|_| aso_reference().join("crds/resources.azure.com_resourcegroups.yaml"))
}

pub fn read_yaml(path: &std::path::Path) -> Value {
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    serde_saphyr::from_str::<Value>(&text)
        .unwrap_or_else(|e| panic!("parsing {}: {e}", path.display()))
}

/// A small CRD exercising most schema features.
pub fn widget_crd() -> Value {
    json!({
        "apiVersion": "apiextensions.k8s.io/v1",
        "kind": "CustomResourceDefinition",
        "metadata": {"name": "widgets.example.com"},
        "spec": {
            "group": "example.com",
            "scope": "Namespaced",
            "names": {"plural": "widgets", "singular": "widget", "kind": "Widget", "shortNames": ["wd"], "categories": ["azure", "all"]},
            "versions": [{
                "name": "v1",
                "served": true,
                "storage": true,
                "subresources": {"status": {}},
                "additionalPrinterColumns": [
                    {"name": "Ready", "type": "string", "jsonPath": ".status.conditions[?(@.type=='Ready')].status"},
                    {"name": "Size", "type": "integer", "jsonPath": ".spec.size"}
                ],
                "schema": {"openAPIV3Schema": {
                    "type": "object",
                    "properties": {
                        "spec": {
                            "type": "object",
                            "required": ["location"],
                            "x-kubernetes-validations": [{"rule": "!has(self.maxSize) || self.size <= self.maxSize", "message": "size must not exceed maxSize"}],
                            "properties": {
                                "location": {"type": "string", "minLength": 1},
                                "azureName": {"type": "string", "maxLength": 10, "x-kubernetes-validations": [{"rule": "self == oldSelf", "message": "azureName is immutable"}]},
                                "size": {"type": "integer", "minimum": 0, "default": 1},
                                "maxSize": {"type": "integer"},
                                "tier": {"type": "string", "enum": ["Basic", "Premium"]},
                                "tags": {"type": "object", "additionalProperties": {"type": "string"}}
                            }
                        },
                        "status": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}
                    }
                }}
            }]
        }
    })
}

pub fn widget_resource() -> ApiResource {
    ApiResource::from_gvk_with_plural(
        &GroupVersionKind::gvk("example.com", "v1", "Widget"),
        "widgets",
    )
}

pub async fn create_crd(client: &kube::Client, crd: Value) {
    let api: Api<DynamicObject> = Api::all_with(
        client.clone(),
        &ApiResource::from_gvk_with_plural(
            &GroupVersionKind::gvk("apiextensions.k8s.io", "v1", "CustomResourceDefinition"),
            "customresourcedefinitions",
        ),
    );
    let obj: DynamicObject = serde_json::from_value(crd).expect("CRD JSON");
    api.create(&PostParams::default(), &obj)
        .await
        .expect("CRD created");
}

/// The server's Status in a failed kube-rs call.
pub fn api_error(err: kube::Error) -> kube::core::Status {
    match err {
        kube::Error::Api(s) => *s,
        other => panic!("expected an API error, got {other:?}"),
    }
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

/// Directory holding kubectl and helm: `ASO_TOOLS_BIN` if set, else `target/tools/bin`;
/// `tools/install-k8s-clients.sh` installs them there when missing.
pub fn tools_bin() -> PathBuf {
    let bin = std::env::var("ASO_TOOLS_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|_| repo_root().join("target/tools/bin"));
    if !(bin.join("kubectl").exists() && bin.join("helm").exists()) {
        std::fs::create_dir_all(&bin).expect("creating the tools directory");
        let lock = bin.join(".install.lock");
        // Test binaries run in parallel; serialize the install with flock.
        let status = Command::new("flock")
            .arg(&lock)
            .arg("bash")
            .arg(repo_root().join("tools/install-k8s-clients.sh"))
            .env("ASO_TOOLS_BIN", &bin)
            .status()
            .expect("running tools/install-k8s-clients.sh");
        assert!(status.success(), "tools/install-k8s-clients.sh failed");
    }
    bin
}

/// Runs a tool with the simulator's kubeconfig and a private cache and home directory.
pub struct Tool {
    pub bin: PathBuf,
    pub kubeconfig: PathBuf,
    pub home: tempfile::TempDir,
}

pub struct Output {
    pub ok: bool,
    pub stdout: String,
    pub stderr: String,
}

impl Tool {
    pub fn new(sim: &KubeSim, name: &str) -> Tool {
        Tool {
            bin: tools_bin().join(name),
            kubeconfig: sim.kubeconfig_path().to_path_buf(),
            home: tempfile::tempdir().unwrap(),
        }
    }

    pub fn run(&self, args: &[&str], stdin: Option<&str>) -> Output {
        use std::io::Write;
        let mut cmd = Command::new(&self.bin);
        cmd.args(args)
            .env("KUBECONFIG", &self.kubeconfig)
            .env("HOME", self.home.path())
            .env("KUBECACHEDIR", self.home.path().join("cache"))
            .env("HELM_CACHE_HOME", self.home.path().join("helm-cache"))
            .env("HELM_CONFIG_HOME", self.home.path().join("helm-config"))
            .env("HELM_DATA_HOME", self.home.path().join("helm-data"))
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let mut child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("spawning {}: {e}", self.bin.display()));
        if let Some(input) = stdin {
            child
                .stdin
                .take()
                .unwrap()
                .write_all(input.as_bytes())
                .unwrap();
        }
        drop(child.stdin.take());
        let out = child.wait_with_output().unwrap();
        Output {
            ok: out.status.success(),
            stdout: String::from_utf8_lossy(&out.stdout).into(),
            stderr: String::from_utf8_lossy(&out.stderr).into(),
        }
    }

    /// Runs and asserts success; returns stdout.
    pub fn ok(&self, args: &[&str], stdin: Option<&str>) -> String {
        let o = self.run(args, stdin);
        assert!(
            o.ok,
            "{} {:?} failed:\nstdout: {}\nstderr: {}",
            self.bin.display(),
            args,
            o.stdout,
            o.stderr
        );
        o.stdout
    }
}

/// A ConfigMap named `name` holding `data`.
pub fn cm(name: &str, data: &[(&str, &str)]) -> k8s_openapi::api::core::v1::ConfigMap {
    use k8s_openapi::api::core::v1::ConfigMap;
    ConfigMap {
        metadata: kube::api::ObjectMeta {
            name: Some(name.into()),
            ..Default::default()
        },
        data: Some(
            data.iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect::<std::collections::BTreeMap<_, _>>(),
        ),
        ..Default::default()
    }
}
