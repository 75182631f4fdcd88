//! The operator's configuration, read like ASO's: environment variables (the keys of ASO's
//! `aso-controller-settings` Secret, so its helm values keep working) and command line flags.
//!
//! What is fatal and what is not: an invalid value of a known setting stops the operator at
//! start-up (exit code 2) with a message naming the setting; every duration is bounded, so an
//! absurd one is refused there too, never a panic later. Variables the operator does not know
//! are warnings (see `env`): a pod's environment holds other tools' variables. ASO's flags that
//! have no meaning here are accepted with a warning (see `flags`).

mod duration;
mod env;
mod flags;

use std::collections::BTreeMap;
use std::net::{SocketAddr, ToSocketAddrs};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;

use crate::crds::CrdPattern;
use crate::identity::CredentialValues;

pub use duration::{Bounds, DurationError, bounded, parse_go};
pub use env::{KNOWN_ENV, is_service_link};
pub use flags::{Flags, normalize_go_flags, parse_bool};

/// Bounds of the duration settings: wide enough for any real use, narrow enough that timers and
/// clock arithmetic cannot overflow.
pub const SYNC_PERIOD_BOUNDS: Bounds =
    Bounds::new(Duration::from_secs(1), Duration::from_secs(365 * 24 * 3600));
pub const BACKOFF_BOUNDS: Bounds =
    Bounds::new(Duration::from_millis(1), Duration::from_secs(24 * 3600));
pub const POLL_BOUNDS: Bounds = Bounds::new(Duration::from_millis(1), Duration::from_secs(3600));
pub const LEASE_BOUNDS: Bounds = Bounds::new(Duration::from_secs(1), Duration::from_secs(3600));
/// Workers are tasks; beyond this many they only cost memory and ARM throttling.
pub const MAX_CONCURRENT_RECONCILES_LIMIT: usize = 4096;

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

/// `AZURE_OPERATOR_MODE`, ASO's split between the controllers (watchers) and the webhook
/// server. This operator has no admission webhooks (CEL rules in the CRDs do their checks); its
/// webhook server is the conversion webhook (`crate::webhook`), which `webhooks` runs alone,
/// without controllers or Azure credentials.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OperatorMode {
    WatchersAndWebhooks,
    Watchers,
    Webhooks,
}

impl OperatorMode {
    pub fn runs_watchers(self) -> bool {
        self != OperatorMode::Webhooks
    }

    pub fn runs_webhooks(self) -> bool {
        self != OperatorMode::Watchers
    }
}

/// `RATE_LIMIT_MODE` and its knobs, as ASO: `bucket` limits how often reconciles start with a
/// token bucket (`RATE_LIMIT_QPS` refill per second, `RATE_LIMIT_BUCKET_SIZE` burst); ours is
/// one bucket for all kinds, as the worker pool is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RateLimit {
    Disabled,
    Bucket { qps: f64, bucket_size: u32 },
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
    /// `MAX_CONCURRENT_RECONCILES`: the size of the one worker pool all kinds share (ASO: per
    /// controller).
    pub max_concurrent_reconciles: usize,
    pub operator_mode: OperatorMode,
    pub rate_limit: RateLimit,
    pub resource_manager_endpoint: String,
    pub resource_manager_audience: String,
    pub authority_host: String,
    pub pod_namespace: String,
    pub crd_pattern: CrdPattern,
    /// `--crd-management=auto` (install and upgrade CRDs); `false` for `none`.
    pub manage_crds: bool,
    pub metrics_addr: Option<SocketAddr>,
    /// `--secure-metrics`: HTTPS, Kubernetes authentication and authorization.
    pub secure_metrics: bool,
    /// `--metrics-cert-dir`: `tls.crt` and `tls.key` for secure metrics; self-signed when `None`.
    pub metrics_cert_dir: Option<PathBuf>,
    pub health_addr: Option<SocketAddr>,
    /// `--webhook-port`, on every interface: the conversion webhook (when the mode runs it).
    pub webhook_addr: SocketAddr,
    pub leader_election: bool,
    /// `SSL_CERT_FILE`: extra CAs to trust (ARM, Entra ID and database servers).
    pub ssl_cert_file: Option<PathBuf>,
    /// `ASO_DATABASE_ADDRESS_MAP`: database server FQDNs sent to other addresses instead of DNS
    /// (`*.postgres.database.azure.com=127.0.0.1:55432,...`). Empty, so off, unless set: it
    /// exists for tests and the playground, which point the ARM simulator's server names at
    /// local servers. TLS still verifies the certificate against the FQDN.
    pub database_address_map: aso_dbuser::AddressMap,
    pub federated_token_file: PathBuf,
    pub imds_endpoint: String,
    /// `IDENTITY_ENDPOINT` and `IDENTITY_HEADER`.
    pub identity_endpoint: Option<(String, String)>,
    pub user_agent_suffix: Option<String>,
    /// The log filter when `RUST_LOG` is not set (from `--v`).
    pub log_filter: String,
    pub timings: Timings,
    /// What start-up should log as warnings: unknown variables, flags without effect.
    pub warnings: Vec<String>,
}

