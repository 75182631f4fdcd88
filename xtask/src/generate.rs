//! `cargo xtask generate [--specs DIR] [--check]`.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, bail};
use aso_codegen::generate;

#[derive(clap::Args)]
pub struct Args {
    /// The azure-rest-api-specs checkout (default: $ASO_SPECS_DIR, else specs/azure-rest-api-specs).
    #[arg(long)]
    specs: Option<PathBuf>,
    /// Compare with the committed output instead of writing; fail naming every stale file.
    #[arg(long)]
    check: bool,
}

impl Args {
    /// `generate --check` with the default specs location.
    pub fn check_only() -> Self {
        Args {
            specs: None,
            check: true,
        }
    }
}

/// Where the specs are: `--specs`, else `$ASO_SPECS_DIR`, else the submodule, else the
/// read-only copy beside the project (`../shared/azure-rest-api-specs`) where there is one.
pub fn specs_dir(given: Option<PathBuf>, root: &Path) -> anyhow::Result<PathBuf> {
    let submodule = root.join("specs/azure-rest-api-specs");
    let beside = root.join("../shared/azure-rest-api-specs");
    let dir = given
        .or_else(|| std::env::var_os("ASO_SPECS_DIR").map(PathBuf::from))
        .unwrap_or_else(|| {
            if !submodule.join("specification").is_dir() && beside.join("specification").is_dir() {
                beside
            } else {
                submodule
            }
        });
    if !dir.join("specification").is_dir() {
        bail!(
            "no ARM specs at {} (expected a `specification` folder): run `git submodule update --init specs/azure-rest-api-specs`, or pass --specs / set ASO_SPECS_DIR",
            dir.display()
        );
    }
    Ok(dir)
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let root = crate::repo_root();
    let specs = specs_dir(args.specs, &root)?;
    let started = Instant::now();
    let mut output = match generate::render(&specs, &root.join("specs")) {
        Ok(output) => output,
        Err(errors) => {
            for error in &errors {
                eprintln!("error: {error}");
            }
            bail!(
                "generation failed with {} error(s); nothing was written",
                errors.len()
            );
        }
    };
    // The database User kinds are not ARM resources: their CRDs come from aso-dbuser's types,
    // written into crds/ by the same run (so --check covers them and a write keeps them).
    let users = aso_dbuser::api::crd::render()
        .map_err(|e| anyhow::anyhow!("rendering the database User CRDs: {e}"))?;
    for (file, yaml) in users {
        output
            .files
            .insert(Path::new(generate::CRDS_DIR).join(file), yaml);
    }
    if args.check {
        let stale = generate::stale_files(&root, &output).context("reading committed output")?;
        if !stale.is_empty() {
            for file in &stale {
                eprintln!("stale: {file}");
            }
            bail!(
                "{} generated file(s) are not current: run `cargo xtask generate`",
                stale.len()
            );
        }
        println!(
            "generated code is current ({} kinds, {} files)",
            output.kinds.len(),
            output.files.len()
        );
    } else {
        generate::write(&root, &output).context("writing generated output")?;
        println!(
            "generated {} kinds into {} files in {:.2?}",
            output.kinds.len(),
            output.files.len(),
            started.elapsed()
        );
    }
    Ok(())
}
