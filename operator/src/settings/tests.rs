use super::*;
use proptest::prelude::*;

fn parse(env: &[(&str, &str)], args: &[&str]) -> Result<Settings, Exit> {
    let env = env
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let mut argv = vec!["aso-operator".to_string()];
    argv.extend(args.iter().map(|a| a.to_string()));
    Settings::from_args(&env, &argv)
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
    assert!(!s.secure_metrics);
    assert!(s.manage_crds);
    assert_eq!(s.operator_mode, OperatorMode::WatchersAndWebhooks);
    assert_eq!(s.rate_limit, RateLimit::Disabled);
    assert_eq!(
        s.federated_token_file,
        PathBuf::from("/var/run/secrets/tokens/azure-identity")
    );
    assert!(s.warnings.is_empty(), "{:?}", s.warnings);
    assert!(s.database_address_map.is_empty(), "off in production");
}

#[test]
fn the_database_address_map_is_explicit_and_checked() {
    let s = parse(
        &[(
            "ASO_DATABASE_ADDRESS_MAP",
            "*.postgres.database.azure.com=127.0.0.1:55432",
        )],
        &[],
    )
    .unwrap();
    assert_eq!(
        s.database_address_map
            .lookup("a.postgres.database.azure.com"),
        Some("127.0.0.1:55432".parse().unwrap())
    );
    assert!(
        s.warnings
            .iter()
            .any(|w| w.contains("ASO_DATABASE_ADDRESS_MAP"))
    );
    let bad = parse(&[("ASO_DATABASE_ADDRESS_MAP", "x=localhost")], &[]).unwrap_err();
    assert_eq!(bad.code, 2);
    assert!(
        bad.message.contains("ASO_DATABASE_ADDRESS_MAP"),
        "{}",
        bad.message
    );
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
            ("AZURE_OPERATOR_MODE", "watchers"),
            ("RATE_LIMIT_MODE", "bucket"),
            ("RATE_LIMIT_QPS", "2.5"),
            ("RATE_LIMIT_BUCKET_SIZE", "10"),
            ("AZURE_USER_AGENT_SUFFIX", "team-a"),
            ("PATH", "/bin"),
        ],
        &[
            "--crd-pattern",
            "resources.azure.com/*",
            "--metrics-addr",
            "127.0.0.1:0",
            "--enable-leader-election",
            "--secure-metrics",
            "--crd-management=none",
        ],
    )
    .unwrap();
    assert_eq!(s.sync_period, None);
    assert_eq!(s.target_namespaces, vec!["a", "b"]);
    assert_eq!(s.max_concurrent_reconciles, 4);
    assert!(s.leader_election);
    assert!(s.secure_metrics);
    assert!(!s.manage_crds);
    assert_eq!(s.operator_mode, OperatorMode::Watchers);
    assert_eq!(
        s.rate_limit,
        RateLimit::Bucket {
            qps: 2.5,
            bucket_size: 10
        }
    );
    assert!(s.user_agent().starts_with("aso-operator/"));
    assert!(s.user_agent().ends_with(" team-a"));
    assert_eq!(
        s.global_credential.unwrap().client_secret.as_deref(),
        Some("s3cret")
    );
}

#[test]
fn invalid_settings_are_named_with_exit_code_2() {
    type Case<'a> = (&'a [(&'a str, &'a str)], &'a [&'a str], &'a str);
    let cases: &[Case] = &[
        (&[("AZURE_SYNC_PERIOD", "soon")], &[], "AZURE_SYNC_PERIOD"),
        (&[("AZURE_SYNC_PERIOD", "0s")], &[], "AZURE_SYNC_PERIOD"),
        (
            &[("AZURE_SYNC_PERIOD", "999999999999h")],
            &[],
            "AZURE_SYNC_PERIOD",
        ),
        (&[("AZURE_SYNC_PERIOD", "9000h")], &[], "AZURE_SYNC_PERIOD"),
        (
            &[("MAX_CONCURRENT_RECONCILES", "0")],
            &[],
            "MAX_CONCURRENT_RECONCILES",
        ),
        (
            &[("MAX_CONCURRENT_RECONCILES", "99999999999")],
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
            &[("AZURE_OPERATOR_MODE", "both")],
            &[],
            "AZURE_OPERATOR_MODE",
        ),
        (
            &[
                ("AZURE_OPERATOR_MODE", "webhooks"),
                ("AZURE_TARGET_NAMESPACES", "a"),
            ],
            &[],
            "AZURE_TARGET_NAMESPACES",
        ),
        (&[("RATE_LIMIT_MODE", "token")], &[], "RATE_LIMIT_MODE"),
        (
            &[("RATE_LIMIT_MODE", "bucket"), ("RATE_LIMIT_QPS", "NaN")],
            &[],
            "RATE_LIMIT_QPS",
        ),
        (
            &[("RATE_LIMIT_BUCKET_SIZE", "-3")],
            &[],
            "RATE_LIMIT_BUCKET_SIZE",
        ),
        (
            &[("AZURE_USER_AGENT_SUFFIX", "a\r\nX-Injected: 1")],
            &[],
            "AZURE_USER_AGENT_SUFFIX",
        ),
        (&[], &["--crd-pattern", "nogroup"], "--crd-pattern"),
        (&[], &["--metrics-addr", "nowhere"], "--metrics-addr"),
        (&[], &["--no-such-flag"], "--no-such-flag"),
        (
            &[],
            &["--retry-backoff-max", "999999999999h"],
            "--retry-backoff-max",
        ),
        (&[], &["--retry-backoff-min", "0s"], "--retry-backoff-min"),
        (
            &[],
            &["--default-poll-interval=2562048h"],
            "--default-poll-interval",
        ),
        (
            &[],
            &["--leader-election-lease", "-5s"],
            "--leader-election-lease",
        ),
        (&[], &["--secure-metrics=sometimes"], "--secure-metrics"),
    ];
    for (env, args, named) in cases {
        let err = parse(env, args).unwrap_err();
        assert_eq!(err.code, 2, "{named}: {}", err.message);
        assert!(err.message.contains(named), "{named}: {}", err.message);
    }
}

