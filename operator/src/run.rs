//! Starting the operator: endpoints, CRDs, credentials, the ARM client, leader election, then the
//! controller for the installed kinds. The binary and the tests start it the same way.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::arm::ratelimit::{Limits, RateLimiter};
use crate::arm::{ArmClient, ArmSettings, Endpoint, tls};
use crate::context::Context;
use crate::controller::cache::ObjectCache;
use crate::controller::workers::Health;
use crate::http::{self, Endpoints};
use crate::identity::{Identities, IdentityConfig};
use crate::kinds::Kinds;
use crate::metrics::Metrics;
use crate::reconcile::trust::Signer;
use crate::settings::Settings;
use crate::{cluster_info, controller, crds, leader};

/// A running operator. Dropping it does not stop it; call [`Operator::shutdown`].
pub struct Operator {
    pub metrics_addr: Option<SocketAddr>,
    pub health_addr: Option<SocketAddr>,
    /// Where the conversion webhook listens, when the mode runs it.
    pub webhook_addr: Option<SocketAddr>,
    pub metrics: Arc<Metrics>,
    pub ready: Arc<AtomicBool>,
    /// The controller's tasks, as the health endpoints see them.
    pub health: Arc<Health>,
    /// Resolves when the operator stops by itself (leadership lost).
    pub stopped: watch::Receiver<bool>,
    shutdown: watch::Sender<bool>,
    /// Without controllers nothing stops the process by itself: the sender of `stopped` is
    /// kept here, so `stopped` does not resolve early.
    _never_stopped: Option<watch::Sender<bool>>,
    tasks: Vec<JoinHandle<()>>,
    context: Arc<tokio::sync::OnceCell<Arc<Context>>>,
}

impl Operator {
    /// The shared context, once the controller started (after leader election).
    pub fn context(&self) -> Option<Arc<Context>> {
        self.context.get().cloned()
    }

    /// Stops watches, workers and endpoints.
    pub async fn shutdown(self) {
        let _ = self.shutdown.send(true);
        if let Some(ctx) = self.context.get() {
            ctx.queue.close();
        }
        for task in &self.tasks {
            task.abort();
        }
        for task in self.tasks {
            let _ = task.await;
        }
    }
}

/// What talks to Azure: the ARM client and the credentials, from the operator's settings.
/// `kube` gives namespaced credentials (their Secrets and ServiceAccount tokens); `asoctl`
/// working with Azure alone passes none.
pub fn azure(
    settings: &Settings,
    kube: Option<kube::Client>,
    metrics: Arc<Metrics>,
) -> Result<(ArmClient, Identities), String> {
    let http_client =
        tls::http_client(settings.ssl_cert_file.as_deref()).map_err(|e| e.to_string())?;
    let identity = Arc::new(IdentityConfig {
        http: http_client.clone(),
        authority: settings.authority_host.clone(),
        audience: settings.resource_manager_audience.clone(),
        imds: settings.imds_endpoint.clone(),
        identity_endpoint: settings.identity_endpoint.clone(),
        federated_token_file: settings.federated_token_file.clone(),
        kube,
    });
    let identities = Identities::new(identity, settings.global_credential.clone())
        .map_err(|e| format!("global credential: {e}"))?;
    let endpoint = Endpoint::parse(&settings.resource_manager_endpoint)
        .map_err(|e| format!("AZURE_RESOURCE_MANAGER_ENDPOINT: {e}"))?;
    let arm = ArmClient::new(
        http_client,
        ArmSettings {
            endpoint,
            registration_timeout: settings.timings.registration_timeout,
            registration_poll: settings.timings.registration_poll,
            user_agent: settings.user_agent(),
        },
        RateLimiter::new(Limits::default()),
        metrics,
    );
    Ok((arm, identities))
}

