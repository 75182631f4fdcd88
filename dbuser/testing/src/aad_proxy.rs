//! A stand-in for Azure's `CREATE AADUSER` on MariaDB, which cannot parse it: a MySQL-protocol
//! proxy in front of the test server that terminates TLS with the server's own certificate,
//! relays everything, records each `CREATE AADUSER IF NOT EXISTS 'name' [AS 'alias' |
//! IDENTIFIED BY 'client id']` it sees and sends MariaDB `CREATE USER IF NOT EXISTS '<alias or
//! name>'@'%'` instead (the account Azure creates for an Entra user). Every other byte passes
//! unchanged.
//!
//! What the server is given is checkable, not just accepted: an account created by client ID
//! gets the client ID as its password (the stand-in's "token" for that identity), so logging in
//! as the account with it proves the client ID reached the server bound to that account. The
//! others get a password no test knows. Azure's resolution of names and IDs in Entra is not
//! reproduced.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use crate::Servers;

/// One `CREATE AADUSER` the proxy was sent, its literals unquoted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AadUser {
    /// The first literal: the Entra name, or (with a client ID) the account's name.
    pub name: String,
    pub alias: Option<String>,
    pub client_id: Option<String>,
}

/// What the proxy was asked, in order.
pub type Calls = Arc<Mutex<Vec<AadUser>>>;

/// Starts the proxy; returns its address and the calls it records.
pub async fn start(s: &Servers) -> (SocketAddr, Calls) {
    let dir = std::path::Path::new(s.get("CA_FILE"))
        .parent()
        .unwrap()
        .to_path_buf();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(dir.join("server.crt"))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let key = PrivateKeyDer::from_pem_file(dir.join("server.key")).unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(
        rustls::ServerConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(certs, key)
            .unwrap(),
    ));
    let mut roots = rustls::RootCertStore::empty();
    for cert in CertificateDer::pem_file_iter(s.get("CA_FILE")).unwrap() {
        roots.add(cert.unwrap()).unwrap();
    }
    let connector = tokio_rustls::TlsConnector::from(Arc::new(
        rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_root_certificates(roots)
            .with_no_client_auth(),
    ));
    let upstream: SocketAddr = s.get("MYSQL_ADDRESS").parse().unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let calls = Calls::default();
    let recorded = calls.clone();
    tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            let (acceptor, connector, calls) =
                (acceptor.clone(), connector.clone(), recorded.clone());
            tokio::spawn(async move {
                let _ = relay(client, upstream, acceptor, connector, calls).await;
            });
        }
    });
    (address, calls)
}

async fn relay(
    mut client: TcpStream,
    upstream: SocketAddr,
    acceptor: tokio_rustls::TlsAcceptor,
    connector: tokio_rustls::TlsConnector,
    calls: Calls,
) -> std::io::Result<()> {
    let mut server = TcpStream::connect(upstream).await?;
    // The greeting, then the client's SSLRequest, pass in clear; then TLS on both legs.
    let greeting = read_packet(&mut server).await?;
    write_packet(&mut client, &greeting).await?;
    let ssl_request = read_packet(&mut client).await?;
    write_packet(&mut server, &ssl_request).await?;
    let server = connector
        .connect(ServerName::try_from("localhost").unwrap(), server)
        .await?;
    let client = acceptor.accept(client).await?;
    let (mut from_client, mut to_client) = tokio::io::split(client);
    let (mut from_server, mut to_server) = tokio::io::split(server);
    let down = tokio::spawn(async move { tokio::io::copy(&mut from_server, &mut to_client).await });
    loop {
        let mut packet = match read_packet(&mut from_client).await {
            Ok(p) => p,
            Err(_) => break,
        };
        if packet.len() > 4
            && packet[4] == 0x03
            && let Some(rewritten) = rewrite(&String::from_utf8_lossy(&packet[5..]), &calls)
        {
            let mut payload = vec![0x03];
            payload.extend_from_slice(rewritten.as_bytes());
            let len = (payload.len() as u32).to_le_bytes();
            packet = [&len[..3], &[packet[3]], &payload[..]].concat();
        }
        write_packet(&mut to_server, &packet).await?;
    }
    down.abort();
    Ok(())
}

