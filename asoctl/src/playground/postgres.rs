//! The playground's PostgreSQL: when PostgreSQL is installed on this machine (Debian's
//! `/usr/lib/postgresql/<version>/bin`, or `initdb` on `PATH`), a private server of its own,
//! on a free loopback port, TLS only, with a certificate for `*.postgres.database.azure.com`
//! from a CA made here. The operator reaches it through the ARM simulator's
//! `fullyQualifiedDomainName` (`ASO_DATABASE_ADDRESS_MAP`) and trusts that CA beside the
//! simulator's.
//!
//! Azure's Entra sign-in is stood in for: the server's Entra administrator is a role whose
//! password is the token the operator holds for the database audience, and
//! `pgaadauth_create_principal_with_oid` (Azure's function creating a role for an Entra
//! principal) is a stand-in that records its call and creates the role.

use std::net::{SocketAddr, TcpListener};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::PathBuf;
use std::process::{Command, Stdio};

use base64::Engine;

/// The server's Entra administrator (the role the operator logs in as for Entra users).
pub const ENTRA_ADMIN: &str = "playground-entra-admin@contoso.example";

/// The quickstart's PostgreSQL part: a flexible server, a database, and an Entra user for the
/// quickstart's managed identity (its object ID from the ConfigMap the identity exports).
pub const QUICKSTART: &str = include_str!("quickstart-postgres.yaml");

/// A running private PostgreSQL server; stopped when dropped.
pub struct LocalPostgres {
    /// Its folder (under the system's temporary folder, which the server's user can reach),
    /// removed after the server stops.
    _root: tempfile::TempDir,
    bin: PathBuf,
    data: PathBuf,
    socket: PathBuf,
    port: u16,
    /// Who runs it: `postgres` when this process is root (PostgreSQL refuses to run as root).
    run_as: Option<String>,
    /// The CA that signed its certificate, PEM.
    pub ca_pem: String,
}

/// Where PostgreSQL's programs are; the error says why the playground skips PostgreSQL.
pub fn find() -> Result<PathBuf, String> {
    let mut candidates: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path().join("bin")))
        .collect();
    candidates.sort_by_key(|p| {
        p.parent()
            .and_then(|v| v.file_name())
            .and_then(|v| v.to_str())
            .and_then(|v| v.parse::<u32>().ok())
            .unwrap_or(0)
    });
    let on_path = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .unwrap_or_default();
    candidates
        .into_iter()
        .rev()
        .chain(on_path)
        .find(|dir| {
            ["initdb", "pg_ctl", "psql"]
                .iter()
                .all(|b| dir.join(b).is_file())
        })
        .ok_or_else(|| "PostgreSQL is not installed here (no initdb, pg_ctl and psql)".to_string())
}

fn is_root() -> bool {
    std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}

fn pem(label: &str, der: &[u8]) -> String {
    let body = base64::engine::general_purpose::STANDARD.encode(der);
    let lines: Vec<&str> = body
        .as_bytes()
        .chunks(64)
        .map(|c| std::str::from_utf8(c).unwrap_or_default())
        .collect();
    format!(
        "-----BEGIN {label}-----\n{}\n-----END {label}-----\n",
        lines.join("\n")
    )
}