/// Starts the operator against the cluster of `kube`.
pub async fn start(settings: Settings, kube: kube::Client) -> Result<Operator, String> {
    let settings = Arc::new(settings);
    let metrics = Arc::new(Metrics::new());
    let ready = Arc::new(AtomicBool::new(false));
    let health = Arc::new(Health::default());
    let (shutdown, shutdown_rx) = watch::channel(false);
    let (stopped_tx, stopped) = watch::channel(false);
    let mut tasks = Vec::new();
    let endpoints = Endpoints {
        metrics: metrics.clone(),
        ready: ready.clone(),
        health: health.clone(),
    };
    let mut metrics_addr = None;
    if let Some(addr) = settings.metrics_addr {
        let (bound, task) = http::serve_metrics(
            addr,
            &settings,
            &kube,
            endpoints.clone(),
            shutdown_rx.clone(),
        )
        .await?;
        metrics_addr = Some(bound);
        tasks.push(task);
    }
    let mut health_addr = None;
    if let Some(addr) = settings.health_addr {
        let (bound, task) = http::serve(addr, endpoints, false, shutdown_rx.clone()).await?;
        health_addr = Some(bound);
        tasks.push(task);
    }

    let catalog = aso_catalog::catalog();
    if settings.manage_crds {
        // The generated kinds and the database User kinds (`crate::dbuser`).
        let installable: Vec<_> = catalog
            .iter()
            .copied()
            .chain(crate::dbuser::kinds::infos())
            .collect();
        let installed = crds::install(
            &kube,
            &installable,
            &settings.crd_pattern,
            &settings.pod_namespace,
        )
        .await?;
        tracing::info!(
            applied = installed.applied.len(),
            unchanged = installed.unchanged.len(),
            pattern = settings.crd_pattern.as_str(),
            "CRDs installed"
        );
    } else {
        tracing::info!("--crd-management=none: CRDs are left as they are");
    }
    let mut webhook_addr = None;
    if settings.operator_mode.runs_webhooks() {
        let webhook = crate::webhook::start(
            kube.clone(),
            &settings.pod_namespace,
            settings.webhook_addr,
            shutdown_rx.clone(),
        )
        .await
        .map_err(|e| format!("conversion webhook: {e}"))?;
        webhook_addr = Some(webhook.addr);
        tasks.extend(webhook.tasks);
    }
    if !settings.operator_mode.runs_watchers() {
        // AZURE_OPERATOR_MODE=webhooks: no controllers here (see settings::OperatorMode).
        ready.store(true, Ordering::Relaxed);
        tracing::info!("AZURE_OPERATOR_MODE is webhooks: no controllers run");
        return Ok(Operator {
            metrics_addr,
            health_addr,
            webhook_addr,
            health,
            metrics,
            ready,
            stopped,
            shutdown,
            _never_stopped: Some(stopped_tx),
            tasks,
            context: Arc::new(tokio::sync::OnceCell::new()),
        });
    }
    let present = crds::present(&kube).await?;
    let mut kinds = Kinds::new(
        aso_runtime::versions::by_crd(&catalog)
            .into_iter()
            .filter(|crd| present.contains(&crd.crd_name())),
    );
    kinds.extend(
        crate::dbuser::kinds::infos()
            .filter(|i| present.contains(&i.crd_name()))
            .map(|i| (i, crate::dbuser::kinds::api_resource(i))),
    );
    tracing::info!(
        kinds = kinds.len(),
        "serving the kinds whose CRDs are installed"
    );
    metrics.serving(
        kinds.iter().map(|k| k.info.kind),
        settings.max_concurrent_reconciles,
    );

    let (arm, identities) = azure(&settings, Some(kube.clone()), metrics.clone())?;
    if identities.global().is_none() {
        tracing::warn!(
            "no global credential (AZURE_SUBSCRIPTION_ID is not set): only resources in namespaces with their own credential can be reconciled"
        );
    }
    let events = kube::runtime::events::Recorder::new(
        kube.clone(),
        kube::runtime::events::Reporter {
            controller: "aso-operator".into(),
            instance: std::env::var("HOSTNAME").ok(),
        },
    );
    let signer = Signer::load_or_create(&kube, &settings.pod_namespace)
        .await
        .map_err(|e| format!("the key that signs the operator's own annotations: {e}"))?;
    let caches = kinds.iter().map(|_| ObjectCache::default()).collect();
    let ctx = Arc::new(Context {
        kube: kube.clone(),
        kinds,
        catalog,
        caches,
        arm,
        identities,
        settings: settings.clone(),
        metrics: metrics.clone(),
        index: Default::default(),
        queue: Default::default(),
        memory: Default::default(),
        events,
        signer,
    });

    let context = Arc::new(tokio::sync::OnceCell::new());
    let leading = {
        let settings = settings.clone();
        let kube = kube.clone();
        let ready = ready.clone();
        let context = context.clone();
        let health = health.clone();
        let mut shutdown_rx = shutdown_rx.clone();
        tokio::spawn(async move {
            let elector = settings.leader_election.then(|| {
                leader::Elector::new(
                    kube,
                    &settings.pod_namespace,
                    settings.timings.lease_duration,
                )
            });
            if let Some(elector) = &elector {
                // A standby is ready: it is healthy and only waits for the lease (ASO's
                // readiness is a ping too). Otherwise a Deployment of two replicas never
                // finishes rolling out, and `helm --wait` or Flux's `wait: true` never end.
                ready.store(true, Ordering::Relaxed);
                tokio::select! {
                    _ = elector.acquire() => {}
                    _ = shutdown_rx.changed() => return,
                }
                // Leading: ready again once the caches have synced.
                ready.store(false, Ordering::Relaxed);
            }
            let _ = context.set(ctx.clone());
            let running = controller::start(ctx.clone(), health);
            let publishing =
                cluster_info::run(ctx.kube.clone(), ctx.settings.target_namespaces.clone());
            let watch_ready = async {
                while !running.is_synced() {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                ready.store(true, Ordering::Relaxed);
                tracing::info!("caches synced; ready");
                std::future::pending::<()>().await;
            };
            let lost = async {
                match &elector {
                    Some(elector) => elector.hold().await,
                    None => std::future::pending::<()>().await,
                }
            };
            tokio::select! {
                _ = watch_ready => {}
                _ = publishing => {}
                _ = lost => {
                    tracing::error!("leadership lost; stopping");
                    let _ = stopped_tx.send(true);
                }
                _ = shutdown_rx.changed() => {}
            }
            ctx.queue.close();
            for task in running.tasks {
                task.abort();
            }
        })
    };
    tasks.push(leading);
    Ok(Operator {
        metrics_addr,
        health_addr,
        webhook_addr,
        metrics,
        ready,
        health,
        stopped,
        shutdown,
        _never_stopped: None,
        tasks,
        context,
    })
}

/// The `aso-operator` process: settings from the environment and arguments, JSON logs, a
/// two-thread runtime, the cluster of `KUBECONFIG` or the in-cluster service account; runs
/// until SIGTERM or Ctrl-C (or until leadership is lost).
pub fn process_main() -> ExitCode {
    let settings = match Settings::from_process() {
        Ok(s) => s,
        // --help and --version exit 0; an invalid setting exits 2 naming it.
        Err(exit) => return exit.report(),
    };
    // ring is the process's TLS provider (never aws-lc); clients that use the process default
    // (rather than the configuration the operator builds) get it too.
    let _ = rustls::crypto::ring::default_provider().install_default();
    tracing_subscriber::fmt()
        .json()
        .with_current_span(false)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(&settings.log_filter)),
        )
        .init();
    for warning in &settings.warnings {
        tracing::warn!("{warning}");
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("aso-operator: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(async {
        let kube = match kube::Client::try_default().await {
            Ok(c) => c,
            Err(e) => {
                tracing::error!(error = %e, "cannot reach the cluster (KUBECONFIG or in-cluster service account)");
                return ExitCode::FAILURE;
            }
        };
        let operator = match start(settings, kube).await {
            Ok(o) => o,
            Err(e) => {
                tracing::error!(error = %e, "start-up failed");
                return ExitCode::FAILURE;
            }
        };
        tracing::info!(metrics = ?operator.metrics_addr, health = ?operator.health_addr, "aso-operator started");
        let mut stopped = operator.stopped.clone();
        let code = tokio::select! {
            _ = shutdown_signal() => ExitCode::SUCCESS,
            _ = stopped.changed() => ExitCode::FAILURE,
        };
        operator.shutdown().await;
        code
    })
}

async fn shutdown_signal() {
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = async {
            match term.as_mut() {
                Some(t) => { t.recv().await; }
                None => std::future::pending::<()>().await,
            }
        } => {}
    }
}
