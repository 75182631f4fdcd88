//! `asoctl`: the command line companion of the operator.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use aso_ctl::output::{self, Destination};
use aso_ctl::{clean, export, import, manifest, plan, signin};

#[derive(Parser)]
#[command(
    name = "asoctl",
    version,
    about = "Plan, import and try Azure resources managed from Kubernetes"
)]
struct Cli {
    /// Print more: how Azure was signed in to, every file written.
    #[arg(long, global = true, conflicts_with = "quiet")]
    verbose: bool,
    /// Print only errors and warnings (and the output itself).
    #[arg(long, global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

/// How much goes to standard error besides errors and warnings.
#[derive(Clone, Copy)]
struct Log {
    verbose: bool,
    quiet: bool,
}

impl Log {
    fn info(self, message: impl std::fmt::Display) {
        if !self.quiet {
            eprintln!("{message}");
        }
    }

    fn detail(self, message: impl std::fmt::Display) {
        if self.verbose {
            eprintln!("{message}");
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Show the ARM requests the operator would send for some manifests.
    Plan(PlanArgs),
    /// Write manifests that reproduce existing Azure resources.
    #[command(subcommand)]
    Import(ImportCommand),
    /// Export the operator's installation YAML.
    #[command(subcommand)]
    Export(ExportCommand),
    /// Migrate what the cluster stores, before an upgrade drops a version.
    #[command(subcommand)]
    Clean(CleanCommand),
    /// Print the version of asoctl (and of the operator it installs).
    Version,
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
    /// Import resources by ARM ID, with the children this build has kinds for. Signs in with the
    /// environment's credential (the operator's AZURE_SUBSCRIPTION_ID, AZURE_TENANT_ID,
    /// AZURE_CLIENT_ID with AZURE_CLIENT_SECRET or a certificate, AZURE_RESOURCE_MANAGER_ENDPOINT,
    /// ...), otherwise with the Azure CLI's login (`az login`).
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
    /// Write all manifests to this one file (replaced whole) instead of standard output.
    #[arg(short = 'o', long = "output", conflicts_with = "output_folder")]
    output: Option<PathBuf>,
    /// Write one file per resource (<kind>-<name>.yaml) into this folder.
    #[arg(short = 'f', long = "output-folder")]
    output_folder: Option<PathBuf>,
    /// Add a label (key=value) to every imported resource; repeatable or comma-separated.
    #[arg(short = 'l', long = "label", value_delimiter = ',')]
    labels: Vec<String>,
    /// Add an annotation (key=value) to every imported resource; repeatable or comma-separated.
    #[arg(short = 'a', long = "annotation", value_delimiter = ',')]
    annotations: Vec<String>,
}

#[derive(Subcommand)]
enum ExportCommand {
    /// The operator's installation YAML (no CRDs: the operator installs those its --crd-pattern
    /// selects), for `kubectl apply -f -`.
    Template(TemplateArgs),
}

#[derive(clap::Args)]
struct TemplateArgs {
    /// A file or https URL holding a release's installation YAML.
    #[arg(short = 's', long, conflicts_with = "version")]
    source: Option<String>,
    /// The release whose template to export (this asoctl holds its own version's).
    #[arg(short = 'v', long)]
    version: Option<String>,
    /// The CRDs the operator installs: `group/Kind` patterns with `*`, separated by `;`
    /// (`resources.azure.com/*;storage.azure.com/*`).
    #[arg(
        short = 'p',
        long,
        conflicts_with = "raw",
        required_unless_present = "raw"
    )]
    crd_pattern: Option<String>,
    /// Export the template unchanged.
    #[arg(long)]
    raw: bool,
    /// Write to this file (replaced whole) instead of standard output.
    #[arg(short = 'o', long)]
    output: Option<PathBuf>,
}

#[derive(Subcommand)]
enum CleanCommand {
    /// For each of our CRDs, rewrite every stored object at the CRD's storage version, then
    /// remove the other versions from status.storedVersions (so ASO's versions can be dropped).
    /// Safe to interrupt and to run again. Uses the cluster of KUBECONFIG.
    Crds(CleanArgs),
}

#[derive(clap::Args)]
struct CleanArgs {
    /// Report what would be rewritten and pruned, and change nothing.
    #[arg(long)]
    dry_run: bool,
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
    /// Then onboard a team with docs/gitops/onboarding/team-a (identity, federated credential,
    /// resource groups, role assignment, namespace credential) and create a resource as the team.
    #[arg(long)]
    onboarding: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let log = Log {
        verbose: cli.verbose,
        quiet: cli.quiet,
    };
    match cli.command {
        Command::Plan(args) if args.offline => run_plan(args),
        Command::Plan(args) => block_on(run_online_plan(args)),
        Command::Import(ImportCommand::AzureResource(args)) => {
            block_on(finish(import_resources(args, log)))
        }
        Command::Export(ExportCommand::Template(args)) => {
            block_on(finish(export_template(args, log)))
        }
        Command::Clean(CleanCommand::Crds(args)) => block_on(finish(clean_crds(args, log))),
        Command::Version => {
            println!("asoctl version: {}", export::version());
            println!(
                "kinds: {} (API versions of {} CRDs)",
                aso_catalog::catalog().len(),
                aso_runtime::versions::newest(&aso_catalog::catalog()).len()
            );
            ExitCode::SUCCESS
        }
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

/// Azure, signed in as `asoctl` signs in (the environment's credential, else the Azure CLI).
fn azure_reader() -> Result<(import::AzureReader, String), String> {
    let env: BTreeMap<String, String> = std::env::vars().collect();
    let azure = signin::sign_in(&env)?;
    let subscription = azure.subscription.clone();
    Ok((azure.into(), subscription))
}

/// A command's outcome as an exit code, its error on standard error.
async fn finish(outcome: impl std::future::Future<Output = Result<(), String>>) -> ExitCode {
    match outcome.await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Where `-o FILE` / `-f FOLDER` send output.
fn destination(file: Option<PathBuf>, folder: Option<PathBuf>) -> Destination {
    match (file, folder) {
        (Some(file), _) => Destination::File(file),
        (None, Some(folder)) => Destination::Folder(folder),
        (None, None) => Destination::Stdout,
    }
}

async fn import_resources(args: ImportArgs, log: Log) -> Result<(), String> {
    // Flags are checked before anything is read from Azure.
    let extra = import::metadata::Extra::parse(&args.labels, &args.annotations)?;
    let destination = destination(args.output, args.output_folder);
    let env: BTreeMap<String, String> = std::env::vars().collect();
    let azure = signin::sign_in(&env)?;
    log.detail(format!(
        "signed in with {} (subscription {})",
        azure.how, azure.subscription
    ));
    let reader: import::AzureReader = azure.into();
    let catalog = aso_catalog::catalog();
    let mut imported = import::import(&reader, &catalog, &args.ids, &args.namespace).await?;
    for skipped in &imported.skipped {
        log.info(format!("skipped: {skipped}"));
    }
    for note in &imported.notes {
        eprintln!("note: {note}");
    }
    extra.apply(&mut imported.manifests);
    let documents = import::metadata::documents(&imported.manifests)?;
    let written = output::write(&destination, &documents)?;
    for path in &written {
        log.detail(format!("wrote {}", path.display()));
    }
    if !written.is_empty() {
        log.info(format!(
            "imported {} resources into {}",
            documents.len(),
            match &destination {
                Destination::Folder(folder) => folder.display().to_string(),
                _ => written[0].display().to_string(),
            }
        ));
    }
    Ok(())
}

async fn export_template(args: TemplateArgs, log: Log) -> Result<(), String> {
    let source = export::Source::choose(args.source.as_deref(), args.version.as_deref())?;
    let pattern = match &args.crd_pattern {
        Some(p) => Some(aso_operator::crds::CrdPattern::parse(p)?),
        None => None,
    };
    let template = source.read().await?;
    let rendered = export::render(&template, pattern.as_ref())?;
    match args.output {
        None => print!("{rendered}"),
        Some(path) => {
            output::write_file(&path, &rendered)?;
            log.info(format!("wrote {}", path.display()));
        }
    }
    Ok(())
}

async fn clean_crds(args: CleanArgs, log: Log) -> Result<(), String> {
    let kube = kube::Client::try_default()
        .await
        .map_err(|e| format!("connecting to the cluster (KUBECONFIG): {e}"))?;
    let mut progress: Box<dyn std::io::Write> = if log.quiet {
        Box::new(std::io::sink())
    } else {
        Box::new(std::io::stdout())
    };
    clean::crds(&kube, args.dry_run, &mut progress).await?;
    Ok(())
}

#[cfg(feature = "playground")]
async fn run_playground(args: PlaygroundArgs) -> ExitCode {
    let options = aso_ctl::playground::Options {
        dir: args.dir,
        exit_when_ready: args.exit_when_ready,
        timeout: std::time::Duration::from_secs(args.timeout),
        onboarding: args.onboarding,
    };
    match aso_ctl::playground::run(options, &mut std::io::stdout()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
