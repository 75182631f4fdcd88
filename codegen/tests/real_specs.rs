//! Generation over the real ARM specs: every configured kind, deterministic output, and the
//! committed output current.

use std::path::Path;

use aso_codegen::generate;

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

fn specs() -> std::path::PathBuf {
    std::env::var_os("ASO_SPECS_DIR")
        .map(Into::into)
        .unwrap_or_else(|| root().join("../shared/azure-rest-api-specs"))
}

#[test]
fn generates_every_kind_twice_identically_and_matches_the_committed_output() {
    let first = generate::render(&specs(), &root().join("specs"))
        .unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let second = generate::render(&specs(), &root().join("specs"))
        .unwrap_or_else(|e| panic!("{}", e.join("\n")));
    assert_eq!(first.kinds.len(), 136, "the 15 groups hold 136 kinds");
    assert_eq!(first.files.len(), second.files.len());
    for ((path_a, a), (path_b, b)) in first.files.iter().zip(&second.files) {
        assert_eq!(path_a, path_b);
        assert!(a == b, "{} differs between two runs", path_a.display());
    }
    let stale = generate::stale_files(root(), &first).unwrap();
    assert!(
        stale.is_empty(),
        "committed output is stale, run `cargo xtask generate`:\n{}",
        stale.join("\n")
    );
}

#[test]
fn every_crd_is_below_one_mebibyte_as_compact_json() {
    let output = generate::render(&specs(), &root().join("specs"))
        .unwrap_or_else(|e| panic!("{}", e.join("\n")));
    for kind in &output.kinds {
        let size = serde_json::to_vec(&aso_codegen::emit::crd::crd(kind))
            .unwrap()
            .len();
        assert!(
            size < 1 << 20,
            "{} {} CRD is {size} bytes",
            kind.group,
            kind.kind
        );
    }
}
