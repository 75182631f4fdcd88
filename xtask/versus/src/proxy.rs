//! A CONNECT proxy on loopback, for `HTTPS_PROXY`. ASO's Go SDK (MSAL) makes its instance
//! discovery request to `https://login.microsoftonline.com` whatever the authority host; with no
//! internet, the proxy sends that name (and any other it is given) to the Entra simulator, whose
//! certificate carries the name. Go never proxies loopback addresses, so everything else goes
//! straight to the simulators. Names not in the table are refused (403): nothing leaves the
//! machine through the proxy.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// The longest CONNECT request head read.
const MAX_HEAD: usize = 8 * 1024;

/// A running proxy; stops when dropped.
pub struct Proxy {
    addr: SocketAddr,
    tunnels: Arc<AtomicU64>,
    task: tokio::task::JoinHandle<()>,
}

impl Proxy {
    /// Starts a proxy on a free loopback port that tunnels `host:port` (as CONNECT names it) to
    /// the address the table gives.
    pub async fn start(routes: HashMap<String, SocketAddr>) -> std::io::Result<Proxy> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let routes = Arc::new(routes);
        let tunnels = Arc::new(AtomicU64::new(0));
        let counted = tunnels.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let (routes, counted) = (routes.clone(), counted.clone());
                tokio::spawn(async move {
                    let _ = tunnel(stream, &routes, &counted).await;
                });
            }
        });
        Ok(Proxy {
            addr,
            tunnels,
            task,
        })
    }

    /// The value for `HTTPS_PROXY`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Tunnels opened so far.
    pub fn tunnels(&self) -> u64 {
        self.tunnels.load(Ordering::Relaxed)
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Serves one client connection, counting the tunnel once it is open.
async fn tunnel(
    mut client: TcpStream,
    routes: &HashMap<String, SocketAddr>,
    opened: &AtomicU64,
) -> std::io::Result<()> {
    let mut head = Vec::with_capacity(512);
    let mut buf = [0u8; 1024];
    let end = loop {
        let n = client.read(&mut buf).await?;
        if n == 0 {
            return Ok(());
        }
        head.extend_from_slice(&buf[..n]);
        if let Some(i) = head.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        if head.len() > MAX_HEAD {
            client
                .write_all(b"HTTP/1.1 431 Request Header Fields Too Large\r\n\r\n")
                .await?;
            return Ok(());
        }
    };
    let line = String::from_utf8_lossy(&head[..end]);
    let mut words = line.lines().next().unwrap_or_default().split_whitespace();
    let (method, target) = (words.next().unwrap_or_default(), words.next());
    if method != "CONNECT" {
        client
            .write_all(b"HTTP/1.1 405 Method Not Allowed\r\nAllow: CONNECT\r\n\r\n")
            .await?;
        return Ok(());
    }
    let Some(upstream) = target.and_then(|t| routes.get(&t.to_ascii_lowercase())) else {
        client
            .write_all(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
            .await?;
        return Ok(());
    };
    let mut server = match TcpStream::connect(upstream).await {
        Ok(s) => s,
        Err(_) => {
            client
                .write_all(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
                .await?;
            return Ok(());
        }
    };
    client
        .write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
        .await?;
    opened.fetch_add(1, Ordering::Relaxed);
    // Bytes the client sent after the head (a TLS ClientHello) belong to the tunnel.
    server.write_all(&head[end..]).await?;
    tokio::io::copy_bidirectional(&mut client, &mut server).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn request(proxy: &Proxy, head: &str) -> (String, TcpStream) {
        let mut s = TcpStream::connect(proxy.addr).await.unwrap();
        s.write_all(head.as_bytes()).await.unwrap();
        let mut answer = vec![0u8; 256];
        let n = s.read(&mut answer).await.unwrap();
        (String::from_utf8_lossy(&answer[..n]).into_owned(), s)
    }

    #[tokio::test]
    async fn tunnels_listed_names_and_refuses_others() {
        let echo = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let echo_addr = echo.local_addr().unwrap();
        tokio::spawn(async move {
            let (mut s, _) = echo.accept().await.unwrap();
            let mut b = [0u8; 64];
            let n = s.read(&mut b).await.unwrap();
            s.write_all(&b[..n]).await.unwrap();
        });
        let proxy = Proxy::start(HashMap::from([(
            "login.microsoftonline.com:443".to_string(),
            echo_addr,
        )]))
        .await
        .unwrap();

        let (refused, _) = request(&proxy, "CONNECT example.com:443 HTTP/1.1\r\n\r\n").await;
        assert!(refused.starts_with("HTTP/1.1 403"), "{refused}");
        let (refused, _) = request(&proxy, "GET http://x/ HTTP/1.1\r\n\r\n").await;
        assert!(refused.starts_with("HTTP/1.1 405"), "{refused}");

        // The bytes after the head go through the tunnel first, then the rest.
        let (ok, mut s) = request(
            &proxy,
            "CONNECT Login.MicrosoftOnline.com:443 HTTP/1.1\r\nHost: x\r\n\r\nhello",
        )
        .await;
        assert!(ok.starts_with("HTTP/1.1 200"), "{ok}");
        let mut rest = ok
            .split_once("\r\n\r\n")
            .map(|(_, r)| r.to_string())
            .unwrap();
        while rest.len() < 5 {
            let mut b = [0u8; 16];
            let n = s.read(&mut b).await.unwrap();
            rest.push_str(&String::from_utf8_lossy(&b[..n]));
        }
        assert_eq!(rest, "hello");
        assert_eq!(proxy.tunnels(), 1);
    }
}
