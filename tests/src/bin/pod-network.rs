//! The node's network plumbing for one pod of the kubelet-faithful tests, run inside the pod's
//! network namespace (which has only a loopback interface).
//!
//! A real node reaches pods through a CNI interface and Services through kube-proxy; a test
//! process can do neither without host privileges. Unix sockets cross network namespaces, so:
//! - `--forward ADDR=SOCKET` listens on ADDR inside the pod (a Service's cluster IP and port,
//!   as kube-proxy would answer there; or an address the pod reaches outside) and carries each
//!   connection to SOCKET, where the test process connects it to the real server;
//! - `--expose SOCKET=ADDR` listens on SOCKET and carries each connection to ADDR inside the pod
//!   (the kubelet's probes, a scraper), as the pod's IP would be reached from the node;
//! - `--ready FILE` is created once every listener is bound.

use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::os::unix::net::{UnixListener, UnixStream};
use std::process::ExitCode;
use std::thread;

fn main() -> ExitCode {
    let mut forwards = Vec::new();
    let mut exposes = Vec::new();
    let mut ready = None;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let Some(value) = args.next() else {
            eprintln!("pod-network: {flag} needs a value");
            return ExitCode::from(2);
        };
        match flag.as_str() {
            "--forward" | "--expose" => {
                let Some((a, b)) = value.split_once('=') else {
                    eprintln!("pod-network: {flag} {value}: expected A=B");
                    return ExitCode::from(2);
                };
                if flag == "--forward" {
                    forwards.push((a.to_string(), b.to_string()));
                } else {
                    exposes.push((a.to_string(), b.to_string()));
                }
            }
            "--ready" => ready = Some(value),
            other => {
                eprintln!("pod-network: unknown flag {other}");
                return ExitCode::from(2);
            }
        }
    }
    let mut threads = Vec::new();
    for (addr, socket) in forwards {
        let listener = match TcpListener::bind(&addr) {
            Ok(l) => l,
            Err(e) => {
                eprintln!("pod-network: listening on {addr}: {e}");
                return ExitCode::FAILURE;
            }
        };
        threads.push(thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let socket = socket.clone();
                thread::spawn(move || {
                    if let Ok(peer) = UnixStream::connect(&socket) {
                        splice_tcp_unix(stream, peer);
                    }
                });
            }
        }));
    }
    for (socket, addr) in exposes {
        let _ = std::fs::remove_file(&socket);
        let listener = match UnixListener::bind(&socket) {
            Ok(l) => l,
            Err(e) => {
                eprintln!("pod-network: listening on {socket}: {e}");
                return ExitCode::FAILURE;
            }
        };
        let Ok(target) = addr.parse::<SocketAddr>() else {
            eprintln!("pod-network: {addr} is not an address");
            return ExitCode::from(2);
        };
        threads.push(thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                thread::spawn(move || {
                    if let Ok(peer) = TcpStream::connect(target) {
                        splice_tcp_unix(peer, stream);
                    }
                });
            }
        }));
    }
    if let Some(ready) = ready
        && let Err(e) = std::fs::write(&ready, b"ready")
    {
        eprintln!("pod-network: {ready}: {e}");
        return ExitCode::FAILURE;
    }
    for t in threads {
        let _ = t.join();
    }
    ExitCode::SUCCESS
}

/// Copies both ways until either side closes.
fn splice_tcp_unix(tcp: TcpStream, unix: UnixStream) {
    let (Ok(tcp_read), Ok(unix_write)) = (tcp.try_clone(), unix.try_clone()) else {
        return;
    };
    let upstream =
        thread::spawn(move || copy(tcp_read, unix_write, |s| s.shutdown(Shutdown::Write)));
    copy(unix, tcp, |s| s.shutdown(Shutdown::Write));
    let _ = upstream.join();
}

fn copy<R: Read, W: Write>(mut from: R, mut to: W, close: impl Fn(&W) -> std::io::Result<()>) {
    let mut buf = [0u8; 16 * 1024];
    loop {
        match from.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                if to.write_all(&buf[..n]).is_err() {
                    break;
                }
            }
        }
    }
    let _ = close(&to);
}
