//! `cargo xtask import-aso-facts [--check]`: ASO's generator facts into `specs/<group>.yaml`.
//!
//! Reads `azure-arm.yaml` and `targets.yaml` from ASO's reference folder (`../shared/aso-reference`
//! beside the repository, or `--aso-reference`), places every fact against the ARM specs, and
//! rewrites the imported part of every configured api-version, keeping `ours`. Fails naming every
//! fact it cannot place. `--check` writes nothing and fails naming the files that differ.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use aso_codegen::{aso_facts, config};

#[derive(clap::Args)]
pub struct Args {
    /// ASO's reference folder (default: ../shared/aso-reference beside the repository).
    #[arg(long)]
    aso_reference: Option<PathBuf>,
    /// The azure-rest-api-specs checkout (as for `generate`).
    #[arg(long)]
    specs: Option<PathBuf>,
    /// Compare with the committed configuration instead of writing; fail naming every stale file.
    #[arg(long)]
    check: bool,
}

impl Args {
    /// `import-aso-facts --check` with the default locations.
    pub fn check_only() -> Self {
        Args {
            aso_reference: None,
            specs: None,
            check: true,
        }
    }
}

/// ASO's reference folder beside the repository, where this workplace keeps it.
pub fn default_aso_reference(root: &Path) -> PathBuf {
    root.join("../shared/aso-reference")
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let root = crate::repo_root();
    let aso_reference = args
        .aso_reference
        .unwrap_or_else(|| default_aso_reference(&root));
    if !aso_reference.join(aso_facts::AZURE_ARM).is_file() {
        bail!(
            "no ASO reference data at {} (expected {} and {}): pass --aso-reference",
            aso_reference.display(),
            aso_facts::AZURE_ARM,
            aso_facts::TARGETS
        );
    }
    let specs = crate::generate::specs_dir(args.specs, &root)?;
    let imported = match aso_facts::import(&aso_reference, &specs) {
        Ok(imported) => imported,
        Err(errors) => {
            errors.iter().for_each(|e| eprintln!("error: {e}"));
            bail!(
                "the import failed with {} error(s); nothing was written",
                errors.len()
            );
        }
    };
    print!("{}", imported.report);
    if !imported.report.unplaced.is_empty() {
        bail!(
            "{} fact(s) of ASO's configuration could not be placed; nothing was written",
            imported.report.unplaced.len()
        );
    }
    let config_dir = root.join("specs");
    let groups = config::read_dir(&config_dir).map_err(anyhow::Error::msg)?;
    let updated = match aso_facts::update(&groups, &imported) {
        Ok(updated) => updated,
        Err(errors) => {
            errors.iter().for_each(|e| eprintln!("error: {e}"));
            bail!(
                "{} error(s) in our configuration; nothing was written",
                errors.len()
            );
        }
    };
    let mut stale = Vec::new();
    for group in &updated {
        let text = config::render(group).map_err(anyhow::Error::msg)?;
        let current = std::fs::read_to_string(&group.file)
            .with_context(|| format!("reading {}", group.file.display()))?;
        if current != text {
            stale.push((group.file.clone(), text));
        }
    }
    if args.check {
        if !stale.is_empty() {
            for (file, _) in &stale {
                eprintln!("stale: {}", file.display());
            }
            bail!(
                "{} configuration file(s) differ from the import: run `cargo xtask import-aso-facts`",
                stale.len()
            );
        }
        println!("the imported facts are current ({} files)", updated.len());
    } else {
        for (file, text) in &stale {
            std::fs::write(file, text).with_context(|| format!("writing {}", file.display()))?;
        }
        println!(
            "updated {} of {} configuration files",
            stale.len(),
            updated.len()
        );
    }
    Ok(())
}
