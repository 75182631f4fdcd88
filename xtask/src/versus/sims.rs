//! The two simulators as processes, fresh for every run, and the driver's clients: Kubernetes
//! over plain HTTP (the driver says who it is, so its own requests are not counted against an
//! operator), ARM's control endpoints over HTTPS trusting the simulator's CA.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context, bail};
use serde_json::Value;

use super::processes::{Binaries, Process};
use super::workload::Kind;

/// The driver's User-Agent product, left out of the Kubernetes request counts.
pub const DRIVER: &str = "aso-versus-bench";

/// The Entra and ARM names ASO's SDK insists on, served by the ARM simulator's certificate and
/// reached through the benchmark's CONNECT proxy.
pub const PUBLIC_NAMES: [&str; 2] = ["login.microsoftonline.com", "management.azure.com"];

pub struct Sims {
    _kube: Process,
    _arm: Process,
    pub kube: Kube,
    pub arm: Arm,
    pub kubeconfig: PathBuf,
    /// The ARM simulator's CA (`SSL_CERT_FILE` for both operators).
    pub ca_file: PathBuf,
    pub arm_url: String,
    pub arm_addr: SocketAddr,
}

impl Sims {
    /// Starts both simulators in `dir`; `service` routes a webhook Service to a local port.
    pub async fn start(
        bins: &Binaries,
        dir: &Path,
        armsim_config: &str,
        service: Option<(String, u16)>,
    ) -> anyhow::Result<Sims> {
        let kubeconfig = dir.join("kubeconfig");
        let mut kube_cmd = Command::new(&bins.kubesim);
        kube_cmd
            .args([
                "--listen",
                "127.0.0.1:0",
                "--history",
                "500000",
                "--kubeconfig",
            ])
            .arg(&kubeconfig)
            .env("RUST_LOG", "warn")
            .stderr(Stdio::null());
        if let Some((route, port)) = &service {
            kube_cmd.arg(format!("--service={route}=127.0.0.1:{port}"));
        }
        let (kube_process, line) = Process::spawn_announcing(kube_cmd, "listening on")?;
        let kube_url = line
            .split_whitespace()
            .find(|w| w.starts_with("http"))
            .context("aso-kubesim's address")?
            .to_string();

        let config = dir.join("armsim.yaml");
        std::fs::write(&config, armsim_config)?;
        let ca_file = dir.join("armsim-ca.pem");
        let mut arm_cmd = Command::new(&bins.armsim);
        arm_cmd
            .args(["--listen", "127.0.0.1:0", "--config"])
            .arg(&config)
            .arg("--tls-ca-out")
            .arg(&ca_file)
            .env("RUST_LOG", "warn")
            .stderr(Stdio::null());
        for name in PUBLIC_NAMES {
            arm_cmd.args(["--host", name]);
        }
        let (arm_process, line) = Process::spawn_announcing(arm_cmd, "listening on")?;
        let arm_url = line
            .split_whitespace()
            .find(|w| w.starts_with("https://"))
            .context("aso-armsim's address")?
            .to_string();
        let arm_addr: SocketAddr = arm_url
            .trim_start_matches("https://")
            .trim_end_matches('/')
            .parse()
            .context("aso-armsim's address")?;
        let ca = std::fs::read_to_string(&ca_file)?;
        Ok(Sims {
            _kube: kube_process,
            _arm: arm_process,
            kube: Kube::new(&kube_url)?,
            arm: Arm::new(&arm_url, &ca)?,
            kubeconfig,
            ca_file,
            arm_url,
            arm_addr,
        })
    }
}

/// The driver's Kubernetes client.
pub struct Kube {
    http: reqwest::Client,
    base: String,
}

impl Kube {
    fn new(base: &str) -> anyhow::Result<Kube> {
        Ok(Kube {
            http: reqwest::Client::builder().user_agent(DRIVER).build()?,
            base: base.trim_end_matches('/').to_string(),
        })
    }

    async fn send(&self, req: reqwest::RequestBuilder, what: &str) -> anyhow::Result<Value> {
        let r = req.send().await.with_context(|| what.to_string())?;
        let status = r.status();
        let body = r.text().await?;
        if !status.is_success() {
            bail!("{what}: {status} {body}");
        }
        Ok(serde_json::from_str(&body).unwrap_or(Value::Null))
    }

    /// Creates a cluster-scoped or namespaced object at `path` (a collection URL path).
    pub async fn post(&self, path: &str, object: &Value) -> anyhow::Result<Value> {
        let what = format!("POST {path}");
        self.send(
            self.http.post(format!("{}{path}", self.base)).json(object),
            &what,
        )
        .await
    }

    pub async fn create(&self, kind: &Kind, object: &Value) -> anyhow::Result<()> {
        self.post(&kind.collection(kind.version), object)
            .await
            .map(drop)
    }

