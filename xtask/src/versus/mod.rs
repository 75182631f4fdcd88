//! `cargo xtask bench versus-aso [--aso-bin PATH] [--sizes 100,1000]`: our operator and ASO's
//! own controller (v2.8), each in turn on fresh simulators (as processes, built in release)
//! with the same settings and the same workload, measured from outside: the simulators count
//! what each operator asks of ARM and Kubernetes, `/proc` gives each operator's memory and CPU.
//!
//! One concern per module: `settings` (what both get), `processes` (starting and measuring
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

use contenders::Contender;

/// Runs the benchmark; writes `<out>.json` and `<out>.svg`.
pub fn run(settings: Settings, aso_bin: Option<PathBuf>, out: PathBuf) -> anyhow::Result<()> {
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
    if !settings.debug_build {
        build.push("--release");
    }
    crate::cargo(&root, &build)?;
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    let profile = if settings.debug_build {
        "debug"
    } else {
        "release"
    };
    let bin_dir = if target.is_absolute() {
        target.join(profile)
    } else {
        root.join(target).join(profile)
    };
    let work = tempfile::tempdir().context("a temporary directory")?;
    let shared = aso_versus::aso::shared_dir(&root);
    let aso_bin = match aso_bin {
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
        operator: bin_dir.join("aso-operator"),
        aso: aso_bin,
        aso_shared: aso_crds,
    };
    let _ = rustls::crypto::ring::default_provider().install_default();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let results = runtime.block_on(async {
        println!("{}", settings.describe());
        let mut results = Vec::new();
        for contender in [Contender::Ours, Contender::Aso] {
            for &n in &settings.sizes {
                let dir = work.path().join(format!("{}-{n}", contender.slug()));
                std::fs::create_dir_all(&dir)?;
                println!("== {} at N={n}", contender.name());
                let outcome = scenario::run(contender, n, &settings, &bins, &dir).await;
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
        anyhow::Ok(results)
    })?;
    let report = report::Report::new(&settings, results);
    report.print();
    let json = out.with_extension("json");
    std::fs::write(&json, serde_json::to_string_pretty(&report.json())?)
        .with_context(|| format!("writing {}", json.display()))?;
    let svg = out.with_extension("svg");
    chart::draw(&report, &svg)?;
    println!("wrote {} and {}", json.display(), svg.display());
    Ok(())
}
