//! The kubeconfig the simulator writes: one cluster at its actual address, a dummy bearer token
//! (any token is accepted), and the CA when serving TLS.

use base64::Engine;

pub const NAME: &str = "aso-kubesim";
pub const TOKEN: &str = "aso-kubesim-dummy-token";

pub fn render(server: &str, ca_pem: Option<&str>, namespace: &str) -> String {
    let ca = ca_pem
        .map(|pem| {
            format!(
                "\n    certificate-authority-data: {}",
                base64::engine::general_purpose::STANDARD.encode(pem)
            )
        })
        .unwrap_or_default();
    format!(
        "apiVersion: v1
kind: Config
clusters:
- name: {NAME}
  cluster:
    server: {server}{ca}
contexts:
- name: {NAME}
  context:
    cluster: {NAME}
    user: {NAME}
    namespace: {namespace}
current-context: {NAME}
users:
- name: {NAME}
  user:
    token: {TOKEN}
preferences: {{}}
"
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn kubeconfig_parses_with_kube_rs() {
        let text = super::render(
            "https://127.0.0.1:1234",
            Some("-----BEGIN CERTIFICATE-----\n"),
            "default",
        );
        let kc = kube::config::Kubeconfig::from_yaml(&text).unwrap();
        assert_eq!(
            kc.clusters[0].cluster.as_ref().unwrap().server.as_deref(),
            Some("https://127.0.0.1:1234")
        );
        assert_eq!(kc.current_context.as_deref(), Some("aso-kubesim"));
    }
}
