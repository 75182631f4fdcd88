//! The operator's configuration, read like ASO's: environment variables (the keys of ASO's
//! `aso-controller-settings` Secret, so its helm values keep working) and command line flags.
//! Unknown or invalid settings stop the operator at start-up with a message naming the setting.

use std::collections::BTreeMap;
use std::net::{SocketAddr, ToSocketAddrs};
use std::path::PathBuf;
use std::time::Duration;

use clap::Parser;

use crate::crds::CrdPattern;
use crate::identity::CredentialValues;

/// Environment variables the operator reads.
const KNOWN_ENV: &[&str] = &[
    "AZURE_SUBSCRIPTION_ID",
    "AZURE_TENANT_ID",
    "AZURE_CLIENT_ID",
    "AZURE_CLIENT_SECRET",
    "AZURE_CLIENT_CERTIFICATE",
    "AZURE_CLIENT_CERTIFICATE_PASSWORD",
    "USE_WORKLOAD_IDENTITY_AUTH",
    "AZURE_SYNC_PERIOD",
    "AZURE_TARGET_NAMESPACES",
    "MAX_CONCURRENT_RECONCILES",
    "AZURE_RESOURCE_MANAGER_ENDPOINT",
    "AZURE_RESOURCE_MANAGER_AUDIENCE",
    "AZURE_AUTHORITY_HOST",
    "POD_NAMESPACE",
    "AZURE_FEDERATED_TOKEN_FILE",
    "AZURE_POD_IDENTITY_AUTHORITY_HOST",
    "AZURE_OPERATOR_MODE",
    "AZURE_USER_AGENT_SUFFIX",
];

/// Prefixes whose unknown variables are reported: they can only be meant for the operator.
const OWN_PREFIXES: &[&str] = &["AZURE_", "ASO_"];

/// Command line flags (ASO's, plus timing knobs with production defaults).
#[derive(Debug, Clone, Parser)]
#[command(
    name = "aso-operator",
    version,
    about = "Makes Azure match Kubernetes resources"
)]
pub struct Flags {
    /// CRDs to install, as ASO spells it: `group/Kind` patterns with `*` wildcards, separated by
    /// `;` (for example `resources.azure.com/*;storage.azure.com/StorageAccount`).
    #[arg(long, default_value = "")]
    pub crd_pattern: String,
    /// Where Prometheus metrics are served (`host:port`, `:port`, or `0` to disable).
    #[arg(long, default_value = ":8080")]
    pub metrics_addr: String,
    /// Where `/healthz` and `/readyz` are served (`0` to disable).
    #[arg(long, default_value = ":8081")]
    pub health_addr: String,
    /// Run controllers only while holding a Lease in POD_NAMESPACE.
    #[arg(long, default_value_t = false)]
    pub enable_leader_election: bool,
    /// First retry delay after a retryable failure (doubles per attempt, jittered).
    #[arg(long, default_value = "2s")]
    pub retry_backoff_min: String,
    /// Longest retry delay.
    #[arg(long, default_value = "5m")]
    pub retry_backoff_max: String,
    /// Poll interval of long-running operations when ARM gives no Retry-After.
    #[arg(long, default_value = "10s")]
    pub default_poll_interval: String,
    /// Leader election lease duration.
    #[arg(long, default_value = "15s")]
    pub leader_election_lease: String,
}

/// Timing knobs.
#[derive(Debug, Clone, Copy)]
pub struct Timings {
    pub backoff_min: Duration,
    pub backoff_max: Duration,
    pub default_poll: Duration,
    pub lease_duration: Duration,
    pub registration_poll: Duration,
    pub registration_timeout: Duration,
}

impl Default for Timings {
    fn default() -> Self {
        Timings {
            backoff_min: Duration::from_secs(2),
            backoff_max: Duration::from_secs(300),
            default_poll: Duration::from_secs(10),
            lease_duration: Duration::from_secs(15),
            registration_poll: Duration::from_secs(2),
            registration_timeout: Duration::from_secs(120),
        }
    }
}

