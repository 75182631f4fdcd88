//! Optional TLS: a throwaway CA (`aso-simpki`) and a server certificate for the loopback names,
//! so clients can verify the server with the CA in their kubeconfig.

use std::sync::Arc;

use anyhow::Context;

pub struct TlsMaterial {
    pub ca_pem: String,
    pub server_config: Arc<rustls::ServerConfig>,
}

/// Generates a CA and a certificate for `localhost`, `127.0.0.1`, `::1`,
/// `kubernetes.default.svc` and `extra_names`.
pub fn generate(extra_names: &[String]) -> anyhow::Result<TlsMaterial> {
    let ca = aso_simpki::Authority::generate("aso-kubesim CA").context("generating the CA")?;
    let mut names = vec!["kubernetes.default.svc".to_string()];
    names.extend(extra_names.iter().cloned());
    let server_config = ca
        .server_config("kube-apiserver", &aso_simpki::loopback_names(&names))
        .context("making the server certificate")?;
    Ok(TlsMaterial {
        ca_pem: ca.pem(),
        server_config,
    })
}