/// `CREATE AADUSER IF NOT EXISTS 'name' [AS 'alias' | IDENTIFIED BY 'client id']` ->
/// `CREATE USER IF NOT EXISTS 'alias or name'@'%' IDENTIFIED BY 'client id or a stand-in'`,
/// recording the call; other statements pass (`None`).
pub fn rewrite(sql: &str, calls: &Calls) -> Option<String> {
    const LITERAL: &str = r"('(?:[^'\\]|''|\\.)*')";
    let pattern = regex::Regex::new(&format!(
        r"^CREATE AADUSER IF NOT EXISTS {LITERAL}(?: AS {LITERAL}| IDENTIFIED BY {LITERAL})?$"
    ))
    .unwrap();
    let captures = pattern.captures(sql)?;
    let name = captures.get(1)?.as_str();
    let alias = captures.get(2).map(|m| m.as_str());
    let client_id = captures.get(3).map(|m| m.as_str());
    let unquote = |lit: &str| {
        lit[1..lit.len() - 1]
            .replace("''", "'")
            .replace("\\\\", "\\")
    };
    calls.lock().unwrap().push(AadUser {
        name: unquote(name),
        alias: alias.map(unquote),
        client_id: client_id.map(unquote),
    });
    let password = match client_id {
        Some(literal) => literal.to_string(),
        None => format!("'Entra-stand-in-{}'", std::process::id()),
    };
    Some(format!(
        "CREATE USER IF NOT EXISTS {}@'%' IDENTIFIED BY {password}",
        alias.unwrap_or(name)
    ))
}

/// One packet, header (3-byte length, sequence number) included.
async fn read_packet(from: &mut (impl AsyncRead + Unpin)) -> std::io::Result<Vec<u8>> {
    let mut header = [0u8; 4];
    from.read_exact(&mut header).await?;
    let len = u32::from_le_bytes([header[0], header[1], header[2], 0]) as usize;
    let mut packet = header.to_vec();
    packet.resize(4 + len, 0);
    from.read_exact(&mut packet[4..]).await?;
    Ok(packet)
}

async fn write_packet(to: &mut (impl AsyncWrite + Unpin), packet: &[u8]) -> std::io::Result<()> {
    to.write_all(packet).await?;
    to.flush().await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_forms_become_accounts_and_are_recorded() {
        let calls = Calls::default();
        let pid = std::process::id();
        assert_eq!(
            rewrite("CREATE AADUSER IF NOT EXISTS 'mi'", &calls).unwrap(),
            format!("CREATE USER IF NOT EXISTS 'mi'@'%' IDENTIFIED BY 'Entra-stand-in-{pid}'")
        );
        assert_eq!(
            rewrite(
                "CREATE AADUSER IF NOT EXISTS 'o''n@x.com' AS 'short'",
                &calls
            )
            .unwrap(),
            format!("CREATE USER IF NOT EXISTS 'short'@'%' IDENTIFIED BY 'Entra-stand-in-{pid}'")
        );
        assert_eq!(
            rewrite(
                "CREATE AADUSER IF NOT EXISTS 'app' IDENTIFIED BY '0b1f3c2e-1234-4abc-9def-0123456789ab'",
                &calls
            )
            .unwrap(),
            "CREATE USER IF NOT EXISTS 'app'@'%' IDENTIFIED BY '0b1f3c2e-1234-4abc-9def-0123456789ab'"
        );
        let call = |name: &str, alias: Option<&str>, client_id: Option<&str>| AadUser {
            name: name.into(),
            alias: alias.map(Into::into),
            client_id: client_id.map(Into::into),
        };
        assert_eq!(
            *calls.lock().unwrap(),
            [
                call("mi", None, None),
                call("o'n@x.com", Some("short"), None),
                call("app", None, Some("0b1f3c2e-1234-4abc-9def-0123456789ab")),
            ]
        );
    }

    #[test]
    fn other_statements_and_other_shapes_pass_unchanged() {
        let calls = Calls::default();
        for sql in [
            "SELECT 1",
            "CREATE USER 'x'@'%'",
            // Never sent by the engine: passed on, MariaDB refuses it.
            "CREATE AADUSER IF NOT EXISTS 'a' AS 'b' IDENTIFIED BY 'c'",
            "CREATE AADUSER IF NOT EXISTS 'a'; DROP USER 'b'",
        ] {
            assert_eq!(rewrite(sql, &calls), None, "{sql}");
        }
        assert!(calls.lock().unwrap().is_empty());
    }
}
