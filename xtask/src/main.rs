//! `cargo xtask <task>`: the project's own commands.

mod bench;
mod generate;
mod import_aso_facts;
mod test;
mod versus;

use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "cargo xtask", about = "Project tasks")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Generate Rust types and CRDs from the ARM specs.
    Generate(generate::Args),
    /// Import ASO's generator facts into specs/<group>.yaml (`--check`: fail if they differ).
    ImportAsoFacts(import_aso_facts::Args),
    /// Measure speed and memory against the budgets.
    Bench(bench::Args),
    /// Everything CI runs: formatting, lints, generated code currency, the test suite.
    Test(test::Args),
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().task {
        Task::Generate(args) => generate::run(args),
        Task::ImportAsoFacts(args) => import_aso_facts::run(args),
        Task::Bench(args) => bench::run(args),
        Task::Test(args) => test::run(args),
    }
}

/// Runs cargo in the repository; fails naming the command when it fails.
pub fn cargo(root: &Path, args: &[&str]) -> anyhow::Result<()> {
    use anyhow::Context;
    let mut cmd = std::process::Command::new(env!("CARGO"));
    // `cargo run` gives xtask its package's variables (`CARGO_PKG_NAME=xtask`, ...). Build
    // scripts such as ring's declare `rerun-if-env-changed` on them, so passing them on would
    // rebuild ring and everything above it whenever a build is started from here.
    for (name, _) in std::env::vars_os() {
        let name = name.to_string_lossy();
        if name.starts_with("CARGO_PKG_")
            || name.starts_with("CARGO_MANIFEST_")
            || name.starts_with("CARGO_BIN_")
            || matches!(&*name, "CARGO_CRATE_NAME" | "CARGO_PRIMARY_PACKAGE")
        {
            cmd.env_remove(&*name);
        }
    }
    let status = cmd
        .args(args)
        .current_dir(root)
        .status()
        .context("running cargo")?;
    if !status.success() {
        anyhow::bail!("cargo {} failed ({status})", args.join(" "));
    }
    Ok(())
}

/// The repository root (the parent of `xtask/`).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the repository")
        .to_path_buf()
}