/// Why the operator does not start: help or version asked for (exit 0, printed to stdout), or
/// an invalid setting (exit 2, to stderr).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exit {
    pub code: u8,
    pub message: String,
}

impl Exit {
    fn invalid(message: String) -> Exit {
        Exit { code: 2, message }
    }

    /// Prints the message where it belongs and gives the process's exit code.
    pub fn report(&self) -> ExitCode {
        if self.code == 0 {
            print!("{}", self.message);
        } else {
            eprintln!("aso-operator: invalid configuration: {}", self.message);
        }
        ExitCode::from(self.code)
    }
}

impl std::fmt::Display for Exit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// The ASO default for `AZURE_FEDERATED_TOKEN_FILE`: where its chart projects the token.
pub const DEFAULT_FEDERATED_TOKEN_FILE: &str = "/var/run/secrets/tokens/azure-identity";

impl Settings {
    /// Reads the settings from the process environment and arguments.
    pub fn from_process() -> Result<Settings, Exit> {
        // Variables that are not UTF-8 cannot be the operator's; skipping them keeps
        // std::env::vars from panicking on them.
        let env: BTreeMap<String, String> = std::env::vars_os()
            .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
            .collect();
        let args: Vec<String> = std::env::args_os()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        Settings::from_args(&env, &args)
    }

    /// Reads the settings from `env` and `args` (`args[0]` is the program name); an invalid
    /// setting is an error naming it.
    pub fn parse(env: &BTreeMap<String, String>, args: &[String]) -> Result<Settings, String> {
        Settings::from_args(env, args).map_err(|e| e.message)
    }

    /// As [`Settings::parse`], telling help and version apart from errors.
    pub fn from_args(env: &BTreeMap<String, String>, args: &[String]) -> Result<Settings, Exit> {
        let flags = match Flags::try_parse_from(normalize_go_flags(args)) {
            Ok(flags) => flags,
            Err(e) => {
                use clap::error::ErrorKind;
                let code = match e.kind() {
                    ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => 0,
                    _ => 2,
                };
                return Err(Exit {
                    code,
                    message: e.to_string(),
                });
            }
        };
        Settings::from_flags(env, flags).map_err(Exit::invalid)
    }