#[test]
fn help_and_version_exit_zero() {
    for args in [
        &["--help"][..],
        &["-h"],
        &["-help"],
        &["--version"],
        &["-V"],
    ] {
        let exit = parse(&[], args).unwrap_err();
        assert_eq!(exit.code, 0, "{args:?}: {}", exit.message);
        assert!(exit.message.contains("aso-operator"), "{}", exit.message);
    }
    let help = parse(&[], &["--help"]).unwrap_err().message;
    for flag in ["--metrics-addr", "--secure-metrics", "--crd-pattern", "--v"] {
        assert!(help.contains(flag), "help lists {flag}: {help}");
    }
}

#[test]
fn unknown_variables_and_inert_flags_only_warn() {
    let s = parse(
        &[
            ("AZURE_SUBSCRIPTON_ID", "typo"),
            ("ASO_CONTROLLER_MANAGER_METRICS_SERVICE_HOST", "10.0.0.1"),
            (
                "ASO_CONTROLLER_MANAGER_METRICS_PORT_8080_TCP",
                "tcp://10.0.0.1:8080",
            ),
            // Injected by the workload identity webhook into a pod without a global credential.
            ("AZURE_CLIENT_ID", "from-the-webhook"),
            (
                "AZURE_FEDERATED_TOKEN_FILE",
                "/var/run/secrets/azure/tokens/azure-identity-token",
            ),
        ],
        &[
            "--v=2",
            "--webhook-port=9443",
            "--webhook-cert-dir=/tmp/certs",
            "--vmodule=x=1",
            "--profiling-metrics=false",
        ],
    )
    .unwrap();
    assert!(s.global_credential.is_none());
    let warnings = s.warnings.join("\n");
    assert!(warnings.contains("AZURE_SUBSCRIPTON_ID"), "{warnings}");
    assert!(
        warnings.contains("did you mean AZURE_SUBSCRIPTION_ID"),
        "{warnings}"
    );
    assert!(!warnings.contains("SERVICE_HOST"), "{warnings}");
    for flag in ["--webhook-cert-dir", "--vmodule", "--profiling-metrics"] {
        assert!(warnings.contains(flag), "{flag}: {warnings}");
    }
    assert!(!warnings.contains("--v "), "--v acts: {warnings}");
    assert!(!warnings.contains("--webhook-port"), "it acts: {warnings}");
    assert_eq!(s.webhook_addr.port(), 9443);
    assert_eq!(s.log_filter, "info");
    assert_eq!(
        parse(&[], &["-v", "4"]).unwrap().log_filter,
        "info,aso_operator=debug"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Whatever AZURE_SYNC_PERIOD and --retry-backoff-max hold: settings within their bounds,
    /// or an exit 2 naming one of them; never a panic.
    #[test]
    fn any_duration_setting_is_bounded_or_named(
        sync in prop_oneof!["\\PC{0,16}", "[0-9]{1,20}(\\.[0-9]{0,6})?(ns|us|ms|s|m|h)"],
        backoff in prop_oneof!["\\PC{0,16}", "[0-9]{1,20}(ns|us|ms|s|m|h)"],
    ) {
        match parse(&[("AZURE_SYNC_PERIOD", &sync)], &["--retry-backoff-max", &backoff]) {
            Ok(s) => {
                if let Some(p) = s.sync_period {
                    prop_assert!(p >= SYNC_PERIOD_BOUNDS.min && p <= SYNC_PERIOD_BOUNDS.max);
                }
                prop_assert!(s.timings.backoff_max <= BACKOFF_BOUNDS.max);
            }
            Err(e) => {
                prop_assert_eq!(e.code, 2);
                prop_assert!(
                    e.message.contains("AZURE_SYNC_PERIOD") || e.message.contains("--retry-backoff"),
                    "{}", e.message
                );
            }
        }
    }
}
