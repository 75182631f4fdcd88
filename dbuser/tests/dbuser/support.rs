//! The real servers (`tools/install-databases.sh`), and what the tests share: servers as the
//! engine sees them (FQDNs mapped to loopback), a recording token provider, spec inputs, and
//! unique names.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use aso_dbuser::{
    AddressMap, AdminLogin, ConnectOptions, MapInputs, Secret, Server, ServerKind, TokenProvider,
};
use futures::future::BoxFuture;

pub const PG_FQDN: &str = "testpg.postgres.database.azure.com";
pub const MYSQL_FQDN: &str = "testmysql.mysql.database.azure.com";

/// The settings `tools/install-databases.sh` printed.
pub struct Servers {
    env: BTreeMap<String, String>,
}

impl Servers {
    pub fn get(&self, key: &str) -> &str {
        self.env
            .get(key)
            .unwrap_or_else(|| panic!("install-databases.sh printed no {key}"))
    }

    pub fn options(&self) -> ConnectOptions {
        let map = format!(
            "*.postgres.database.azure.com={},*.mysql.database.azure.com={}",
            self.get("PG_ADDRESS"),
            self.get("MYSQL_ADDRESS")
        );
        ConnectOptions {
            extra_ca_file: Some(PathBuf::from(self.get("CA_FILE"))),
            address_map: AddressMap::parse(&map).unwrap(),
            ..ConnectOptions::default()
        }
    }

    pub fn server(&self, kind: ServerKind, admin: AdminLogin) -> Server {
        Server {
            kind,
            fqdn: match kind {
                ServerKind::Postgres => PG_FQDN,
                ServerKind::MySql => MYSQL_FQDN,
                ServerKind::Sql => "testsql.database.windows.net",
            }
            .into(),
            database: None,
            admin,
            options: self.options(),
        }
    }

    pub fn tokens(&self) -> Arc<RecordingTokens> {
        Arc::new(RecordingTokens::new(self.get("ENTRA_TOKEN")))
    }
}

/// The servers, installed and started once per test process; `None` (after saying why) when
/// the script cannot run here. In CI they must run: there a refusal fails the test.
pub fn started() -> Option<&'static Servers> {
    static SERVERS: OnceLock<Option<Servers>> = OnceLock::new();
    SERVERS
        .get_or_init(|| {
            let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../tools/install-databases.sh");
            let out = std::process::Command::new("bash")
                .arg(script)
                .output()
                .expect("running bash");
            let stderr = String::from_utf8_lossy(&out.stderr);
            match out.status.code() {
                Some(0) => {}
                Some(77) if std::env::var_os("CI").is_none() => {
                    eprintln!("SKIPPED: no database servers here: {}", stderr.trim());
                    return None;
                }
                _ => panic!(
                    "tools/install-databases.sh failed ({}):\n{stderr}",
                    out.status
                ),
            }
            let env = String::from_utf8_lossy(&out.stdout)
                .lines()
                .filter_map(|l| l.split_once('='))
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            Some(Servers { env })
        })
        .as_ref()
}

/// `let s = servers!();` : the servers, or return from the test (skipped, with the reason printed).
macro_rules! servers {
    () => {
        match crate::support::started() {
            Some(s) => s,
            None => return,
        }
    };
}
pub(crate) use servers;

/// A token provider that hands out the test servers' Entra admin "token" and records the
/// audiences asked for.
pub struct RecordingTokens {
    token: String,
    pub asked: Mutex<Vec<String>>,
}

impl RecordingTokens {
    pub fn new(token: &str) -> RecordingTokens {
        RecordingTokens {
            token: token.into(),
            asked: Mutex::new(Vec::new()),
        }
    }
}

impl TokenProvider for RecordingTokens {
    fn token<'a>(&'a self, audience: &'a str) -> BoxFuture<'a, Result<Secret, String>> {
        self.asked.lock().unwrap().push(audience.to_string());
        Box::pin(async move { Ok(Secret::new(self.token.clone())) })
    }
}

/// A token provider that fails, as a credential without access would.
pub struct NoTokens;

impl TokenProvider for NoTokens {
    fn token<'a>(&'a self, _audience: &'a str) -> BoxFuture<'a, Result<Secret, String>> {
        Box::pin(async { Err("AADSTS700016: application not found".to_string()) })
    }
}

/// A name no other test (or earlier run) uses: `prefix` plus this process and a counter.
pub fn unique(prefix: &str) -> String {
    static N: AtomicUsize = AtomicUsize::new(0);
    let n = N.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    format!("{prefix}{}{n}{}", std::process::id() % 10000, nanos % 1000)
}

/// Secret values by `(name, key)`.
pub fn inputs(secrets: &[(&str, &str, &str)]) -> MapInputs {
    let mut inputs = MapInputs::default();
    for (name, key, value) in secrets {
        inputs
            .secrets
            .insert((name.to_string(), key.to_string()), value.to_string());
    }
    inputs
}

/// A manifest admitted as the API server would with our CRD (defaults applied, nothing
/// pruned, rules passed), then read as the kind.
pub fn admitted<T: serde::de::DeserializeOwned>(crd_file: &str, yaml: &str) -> T {
    let mut value: serde_json::Value = serde_saphyr::from_str(yaml).unwrap();
    let schema = crate::crds::schema(crd_file);
    let (pruned, errors) = aso_schema::admit(&schema, &mut value, None);
    assert!(pruned.is_empty(), "pruned {pruned:?}");
    assert!(errors.is_empty(), "{errors:?}");
    serde_json::from_value(value).unwrap()
}
