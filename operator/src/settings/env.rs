//! Which environment variables are the operator's, and what to say about the others.
//!
//! A pod's environment holds more than the chart gives it: the kubelet adds service-link
//! variables for every Service of the namespace (`<SVC>_SERVICE_HOST`, `<SVC>_PORT_8443_TCP`...,
//! so a Service named `aso-…` or `azure-…` yields `ASO_…`/`AZURE_…` names), and admission webhooks
//! add their own (Azure workload identity injects `AZURE_CLIENT_ID`, `AZURE_TENANT_ID`,
//! `AZURE_AUTHORITY_HOST`, `AZURE_FEDERATED_TOKEN_FILE`). None of that may stop the operator, so an
//! unknown name is a warning (a likely typo is pointed out), never fatal; service links are not
//! even worth a warning.

/// Environment variables the operator reads (ASO's names).
pub const KNOWN_ENV: &[&str] = &[
    "AZURE_SUBSCRIPTION_ID",
    "AZURE_TENANT_ID",
    "AZURE_CLIENT_ID",
    "AZURE_CLIENT_SECRET",
    "AZURE_CLIENT_CERTIFICATE",
    "AZURE_CLIENT_CERTIFICATE_PASSWORD",
    "USE_WORKLOAD_IDENTITY_AUTH",
    "AZURE_SYNC_PERIOD",
    "AZURE_TARGET_NAMESPACES",
    "AZURE_OPERATOR_MODE",
    "MAX_CONCURRENT_RECONCILES",
    "RATE_LIMIT_MODE",
    "RATE_LIMIT_QPS",
    "RATE_LIMIT_BUCKET_SIZE",
    "AZURE_RESOURCE_MANAGER_ENDPOINT",
    "AZURE_RESOURCE_MANAGER_AUDIENCE",
    "AZURE_AUTHORITY_HOST",
    "AZURE_USER_AGENT_SUFFIX",
    "POD_NAMESPACE",
    "AZURE_FEDERATED_TOKEN_FILE",
    "AZURE_POD_IDENTITY_AUTHORITY_HOST",
    "IDENTITY_ENDPOINT",
    "IDENTITY_HEADER",
    "SSL_CERT_FILE",
    "ASO_DATABASE_ADDRESS_MAP",
];

/// Prefixes whose unknown names are reported: they look meant for the operator.
const OWN_PREFIXES: &[&str] = &["AZURE_", "ASO_", "RATE_LIMIT_"];

/// Whether `name` is one of the variables the kubelet derives from a Service (see
/// `pkg/kubelet/envvars/envvars.go`): `X_SERVICE_HOST`, `X_SERVICE_PORT`, `X_SERVICE_PORT_<NAME>`,
/// `X_PORT`, `X_PORT_<n>_<PROTO>` and its `_PROTO`, `_PORT`, `_ADDR`.
pub fn is_service_link(name: &str) -> bool {
    if name.ends_with("_SERVICE_HOST")
        || name.ends_with("_SERVICE_PORT")
        || name.contains("_SERVICE_PORT_")
    {
        return true;
    }
    if name.ends_with("_PORT") {
        return true;
    }
    // X_PORT_8443_TCP[_PROTO|_PORT|_ADDR]
    let Some(at) = name.rfind("_PORT_") else {
        return false;
    };
    let mut parts = name[at + "_PORT_".len()..].split('_');
    let number = parts.next().unwrap_or_default();
    let protocol = parts.next().unwrap_or_default();
    let suffix = parts.next();
    !number.is_empty()
        && number.bytes().all(|b| b.is_ascii_digit())
        && matches!(protocol, "TCP" | "UDP" | "SCTP")
        && matches!(suffix, None | Some("PROTO" | "PORT" | "ADDR"))
        && parts.next().is_none()
}

/// A warning for each variable that looks meant for the operator but is not one it reads.
pub fn unknown_variable_warnings<'a>(names: impl Iterator<Item = &'a String>) -> Vec<String> {
    names
        .filter(|name| OWN_PREFIXES.iter().any(|p| name.starts_with(p)))
        .filter(|name| !KNOWN_ENV.contains(&name.as_str()))
        .filter(|name| !is_service_link(name))
        .map(|name| match closest_known(name) {
            Some(known) => format!(
                "environment variable {name} is not a setting of this operator and is ignored; did you mean {known}?"
            ),
            None => format!(
                "environment variable {name} is not a setting of this operator and is ignored"
            ),
        })
        .collect()
}

/// The known name a typo most likely meant: within two edits.
fn closest_known(name: &str) -> Option<&'static str> {
    KNOWN_ENV
        .iter()
        .map(|known| (edit_distance(name, known), *known))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, known)| known)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = if ca == *cb {
                previous
            } else {
                1 + previous.min(row[j]).min(current)
            };
            previous = current;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_links_are_recognised() {
        // What the kubelet injects for the metrics Service of the chart, and for a Service of
        // another tool named azure-…, with a named port.
        for name in [
            "ASO_CONTROLLER_MANAGER_METRICS_SERVICE_HOST",
            "ASO_CONTROLLER_MANAGER_METRICS_SERVICE_PORT",
            "ASO_CONTROLLER_MANAGER_METRICS_SERVICE_PORT_METRICS",
            "ASO_CONTROLLER_MANAGER_METRICS_PORT",
            "ASO_CONTROLLER_MANAGER_METRICS_PORT_8080_TCP",
            "ASO_CONTROLLER_MANAGER_METRICS_PORT_8080_TCP_PROTO",
            "ASO_CONTROLLER_MANAGER_METRICS_PORT_8080_TCP_PORT",
            "ASO_CONTROLLER_MANAGER_METRICS_PORT_8080_TCP_ADDR",
            "AZURE_FOO_PORT_53_UDP_ADDR",
        ] {
            assert!(is_service_link(name), "{name}");
        }
        for name in ["AZURE_CLIENT_ID", "AZURE_PORT_X", "ASO_PORT_8080_TCP_HOST"] {
            assert!(!is_service_link(name), "{name}");
        }
    }

    #[test]
    fn unknown_names_warn_with_a_suggestion() {
        let env: Vec<String> = [
            "AZURE_SUBSCRIPTON_ID",
            "AZURE_SOMETHING_ELSE",
            "ASO_CONTROLLER_MANAGER_METRICS_SERVICE_HOST",
            "AZURE_CLIENT_ID",
            "PATH",
            "HOME",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let warnings = unknown_variable_warnings(env.iter());
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[0].contains("did you mean AZURE_SUBSCRIPTION_ID?"));
        assert!(!warnings[1].contains("did you mean"));
    }
}
