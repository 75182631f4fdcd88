//! The operator image's entrypoint for the kubelet-faithful tests: exactly `aso-operator`'s
//! `main`, built with this package so the tests know where the executable is
//! (`CARGO_BIN_EXE_aso-operator-image`). The tests start it as a kubelet would, inside a
//! sandbox whose root holds it at `/usr/local/bin/aso-operator`, the image's path.

fn main() -> std::process::ExitCode {
    aso_operator::run::process_main()
}
