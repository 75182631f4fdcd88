//! `cargo xtask bench <what>`: speed and memory figures against the budgets. Measurements run
//! in release builds; each benchmark prints its figures and the budget beside them.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, bail};

use crate::cargo;

#[derive(clap::Args)]
pub struct Args {
    /// What to measure: codegen, kubesim, armsim, operator, versus-aso.
    what: String,
    /// Measure in this process (used by `bench codegen` once rebuilt in release).
    #[arg(long, hide = true)]
    in_process: bool,
    /// The azure-rest-api-specs checkout (as for `generate`).
    #[arg(long)]
    specs: Option<std::path::PathBuf>,
    /// versus-aso: ASO's controller (default: unpacked from ../shared/aso-controller).
    #[arg(long)]
    aso_bin: Option<std::path::PathBuf>,
    /// versus-aso: workload sizes N (resource groups, each with four more resources).
    #[arg(long, value_delimiter = ',', default_values_t = [100, 1000, 5000])]
    sizes: Vec<usize>,
    /// versus-aso: the profiles (sync periods both operators get), each a report of its own:
    /// recommended (15m, ASO's documented minimum) and aggressive (30s).
    #[arg(long, value_delimiter = ',', default_values_t = ["recommended".to_string(), "aggressive".to_string()])]
    profiles: Vec<String>,
    /// versus-aso: the operators run, in this order: ours, aso.
    #[arg(long, value_delimiter = ',', default_values_t = ["ours".to_string(), "aso".to_string()])]
    operators: Vec<String>,
    /// versus-aso: earlier runs' JSON files whose outcomes for the operators not run now are
    /// reported beside this run's (the output says so); with `--operators none`, only merged.
    #[arg(long, value_delimiter = ',')]
    merge: Vec<std::path::PathBuf>,
    /// versus-aso: our operator's executable, when not the one built from this tree (an
    /// earlier commit's, to measure a change).
    #[arg(long)]
    operator_bin: Option<std::path::PathBuf>,
    /// versus-aso: concurrent reconciles per kind (ASO's MAX_CONCURRENT_RECONCILES).
    #[arg(long, default_value_t = 4)]
    concurrency: usize,
    /// versus-aso: our operator and the simulators in debug builds (not what users run).
    #[arg(long)]
    debug_build: bool,
    /// versus-aso: where the JSON and SVG go (extensions replaced).
    #[arg(long, default_value = "target/versus-aso")]
    out: std::path::PathBuf,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let root = crate::repo_root();
    match args.what.as_str() {
        "codegen" if args.in_process => codegen_in_process(&root, args.specs),
        "codegen" => codegen(&root, args.specs),
        "kubesim" => cargo(
            &root,
            &[
                "run",
                "--release",
                "-p",
                "aso-kubesim",
                "--example",
                "kubesim_bench",
            ],
        ),
        "armsim" => cargo(
            &root,
            &[
                "run",
                "--release",
                "-p",
                "aso-armsim",
                "--example",
                "armsim_bench",
            ],
        ),
        "operator" => cargo(
            &root,
            &[
                "run",
                "--release",
                "-p",
                "aso-e2e",
                "--example",
                "bench_operator",
            ],
        ),
        "versus-aso" => {
            let out = if args.out.is_absolute() {
                args.out
            } else {
                root.join(args.out)
            };
            let profiles = args
                .profiles
                .iter()
                .map(|p| crate::versus::Profile::named(p))
                .collect::<anyhow::Result<Vec<_>>>()?;
            let settings = crate::versus::Settings {
                sizes: args.sizes,
                profile: profiles.first().copied().context("no profile given")?,
                contenders: args
                    .operators
                    .iter()
                    .filter(|o| o.as_str() != "none")
                    .map(|o| crate::versus::Contender::named(o))
                    .collect::<anyhow::Result<Vec<_>>>()?,
                concurrency_per_kind: args.concurrency.max(1),
                arm_latency: std::time::Duration::from_secs(2),
                limit: std::time::Duration::from_secs(600),
                debug_build: args.debug_build,
            };
            let plan = crate::versus::Plan {
                profiles,
                aso_bin: args.aso_bin,
                operator_bin: args.operator_bin,
                out,
                merge: args.merge,
            };
            crate::versus::run(settings, plan)
        }
        other => {
            bail!(
                "unknown benchmark {other:?}: expected codegen, kubesim, armsim, operator or versus-aso"
            )
        }
    }
}