/// The validated configuration.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The global credential, when the environment gives a subscription.
    pub global_credential: Option<CredentialValues>,
    /// `AZURE_SYNC_PERIOD`; `None` for `never`.
    pub sync_period: Option<Duration>,
    /// `AZURE_TARGET_NAMESPACES`; empty for all namespaces.
    pub target_namespaces: Vec<String>,
    pub max_concurrent_reconciles: usize,
    pub resource_manager_endpoint: String,
    pub resource_manager_audience: String,
    pub authority_host: String,
    pub pod_namespace: String,
    pub crd_pattern: CrdPattern,
    pub metrics_addr: Option<SocketAddr>,
    pub health_addr: Option<SocketAddr>,
    pub leader_election: bool,
    /// `SSL_CERT_FILE`: extra CAs to trust.
    pub ssl_cert_file: Option<PathBuf>,
    pub federated_token_file: PathBuf,
    pub imds_endpoint: String,
    /// `IDENTITY_ENDPOINT` and `IDENTITY_HEADER`.
    pub identity_endpoint: Option<(String, String)>,
    pub user_agent_suffix: Option<String>,
    pub timings: Timings,
}

impl Settings {
    /// Reads the settings from the process environment and arguments.
    pub fn from_process() -> Result<Settings, String> {
        let env: BTreeMap<String, String> = std::env::vars().collect();
        let args: Vec<String> = std::env::args().collect();
        Settings::parse(&env, &args)
    }

