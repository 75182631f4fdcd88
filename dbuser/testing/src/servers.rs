//! The real PostgreSQL and MariaDB servers, installed and started by
//! `tools/install-databases.sh` (Debian's packages, loopback, TLS, each server as its own user
//! when run as root) once per test process, and the settings it printed.
//!
//! Where the script cannot run (packages missing, neither root nor password-less sudo) the
//! tests skip, saying why; with `CI` set they fail instead.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

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

    /// The address map (`ASO_DATABASE_ADDRESS_MAP`'s text form) sending every server FQDN of
    /// each kind to the one local server of that kind.
    pub fn address_map(&self) -> String {
        format!(
            "*.postgres.database.azure.com={},*.mysql.database.azure.com={}",
            self.get("PG_ADDRESS"),
            self.get("MYSQL_ADDRESS")
        )
    }

    /// Writes a CA bundle of `other` (for example the ARM simulator's CA file) and the servers'
    /// CA to `to`.
    pub fn ca_bundle(&self, other: &Path, to: &Path) {
        let mut pem = std::fs::read_to_string(other).expect("reading the CA file");
        pem.push('\n');
        pem.push_str(
            &std::fs::read_to_string(self.get("CA_FILE")).expect("reading the servers' CA"),
        );
        std::fs::write(to, pem).expect("writing the CA bundle");
    }
}

/// The servers, installed and started once per test process; `None` (after saying why) when
/// the script cannot run here. In CI they must run: there a refusal fails the test.
pub fn started() -> Option<&'static Servers> {
    static SERVERS: OnceLock<Option<Servers>> = OnceLock::new();
    SERVERS
        .get_or_init(|| {
            let script = concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../tools/install-databases.sh"
            );
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

/// A name no other test (or earlier run) uses on the shared servers: `prefix` plus this
/// process and a counter.
pub fn unique(prefix: &str) -> String {
    static N: AtomicUsize = AtomicUsize::new(0);
    let n = N.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    format!("{prefix}{}{n}{}", std::process::id() % 10000, nanos % 1000)
}
