//! `aso-operator`: makes Azure match the Azure resources in a Kubernetes cluster. Configured like
//! ASO (environment variables and flags, see `settings`); talks to the cluster of `KUBECONFIG`
//! or the in-cluster service account.

fn main() -> std::process::ExitCode {
    aso_operator::run::process_main()
}