    /// Every object of a kind, read at `version` (the storage version costs no conversion).
    pub async fn list(&self, kind: &Kind, version: &str) -> anyhow::Result<Vec<Value>> {
        let what = format!("listing {}", kind.plural);
        let list = self
            .send(
                self.http
                    .get(format!("{}{}", self.base, kind.collection(version))),
                &what,
            )
            .await?;
        Ok(list["items"].as_array().cloned().unwrap_or_default())
    }

    pub async fn merge_patch(&self, kind: &Kind, name: &str, patch: &Value) -> anyhow::Result<()> {
        let url = format!("{}{}/{name}", self.base, kind.collection(kind.version));
        self.send(
            self.http
                .patch(url)
                .header("Content-Type", "application/merge-patch+json")
                .body(patch.to_string()),
            &format!("patching {}/{name}", kind.plural),
        )
        .await
        .map(drop)
    }

    pub async fn delete(&self, kind: &Kind, version: &str, name: &str) -> anyhow::Result<()> {
        let url = format!("{}{}/{name}", self.base, kind.collection(version));
        self.send(
            self.http.delete(url),
            &format!("deleting {}/{name}", kind.plural),
        )
        .await
        .map(drop)
    }

    /// The storage version of a CRD.
    pub async fn storage_version(&self, kind: &Kind) -> anyhow::Result<String> {
        let crd = self
            .send(
                self.http.get(format!(
                    "{}/apis/apiextensions.k8s.io/v1/customresourcedefinitions/{}.{}",
                    self.base, kind.plural, kind.group
                )),
                "reading a CRD",
            )
            .await?;
        crd["spec"]["versions"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|v| v["storage"] == true)
            .and_then(|v| v["name"].as_str())
            .map(str::to_string)
            .context("a CRD without a storage version")
    }

    /// Requests per verb from every client but the driver, since the last reset.
    pub async fn operator_requests(&self) -> anyhow::Result<BTreeMap<String, u64>> {
        let counts = self
            .send(
                self.http.get(format!("{}/_sim/requests", self.base)),
                "request counts",
            )
            .await?;
        let mut verbs = BTreeMap::new();
        for (client, per_verb) in counts["byClient"].as_object().into_iter().flatten() {
            if client == DRIVER {
                continue;
            }
            for (verb, n) in per_verb.as_object().into_iter().flatten() {
                *verbs.entry(verb.clone()).or_default() += n.as_u64().unwrap_or(0);
            }
        }
        Ok(verbs)
    }

    pub async fn reset_requests(&self) -> anyhow::Result<()> {
        self.send(
            self.http.delete(format!("{}/_sim/requests", self.base)),
            "resetting request counts",
        )
        .await
        .map(drop)
    }
}

/// The driver's client for the ARM simulator's control endpoints.
pub struct Arm {
    http: reqwest::Client,
    base: String,
}

impl Arm {
    fn new(base: &str, ca_pem: &str) -> anyhow::Result<Arm> {
        use rustls::pki_types::CertificateDer;
        use rustls::pki_types::pem::PemObject;
        let mut roots = rustls::RootCertStore::empty();
        for cert in CertificateDer::pem_slice_iter(ca_pem.as_bytes()) {
            roots.add(cert.context("the ARM simulator's CA")?)?;
        }
        let tls = rustls::ClientConfig::builder_with_provider(aso_simpki::provider())
            .with_safe_default_protocol_versions()?
            .with_root_certificates(roots)
            .with_no_client_auth();
        Ok(Arm {
            http: reqwest::Client::builder()
                .tls_backend_preconfigured(tls)
                .build()?,
            base: base.trim_end_matches('/').to_string(),
        })
    }

    async fn call(&self, method: reqwest::Method, path: &str) -> anyhow::Result<Value> {
        let r = self
            .http
            .request(method.clone(), format!("{}{path}", self.base))
            .send()
            .await
            .with_context(|| format!("{method} {path}"))?;
        if !r.status().is_success() {
            bail!("{method} {path}: {}", r.status());
        }
        Ok(r.json().await.unwrap_or(Value::Null))
    }

    /// `GET /_armsim/counters`: totals by method, throttled by method.
    pub async fn counters(&self) -> anyhow::Result<Value> {
        self.call(reqwest::Method::GET, "/_armsim/counters").await
    }

    pub async fn clear_counters(&self) -> anyhow::Result<()> {
        self.call(reqwest::Method::DELETE, "/_armsim/counters")
            .await
            .map(drop)
    }

    /// The journal: `{method, url, status}` in arrival order.
    pub async fn journal(&self) -> anyhow::Result<Vec<Value>> {
        let v = self.call(reqwest::Method::GET, "/_armsim/requests").await?;
        Ok(v.as_array().cloned().unwrap_or_default())
    }

    pub async fn clear_journal(&self) -> anyhow::Result<()> {
        self.call(reqwest::Method::DELETE, "/_armsim/requests")
            .await
            .map(drop)
    }
}
