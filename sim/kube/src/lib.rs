//! A Kubernetes API server simulator that kubectl, helm and kube-rs use unmodified.
//!
//! Start one in-process with [`KubeSim::start`] and talk to it with [`KubeSim::client`] or any
//! tool pointed at [`KubeSim::kubeconfig_path`]. The binary `aso-kubesim` serves the same thing
//! on a port. See `README.md` for what is simulated and what is not.
//!
//! Module map: [`api`] routes HTTP requests; [`sim`] holds state; [`write`] the write
//! semantics; [`store`] keeps objects and history; [`registry`] the served resources
//! ([`builtins`] and [`crd`]); [`conversion`] moves custom resources between versions (and
//! [`webhook`] calls conversion and admission webhooks); [`admission`] runs admission webhooks;
//! [`schema`] validates, prunes and defaults custom resources (reusable on its own);
//! [`watch`], [`table`], [`discovery`], [`openapi`] answer reads; [`patch`] and [`managed`] do
//! patches and field ownership; [`gc`] runs the garbage collector and cleanup controllers;
//! [`token`] issues ServiceAccount tokens and [`reviews`] answers token and access reviews; [`faults`] injects failures; [`tls`] and
//! [`server`] serve HTTP(S).

pub mod admission;
pub mod api;
pub mod builtins;
pub mod conversion;
pub mod crd;
pub mod discovery;
pub mod error;
pub mod faults;
pub use aso_schema::field;
pub mod gc;
pub mod jsonpath;
pub mod kubeconfig;
pub mod managed;
pub mod objects;
pub mod openapi;
pub mod patch;
pub mod proto;
pub mod registry;
pub mod request;
pub mod requests;
pub mod reviews;
pub use aso_schema as schema;
pub mod selector;
pub mod server;
pub mod sim;
pub mod store;
pub mod table;
pub mod tls;
pub mod token;
pub mod watch;
pub mod webhook;
mod write;

pub use faults::{Action as FaultAction, Faults, Match as FaultMatch, Rule as FaultRule};
pub use sim::{Config, Sim};

use anyhow::Context;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tokio::net::TcpListener;
use tokio::sync::watch as tokio_watch;
use tokio::task::JoinHandle;

/// How to start a simulator.
#[derive(Debug, Clone)]
pub struct Options {
    /// Address to listen on; port 0 picks a free port.
    pub listen: SocketAddr,
    /// Serve HTTPS with a generated CA (written into the kubeconfig).
    pub tls: bool,
    /// More names (DNS names or IPs) in the server certificate, as a real API server's holds
    /// its Service's cluster IP (`10.96.0.1`) for pods that reach it through `kubernetes`.
    pub tls_names: Vec<String>,
    /// Where to write the kubeconfig; a temporary file (removed on drop) when `None`.
    pub kubeconfig: Option<PathBuf>,
    pub config: Config,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            tls: false,
            tls_names: Vec::new(),
            kubeconfig: None,
            config: Config::default(),
        }
    }
}

/// A running simulator. Dropping it stops the server.
pub struct KubeSim {
    pub sim: Arc<Sim>,
    pub addr: SocketAddr,
    pub url: String,
    pub ca_pem: Option<String>,
    kubeconfig_path: PathBuf,
    _tempdir: Option<tempfile::TempDir>,
    shutdown: tokio_watch::Sender<bool>,
    tasks: Vec<JoinHandle<()>>,
}

impl KubeSim {
    /// Starts a plain-HTTP simulator on a free loopback port with a temporary kubeconfig.
    pub async fn start() -> anyhow::Result<KubeSim> {
        Self::start_with(Options::default()).await
    }

    pub async fn start_with(opts: Options) -> anyhow::Result<KubeSim> {
        let listener = TcpListener::bind(opts.listen)
            .await
            .with_context(|| format!("binding {}", opts.listen))?;
        let addr = listener.local_addr()?;
        let tls = if opts.tls {
            Some(tls::generate(&opts.tls_names)?)
        } else {
            None
        };
        let scheme = if tls.is_some() { "https" } else { "http" };
        let url = format!("{scheme}://{addr}");
        let sim = Arc::new(Sim::new(opts.config.clone()));
        sim.set_base_url(&url);
        let (kubeconfig_path, tempdir) = match opts.kubeconfig {
            Some(p) => (p, None),
            None => {
                let dir = tempfile::tempdir()?;
                (dir.path().join("kubeconfig"), Some(dir))
            }
        };
        let ca_pem = tls.as_ref().map(|t| t.ca_pem.clone());
        // Written atomically: tools and tests poll for the file to know the server is up.
        let tmp = kubeconfig_path.with_extension("tmp");
        std::fs::write(&tmp, kubeconfig::render(&url, ca_pem.as_deref(), "default"))
            .with_context(|| format!("writing {}", tmp.display()))?;
        std::fs::rename(&tmp, &kubeconfig_path)
            .with_context(|| format!("writing {}", kubeconfig_path.display()))?;
        let (shutdown, rx) = tokio_watch::channel(false);
        let server = tokio::spawn(server::serve(
            sim.clone(),
            listener,
            tls.map(|t| t.server_config),
            rx,
        ));
        let gc = tokio::spawn(gc::run(sim.clone()));
        Ok(KubeSim {
            sim,
            addr,
            url,
            ca_pem,
            kubeconfig_path,
            _tempdir: tempdir,
            shutdown,
            tasks: vec![server, gc],
        })
    }

    pub fn kubeconfig_path(&self) -> &Path {
        &self.kubeconfig_path
    }

    /// A kube-rs client configured from the simulator's kubeconfig.
    pub async fn client(&self) -> anyhow::Result<kube::Client> {
        let kc = kube::config::Kubeconfig::read_from(&self.kubeconfig_path)?;
        let config =
            kube::Config::from_custom_kubeconfig(kc, &kube::config::KubeConfigOptions::default())
                .await?;
        Ok(kube::Client::try_from(config)?)
    }

    pub fn faults(&self) -> &Faults {
        &self.sim.faults
    }
}

impl Drop for KubeSim {
    fn drop(&mut self) {
        let _ = self.shutdown.send(true);
        self.sim.faults.drop_watches();
        for t in &self.tasks {
            t.abort();
        }
    }
}
