//! The shipped binaries carry no test double: `cargo tree` of the operator (normal, build and dev
//! dependencies, every target, every feature) and of asoctl without its `playground` feature (as
//! the image builds it) names neither simulator, nor the database tests' servers and
//! `CREATE AADUSER` stand-in.

use std::path::Path;
use std::process::Command;

const SIMULATORS: &[&str] = &["aso-kubesim", "aso-armsim"];
/// Test doubles no build links, the playground's included.
const TEST_ONLY: &[&str] = &["aso-dbuser-testing"];

/// The package names in `cargo tree` of `args` (one per line, no prefix), run in the workspace.
fn tree(args: &[&str]) -> Vec<String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let out = Command::new(cargo)
        .current_dir(&root)
        .args([
            "tree",
            "--offline",
            "--locked",
            "--prefix",
            "none",
            "--format",
            "{p}",
        ])
        .args(args)
        .output()
        .expect("running cargo tree");
    assert!(
        out.status.success(),
        "cargo tree {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_string)
        .collect()
}

fn assert_no_test_double(what: &str, packages: &[String]) {
    assert!(
        packages.iter().any(|p| p == "aso-runtime"),
        "{what}: the tree was not read ({} lines)",
        packages.len()
    );
    for double in SIMULATORS.iter().chain(TEST_ONLY) {
        assert!(
            !packages.iter().any(|p| p == double),
            "{what} depends on {double}"
        );
    }
}

#[test]
fn the_operator_links_no_simulator() {
    let packages = tree(&[
        "-p",
        "aso-operator",
        "-e",
        "normal,build,dev",
        "--target",
        "all",
        "--all-features",
    ]);
    assert_no_test_double("aso-operator", &packages);
}

#[test]
fn asoctl_without_the_playground_links_no_simulator() {
    let packages = tree(&[
        "-p",
        "aso-ctl",
        "-e",
        "normal,build",
        "--target",
        "all",
        "--no-default-features",
    ]);
    assert_no_test_double("asoctl --no-default-features", &packages);
    // The playground build does link them: the check above can see a simulator when one is there.
    let with_playground = tree(&["-p", "aso-ctl", "-e", "normal", "--features", "playground"]);
    for simulator in SIMULATORS {
        assert!(
            with_playground.iter().any(|p| p == simulator),
            "{simulator} missing from asoctl's playground build"
        );
    }
    for double in TEST_ONLY {
        assert!(
            !with_playground.iter().any(|p| p == double),
            "asoctl's playground build depends on {double}"
        );
    }
}
