//! `aso-operator`: makes Azure match the Azure resources in a Kubernetes cluster. Configured like
//! ASO (environment variables and flags, see `settings`); talks to the cluster of `KUBECONFIG`
//! or the in-cluster service account.

use std::process::ExitCode;

use aso_operator::{run, settings::Settings};

fn main() -> ExitCode {
    let settings = match Settings::from_process() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("aso-operator: invalid configuration: {e}");
            return ExitCode::from(2);
        }
    };
    // ring is the process's TLS provider (never aws-lc); clients that use the process default
    // (rather than the configuration the operator builds) get it too.
    let _ = rustls::crypto::ring::default_provider().install_default();
    tracing_subscriber::fmt()
        .json()
        .with_current_span(false)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .init();
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
        let operator = match run::start(settings, kube).await {
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
