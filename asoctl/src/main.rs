//! `asoctl`: the command line companion of the operator.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::{Parser, Subcommand};

use aso_ctl::{import, manifest, plan};

#[derive(Parser)]
#[command(
    name = "asoctl",
    version,
    about = "Plan, import and try Azure resources managed from Kubernetes"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Show the ARM requests the operator would send for some manifests.
    Plan(PlanArgs),
    /// Write manifests that reproduce existing Azure resources.
    #[command(subcommand)]
    Import(ImportCommand),
    /// Run a Kubernetes API server, Azure and the operator on this machine, with a quickstart.
    #[cfg(feature = "playground")]
    Playground(PlaygroundArgs),
}

#[derive(clap::Args)]
struct PlanArgs {
    /// Manifest files or folders (multi-document YAML; folders are read recursively).
    #[arg(short = 'f', long = "filename", required = true)]
    files: Vec<PathBuf>,
    /// Plan without a cluster or Azure, from the manifests alone. Otherwise the cluster of
    /// KUBECONFIG and Azure (with the operator's AZURE_* settings) are read, and each resource is
    /// reported as create, update (with the differences) or no-change.
    #[arg(long)]
    offline: bool,
    /// The subscription resources are created in (offline; online it is the credential's).
    #[arg(long, default_value = "00000000-0000-0000-0000-000000000000")]
    subscription: String,
    /// Output format.
    #[arg(short = 'o', long = "output", value_enum, default_value = "json")]
    output: Output,
    /// Print the values read from Secrets in the planned bodies. Without it they are shown as
    /// `$(secret:NAME/KEY)`.
    #[arg(long)]
    show_secrets: bool,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Output {
    Json,
}

#[derive(Subcommand)]
enum ImportCommand {
    /// Import resources by ARM ID, with the children this build has kinds for. Azure is reached
    /// with the operator's settings (AZURE_SUBSCRIPTION_ID, AZURE_TENANT_ID, AZURE_CLIENT_ID,
    /// AZURE_CLIENT_SECRET, AZURE_RESOURCE_MANAGER_ENDPOINT, ...).
    AzureResource(ImportArgs),
}

#[derive(clap::Args)]
struct ImportArgs {
    /// ARM IDs of the resources to import.
    #[arg(required = true)]
    ids: Vec<String>,
    /// The namespace the manifests are for.
    #[arg(short = 'n', long, default_value = "default")]
    namespace: String,
    /// Write one file per resource into this folder instead of all to standard output.
    #[arg(short = 'o', long = "output-folder")]
    output_folder: Option<PathBuf>,
}

#[cfg(feature = "playground")]
#[derive(clap::Args)]
struct PlaygroundArgs {
    /// Keep the kubeconfig and the ARM simulator's CA in this folder (default: a temporary one).
    #[arg(long)]
    dir: Option<PathBuf>,
    /// Stop once the quickstart is Ready (for scripts) instead of serving until Ctrl-C.
    #[arg(long)]
    exit_when_ready: bool,
    /// Seconds the quickstart may take to become Ready.
    #[arg(long, default_value_t = 120)]
    timeout: u64,
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Plan(args) if args.offline => run_plan(args),
        Command::Plan(args) => block_on(run_online_plan(args)),
        Command::Import(ImportCommand::AzureResource(args)) => block_on(run_import(args)),
        #[cfg(feature = "playground")]
        Command::Playground(args) => block_on(run_playground(args)),
    }
}