    fn from_flags(env: &BTreeMap<String, String>, flags: Flags) -> Result<Settings, String> {
        let mut warnings = env::unknown_variable_warnings(env.keys());
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
            // The workload identity webhook injects AZURE_CLIENT_ID into every pod it mutates,
            // so a client without a subscription is not a mistake to stop for.
            for name in ["AZURE_CLIENT_SECRET", "AZURE_CLIENT_CERTIFICATE"] {
                if get(name).is_some() {
                    warnings.push(format!(
                        "{name} is set but AZURE_SUBSCRIPTION_ID is not: there is no global credential, only namespaced ones are used"
                    ));
                }
            }
        }
        let sync_period = match get("AZURE_SYNC_PERIOD") {
            None => Some(Duration::from_secs(3600)),
            Some(v) if v.eq_ignore_ascii_case("never") => None,
            Some(v) => Some(bounded("AZURE_SYNC_PERIOD", &v, SYNC_PERIOD_BOUNDS)?),
        };
        let target_namespaces = target_namespaces(get("AZURE_TARGET_NAMESPACES"))?;
        let max_concurrent_reconciles = match get("MAX_CONCURRENT_RECONCILES") {
            None => 32,
            Some(v) => match v.parse::<usize>() {
                Ok(n) if (1..=MAX_CONCURRENT_RECONCILES_LIMIT).contains(&n) => n,
                _ => {
                    return Err(format!(
                        "MAX_CONCURRENT_RECONCILES is {v:?}; expected a whole number from 1 to {MAX_CONCURRENT_RECONCILES_LIMIT}"
                    ));
                }
            },
        };
        let operator_mode = match get("AZURE_OPERATOR_MODE").as_deref() {
            None | Some("watchers-and-webhooks") => OperatorMode::WatchersAndWebhooks,
            Some("watchers") => OperatorMode::Watchers,
            Some("webhooks") => OperatorMode::Webhooks,
            Some(other) => {
                return Err(format!(
                    "AZURE_OPERATOR_MODE is {other:?}; expected watchers-and-webhooks, watchers or webhooks"
                ));
            }
        };
        if !operator_mode.runs_watchers() && !target_namespaces.is_empty() {
            return Err(
                "AZURE_TARGET_NAMESPACES is set but AZURE_OPERATOR_MODE is webhooks, which watches nothing"
                    .into(),
            );
        }
        let rate_limit = rate_limit(&get)?;
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
        let user_agent_suffix = get("AZURE_USER_AGENT_SUFFIX");
        if let Some(suffix) = &user_agent_suffix
            && suffix.chars().any(|c| c.is_control())
        {
            return Err(format!(
                "AZURE_USER_AGENT_SUFFIX is {suffix:?}; it must not hold control characters (it goes into an HTTP header)"
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
        let webhook_addr = SocketAddr::from(([0, 0, 0, 0], flags.webhook_port));
        let timings = Timings {
            backoff_min: bounded(
                "--retry-backoff-min",
                &flags.retry_backoff_min,
                BACKOFF_BOUNDS,
            )?,
            backoff_max: bounded(
                "--retry-backoff-max",
                &flags.retry_backoff_max,
                BACKOFF_BOUNDS,
            )?,
            default_poll: bounded(
                "--default-poll-interval",
                &flags.default_poll_interval,
                POLL_BOUNDS,
            )?,
            lease_duration: bounded(
                "--leader-election-lease",
                &flags.leader_election_lease,
                LEASE_BOUNDS,
            )?,
            ..Timings::default()
        };
        if timings.backoff_max < timings.backoff_min {
            return Err("--retry-backoff-max must not be shorter than --retry-backoff-min".into());
        }
        if flags.metrics_cert_dir.is_some() && !flags.secure_metrics {
            warnings.push(
                "--metrics-cert-dir has no effect without --secure-metrics: metrics are served over plain HTTP"
                    .into(),
            );
        }
        for flag in flags.without_effect() {
            warnings.push(format!(
                "{flag} is one of Azure Service Operator's flags that has no effect in this operator; ignored"
            ));
        }
        let database_address_map = match get("ASO_DATABASE_ADDRESS_MAP") {
            None => aso_dbuser::AddressMap::default(),
            Some(v) => aso_dbuser::AddressMap::parse(&v)
                .map_err(|e| format!("ASO_DATABASE_ADDRESS_MAP: {e}"))?,
        };
        if !database_address_map.is_empty() {
            warnings.push(
                "ASO_DATABASE_ADDRESS_MAP is set: database servers are reached at the addresses it gives, not through DNS (a test setting)"
                    .into(),
            );
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
            operator_mode,
            rate_limit,
            resource_manager_endpoint,
            resource_manager_audience,
            authority_host,
            pod_namespace,
            crd_pattern,
            manage_crds: flags.crd_management == "auto",
            metrics_addr,
            secure_metrics: flags.secure_metrics,
            metrics_cert_dir: flags.metrics_cert_dir.map(PathBuf::from),
            health_addr,
            webhook_addr,
            leader_election: flags.enable_leader_election,
            ssl_cert_file: env
                .get("SSL_CERT_FILE")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from),
            database_address_map,
            federated_token_file: get("AZURE_FEDERATED_TOKEN_FILE")
                .unwrap_or_else(|| DEFAULT_FEDERATED_TOKEN_FILE.into())
                .into(),
            imds_endpoint,
            identity_endpoint,
            user_agent_suffix,
            log_filter: log_filter(flags.verbosity).into(),
            timings,
            warnings,
        })
    }

