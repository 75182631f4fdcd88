//! `cargo run -p aso-typed-api-example [NAMESPACE]`: the typed API against the cluster
//! `KUBECONFIG` names (or the in-cluster configuration), which must run the operator with the
//! `resources.azure.com` and `storage.azure.com` CRDs installed; `asoctl playground` gives one.

use aso_typed_api_example::{Options, run};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut options = Options::default();
    if let Some(namespace) = std::env::args().nth(1) {
        options.namespace = namespace;
    }
    let client = kube::Client::try_default().await?;
    let outcome = run(client, &options, &mut |step| println!("{step}")).await?;
    println!("{outcome:#?}");
    Ok(())
}