impl LocalPostgres {
    /// Initialises and starts a server with the programs in `bin`.
    pub fn start(bin: PathBuf) -> Result<LocalPostgres, String> {
        let run_as = is_root().then(|| "postgres".to_string());
        let fail = |what: &str, e: &dyn std::fmt::Display| format!("PostgreSQL: {what}: {e}");
        let dir = tempfile::Builder::new()
            .prefix("aso-playground-postgres-")
            .tempdir()
            .map_err(|e| fail("creating its folder", &e))?;
        // The server's own user (postgres, when this is root) must reach its folder.
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755))
            .map_err(|e| fail("its folder", &e))?;
        let root = dir.path().to_path_buf();
        let root = root.as_path();
        let data = root.join("data");
        let socket = root.to_path_buf();
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| fail("finding a free port", &e))?
            .port();
        let authority = aso_simpki::Authority::generate("aso playground PostgreSQL CA")
            .map_err(|e| fail("making a CA", &e))?;
        let leaf = authority
            .issue(
                "playground PostgreSQL",
                &[
                    "*.postgres.database.azure.com".to_string(),
                    "localhost".to_string(),
                ],
            )
            .map_err(|e| fail("issuing its certificate", &e))?;
        let server = Self {
            _root: dir,
            bin,
            data: data.clone(),
            socket,
            port,
            run_as,
            ca_pem: authority.pem(),
        };
        if let Some(user) = &server.run_as {
            server.run("chown", &["-R", user, &root.display().to_string()], None)?;
        }
        server.run(
            "initdb",
            &[
                "-D",
                &data.display().to_string(),
                "-U",
                "postgres",
                "--auth-local=trust",
                "--auth-host=reject",
                "--encoding=UTF8",
                "--no-locale",
            ],
            None,
        )?;
        let key = pem("PRIVATE KEY", leaf.key.secret_der());
        let files = [
            ("server.crt", pem("CERTIFICATE", &leaf.chain[0]), 0o644),
            ("server.key", key, 0o600),
            (
                "pg_hba.conf",
                "local all all trust\nhostssl all all 127.0.0.1/32 scram-sha-256\nhost all all 127.0.0.1/32 reject\n".to_string(),
                0o600,
            ),
        ];
        for (name, text, mode) in files {
            let path = data.join(name);
            std::fs::write(&path, text).map_err(|e| fail(name, &e))?;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode))
                .map_err(|e| fail(name, &e))?;
        }
        let conf = format!(
            "\nlisten_addresses = '127.0.0.1'\nport = {port}\nunix_socket_directories = '{}'\nssl = on\npassword_encryption = 'scram-sha-256'\nfsync = off\n",
            server.socket.display()
        );
        let mut existing = std::fs::read_to_string(data.join("postgresql.conf"))
            .map_err(|e| fail("postgresql.conf", &e))?;
        existing.push_str(&conf);
        std::fs::write(data.join("postgresql.conf"), existing)
            .map_err(|e| fail("postgresql.conf", &e))?;
        if let Some(user) = &server.run_as {
            server.run("chown", &["-R", user, &root.display().to_string()], None)?;
        }
        server.run(
            "pg_ctl",
            &[
                "-D",
                &data.display().to_string(),
                "-l",
                &root.join("log").display().to_string(),
                "-w",
                "-t",
                "60",
                "start",
            ],
            None,
        )?;
        Ok(server)
    }

    /// Where the operator connects (the address map's target).
    pub fn address(&self) -> SocketAddr {
        SocketAddr::from(([127, 0, 0, 1], self.port))
    }

    /// The Entra administrator, logging in with `token` (what the operator holds for the
    /// database audience), and the stand-in for Azure's principal function.
    pub fn configure(&self, token: &str) -> Result<(), String> {
        let token = token.replace('\'', "''");
        let sql = format!(
            "SET client_min_messages = warning;
CREATE ROLE \"{ENTRA_ADMIN}\" LOGIN CREATEROLE PASSWORD '{token}';
CREATE TABLE public.pgaadauth_calls (role_name text, object_id text, object_type text, caller text DEFAULT session_user, at timestamptz DEFAULT now());
CREATE FUNCTION public.pgaadauth_create_principal_with_oid(role_name text, object_id text, object_type text, is_admin boolean, is_mfa boolean)
RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN
  INSERT INTO public.pgaadauth_calls (role_name, object_id, object_type) VALUES (role_name, object_id, object_type);
  EXECUTE format('CREATE ROLE %I LOGIN', role_name);
  RETURN format('Created role for %s', role_name);
END $$;
REVOKE ALL ON FUNCTION public.pgaadauth_create_principal_with_oid(text, text, text, boolean, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.pgaadauth_create_principal_with_oid(text, text, text, boolean, boolean) TO \"{ENTRA_ADMIN}\";
"
        );
        self.run(
            "psql",
            &[
                "-X",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                &self.socket.display().to_string(),
                "-p",
                &self.port.to_string(),
                "-U",
                "postgres",
                "-d",
                "postgres",
            ],
            Some(&sql),
        )
        .map(|_| ())
    }

    /// Runs one of PostgreSQL's programs (or `chown`), as the server's user when needed.
    fn run(&self, program: &str, args: &[&str], stdin: Option<&str>) -> Result<String, String> {
        let path = if program == "chown" {
            PathBuf::from("chown")
        } else {
            self.bin.join(program)
        };
        let mut command = match (&self.run_as, program) {
            (Some(user), p) if p != "chown" => {
                let mut c = Command::new("runuser");
                c.args(["-u", user, "--"]).arg(&path);
                c
            }
            _ => Command::new(&path),
        };
        command
            .args(args)
            .stdin(if stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = command
            .spawn()
            .map_err(|e| format!("PostgreSQL: running {program}: {e}"))?;
        if let Some(text) = stdin {
            use std::io::Write;
            let mut input = child.stdin.take().expect("piped");
            input
                .write_all(text.as_bytes())
                .map_err(|e| format!("PostgreSQL: writing to {program}: {e}"))?;
        }
        let out = child
            .wait_with_output()
            .map_err(|e| format!("PostgreSQL: {program}: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "PostgreSQL: {program} failed ({}): {}",
                out.status,
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
    }
}

impl Drop for LocalPostgres {
    fn drop(&mut self) {
        let _ = self.run(
            "pg_ctl",
            &[
                "-D",
                &self.data.display().to_string(),
                "-m",
                "fast",
                "-w",
                "stop",
            ],
            None,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pem_wraps_at_64_columns() {
        let text = pem("CERTIFICATE", &[0u8; 100]);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "-----BEGIN CERTIFICATE-----");
        assert_eq!(lines.last(), Some(&"-----END CERTIFICATE-----"));
        assert!(lines[1..lines.len() - 1].iter().all(|l| l.len() <= 64));
        assert_eq!(lines[1].len(), 64);
    }

    #[test]
    fn the_quickstart_part_names_the_identity_and_the_entra_admin() {
        assert!(QUICKSTART.contains("playground-identity"));
        assert!(QUICKSTART.contains(ENTRA_ADMIN));
    }
}