    /// The `User-Agent` of ARM requests: the operator and its version, then
    /// `AZURE_USER_AGENT_SUFFIX` as ASO appends it.
    pub fn user_agent(&self) -> String {
        let base = concat!("aso-operator/", env!("CARGO_PKG_VERSION"));
        match &self.user_agent_suffix {
            Some(suffix) => format!("{base} {suffix}"),
            None => base.to_string(),
        }
    }
}

/// klog's `--v` as a tracing filter; ASO's chart passes `--v=2`, its usual level.
fn log_filter(verbosity: Option<u8>) -> &'static str {
    match verbosity.unwrap_or(0) {
        0..=2 => "info",
        3..=4 => "info,aso_operator=debug",
        _ => "info,aso_operator=trace",
    }
}

fn target_namespaces(value: Option<String>) -> Result<Vec<String>, String> {
    let Some(v) = value else {
        return Ok(Vec::new());
    };
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
    Ok(list)
}

fn rate_limit(get: &dyn Fn(&str) -> Option<String>) -> Result<RateLimit, String> {
    let qps = match get("RATE_LIMIT_QPS") {
        None => 5.0,
        Some(v) => match v.parse::<f64>() {
            Ok(q) if q.is_finite() && q > 0.0 && q <= 1e6 => q,
            _ => {
                return Err(format!(
                    "RATE_LIMIT_QPS is {v:?}; expected a number of reconciles per second above 0 (at most 1000000)"
                ));
            }
        },
    };
    let bucket_size = match get("RATE_LIMIT_BUCKET_SIZE") {
        None => 100,
        Some(v) => match v.parse::<u32>() {
            Ok(n) if (1..=1_000_000).contains(&n) => n,
            _ => {
                return Err(format!(
                    "RATE_LIMIT_BUCKET_SIZE is {v:?}; expected a whole number from 1 to 1000000"
                ));
            }
        },
    };
    match get("RATE_LIMIT_MODE").as_deref() {
        None | Some("disabled") => Ok(RateLimit::Disabled),
        Some("bucket") => Ok(RateLimit::Bucket { qps, bucket_size }),
        Some(other) => Err(format!(
            "RATE_LIMIT_MODE is {other:?}; expected disabled or bucket"
        )),
    }
}

/// A DNS label (RFC 1123), as namespace names are.
pub(crate) fn is_dns_label(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 63
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// Go's duration syntax, within Go's range (`None` for anything else). Settings use
/// [`bounded`], which names the setting and its range.
pub fn parse_go_duration(text: &str) -> Option<Duration> {
    parse_go(text.trim()).ok()
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
mod tests;
