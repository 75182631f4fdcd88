//! `asoctl`: the command line companion of the operator.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use aso_operator::{manifest, plan};

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
}

#[derive(clap::Args)]
struct PlanArgs {
    /// Manifest files or folders (multi-document YAML; folders are read recursively).
    #[arg(short = 'f', long = "filename", required = true)]
    files: Vec<PathBuf>,
    /// Plan without a cluster or Azure, from the manifests alone.
    #[arg(long)]
    offline: bool,
    /// The subscription resources are created in.
    #[arg(long, default_value = "00000000-0000-0000-0000-000000000000")]
    subscription: String,
    /// Output format.
    #[arg(short = 'o', long = "output", value_enum, default_value = "json")]
    output: Output,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Output {
    Json,
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Plan(args) => run_plan(args),
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
    let catalog = aso_generated::catalog();
    let plan = plan::offline::plan(&manifests, &catalog, &args.subscription);
    for warning in &plan.warnings {
        eprintln!("warning: {warning}");
    }
    for error in &plan.errors {
        eprintln!("error: {error}");
    }
    match args.output {
        Output::Json => match serde_json::to_string_pretty(&plan.requests) {
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