/// Rebuilds xtask in release to time generation there, then times cold debug builds of the
/// generated crates.
fn codegen(root: &Path, specs: Option<std::path::PathBuf>) -> anyhow::Result<()> {
    let specs = crate::generate::specs_dir(specs, root)?;
    let specs = specs.to_str().context("specs path is not UTF-8")?;
    cargo(
        root,
        &[
            "run",
            "--quiet",
            "--release",
            "-p",
            "xtask",
            "--",
            "bench",
            "codegen",
            "--in-process",
            "--specs",
            specs,
        ],
    )?;

    // The generated crates alone, their dependencies already built.
    let target = root.join("target/bench-codegen");
    let build = |package: &str, label: &str| -> anyhow::Result<()> {
        let started = Instant::now();
        let status = Command::new(env!("CARGO"))
            .args(["build", "--quiet", "-p", package, "--features", "all"])
            .env("CARGO_TARGET_DIR", &target)
            .current_dir(root)
            .status()?;
        if !status.success() {
            bail!("building {package} failed");
        }
        println!(
            "debug build of {package} (all features), {label}: {:.1?}",
            started.elapsed()
        );
        Ok(())
    };
    let _ = std::fs::remove_dir_all(&target);
    build("aso-catalog", "cold, dependencies included")?;
    build("aso-api", "the catalog built")?;
    for (package, lib) in [
        ("aso-catalog", "generated/catalog/src/lib.rs"),
        ("aso-api", "generated/api/src/lib.rs"),
    ] {
        let touched = root.join(lib);
        let text = std::fs::read_to_string(&touched)?;
        std::fs::write(&touched, &text)?;
        build(package, "the crate alone, dependencies built")?;
    }
    let _ = std::fs::remove_dir_all(&target);
    Ok(())
}

/// The largest CRD's budget as compact JSON (etcd holds at most 1.5 MiB per object).
const CRD_BUDGET: usize = 512 * 1024;
/// Group-version-kinds once every ASO group is in (`targets.yaml`'s 303, and a few to come).
const ASO_GVKS: usize = 306;
/// The budget for the whole CRD bundle as YAML (ASO's is 17.9 MB).
const BUNDLE_BUDGET_MB: usize = 6;

fn codegen_in_process(root: &Path, specs: Option<std::path::PathBuf>) -> anyhow::Result<()> {
    let specs = crate::generate::specs_dir(specs, root)?;
    let started = Instant::now();
    let output = aso_codegen::generate::render(&specs, &root.join("specs"))
        .map_err(|e| anyhow::anyhow!(e.join("\n")))?;
    let elapsed = started.elapsed();
    let mut crds: Vec<(usize, String)> = output
        .crds
        .iter()
        .map(|(name, crd)| (serde_json_len(crd), name.clone()))
        .collect();
    crds.sort();
    let bundle_yaml: usize = output
        .files
        .iter()
        .filter(|(p, _)| p.starts_with("crds"))
        .map(|(_, t)| t.len())
        .sum();
    let bundle_json: usize = crds.iter().map(|(s, _)| s).sum();
    let gvks = output.kinds.len();
    println!(
        "full generation: {} CRDs, {gvks} group-version-kinds, {} files in {:.2?} (budget 5 s)",
        output.crds.len(),
        output.files.len(),
        elapsed
    );
    println!("peak memory: {}", peak_memory());
    println!(
        "CRD bundle: {:.2} MiB YAML, {:.2} MiB compact JSON",
        mib(bundle_yaml),
        mib(bundle_json)
    );
    let per_gvk = bundle_yaml as f64 / gvks.max(1) as f64;
    println!(
        "  projected for ASO's {ASO_GVKS} group-version-kinds: {:.1} KiB YAML per GVK x {ASO_GVKS} = {:.2} MB (budget {} MB)",
        per_gvk / 1024.0,
        per_gvk * ASO_GVKS as f64 / 1e6,
        BUNDLE_BUDGET_MB
    );
    println!(
        "largest CRDs (compact JSON; budget {} KiB each):",
        CRD_BUDGET / 1024
    );
    for (size, name) in crds.iter().rev().take(5) {
        println!("  {name}: {:.1} KiB", *size as f64 / 1024.0);
    }
    println!("every CRD (compact JSON bytes):");
    for (size, name) in &crds {
        println!("  {size:>8} {name}");
    }
    Ok(())
}

fn serde_json_len(value: &serde_json::Value) -> usize {
    serde_json::to_vec(value).map(|v| v.len()).unwrap_or(0)
}

fn mib(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

/// The process's peak resident memory, from /proc (Linux).
pub fn peak_memory() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l["VmHWM:".len()..].trim().to_string())
        })
        .unwrap_or_else(|| "unknown (no /proc/self/status)".into())
}