    /// Reads the settings from `env` and `args` (`args[0]` is the program name).
    pub fn parse(env: &BTreeMap<String, String>, args: &[String]) -> Result<Settings, String> {
        let flags = Flags::try_parse_from(args).map_err(|e| e.to_string())?;
        for name in env.keys() {
            if OWN_PREFIXES.iter().any(|p| name.starts_with(p))
                && !KNOWN_ENV.contains(&name.as_str())
            {
                return Err(format!(
                    "unknown setting {name}: the operator reads {}",
                    KNOWN_ENV.join(", ")
                ));
            }
        }
        let get = |name: &str| {
            env.get(name)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let use_workload_identity = match get("USE_WORKLOAD_IDENTITY_AUTH") {
            Some(v) => parse_bool(&v).ok_or_else(|| {
                format!("USE_WORKLOAD_IDENTITY_AUTH is {v:?}; expected true or false")
            })?,
            None => false,
        };
        let global_credential = get("AZURE_SUBSCRIPTION_ID").map(|subscription| CredentialValues {
            subscription: Some(subscription),
            tenant: get("AZURE_TENANT_ID"),
            client_id: get("AZURE_CLIENT_ID"),
            client_secret: get("AZURE_CLIENT_SECRET"),
            certificate: get("AZURE_CLIENT_CERTIFICATE"),
            certificate_password: get("AZURE_CLIENT_CERTIFICATE_PASSWORD"),
            auth_mode: use_workload_identity.then(|| "workloadidentity".to_string()),
            service_account: None,
        });
        if global_credential.is_none() {
            for name in [
                "AZURE_CLIENT_ID",
                "AZURE_CLIENT_SECRET",
                "AZURE_CLIENT_CERTIFICATE",
            ] {
                if get(name).is_some() {
                    return Err(format!(
                        "{name} is set but AZURE_SUBSCRIPTION_ID is not: the global credential needs its subscription"
                    ));
                }
            }
        }
        let sync_period = match get("AZURE_SYNC_PERIOD") {
            None => Some(Duration::from_secs(3600)),
            Some(v) if v.eq_ignore_ascii_case("never") => None,
            Some(v) => Some(positive_duration("AZURE_SYNC_PERIOD", &v)?),
        };
        let target_namespaces = match get("AZURE_TARGET_NAMESPACES") {
            None => Vec::new(),
            Some(v) => {
                let list: Vec<String> = v
                    .split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect();
                for ns in &list {
                    if !is_dns_label(ns) {
                        return Err(format!(
                            "AZURE_TARGET_NAMESPACES: {ns:?} is not a valid namespace name"
                        ));
                    }
                }
                list
            }
        };
        let max_concurrent_reconciles = match get("MAX_CONCURRENT_RECONCILES") {
            None => 32,
            Some(v) => match v.parse::<usize>() {
                Ok(n) if n > 0 => n,
                _ => {
                    return Err(format!(
                        "MAX_CONCURRENT_RECONCILES is {v:?}; expected a positive whole number"
                    ));
                }
            },
        };
        let url = |name: &str, default: &str| -> Result<String, String> {
            let value = get(name).unwrap_or_else(|| default.to_string());
            match url::Url::parse(&value) {
                Ok(u) if matches!(u.scheme(), "https" | "http") && u.host().is_some() => {
                    Ok(value.trim_end_matches('/').to_string())
                }
                _ => Err(format!("{name} is {value:?}; expected an http(s) URL")),
            }
        };
        // Bearer tokens and client secrets go to these two: never in clear, never with a path
        // that could point elsewhere on the host (`arm::url::Endpoint` is what requests use).
        let resource_manager_endpoint = url(
            "AZURE_RESOURCE_MANAGER_ENDPOINT",
            "https://management.azure.com",
        )?;
        crate::arm::Endpoint::parse(&resource_manager_endpoint)
            .map_err(|e| format!("AZURE_RESOURCE_MANAGER_ENDPOINT: {e}"))?;
        let authority_host = url("AZURE_AUTHORITY_HOST", "https://login.microsoftonline.com")?;
        if !authority_host.starts_with("https://") {
            return Err(format!(
                "AZURE_AUTHORITY_HOST is {authority_host:?}; expected an https URL (client secrets and assertions are sent there)"
            ));
        }
        let imds_endpoint = url(
            "AZURE_POD_IDENTITY_AUTHORITY_HOST",
            "http://169.254.169.254",
        )?;
        // The audience is an identifier, kept with its trailing slash as Azure spells it.
        let resource_manager_audience = get("AZURE_RESOURCE_MANAGER_AUDIENCE")
            .unwrap_or_else(|| "https://management.core.windows.net/".to_string());
        if url::Url::parse(&resource_manager_audience).is_err() {
            return Err(format!(
                "AZURE_RESOURCE_MANAGER_AUDIENCE is {resource_manager_audience:?}; expected a URI"
            ));
        }
        if let Some(mode) = get("AZURE_OPERATOR_MODE")
            && !matches!(mode.as_str(), "watchers" | "watchers-and-webhooks")
        {
            return Err(format!(
                "AZURE_OPERATOR_MODE is {mode:?}; this operator has no webhooks, so only watchers (or watchers-and-webhooks) is accepted"
            ));
        }
        let pod_namespace =
            get("POD_NAMESPACE").unwrap_or_else(|| "azureserviceoperator-system".into());
        if !is_dns_label(&pod_namespace) {
            return Err(format!(
                "POD_NAMESPACE is {pod_namespace:?}; expected a namespace name"
            ));
        }
        let crd_pattern = CrdPattern::parse(&flags.crd_pattern)?;
        let metrics_addr = listen_addr("--metrics-addr", &flags.metrics_addr)?;
        let health_addr = listen_addr("--health-addr", &flags.health_addr)?;
        let timings = Timings {
            backoff_min: positive_duration("--retry-backoff-min", &flags.retry_backoff_min)?,
            backoff_max: positive_duration("--retry-backoff-max", &flags.retry_backoff_max)?,
            default_poll: positive_duration(
                "--default-poll-interval",
                &flags.default_poll_interval,
            )?,
            lease_duration: positive_duration(
                "--leader-election-lease",
                &flags.leader_election_lease,
            )?,
            ..Timings::default()
        };
        if timings.backoff_max < timings.backoff_min {
            return Err("--retry-backoff-max must not be shorter than --retry-backoff-min".into());
        }
        let identity_endpoint = match (env.get("IDENTITY_ENDPOINT"), env.get("IDENTITY_HEADER")) {
            (Some(e), Some(h)) if !e.is_empty() && !h.is_empty() => Some((e.clone(), h.clone())),
            _ => None,
        };
        Ok(Settings {
            global_credential,
            sync_period,
            target_namespaces,
            max_concurrent_reconciles,
            resource_manager_endpoint,
            resource_manager_audience,
            authority_host,
            pod_namespace,
            crd_pattern,
            metrics_addr,
            health_addr,
            leader_election: flags.enable_leader_election,
            ssl_cert_file: env
                .get("SSL_CERT_FILE")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from),
            federated_token_file: get("AZURE_FEDERATED_TOKEN_FILE")
                .unwrap_or_else(|| "/var/run/secrets/azure/tokens/azure-identity-token".into())
                .into(),
            imds_endpoint,
            identity_endpoint,
            user_agent_suffix: get("AZURE_USER_AGENT_SUFFIX"),
            timings,
        })
    }
}

