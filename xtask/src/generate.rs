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
/// read-only copy beside the project (`../shared/azure-rest-api-specs`) where there is one. A
/// clone without `--recurse-submodules` has the submodule's folder empty: that falls back too.
pub fn specs_dir(given: Option<PathBuf>, root: &Path) -> anyhow::Result<PathBuf> {
    find_specs(
        given.or_else(|| std::env::var_os("ASO_SPECS_DIR").map(PathBuf::from)),
        root,
    )
}

fn find_specs(named: Option<PathBuf>, root: &Path) -> anyhow::Result<PathBuf> {
    let submodule = root.join("specs/azure-rest-api-specs");
    let beside = root.join("../shared/azure-rest-api-specs");
    let looked_at = match &named {
        Some(dir) => vec![dir.clone()],
        None => vec![submodule.clone(), beside.clone()],
    };
    let was_named = named.is_some();
    let dir = match named {
        Some(dir) => dir,
        None if !submodule.join("specification").is_dir()
            && beside.join("specification").is_dir() =>
        {
            beside
        }
        None => submodule,
    };
    if !dir.join("specification").is_dir() {
        bail!("{}", no_specs_message(&looked_at, was_named));
    }
    Ok(dir)
}

/// What to say when no specs are found: where they were looked for, and the three ways to
/// give them (the submodule pins Azure/azure-rest-api-specs at the commit ASO v2.8.0 uses).
fn no_specs_message(looked_at: &[PathBuf], named: bool) -> String {
    let places: Vec<String> = looked_at
        .iter()
        .map(|d| format!("{}/specification", d.display()))
        .collect();
    let given = if named {
        "the folder given by --specs or ASO_SPECS_DIR has no `specification` folder"
    } else {
        "the specs submodule is not checked out and there is no copy beside the project"
    };
    format!(
        "no ARM specs found: looked for {} ({given}). Either pass --specs DIR or set ASO_SPECS_DIR to an azure-rest-api-specs checkout, or clone with `git clone --recurse-submodules` (in an existing clone: `git submodule update --init --depth 1 specs/azure-rest-api-specs`)",
        places.join(" and ")
    )
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_submodule_falls_back_and_no_specs_names_where_it_looked() {
        let root = tempfile::tempdir().unwrap();
        let project = root.path().join("project");
        std::fs::create_dir_all(project.join("specs/azure-rest-api-specs")).unwrap();
        let err = find_specs(None, &project).unwrap_err().to_string();
        assert!(
            err.contains("specs/azure-rest-api-specs/specification"),
            "{err}"
        );
        assert!(
            err.contains("shared/azure-rest-api-specs/specification"),
            "{err}"
        );
        assert!(err.contains("--recurse-submodules"), "{err}");
        assert!(
            err.contains("--specs") && err.contains("ASO_SPECS_DIR"),
            "{err}"
        );
        std::fs::create_dir_all(
            root.path()
                .join("shared/azure-rest-api-specs/specification"),
        )
        .unwrap();
        let found = find_specs(None, &project).unwrap();
        assert!(
            found.ends_with("../shared/azure-rest-api-specs"),
            "{}",
            found.display()
        );
        let err = find_specs(Some(root.path().join("nowhere")), &project)
            .unwrap_err()
            .to_string();
        assert!(err.contains("nowhere/specification"), "{err}");
        assert!(err.contains("given by --specs or ASO_SPECS_DIR"), "{err}");
    }
}
