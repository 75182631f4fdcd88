//! The command line, as ASO's (Go `flag` package) is written: `--name=value`, `--name value`,
//! one dash or two (`-v=2`, `--v 2`), booleans bare or with `=true`/`=false`. ASO's flags are all
//! accepted: those this operator implements act, the others are accepted with a warning that they
//! have no effect, so ASO's manifests and charts start it unchanged.

use clap::Parser;

/// Go's `strconv.ParseBool`, which ASO's boolean flags and settings use.
pub fn parse_bool(v: &str) -> Option<bool> {
    match v {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

fn go_bool(v: &str) -> Result<bool, String> {
    parse_bool(v).ok_or_else(|| format!("{v:?} is not a boolean (true or false)"))
}

/// Command line flags: ASO's, klog's, and timing knobs of our own with production defaults.
#[derive(Debug, Clone, Parser)]
#[command(
    name = "aso-operator",
    version,
    about = "Makes Azure match the Azure resources in a Kubernetes cluster (Azure Service Operator v2 compatible)",
    long_about = "Makes Azure match the Azure resources in a Kubernetes cluster (Azure Service Operator v2 compatible).\n\nSettings come from ASO's environment variables (AZURE_SUBSCRIPTION_ID, AZURE_SYNC_PERIOD, ...; see the README) and these flags. Flags may be written as Go writes them: -flag=value, --flag value, -v=2."
)]
pub struct Flags {
    /// CRDs to install, as ASO spells it: `group/Kind` patterns with `*` wildcards, separated by
    /// `;` (for example `resources.azure.com/*;storage.azure.com/StorageAccount`).
    #[arg(long, default_value = "")]
    pub crd_pattern: String,
    /// `auto` installs and upgrades the CRDs `--crd-pattern` selects; `none` leaves CRDs alone.
    #[arg(long, default_value = "auto", value_parser = ["auto", "none"])]
    pub crd_management: String,
    /// Where Prometheus metrics are served (`host:port`, `:port`, or `0` to disable).
    #[arg(long, default_value = ":8080")]
    pub metrics_addr: String,
    /// Serve metrics over HTTPS, only to callers Kubernetes authenticates (TokenReview) and
    /// authorizes for `get` on the non-resource URL `/metrics` (SubjectAccessReview).
    #[arg(long, num_args = 0..=1, require_equals = true, default_value = "false",
          default_missing_value = "true", value_parser = go_bool)]
    pub secure_metrics: bool,
    /// With --secure-metrics: a directory holding `tls.crt` and `tls.key` to serve; a
    /// self-signed certificate is made at start-up when not given.
    #[arg(long)]
    pub metrics_cert_dir: Option<String>,
    /// ASO serves Go's pprof here; accepted, without effect.
    #[arg(long, num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = go_bool)]
    pub profiling_metrics: Option<bool>,
    /// Where `/healthz` and `/readyz` are served (`0` to disable).
    #[arg(long, default_value = ":8081")]
    pub health_addr: String,
    /// Run controllers only while holding a Lease in POD_NAMESPACE.
    #[arg(long, num_args = 0..=1, require_equals = true, default_value = "false",
          default_missing_value = "true", value_parser = go_bool)]
    pub enable_leader_election: bool,
    /// The port the conversion webhook listens on, on every interface, in
    /// AZURE_OPERATOR_MODE webhooks and watchers-and-webhooks (`0`: any free port).
    #[arg(long, default_value_t = 9443)]
    pub webhook_port: u16,
    /// ASO's webhook certificate directory; accepted, without effect (the webhook issues its
    /// own certificate, kept in a Secret).
    #[arg(long)]
    pub webhook_cert_dir: Option<String>,
    /// ASO's pre-upgrade check; accepted, without effect.
    #[arg(long, num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = go_bool)]
    pub pre_upgrade_check: Option<bool>,
    /// klog's verbosity: 0-2 log at info, 3-4 at debug, 5 and more at trace (RUST_LOG, when
    /// set, wins).
    #[arg(long = "v", short = 'v')]
    pub verbosity: Option<u8>,
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
    #[command(flatten)]
    pub klog: KlogFlags,
}

