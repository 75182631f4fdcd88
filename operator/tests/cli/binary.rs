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
            &[("AZURE_TARGET_NAMESPACE", "typo")],
            &[],
            "AZURE_TARGET_NAMESPACE",
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
