//! The `aso-operator` binary refuses bad settings, naming them. (Running it against the
//! simulators is an end-to-end test, `tests/tests/e2e/operator_process.rs`: this crate links no
//! simulator.)

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_aso-operator");

fn run_with(env: &[(&str, &str)], args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(BIN)
        .args(args)
        .env_clear()
        .envs(env.iter().copied())
        .output()
        .expect("running aso-operator");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn bad_settings_stop_it_naming_the_setting() {
    type Case<'a> = (&'a [(&'a str, &'a str)], &'a [&'a str], &'a str);
    let cases: &[Case] = &[
        (&[("AZURE_SYNC_PERIOD", "soon")], &[], "AZURE_SYNC_PERIOD"),
        (
            &[("MAX_CONCURRENT_RECONCILES", "-1")],
            &[],
            "MAX_CONCURRENT_RECONCILES",
        ),
        (
            &[("AZURE_SYNC_PERIOD", "999999999999h")],
            &[],
            "AZURE_SYNC_PERIOD",
        ),
        (
            &[],
            &["--retry-backoff-max=2562048h"],
            "--retry-backoff-max",
        ),
        (&[], &["--crd-pattern", "storage"], "--crd-pattern"),
        (&[], &["--frobnicate"], "--frobnicate"),
    ];
    for (env, args, named) in cases {
        let (code, stderr) = run_with(env, args);
        assert_eq!(code, Some(2), "{named}: {stderr}");
        assert!(stderr.contains(named), "{named} not named in: {stderr}");
    }
}

#[test]
fn help_and_version_exit_zero() {
    for flag in ["--help", "-h", "--version"] {
        let out = Command::new(BIN).arg(flag).env_clear().output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{flag}");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("aso-operator"),
            "{flag}"
        );
    }
}

/// A pod's environment holds the kubelet's service links and other tools' `AZURE_*` variables,
/// and ASO's manifests pass ASO's flags: none of them stops the operator (it then stops for want
/// of a cluster, exit 1, not for its settings).
#[test]
fn foreign_variables_and_asos_flags_are_warnings() {
    let out = Command::new(BIN)
        .args([
            "--v=2",
            "--webhook-cert-dir=/tmp/certs",
            "-vmodule",
            "x=2",
            "--metrics-addr=0",
            "--health-addr=0",
        ])
        .env_clear()
        .env("ASO_CONTROLLER_MANAGER_METRICS_SERVICE_HOST", "10.96.0.9")
        .env(
            "ASO_CONTROLLER_MANAGER_METRICS_PORT_8080_TCP",
            "tcp://10.96.0.9:8080",
        )
        .env("AZURE_TARGET_NAMESPACE", "typo")
        .output()
        .unwrap();
    let logs =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{logs}");
    assert!(logs.contains("AZURE_TARGET_NAMESPACE"), "{logs}");
    assert!(
        logs.contains("did you mean AZURE_TARGET_NAMESPACES"),
        "{logs}"
    );
    assert!(logs.contains("--webhook-cert-dir"), "{logs}");
    assert!(!logs.contains("invalid configuration"), "{logs}");
}