/// klog's flags, which ASO's binary registers: accepted so ASO's manifests work, without effect
/// (the operator logs JSON to stderr; `RUST_LOG` or `--v` set the level).
#[derive(Debug, Clone, clap::Args)]
#[command(next_help_heading = "klog's flags (accepted, without effect)")]
pub struct KlogFlags {
    #[arg(long = "vmodule", hide_short_help = true)]
    pub vmodule: Option<String>,
    #[arg(long = "logtostderr", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = go_bool, hide_short_help = true)]
    pub logtostderr: Option<bool>,
    #[arg(long = "alsologtostderr", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = go_bool, hide_short_help = true)]
    pub alsologtostderr: Option<bool>,
    #[arg(long = "log_dir", hide_short_help = true)]
    pub log_dir: Option<String>,
    #[arg(long = "log_file", hide_short_help = true)]
    pub log_file: Option<String>,
    #[arg(long = "log_file_max_size", hide_short_help = true)]
    pub log_file_max_size: Option<u64>,
    #[arg(long = "stderrthreshold", hide_short_help = true)]
    pub stderrthreshold: Option<String>,
    #[arg(long = "log_backtrace_at", hide_short_help = true)]
    pub log_backtrace_at: Option<String>,
    #[arg(long = "add_dir_header", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = go_bool, hide_short_help = true)]
    pub add_dir_header: Option<bool>,
    #[arg(long = "skip_headers", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = go_bool, hide_short_help = true)]
    pub skip_headers: Option<bool>,
    #[arg(long = "skip_log_headers", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = go_bool, hide_short_help = true)]
    pub skip_log_headers: Option<bool>,
    #[arg(long = "one_output", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = go_bool, hide_short_help = true)]
    pub one_output: Option<bool>,
}

impl Flags {
    /// The flags given that this operator accepts without acting on, for the start-up warnings.
    pub fn without_effect(&self) -> Vec<&'static str> {
        let k = &self.klog;
        [
            ("--profiling-metrics", self.profiling_metrics.is_some()),
            ("--webhook-cert-dir", self.webhook_cert_dir.is_some()),
            ("--pre-upgrade-check", self.pre_upgrade_check.is_some()),
            ("--vmodule", k.vmodule.is_some()),
            ("--logtostderr", k.logtostderr.is_some()),
            ("--alsologtostderr", k.alsologtostderr.is_some()),
            ("--log_dir", k.log_dir.is_some()),
            ("--log_file", k.log_file.is_some()),
            ("--log_file_max_size", k.log_file_max_size.is_some()),
            ("--stderrthreshold", k.stderrthreshold.is_some()),
            ("--log_backtrace_at", k.log_backtrace_at.is_some()),
            ("--add_dir_header", k.add_dir_header.is_some()),
            ("--skip_headers", k.skip_headers.is_some()),
            ("--skip_log_headers", k.skip_log_headers.is_some()),
            ("--one_output", k.one_output.is_some()),
        ]
        .into_iter()
        .filter_map(|(name, given)| given.then_some(name))
        .collect()
    }
}

