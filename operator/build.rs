//! Embeds the generated CRDs (`../crds/*.yaml`) in the operator: writes an index of
//! `(file name, include_str!(...))` pairs into `OUT_DIR/crds_index.rs`, so a new CRD from
//! `cargo xtask generate` is picked up without editing code.

use std::fmt::Write;
use std::path::PathBuf;

fn main() {
    let dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"))
        .join("../crds")
        .canonicalize()
        .expect("the crds/ folder exists beside operator/");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("crds/ is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    let mut out = String::from(
        "/// The generated CRDs: (file name, YAML), in file name order.\npub static CRDS: &[(&str, &str)] = &[\n",
    );
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .expect("UTF-8 file names");
        writeln!(
            out,
            "    ({name:?}, include_str!({:?})),",
            file.display().to_string()
        )
        .expect("writing to a String");
    }
    out.push_str("];\n");
    let target =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it")).join("crds_index.rs");
    std::fs::write(target, out).expect("OUT_DIR is writable");
}
