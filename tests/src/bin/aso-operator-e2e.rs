//! The `aso-operator` binary, linked in this crate so its integration tests can run the operator
//! as a process (`CARGO_BIN_EXE_*` names only a package's own binaries). Same `main` as
//! `operator/src/bin/aso-operator.rs`.

fn main() -> std::process::ExitCode {
    aso_operator::run::process_main()
}
