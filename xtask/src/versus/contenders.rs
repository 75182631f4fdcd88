//! The two operators: how each is installed on fresh simulators and started with the same
//! settings. ASO runs as its chart runs it (webhooks and controllers in one process, its CRDs
//! converting through its webhook, the CONNECT proxy for instance discovery); ours installs its
//! own CRDs at start (`--crd-pattern`) and serves their conversion webhook itself.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use anyhow::Context;
use aso_versus::aso;
use aso_versus::proxy::Proxy;
use serde_json::json;

use super::processes::{Binaries, Process, free_port, wait_healthy};
use super::settings::Settings;
use super::sims::{PUBLIC_NAMES, Sims};
use super::workload::{KINDS, SUBSCRIPTION};

const TENANT: &str = "00000000-0000-0000-0000-000000000000";
const CLIENT_ID: &str = "versus-operator";
const CLIENT_SECRET: &str = "versus-secret";
/// Our operator's namespace (`POD_NAMESPACE`): our chart's, which is ASO's, so our CRDs'
/// conversion webhook Service (`azureserviceoperator-webhook-service`) is found there.
const OUR_NAMESPACE: &str = aso::NAMESPACE;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Contender {
    Ours,
    Aso,
}

impl Contender {
    pub fn name(self) -> &'static str {
        match self {
            Contender::Ours => "ours",
            Contender::Aso => "ASO v2.8",
        }
    }

    pub fn named(name: &str) -> anyhow::Result<Contender> {
        match name {
            "ours" => Ok(Contender::Ours),
            "aso" => Ok(Contender::Aso),
            other => anyhow::bail!("unknown operator {other:?}: expected ours or aso"),
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Contender::Ours => "ours",
            Contender::Aso => "aso",
        }
    }

    /// The webhook port the simulator must route the webhook Service to. Both operators'
    /// CRDs convert through a webhook behind the same Service name: ASO's (mutation,
    /// validation, conversion) and ours (conversion, served by the operator process).
    pub fn webhook_route(self) -> anyhow::Result<Option<(String, u16)>> {
        Ok(Some((aso::service_route(), free_port()?)))
    }
}

/// An installed operator, ready to be started (and started again).
pub struct Installed {
    contender: Contender,
    dir: PathBuf,
    webhook_port: u16,
    cert: Option<aso::WebhookCertificate>,
    proxy: Option<Proxy>,
    starts: u32,
}

/// A running operator.
pub struct Running {
    pub process: Process,
    /// From process start to its health endpoint answering.
    pub healthy_after: Duration,
}

