//! `cargo xtask bench versus-aso [--aso-bin PATH] [--sizes 100,1000] [--profiles
//! recommended,aggressive] [--operators ours,aso|none] [--merge A.json,B.json] [--operator-bin
//! PATH]`: our operator and ASO's own
//! controller (v2.8), each in turn on fresh simulators (as processes, built in release) with the
//! same settings and the same workload, measured from outside: the simulators count what each
//! operator asks of ARM and Kubernetes, `/proc` gives each operator's memory and CPU. Each
//! profile (sync period) is a report of its own: `<out>-<profile>.json` and `.svg`.
//!
//! One concern per module: `settings` (what both get, the profiles), `processes` (starting and measuring
//! processes), `sims` (the two simulators and their counters), `contenders` (how each operator
//! is installed and started), `workload` (the objects), `scenario` (the phases), `report` (table,
//! ratios, JSON) and `chart` (the SVG).

mod chart;
mod contenders;
mod processes;
mod report;
mod scenario;
mod settings;
mod sims;
mod workload;

use std::path::PathBuf;

use anyhow::Context;

pub use settings::Settings;

pub use contenders::Contender;

/// What to run beyond the settings of one profile.
pub struct Plan {
    pub profiles: Vec<settings::Profile>,
    pub aso_bin: Option<PathBuf>,
    /// `<out>-<profile>.json` and `.svg` are written.
    pub out: PathBuf,
    /// Earlier runs' JSON (each of one profile): their outcomes for the operators not run now
    /// are reported beside this run's (said so in the output).
    pub merge: Vec<PathBuf>,
    /// Our operator's executable instead of the one built here.
    pub operator_bin: Option<PathBuf>,
}

pub use settings::Profile;

/// Runs the benchmark, a report per profile.
pub fn run(template: Settings, plan: Plan) -> anyhow::Result<()> {
    let root = crate::repo_root();
    // Release builds are what users run; `--debug-build` only where a release build is not
    // affordable (the figures then say so).
    let mut build = vec![
        "build",
        "-p",
        "aso-kubesim",
        "-p",
        "aso-armsim",
        "-p",
        "aso-operator",
        "--bins",
    ];
    if !template.debug_build {
        build.push("--release");
    }
    // Only merging earlier runs (`--operators none`) runs nothing, so builds nothing.
    if !template.contenders.is_empty() {
        crate::cargo(&root, &build)?;
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    let build_profile = if template.debug_build {
        "debug"
    } else {
        "release"
    };
    let bin_dir = if target.is_absolute() {
        target.join(build_profile)
    } else {
        root.join(target).join(build_profile)
    };
    let work = tempfile::tempdir().context("a temporary directory")?;
    let shared = aso_versus::aso::shared_dir(&root);
    let aso_bin = match plan.aso_bin {
        Some(path) => path,
        None => {
            let shared = shared.as_deref().context(
                "ASO's controller is not in ../shared/aso-controller (aso-controller.gz); pass --aso-bin",
            )?;
            aso_versus::aso::unpack(&shared.join("aso-controller.gz"), work.path())?
        }
    };
    let aso_crds = shared.context("ASO's CRDs are read from ../shared/aso-controller/crds")?;
    let bins = processes::Binaries {
        kubesim: bin_dir.join("aso-kubesim"),
        armsim: bin_dir.join("aso-armsim"),
        operator: plan
            .operator_bin
            .unwrap_or_else(|| bin_dir.join("aso-operator")),
        aso: aso_bin,
        aso_shared: aso_crds,
    };
    let _ = rustls::crypto::ring::default_provider().install_default();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let earlier = plan
        .merge
        .iter()
        .map(|path| earlier_run(path))
        .collect::<anyhow::Result<Vec<_>>>()?;
    for profile in plan.profiles {
        let settings = Settings {
            profile,
            ..template.clone()
        };
        let mut results = runtime.block_on(run_profile(&settings, &bins, work.path()))?;
        let mut notes = Vec::new();
        for (path, json) in earlier.iter().filter(|(_, j)| j["profile"] == profile.name) {
            let kept = merged(json, &settings.contenders, &results)?;
            if kept.is_empty() {
                continue;
            }
            notes.push(format!(
                "{} from {} (load average {}; {})",
                kept.iter()
                    .map(|o| format!("{} at N={}", o.operator, o.n))
                    .collect::<Vec<_>>()
                    .join(", "),
                path.display(),
                json["machine"]["load_average"].as_str().unwrap_or_default(),
                json["settings"].as_str().unwrap_or_default(),
            ));
            results.extend(kept);
        }
        let note = (!notes.is_empty()).then(|| notes.join("; "));
        let report = report::Report::new(&settings, results, note);
        report.print();
        let name = format!(
            "{}-{}",
            plan.out
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("versus-aso"),
            profile.name
        );
        let json = plan.out.with_file_name(format!("{name}.json"));
        std::fs::write(&json, serde_json::to_string_pretty(&report.json())?)
            .with_context(|| format!("writing {}", json.display()))?;
        let svg = plan.out.with_file_name(format!("{name}.svg"));
        chart::draw(&report, &svg)?;
        println!("wrote {} and {}", json.display(), svg.display());
    }
    if std::env::var_os("VERSUS_KEEP").is_some() {
        // `VERSUS_KEEP=1`: the operators' logs and the simulators' files, for reading after the
        // run (`VERSUS_RUST_LOG=info` makes ours log every decision).
        println!("kept {}", work.keep().display());
    }
    Ok(())
}

/// Each operator at each size in turn; an operator that does not finish a size skips the
/// larger ones.
async fn run_profile(
    settings: &Settings,
    bins: &processes::Binaries,
    work: &std::path::Path,
) -> anyhow::Result<Vec<scenario::Outcome>> {
    println!("{}", settings.describe());
    let mut results = Vec::new();
    for &contender in &settings.contenders {
        for &n in &settings.sizes {
            let dir = work.join(format!(
                "{}-{}-{n}",
                settings.profile.name,
                contender.slug()
            ));
            std::fs::create_dir_all(&dir)?;
            println!(
                "== {} at N={n}, profile {}",
                contender.name(),
                settings.profile.name
            );
            let outcome = scenario::run(contender, n, settings, bins, &dir).await;
            let finished = outcome.finished();
            results.push(outcome);
            if !finished {
                println!(
                    "   {} did not finish N={n} within the limit; larger sizes skipped",
                    contender.name()
                );
                break;
            }
        }
    }
    Ok(results)
}

fn earlier_run(path: &std::path::Path) -> anyhow::Result<(PathBuf, serde_json::Value)> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let json =
        serde_json::from_str(&text).with_context(|| format!("{} is not JSON", path.display()))?;
    Ok((path.to_path_buf(), json))
}

/// The earlier run's outcomes of the operators not run now (and not already taken from
/// another file).
fn merged(
    json: &serde_json::Value,
    running: &[Contender],
    have: &[scenario::Outcome],
) -> anyhow::Result<Vec<scenario::Outcome>> {
    let outcomes: Vec<scenario::Outcome> =
        serde_json::from_value(json["outcomes"].clone()).context("the earlier run's outcomes")?;
    Ok(outcomes
        .into_iter()
        .filter(|o| !running.iter().any(|c| c.name() == o.operator))
        .filter(|o| !have.iter().any(|h| h.operator == o.operator && h.n == o.n))
        .collect())
}
