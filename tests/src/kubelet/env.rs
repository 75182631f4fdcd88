//! A container's environment, computed as the kubelet computes it
//! (`pkg/kubelet/kubelet_pods.go` `makeEnvironmentVariables`, `pkg/kubelet/envvars/envvars.go`,
//! `third_party/forked/golang/expansion/expand.go`):
//!
//! 1. service links: every Service of the pod's namespace with a cluster IP (when
//!    `enableServiceLinks`, default true), and always the `kubernetes` Service of `default`;
//! 2. `envFrom` ConfigMaps and Secrets (with their prefix), in order, later ones winning;
//! 3. `env` in order: a `value` with `$(VAR)` expanded from the variables so far and the service
//!    links (`$$` escapes, unknown references stay as written), or a `valueFrom` Secret or
//!    ConfigMap key (an optional one that is missing leaves the variable out) or downward API
//!    field;
//! 4. the service links not already set.
//!
//! `command` and `args` are expanded from the result the same way.

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::{ConfigMap, Container, EnvVarSource, Pod, Secret, Service};

/// What the kubelet reads besides the pod: the cluster's Services, the namespace's ConfigMaps
/// and Secrets, and what it knows of the pod's network.
pub struct Sources<'a> {
    pub services: &'a [Service],
    pub config_maps: &'a BTreeMap<String, ConfigMap>,
    pub secrets: &'a BTreeMap<String, Secret>,
    pub pod_ip: &'a str,
    pub host_ip: &'a str,
}

/// `makeEnvVariableName`: upper case, `-` and `.` to `_`, a leading digit prefixed with `_`.
pub fn env_name(service: &str) -> String {
    let name = service.replace(['-', '.'], "_").to_ascii_uppercase();
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{name}")
    } else {
        name
    }
}

/// Go's `net.JoinHostPort`.
fn join_host_port(host: &str, port: i32) -> String {
    if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    }
}

/// `envvars.FromServices` for one Service.
pub fn service_link_variables(service: &Service) -> Vec<(String, String)> {
    let Some(spec) = &service.spec else {
        return Vec::new();
    };
    let ip = spec.cluster_ip.as_deref().unwrap_or_default();
    let ports = spec.ports.as_deref().unwrap_or_default();
    if ip.is_empty() || ip == "None" || ports.is_empty() {
        return Vec::new();
    }
    let prefix = env_name(service.metadata.name.as_deref().unwrap_or_default());
    let mut out = vec![
        (format!("{prefix}_SERVICE_HOST"), ip.to_string()),
        (format!("{prefix}_SERVICE_PORT"), ports[0].port.to_string()),
    ];
    for port in ports {
        if let Some(name) = port.name.as_deref().filter(|n| !n.is_empty()) {
            out.push((
                format!("{prefix}_SERVICE_PORT_{}", env_name(name)),
                port.port.to_string(),
            ));
        }
    }
    for (i, port) in ports.iter().enumerate() {
        let protocol = port.protocol.as_deref().unwrap_or("TCP");
        let url = format!(
            "{}://{}",
            protocol.to_ascii_lowercase(),
            join_host_port(ip, port.port)
        );
        if i == 0 {
            out.push((format!("{prefix}_PORT"), url.clone()));
        }
        let port_prefix = format!(
            "{prefix}_PORT_{}_{}",
            port.port,
            protocol.to_ascii_uppercase()
        );
        out.push((port_prefix.clone(), url));
        out.push((
            format!("{port_prefix}_PROTO"),
            protocol.to_ascii_lowercase(),
        ));
        out.push((format!("{port_prefix}_PORT"), port.port.to_string()));
        out.push((format!("{port_prefix}_ADDR"), ip.to_string()));
    }
    out
}