impl Installed {
    /// Installs `contender` on `sims` (namespaces, and for ASO its CRDs and webhooks).
    pub async fn install(
        contender: Contender,
        sims: &Sims,
        bins: &Binaries,
        dir: &Path,
        webhook_port: u16,
    ) -> anyhow::Result<Installed> {
        let namespace = |name: &str| json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name}});
        let mut installed = Installed {
            contender,
            dir: dir.to_path_buf(),
            webhook_port,
            cert: None,
            proxy: None,
            starts: 0,
        };
        match contender {
            Contender::Ours => {
                sims.kube
                    .post("/api/v1/namespaces", &namespace(OUR_NAMESPACE))
                    .await?;
            }
            Contender::Aso => {
                sims.kube
                    .post("/api/v1/namespaces", &namespace(aso::NAMESPACE))
                    .await?;
                let cert = aso::WebhookCertificate::issue(&dir.join("webhook-certs"))?;
                let names: Vec<String> = KINDS.iter().map(|k| k.crd()).collect();
                let names: Vec<&str> = names.iter().map(String::as_str).collect();
                let crds = aso::crds(&bins.aso_shared, &names, &cert)?;
                for crd in &crds {
                    sims.kube
                        .post(
                            "/apis/apiextensions.k8s.io/v1/customresourcedefinitions",
                            crd,
                        )
                        .await?;
                }
                let [mutating, validating] = aso::webhook_configurations(&crds, &cert);
                sims.kube
                    .post(
                        "/apis/admissionregistration.k8s.io/v1/mutatingwebhookconfigurations",
                        &mutating,
                    )
                    .await?;
                sims.kube
                    .post(
                        "/apis/admissionregistration.k8s.io/v1/validatingwebhookconfigurations",
                        &validating,
                    )
                    .await?;
                let routes = PUBLIC_NAMES
                    .iter()
                    .map(|n| (format!("{n}:443"), sims.arm_addr))
                    .collect::<HashMap<_, _>>();
                installed.proxy = Some(Proxy::start(routes).await?);
                installed.cert = Some(cert);
            }
        }
        Ok(installed)
    }

    /// Starts the operator and waits for its health endpoint.
    pub async fn start(
        &mut self,
        sims: &Sims,
        bins: &Binaries,
        settings: &Settings,
    ) -> anyhow::Result<Running> {
        self.starts += 1;
        let health = free_port()?;
        let sync_period = format!("{}s", settings.sync_period().as_secs());
        let log = self
            .dir
            .join(format!("{}-{}.log", self.contender.slug(), self.starts));
        let cmd = match self.contender {
            Contender::Ours => {
                let mut cmd = Command::new(&bins.operator);
                let patterns: Vec<String> = KINDS.iter().map(|k| k.pattern()).collect();
                cmd.env_clear()
                    // `VERSUS_RUST_LOG=info` shows every decision (drift found, PUTs).
                    .env(
                        "RUST_LOG",
                        std::env::var("VERSUS_RUST_LOG").unwrap_or_else(|_| "warn".into()),
                    )
                    .env("KUBECONFIG", &sims.kubeconfig)
                    .env("SSL_CERT_FILE", &sims.ca_file)
                    .env("AZURE_SUBSCRIPTION_ID", SUBSCRIPTION)
                    .env("AZURE_TENANT_ID", TENANT)
                    .env("AZURE_CLIENT_ID", CLIENT_ID)
                    .env("AZURE_CLIENT_SECRET", CLIENT_SECRET)
                    .env("AZURE_RESOURCE_MANAGER_ENDPOINT", &sims.arm_url)
                    .env("AZURE_AUTHORITY_HOST", &sims.arm_url)
                    .env("AZURE_SYNC_PERIOD", &sync_period)
                    .env(
                        "MAX_CONCURRENT_RECONCILES",
                        (settings.concurrency_per_kind * KINDS.len()).to_string(),
                    )
                    .env("POD_NAMESPACE", OUR_NAMESPACE)
                    .arg(format!("--crd-pattern={}", patterns.join(";")))
                    .arg("--metrics-addr=0")
                    .arg(format!("--webhook-port={}", self.webhook_port))
                    .arg(format!("--health-addr=127.0.0.1:{health}"))
                    .stdin(Stdio::null());
                // Its log goes to stdout (tracing-subscriber's default writer), errors to stderr.
                let file = std::fs::File::create(&log)?;
                cmd.stdout(file.try_clone()?).stderr(file);
                cmd
            }
            Contender::Aso => {
                let proxy_url = self.proxy.as_ref().context("ASO is installed")?.url();
                aso::command(
                    &bins.aso,
                    &aso::Settings {
                        kubeconfig: &sims.kubeconfig,
                        arm_url: &sims.arm_url,
                        subscription: SUBSCRIPTION,
                        tenant: TENANT,
                        client_id: CLIENT_ID,
                        client_secret: CLIENT_SECRET,
                        ca_file: &sims.ca_file,
                        proxy_url: &proxy_url,
                        sync_period: &sync_period,
                        concurrency: settings.concurrency_per_kind,
                        mode: "watchers-and-webhooks",
                        webhook_port: self.webhook_port,
                        cert: self.cert.as_ref().context("ASO is installed")?,
                        health_port: health,
                        log: &log,
                    },
                )?
            }
        };
        let mut process = Process::spawn(cmd)?;
        let healthy_after = wait_healthy(
            &mut process,
            &format!("http://127.0.0.1:{health}/readyz"),
            Duration::from_secs(120),
        )
        .await
        .with_context(|| format!("{} (log: {})", self.contender.name(), log.display()))?;
        // The controllers are up with the webhook server; the write path needs the latter.
        wait_listening(self.webhook_port).await?;
        Ok(Running {
            process,
            healthy_after,
        })
    }
}

async fn wait_listening(port: u16) -> anyhow::Result<()> {
    for _ in 0..600 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    anyhow::bail!("the webhook server did not listen on {port} within 60 s")
}
