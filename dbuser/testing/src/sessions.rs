//! Sessions of the tests' own on the servers, to see what they hold: PostgreSQL's superuser on
//! its socket, and logins over TLS as an application would open them (the server's certificate
//! checked against the FQDN given, the connection made to the loopback address).

use std::path::PathBuf;
use std::sync::Arc;

use mysql_async::{Conn, OptsBuilder, SslOpts};
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;
use tokio_postgres::NoTls;

use crate::Servers;

impl Servers {
    /// A client configuration trusting exactly the servers' CA.
    pub fn tls(&self) -> rustls::ClientConfig {
        let mut roots = rustls::RootCertStore::empty();
        for cert in CertificateDer::pem_file_iter(self.get("CA_FILE")).unwrap() {
            roots.add(cert.unwrap()).unwrap();
        }
        rustls::ClientConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth()
    }

    /// PostgreSQL's superuser, on the server's socket.
    pub async fn pg_superuser(&self) -> tokio_postgres::Client {
        let (_, port) = self.get("PG_ADDRESS").rsplit_once(':').unwrap();
        let mut config = tokio_postgres::Config::new();
        config
            .host_path(self.get("PG_SOCKET_DIR"))
            .port(port.parse().unwrap())
            .user("postgres")
            .dbname("postgres");
        let (client, connection) = config.connect(NoTls).await.unwrap();
        tokio::spawn(connection);
        client
    }

    /// Logs into PostgreSQL as `user` over TLS, the certificate checked against `fqdn`, and
    /// runs a query.
    pub async fn pg_login(&self, fqdn: &str, user: &str, password: &str) -> Result<(), String> {
        let (host, port) = self.get("PG_ADDRESS").rsplit_once(':').unwrap();
        let mut config = tokio_postgres::Config::new();
        config
            .host(fqdn)
            .hostaddr(host.parse().unwrap())
            .port(port.parse().unwrap())
            .user(user)
            .password(password)
            .dbname("postgres")
            .ssl_mode(tokio_postgres::config::SslMode::Require);
        let (client, connection) = config
            .connect(tokio_postgres_rustls::MakeRustlsConnect::new(self.tls()))
            .await
            .map_err(|e| {
                format!(
                    "{e}: {:?}",
                    e.as_db_error().map(|d| d.message().to_string())
                )
            })?;
        tokio::spawn(connection);
        client
            .simple_query("SELECT 1")
            .await
            .map_err(|e| e.to_string())?;
        Ok(())
    }

    /// A MariaDB session over TLS as `user`, the certificate checked against `fqdn`.
    pub async fn mysql_session(
        &self,
        fqdn: &str,
        user: &str,
        password: &str,
    ) -> Result<Conn, String> {
        let (host, port) = self.get("MYSQL_ADDRESS").rsplit_once(':').unwrap();
        let opts = OptsBuilder::default()
            .ip_or_hostname(fqdn)
            .resolved_ips(Some(vec![host.parse().unwrap()]))
            .tcp_port(port.parse().unwrap())
            .user(Some(user))
            .pass(Some(password))
            .prefer_socket(false)
            .ssl_opts(
                SslOpts::default().with_root_certs(vec![PathBuf::from(self.get("CA_FILE")).into()]),
            );
        Conn::new(opts).await.map_err(|e| e.to_string())
    }

    /// A MariaDB session as the servers' (Azure-shaped) administrator.
    pub async fn mysql_admin(&self, fqdn: &str) -> Conn {
        self.mysql_session(fqdn, self.get("ADMIN_USER"), self.get("ADMIN_PASSWORD"))
            .await
            .unwrap()
    }
}