fn block_on(future: impl std::future::Future<Output = ExitCode>) -> ExitCode {
    match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime.block_on(future),
        Err(e) => {
            eprintln!("error: starting the async runtime: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run_plan(args: PlanArgs) -> ExitCode {
    if !args.offline {
        eprintln!(
            "error: planning against a cluster and Azure is not available yet; use --offline"
        );
        return ExitCode::from(2);
    }
    let manifests = match manifest::read_all(&args.files) {
        Ok(manifests) => manifests,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let catalog = aso_catalog::catalog();
    let plan = plan::offline::plan(&manifests, &catalog, &args.subscription);
    report(&plan);
    let mut requests = serde_json::to_value(&plan.requests).unwrap_or_default();
    if !args.show_secrets {
        plan.redact(&mut requests);
    }
    match args.output {
        Output::Json => match serde_json::to_string_pretty(&requests) {
            Ok(json) => println!("{json}"),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        },
    }
    if plan.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

async fn run_online_plan(args: PlanArgs) -> ExitCode {
    match online_plan(args).await {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Plans against the cluster and Azure; `Ok(false)` when some manifests could not be planned.
async fn online_plan(args: PlanArgs) -> Result<bool, String> {
    let manifests = manifest::read_all(&args.files)?;
    let kube = kube::Client::try_default()
        .await
        .map_err(|e| format!("connecting to the cluster (KUBECONFIG): {e}"))?;
    let (reader, subscription) = azure_reader()?;
    let catalog = aso_catalog::catalog();
    let (changes, plan) =
        plan::online::plan(&manifests, &catalog, &kube, &reader, &subscription).await?;
    report(&plan);
    let mut changes = serde_json::to_value(&changes).map_err(|e| e.to_string())?;
    if !args.show_secrets {
        plan.redact(&mut changes);
    }
    match args.output {
        Output::Json => println!(
            "{}",
            serde_json::to_string_pretty(&changes).map_err(|e| e.to_string())?
        ),
    }
    Ok(plan.errors.is_empty())
}

/// What was skipped, assumed or wrong, on standard error (the plan itself goes to standard
/// output). Secret values never reach these messages: they name Secrets, not their contents.
fn report(plan: &plan::Plan) {
    for skipped in &plan.skipped {
        eprintln!("skipped: {skipped}");
    }
    for warning in &plan.warnings {
        eprintln!("warning: {}", plan.redact_text(warning));
    }
    for error in &plan.errors {
        eprintln!("error: {}", plan.redact_text(&error.to_string()));
    }
}

/// Azure, as the operator reaches it: its AZURE_* settings and global credential.
fn azure_reader() -> Result<(import::AzureReader, String), String> {
    let env: BTreeMap<String, String> = std::env::vars().collect();
    let settings = aso_operator::settings::Settings::parse(&env, &["asoctl".to_string()])?;
    let metrics = Arc::new(aso_operator::metrics::Metrics::default());
    let (arm, identities) = aso_operator::run::azure(&settings, None, metrics)?;
    let credential = identities.global().cloned().ok_or(
        "no Azure credential: set AZURE_SUBSCRIPTION_ID, AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (or a certificate), as for the operator",
    )?;
    let subscription = credential.subscription.clone();
    Ok((import::AzureReader { arm, credential }, subscription))
}

async fn run_import(args: ImportArgs) -> ExitCode {
    match import_resources(args).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn import_resources(args: ImportArgs) -> Result<(), String> {
    let (reader, _) = azure_reader()?;
    let catalog = aso_catalog::catalog();
    let imported = import::import(&reader, &catalog, &args.ids, &args.namespace).await?;
    for skipped in &imported.skipped {
        eprintln!("skipped: {skipped}");
    }
    for note in &imported.notes {
        eprintln!("note: {note}");
    }
    match &args.output_folder {
        None => {
            let documents: Result<Vec<String>, String> = imported
                .manifests
                .iter()
                .map(|m| serde_saphyr::to_string(m).map_err(|e| e.to_string()))
                .collect();
            print!("{}", documents?.join("---\n"));
        }
        Some(folder) => {
            std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
            for manifest in &imported.manifests {
                let kind = manifest["kind"]
                    .as_str()
                    .unwrap_or("resource")
                    .to_ascii_lowercase();
                let name = manifest["metadata"]["name"].as_str().unwrap_or("unnamed");
                let path = folder.join(format!("{kind}-{name}.yaml"));
                let text = serde_saphyr::to_string(manifest).map_err(|e| e.to_string())?;
                std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
            }
            eprintln!(
                "wrote {} manifests to {}",
                imported.manifests.len(),
                folder.display()
            );
        }
    }
    Ok(())
}

#[cfg(feature = "playground")]
async fn run_playground(args: PlaygroundArgs) -> ExitCode {
    let options = aso_ctl::playground::Options {
        dir: args.dir,
        exit_when_ready: args.exit_when_ready,
        timeout: Duration::from_secs(args.timeout),
    };
    match aso_ctl::playground::run(options, &mut std::io::stdout()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