/// `getServiceEnvVarMap`: the service links a pod in `namespace` sees.
pub fn service_env(
    services: &[Service],
    namespace: &str,
    enable_service_links: bool,
) -> BTreeMap<String, String> {
    let mut chosen: BTreeMap<String, &Service> = BTreeMap::new();
    for service in services {
        let name = service.metadata.name.clone().unwrap_or_default();
        let ns = service.metadata.namespace.as_deref().unwrap_or_default();
        if ns == "default" && name == "kubernetes" {
            chosen.entry(name).or_insert(service);
        } else if ns == namespace && enable_service_links {
            chosen.insert(name, service);
        }
    }
    chosen
        .values()
        .flat_map(|s| service_link_variables(s))
        .collect()
}

/// `expansion.Expand` with `MappingFuncFor(maps...)`: `$(NAME)` is replaced by the first map
/// holding NAME, or left as written; `$$` is `$`; any other `$x` stays.
pub fn expand(input: &str, maps: &[&BTreeMap<String, String>]) -> String {
    let mut out = String::with_capacity(input.len());
    let mut rest = input;
    while let Some(at) = rest.find('$') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let Some(next) = after.chars().next() else {
            // A lone `$` at the end is kept.
            out.push('$');
            rest = after;
            break;
        };
        match next {
            '$' => {
                out.push('$');
                rest = &after[1..];
            }
            '(' => match after.find(')') {
                Some(close) => {
                    let name = &after[1..close];
                    match maps.iter().find_map(|m| m.get(name)) {
                        Some(value) => out.push_str(value),
                        None => {
                            out.push_str("$(");
                            out.push_str(name);
                            out.push(')');
                        }
                    }
                    rest = &after[close + 1..];
                }
                None => {
                    out.push_str("$(");
                    rest = &after[1..];
                }
            },
            other => {
                out.push('$');
                out.push(other);
                rest = &after[other.len_utf8()..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The container's environment (steps 1 to 4 above); an error is what would keep the kubelet
/// from starting the container (`CreateContainerConfigError`).
pub fn container_env(
    pod: &Pod,
    container: &Container,
    sources: &Sources<'_>,
) -> Result<BTreeMap<String, String>, String> {
    let namespace = pod.metadata.namespace.as_deref().unwrap_or("default");
    let spec = pod.spec.as_ref().ok_or("the pod has no spec")?;
    let service_env = service_env(
        sources.services,
        namespace,
        spec.enable_service_links.unwrap_or(true),
    );
    let mut env: BTreeMap<String, String> = BTreeMap::new();
    for from in container.env_from.as_deref().unwrap_or_default() {
        let prefix = from.prefix.as_deref().unwrap_or_default();
        if let Some(r) = &from.config_map_ref {
            match sources.config_maps.get(&r.name) {
                Some(cm) => {
                    for (k, v) in cm.data.iter().flatten() {
                        env.insert(format!("{prefix}{k}"), v.clone());
                    }
                }
                None if r.optional == Some(true) => {}
                None => return Err(format!("configmap {:?} not found", r.name)),
            }
        }
        if let Some(r) = &from.secret_ref {
            match sources.secrets.get(&r.name) {
                Some(secret) => {
                    for (k, v) in secret_data(secret) {
                        env.insert(format!("{prefix}{k}"), v);
                    }
                }
                None if r.optional == Some(true) => {}
                None => return Err(format!("secret {:?} not found", r.name)),
            }
        }
    }
    for var in container.env.as_deref().unwrap_or_default() {
        let value = match (&var.value, &var.value_from) {
            (Some(v), _) if !v.is_empty() => expand(v, &[&env, &service_env]),
            (_, Some(from)) => match value_from(pod, from, sources, namespace)? {
                Some(v) => v,
                None => continue,
            },
            _ => String::new(),
        };
        env.insert(var.name.clone(), value);
    }
    for (k, v) in service_env {
        env.entry(k).or_insert(v);
    }
    Ok(env)
}

/// A Secret's values as the kubelet reads them (`data`; `stringData` only exists on writes).
fn secret_data(secret: &Secret) -> BTreeMap<String, String> {
    secret
        .data
        .iter()
        .flatten()
        .map(|(k, v)| (k.clone(), String::from_utf8_lossy(&v.0).into_owned()))
        .collect()
}

fn value_from(
    pod: &Pod,
    from: &EnvVarSource,
    sources: &Sources<'_>,
    namespace: &str,
) -> Result<Option<String>, String> {
    if let Some(field) = &from.field_ref {
        return field_value(pod, &field.field_path, sources).map(Some);
    }
    if let Some(r) = &from.config_map_key_ref {
        let optional = r.optional == Some(true);
        return match sources.config_maps.get(&r.name) {
            Some(cm) => match cm.data.as_ref().and_then(|d| d.get(&r.key)) {
                Some(v) => Ok(Some(v.clone())),
                None if optional => Ok(None),
                None => Err(format!(
                    "couldn't find key {} in ConfigMap {namespace}/{}",
                    r.key, r.name
                )),
            },
            None if optional => Ok(None),
            None => Err(format!("configmap {:?} not found", r.name)),
        };
    }
    if let Some(r) = &from.secret_key_ref {
        let optional = r.optional == Some(true);
        return match sources.secrets.get(&r.name) {
            Some(secret) => match secret_data(secret).remove(&r.key) {
                Some(v) => Ok(Some(v)),
                None if optional => Ok(None),
                None => Err(format!(
                    "couldn't find key {} in Secret {namespace}/{}",
                    r.key, r.name
                )),
            },
            None if optional => Ok(None),
            None => Err(format!("secret {:?} not found", r.name)),
        };
    }
    Err("resourceFieldRef and fileKeyRef are not emulated".into())
}

/// The downward API fields (`podFieldSelectorRuntimeValue`, `fieldpath.ExtractFieldPathAsString`).
pub fn field_value(pod: &Pod, path: &str, sources: &Sources<'_>) -> Result<String, String> {
    let meta = &pod.metadata;
    let spec = pod.spec.as_ref();
    let keyed = |prefix: &str, map: &Option<BTreeMap<String, String>>| {
        path.strip_prefix(prefix)
            .and_then(|k| k.strip_prefix("['"))
            .and_then(|k| k.strip_suffix("']"))
            .map(|k| {
                map.as_ref()
                    .and_then(|m| m.get(k))
                    .cloned()
                    .unwrap_or_default()
            })
    };
    if let Some(v) = keyed("metadata.labels", &meta.labels) {
        return Ok(v);
    }
    if let Some(v) = keyed("metadata.annotations", &meta.annotations) {
        return Ok(v);
    }
    Ok(match path {
        "metadata.name" => meta.name.clone().unwrap_or_default(),
        "metadata.namespace" => meta.namespace.clone().unwrap_or_default(),
        "metadata.uid" => meta.uid.clone().unwrap_or_default(),
        "spec.nodeName" => spec.and_then(|s| s.node_name.clone()).unwrap_or_default(),
        "spec.serviceAccountName" => spec
            .and_then(|s| s.service_account_name.clone())
            .unwrap_or_default(),
        "status.podIP" | "status.podIPs" => sources.pod_ip.to_string(),
        "status.hostIP" | "status.hostIPs" => sources.host_ip.to_string(),
        other => return Err(format!("unsupported downward API field {other:?}")),
    })
}

/// The argv the runtime starts: `command` (else the image's entrypoint) then `args`, each
/// expanded from the container's environment.
pub fn argv(
    container: &Container,
    entrypoint: &[&str],
    env: &BTreeMap<String, String>,
) -> Vec<String> {
    let expanded =
        |items: &[String]| -> Vec<String> { items.iter().map(|a| expand(a, &[env])).collect() };
    let mut out = match &container.command {
        Some(command) if !command.is_empty() => expanded(command),
        _ => entrypoint.iter().map(|s| s.to_string()).collect(),
    };
    out.extend(expanded(container.args.as_deref().unwrap_or_default()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use k8s_openapi::api::core::v1::{ServicePort, ServiceSpec};
    use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;

    fn service(ns: &str, name: &str, ip: &str, ports: &[(Option<&str>, i32, &str)]) -> Service {
        Service {
            metadata: ObjectMeta {
                name: Some(name.into()),
                namespace: Some(ns.into()),
                ..Default::default()
            },
            spec: Some(ServiceSpec {
                cluster_ip: Some(ip.into()),
                ports: Some(
                    ports
                        .iter()
                        .map(|(n, p, proto)| ServicePort {
                            name: n.map(String::from),
                            port: *p,
                            protocol: Some(proto.to_string()),
                            ..Default::default()
                        })
                        .collect(),
                ),
                ..Default::default()
            }),
            ..Default::default()
        }
    }

    #[test]
    fn service_links_as_the_kubernetes_documentation_shows_them() {
        // https://kubernetes.io/docs/concepts/services-networking/service/#environment-variables
        let vars: BTreeMap<_, _> = service_link_variables(&service(
            "ns",
            "redis-primary",
            "10.0.0.11",
            &[(None, 6379, "TCP")],
        ))
        .into_iter()
        .collect();
        let expected: BTreeMap<String, String> = [
            ("REDIS_PRIMARY_SERVICE_HOST", "10.0.0.11"),
            ("REDIS_PRIMARY_SERVICE_PORT", "6379"),
            ("REDIS_PRIMARY_PORT", "tcp://10.0.0.11:6379"),
            ("REDIS_PRIMARY_PORT_6379_TCP", "tcp://10.0.0.11:6379"),
            ("REDIS_PRIMARY_PORT_6379_TCP_PROTO", "tcp"),
            ("REDIS_PRIMARY_PORT_6379_TCP_PORT", "6379"),
            ("REDIS_PRIMARY_PORT_6379_TCP_ADDR", "10.0.0.11"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        assert_eq!(vars, expected);
    }

    #[test]
    fn named_ports_headless_services_and_namespaces() {
        let services = [
            service(
                "default",
                "kubernetes",
                "10.96.0.1",
                &[(Some("https"), 443, "TCP")],
            ),
            service("other", "elsewhere", "10.96.0.9", &[(None, 80, "TCP")]),
            service("ns", "headless", "None", &[(None, 80, "TCP")]),
            service(
                "ns",
                "dns",
                "fd00::a",
                &[(Some("dns-udp"), 53, "UDP"), (Some("dns-tcp"), 53, "TCP")],
            ),
        ];
        let env = service_env(&services, "ns", true);
        assert_eq!(env["KUBERNETES_SERVICE_HOST"], "10.96.0.1");
        assert_eq!(env["KUBERNETES_SERVICE_PORT_HTTPS"], "443");
        assert_eq!(env["DNS_SERVICE_PORT_DNS_UDP"], "53");
        assert_eq!(env["DNS_PORT"], "udp://[fd00::a]:53");
        assert_eq!(env["DNS_PORT_53_TCP_ADDR"], "fd00::a");
        assert!(!env.contains_key("ELSEWHERE_SERVICE_HOST"));
        assert!(!env.keys().any(|k| k.starts_with("HEADLESS")));
        // Without service links, the API server's Service is still there.
        let env = service_env(&services, "ns", false);
        assert!(env.contains_key("KUBERNETES_SERVICE_HOST"));
        assert!(!env.contains_key("DNS_SERVICE_HOST"));
    }

    #[test]
    fn expansion_follows_the_kubelet() {
        let vars: BTreeMap<String, String> = [("A", "a"), ("EMPTY", "")]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        for (input, expected) in [
            ("$(A)-$(A)", "a-a"),
            ("$(EMPTY)x", "x"),
            ("$(MISSING)", "$(MISSING)"),
            ("$$(A)", "$(A)"),
            ("$$$(A)", "$a"),
            ("$A", "$A"),
            ("$(A", "$(A"),
            ("tail$", "tail$"),
            ("µ$(A)µ", "µaµ"),
            ("$µ", "$µ"),
        ] {
            assert_eq!(expand(input, &[&vars]), expected, "{input}");
        }
    }
}
