//! `aso-kubesim --listen 127.0.0.1:PORT --kubeconfig PATH [--tls]`: serves the simulator until
//! interrupted and writes a kubeconfig pointing at the actual address.

use clap::Parser;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Parser)]
#[command(
    name = "aso-kubesim",
    about = "A Kubernetes API server simulator for tests"
)]
struct Args {
    /// Address to listen on (port 0 picks a free port).
    #[arg(long, default_value = "127.0.0.1:0")]
    listen: SocketAddr,
    /// Where to write the kubeconfig.
    #[arg(long)]
    kubeconfig: PathBuf,
    /// Serve HTTPS with a generated CA (embedded in the kubeconfig).
    #[arg(long)]
    tls: bool,
    /// ServiceAccount token issuer (defaults to the server URL).
    #[arg(long)]
    issuer: Option<String>,
    /// How many changes watches can resume from.
    #[arg(long, default_value_t = 20_000)]
    history: usize,
    /// Seconds between watch bookmarks.
    #[arg(long, default_value_t = 5)]
    bookmark_seconds: u64,
    /// Reach a webhook Service at an address: `namespace/name:port=host:port` (repeatable;
    /// also `POST /_sim/services`). Without a route, webhooks behind Services cannot be called.
    #[arg(long = "service", value_parser = parse_route)]
    services: Vec<(String, SocketAddr)>,
}

fn parse_route(s: &str) -> Result<(String, SocketAddr), String> {
    let (service, addr) = s
        .split_once('=')
        .ok_or("expected namespace/name:port=host:port")?;
    if !service.contains('/') || !service.contains(':') {
        return Err(format!("{service}: expected namespace/name:port"));
    }
    let addr = addr.parse().map_err(|e| format!("{addr}: {e}"))?;
    Ok((service.to_string(), addr))
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let args = Args::parse();
    let opts = aso_kubesim::Options {
        listen: args.listen,
        tls: args.tls,
        tls_names: Vec::new(),
        kubeconfig: Some(args.kubeconfig.clone()),
        config: aso_kubesim::Config {
            history: args.history,
            bookmark_interval: Duration::from_secs(args.bookmark_seconds.max(1)),
            issuer: args.issuer,
            services: args.services.into_iter().collect(),
        },
    };
    let sim = aso_kubesim::KubeSim::start_with(opts).await?;
    println!(
        "aso-kubesim listening on {} (kubeconfig: {})",
        sim.url,
        sim.kubeconfig_path().display()
    );
    tokio::signal::ctrl_c().await?;
    Ok(())
}