/// Go's `strconv.ParseBool`, which ASO's settings use.
fn parse_bool(v: &str) -> Option<bool> {
    match v {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

fn is_dns_label(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 63
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

fn positive_duration(name: &str, value: &str) -> Result<Duration, String> {
    match parse_go_duration(value) {
        Some(d) if !d.is_zero() => Ok(d),
        Some(_) => Err(format!("{name} is {value:?}; it must be longer than zero")),
        None => Err(format!(
            "{name} is {value:?}; expected a duration such as 90s, 15m or 1h30m"
        )),
    }
}

/// Go's duration syntax: a sequence of numbers with units (`ns`, `us`, `ms`, `s`, `m`, `h`).
pub fn parse_go_duration(text: &str) -> Option<Duration> {
    let text = text.trim();
    if text == "0" {
        return Some(Duration::ZERO);
    }
    let mut rest = text;
    let mut total = 0f64;
    if rest.is_empty() {
        return None;
    }
    while !rest.is_empty() {
        let number_end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        if number_end == 0 {
            return None;
        }
        let number: f64 = rest[..number_end].parse().ok()?;
        rest = &rest[number_end..];
        let unit_end = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let seconds = match &rest[..unit_end] {
            "ns" => 1e-9,
            "us" | "µs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            _ => return None,
        };
        total += number * seconds;
        rest = &rest[unit_end..];
    }
    Some(Duration::from_secs_f64(total))
}

/// `:8080` (all interfaces), `127.0.0.1:0`, `localhost:9000`, or `0` (disabled).
fn listen_addr(name: &str, value: &str) -> Result<Option<SocketAddr>, String> {
    let value = value.trim();
    if value == "0" || value.is_empty() {
        return Ok(None);
    }
    let full = if value.starts_with(':') {
        format!("0.0.0.0{value}")
    } else {
        value.to_string()
    };
    full.to_socket_addrs()
        .ok()
        .and_then(|mut a| a.next())
        .map(Some)
        .ok_or_else(|| format!("{name} is {value:?}; expected host:port, :port or 0"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(env: &[(&str, &str)], args: &[&str]) -> Result<Settings, String> {
        let env = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let mut argv = vec!["aso-operator".to_string()];
        argv.extend(args.iter().map(|a| a.to_string()));
        Settings::parse(&env, &argv)
    }

    #[test]
    fn defaults_are_asos() {
        let s = parse(&[], &[]).unwrap();
        assert_eq!(s.sync_period, Some(Duration::from_secs(3600)));
        assert_eq!(s.resource_manager_endpoint, "https://management.azure.com");
        assert_eq!(
            s.resource_manager_audience,
            "https://management.core.windows.net/"
        );
        assert_eq!(s.metrics_addr, Some("0.0.0.0:8080".parse().unwrap()));
        assert!(s.global_credential.is_none());
        assert!(!s.leader_election);
    }

    #[test]
    fn reads_asos_settings() {
        let s = parse(
            &[
                ("AZURE_SUBSCRIPTION_ID", "sub"),
                ("AZURE_TENANT_ID", "tenant"),
                ("AZURE_CLIENT_ID", "client"),
                ("AZURE_CLIENT_SECRET", "s3cret"),
                ("AZURE_SYNC_PERIOD", "never"),
                ("AZURE_TARGET_NAMESPACES", "a, b"),
                ("MAX_CONCURRENT_RECONCILES", "4"),
                ("USE_WORKLOAD_IDENTITY_AUTH", "false"),
                ("PATH", "/bin"),
            ],
            &[
                "--crd-pattern",
                "resources.azure.com/*",
                "--metrics-addr",
                "127.0.0.1:0",
                "--enable-leader-election",
            ],
        )
        .unwrap();
        assert_eq!(s.sync_period, None);
        assert_eq!(s.target_namespaces, vec!["a", "b"]);
        assert_eq!(s.max_concurrent_reconciles, 4);
        assert!(s.leader_election);
        assert_eq!(
            s.global_credential.unwrap().client_secret.as_deref(),
            Some("s3cret")
        );
    }

    #[test]
    fn invalid_settings_are_named() {
        type Case<'a> = (&'a [(&'a str, &'a str)], &'a [&'a str], &'a str);
        let cases: &[Case] = &[
            (&[("AZURE_SYNC_PERIOD", "soon")], &[], "AZURE_SYNC_PERIOD"),
            (&[("AZURE_SYNC_PERIOD", "0s")], &[], "AZURE_SYNC_PERIOD"),
            (
                &[("MAX_CONCURRENT_RECONCILES", "0")],
                &[],
                "MAX_CONCURRENT_RECONCILES",
            ),
            (
                &[("USE_WORKLOAD_IDENTITY_AUTH", "maybe")],
                &[],
                "USE_WORKLOAD_IDENTITY_AUTH",
            ),
            (
                &[("AZURE_RESOURCE_MANAGER_ENDPOINT", "not a url")],
                &[],
                "AZURE_RESOURCE_MANAGER_ENDPOINT",
            ),
            (
                &[(
                    "AZURE_RESOURCE_MANAGER_ENDPOINT",
                    "http://management.azure.com",
                )],
                &[],
                "AZURE_RESOURCE_MANAGER_ENDPOINT",
            ),
            (
                &[(
                    "AZURE_RESOURCE_MANAGER_ENDPOINT",
                    "https://management.azure.com/proxy",
                )],
                &[],
                "AZURE_RESOURCE_MANAGER_ENDPOINT",
            ),
            (
                &[("AZURE_AUTHORITY_HOST", "http://login.example")],
                &[],
                "AZURE_AUTHORITY_HOST",
            ),
            (
                &[("AZURE_TARGET_NAMESPACES", "Bad_NS")],
                &[],
                "AZURE_TARGET_NAMESPACES",
            ),
            (
                &[("AZURE_SUBSCRIPTON_ID", "typo")],
                &[],
                "AZURE_SUBSCRIPTON_ID",
            ),
            (
                &[("AZURE_CLIENT_SECRET", "x")],
                &[],
                "AZURE_SUBSCRIPTION_ID",
            ),
            (&[], &["--crd-pattern", "nogroup"], "--crd-pattern"),
            (&[], &["--metrics-addr", "nowhere"], "--metrics-addr"),
            (&[], &["--no-such-flag"], "--no-such-flag"),
        ];
        for (env, args, named) in cases {
            let err = parse(env, args).unwrap_err();
            assert!(err.contains(named), "{named}: {err}");
        }
    }

    #[test]
    fn go_durations() {
        assert_eq!(parse_go_duration("1h30m"), Some(Duration::from_secs(5400)));
        assert_eq!(parse_go_duration("500ms"), Some(Duration::from_millis(500)));
        assert_eq!(parse_go_duration("1.5s"), Some(Duration::from_millis(1500)));
        assert_eq!(parse_go_duration("10"), None);
        assert_eq!(parse_go_duration("1d"), None);
    }
}
