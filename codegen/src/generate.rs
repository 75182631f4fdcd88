//! The whole generation: configuration and specs in, the files of `generated/` and `crds/` out;
//! then either compared with what is committed (`--check`) or written aside and swapped in, so a
//! failed run leaves the committed output untouched.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::emit::crd::Conversion;
use crate::model::Kind;
use crate::{config, emit, kinds, versions};

/// The `spec.conversion` of every CRD: our conversion webhook (`aso_operator::webhook`), whose
/// Service the CRDs name; its namespace and CA bundle are set at install time.
pub const CONVERSION: Conversion = Conversion::Webhook;

/// The folders the generator owns, relative to the repository root.
pub const GENERATED_DIR: &str = "generated";
pub const CRDS_DIR: &str = "crds";

/// Everything the generator writes, by path relative to the repository root.
pub struct Output {
    pub files: BTreeMap<PathBuf, String>,
    /// One per (group, version, kind).
    pub kinds: Vec<Kind>,
    /// One per (group, kind), by CRD name, as written to `crds/`.
    pub crds: BTreeMap<String, serde_json::Value>,
}

/// Reads `config_dir` and the specs, and renders every output file in memory.
pub fn render(specs_root: &Path, config_dir: &Path) -> Result<Output, Vec<String>> {
    let groups = config::load_dir(config_dir).map_err(|e| vec![e])?;
    let kinds = kinds::model(specs_root, &groups)?;
    let mut files = BTreeMap::new();
    for generated in emit::rust::generated_crates(&kinds).map_err(|e| vec![e])? {
        let dir = Path::new(GENERATED_DIR).join(generated.dir);
        for (path, text) in rustfmt(generated.files).map_err(|e| vec![e])? {
            files.insert(dir.join(path), text);
        }
    }
    let mut crds = BTreeMap::new();
    let mut errors = Vec::new();
    for crd in versions::crds(&kinds)? {
        let name = crd.name();
        match emit::crd::crd(&crd, CONVERSION) {
            Ok(value) => {
                let yaml =
                    serde_saphyr::to_string(&value).map_err(|e| vec![format!("{name}: {e}")])?;
                files.insert(Path::new(CRDS_DIR).join(format!("{name}.yaml")), yaml);
                crds.insert(name, value);
            }
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Output { files, kinds, crds })
}

/// Formats a generated crate's root with rustfmt, so `cargo fmt` leaves it as it is. The group
/// modules below it stay as prettyplease printed them: the root marks them `#[rustfmt::skip]`,
/// so `cargo fmt` does not enter them, and running rustfmt over 12 MB of generated code was
/// half of the generation time.
fn rustfmt(mut files: BTreeMap<PathBuf, String>) -> Result<BTreeMap<PathBuf, String>, String> {
    let lib = PathBuf::from("src/lib.rs");
    if let Some(text) = files.get(&lib) {
        let formatted = run_rustfmt(text)?;
        files.insert(lib, formatted);
    }
    Ok(files)
}

/// Runs rustfmt on `text`, returning the formatted text.
fn run_rustfmt(text: &str) -> Result<String, String> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into()))
        .args(["--edition", "2024", "--emit", "stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| {
            format!("cannot run rustfmt (install it with `rustup component add rustfmt`): {e}")
        })?;
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(text.as_bytes())
        .map_err(|e| format!("writing to rustfmt: {e}"))?;
    let output = child
        .wait_with_output()
        .map_err(|e| format!("running rustfmt: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "rustfmt failed on the generated crate root ({})",
            output.status
        ));
    }
    String::from_utf8(output.stdout).map_err(|e| format!("rustfmt output: {e}"))
}

/// The generated files that differ from `output`: changed, missing, or no longer generated.
pub fn stale_files(root: &Path, output: &Output) -> io::Result<Vec<String>> {
    let mut stale = Vec::new();
    for (path, text) in &output.files {
        match fs::read_to_string(root.join(path)) {
            Ok(current) if current == *text => {}
            Ok(_) => stale.push(format!("{} (differs)", path.display())),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                stale.push(format!("{} (missing)", path.display()))
            }
            Err(e) => return Err(e),
        }
    }
    for dir in [GENERATED_DIR, CRDS_DIR] {
        for path in files_under(&root.join(dir))? {
            let relative = path
                .strip_prefix(root)
                .expect("listed under root")
                .to_path_buf();
            if !output.files.contains_key(&relative) {
                stale.push(format!("{} (no longer generated)", relative.display()));
            }
        }
    }
    Ok(stale)
}

/// Writes `output` under `root`: each owned folder is written whole beside the old one, then
/// swapped in by renames.
pub fn write(root: &Path, output: &Output) -> io::Result<()> {
    let mut staged = Vec::new();
    for dir in [GENERATED_DIR, CRDS_DIR] {
        let aside = root.join(format!(".{dir}.new"));
        if aside.exists() {
            fs::remove_dir_all(&aside)?;
        }
        for (path, text) in output.files.iter().filter(|(p, _)| p.starts_with(dir)) {
            let target = aside.join(path.strip_prefix(dir).expect("filtered by prefix"));
            fs::create_dir_all(target.parent().expect("files have a parent"))?;
            fs::write(target, text)?;
        }
        staged.push((dir, aside));
    }
    for (dir, aside) in staged {
        let live = root.join(dir);
        let old = root.join(format!(".{dir}.old"));
        if old.exists() {
            fs::remove_dir_all(&old)?;
        }
        if live.exists() {
            fs::rename(&live, &old)?;
        }
        fs::rename(&aside, &live)?;
        if old.exists() {
            fs::remove_dir_all(&old)?;
        }
    }
    Ok(())
}

fn files_under(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    if !dir.exists() {
        return Ok(out);
    }
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in fs::read_dir(&current)? {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}