/// Rewrites Go's flag spellings into clap's, as Go's `flag` package reads them: a known flag
/// with one dash is the flag (`-metrics-addr`, `-v`); a flag that takes a value takes the next
/// argument whatever it looks like (`--leader-election-lease -5s` is that flag's value, refused
/// later for its meaning), so it is joined as `--flag=value`. Unknown names and everything after
/// `--` are left for clap to refuse.
pub fn normalize_go_flags(args: &[String]) -> Vec<String> {
    use clap::CommandFactory;
    let command = Flags::command();
    let takes_value = |name: &str| -> Option<bool> {
        command
            .get_arguments()
            .find(|a| a.get_long() == Some(name))
            .map(|a| a.get_action().takes_values() && !a.is_require_equals_set())
    };
    let mut out = Vec::with_capacity(args.len());
    let mut rest = args.iter();
    if let Some(program) = rest.next() {
        out.push(program.clone());
    }
    while let Some(arg) = rest.next() {
        if arg == "--" {
            out.push(arg.clone());
            out.extend(rest.by_ref().cloned());
            break;
        }
        let Some(body) = arg.strip_prefix("--").or_else(|| arg.strip_prefix('-')) else {
            out.push(arg.clone());
            continue;
        };
        let (name, value) = match body.split_once('=') {
            Some((n, v)) => (n, Some(v)),
            None => (body, None),
        };
        match (takes_value(name), value) {
            (Some(true), None) => match rest.next() {
                Some(next) => out.push(format!("--{name}={next}")),
                None => out.push(format!("--{name}")),
            },
            (Some(_), Some(v)) => out.push(format!("--{name}={v}")),
            (Some(false), None) => out.push(format!("--{name}")),
            (None, _) => out.push(arg.clone()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags(args: &[&str]) -> Result<Flags, clap::Error> {
        let argv: Vec<String> = std::iter::once("aso-operator")
            .chain(args.iter().copied())
            .map(String::from)
            .collect();
        Flags::try_parse_from(normalize_go_flags(&argv))
    }

    #[test]
    fn go_spellings_are_accepted() {
        for args in [
            &["--v=2"][..],
            &["--v", "2"],
            &["-v=2"],
            &["-v", "2"],
            &["-metrics-addr=:9090", "-enable-leader-election"],
        ] {
            let f = flags(args).unwrap_or_else(|e| panic!("{args:?}: {e}"));
            assert!(
                f.verbosity == Some(2) || f.metrics_addr == ":9090",
                "{args:?}"
            );
        }
        let f = flags(&["-enable-leader-election=false", "--secure-metrics"]).unwrap();
        assert!(!f.enable_leader_election);
        assert!(f.secure_metrics);
        let f = flags(&["--secure-metrics=false", "--enable-leader-election=1"]).unwrap();
        assert!(!f.secure_metrics);
        assert!(f.enable_leader_election);
    }

    #[test]
    fn every_aso_flag_is_accepted() {
        // ASO v2.8's chart and controller flags, and klog's.
        let f = flags(&[
            "--metrics-addr=0.0.0.0:8443",
            "--secure-metrics=true",
            "--profiling-metrics=false",
            "--health-addr=:8081",
            "--enable-leader-election",
            "--v=2",
            "--crd-pattern=resources.azure.com/*",
            "--crd-management=none",
            "--webhook-port=9443",
            "--webhook-cert-dir=/tmp/k8s-webhook-server/serving-certs",
            "--pre-upgrade-check=true",
            "--vmodule=foo=3",
            "--logtostderr=true",
            "--alsologtostderr",
            "--log_dir=/tmp",
            "--log_file=/tmp/x",
            "--log_file_max_size=1800",
            "--stderrthreshold=ERROR",
            "--log_backtrace_at=x.go:1",
            "--add_dir_header",
            "--skip_headers=false",
            "--skip_log_headers",
            "--one_output",
        ])
        .unwrap();
        assert_eq!(f.crd_management, "none");
        assert_eq!(f.without_effect().len(), 15);
        assert_eq!(f.webhook_port, 9443);
    }

    #[test]
    fn a_value_that_looks_like_a_flag_is_the_value() {
        let f = flags(&["--leader-election-lease", "-5s", "-v", "3"]).unwrap();
        assert_eq!(f.leader_election_lease, "-5s");
        assert_eq!(f.verbosity, Some(3));
        let f = flags(&["-crd-pattern", "-resources.azure.com/*"]).unwrap();
        assert_eq!(f.crd_pattern, "-resources.azure.com/*");
    }

    #[test]
    fn wrong_values_are_named() {
        let e = flags(&["--secure-metrics=maybe"]).unwrap_err().to_string();
        assert!(e.contains("--secure-metrics"), "{e}");
        let e = flags(&["--crd-management=sometimes"])
            .unwrap_err()
            .to_string();
        assert!(e.contains("--crd-management"), "{e}");
        let e = flags(&["--no-such-flag"]).unwrap_err().to_string();
        assert!(e.contains("--no-such-flag"), "{e}");
    }
}
