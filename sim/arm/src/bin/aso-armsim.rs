//! `aso-armsim`: the ARM and Entra ID simulator as a process.
//!
//! Prints the address it listens on (`listening on https://127.0.0.1:PORT`) and serves until
//! interrupted.

use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::Context;
use clap::Parser;

#[derive(Debug, Parser)]
#[command(
    name = "aso-armsim",
    about = "Azure Resource Manager and Entra ID simulator"
)]
struct Args {
    /// Address to listen on (port 0 picks a free port).
    #[arg(long, default_value = "127.0.0.1:0")]
    listen: SocketAddr,
    /// Write the generated CA certificate (PEM) here, for clients to trust.
    #[arg(long)]
    tls_ca_out: Option<PathBuf>,
    /// Configuration file (YAML); see README.md.
    #[arg(long)]
    config: Option<PathBuf>,
    /// Serve plain HTTP instead of HTTPS.
    #[arg(long)]
    http: bool,
    /// Extra names for the server certificate.
    #[arg(long = "host")]
    hosts: Vec<String>,
    /// Answer ARM requests from this go-vcr cassette.
    #[arg(long)]
    replay: Option<PathBuf>,
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
    let config = match &args.config {
        Some(path) => aso_armsim::Config::load(path)?,
        None => aso_armsim::Config::default(),
    };
    let mut builder = aso_armsim::ArmSim::builder()
        .kinds(aso_catalog::catalog())
        .config(config)
        .listen(args.listen);
    if args.http {
        builder = builder.http();
    }
    for h in &args.hosts {
        builder = builder.host(h.clone());
    }
    let sim = builder.start().await?;
    if let Some(path) = &args.replay {
        sim.replay(aso_armsim::Cassette::load(path)?);
    }
    if let (Some(path), Some(pem)) = (&args.tls_ca_out, sim.ca_pem()) {
        std::fs::write(path, pem)
            .with_context(|| format!("writing the CA certificate to {}", path.display()))?;
    }
    println!("listening on {}", sim.base_url());
    tokio::signal::ctrl_c()
        .await
        .context("waiting for Ctrl-C")?;
    sim.shutdown().await;
    Ok(())
}
