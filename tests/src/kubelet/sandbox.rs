//! Runs a container's process as a container runtime would, without privileges, with Linux
//! namespaces (`unshare` from util-linux; `ip`, `mount`, `env` from the host):
//!
//! - its own user, mount, PID, UTS and network namespaces; the process is PID 1, runs as the
//!   pod's `runAsUser`/`runAsGroup` with no capabilities, and its hostname is the pod's name;
//! - a root filesystem holding only the image's files (the executable at its image path, the
//!   host's libraries read-only, `/etc/passwd`, the CA bundle, `/etc/hosts`), `/proc`, `/dev`'s
//!   usual devices and a `/dev/shm` tmpfs, and the pod's volume mounts; with
//!   `readOnlyRootFilesystem` everything but writable volumes and `/dev/shm` is read-only;
//! - a network namespace with only a loopback interface carrying the pod's IP and the cluster
//!   IPs it talks to, plumbed by `pod-network` (see that binary) to servers of the test process
//!   (egress) and from the test process to the pod's ports (ingress).

use std::collections::BTreeMap;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};

use tokio::net::{TcpListener, TcpStream, UnixListener, UnixStream};
use tokio::task::JoinHandle;

use super::volumes::Mount;

/// What the runtime is asked to run.
#[derive(Debug, Clone)]
pub struct ContainerSpec {
    /// argv; `argv[0]` is the executable's path in the container.
    pub argv: Vec<String>,
    pub env: BTreeMap<String, String>,
    /// The image's files: container path, host file.
    pub image_files: Vec<(String, PathBuf)>,
    pub mounts: Vec<Mount>,
    pub uid: u32,
    pub gid: u32,
    pub hostname: String,
    pub read_only_root: bool,
    /// Addresses the pod's loopback carries: its IP, and the cluster IPs kube-proxy answers.
    pub addresses: Vec<IpAddr>,
    /// Connections to the first address inside the pod go to the second, in the test process.
    pub egress: Vec<(SocketAddr, SocketAddr)>,
    /// Container ports the test process reaches.
    pub ports: Vec<u16>,
    /// The `pod-network` executable (this package's binary).
    pub pod_network: PathBuf,
}

/// A running container.
pub struct Sandbox {
    child: Child,
    ports: BTreeMap<u16, SocketAddr>,
    logs: Arc<Mutex<String>>,
    tasks: Vec<JoinHandle<()>>,
    _dir: tempfile::TempDir,
}

fn host_tool(name: &str) -> Result<PathBuf, String> {
    for dir in ["/usr/bin", "/bin", "/usr/sbin", "/sbin"] {
        let path = Path::new(dir).join(name);
        if path.exists() {
            return Ok(path);
        }
    }
    Err(format!(
        "`{name}` is needed to start the operator as a kubelet would (util-linux, iproute2, coreutils)"
    ))
}

/// Single quotes for the shell.
fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

impl Sandbox {
    pub async fn start(spec: ContainerSpec) -> Result<Sandbox, String> {
        let dir = tempfile::Builder::new()
            .prefix("pod")
            .tempdir()
            .map_err(|e| e.to_string())?;
        let root = dir.path().join("root");
        let net = dir.path().join("net");
        std::fs::create_dir_all(&net).map_err(|e| e.to_string())?;
        let binds = skeleton(&root, &spec)?;

        let mut tasks = Vec::new();
        let mut pod_network_args = vec![
            "--ready".to_string(),
            net.join("ready").display().to_string(),
        ];
        for (i, (inside, outside)) in spec.egress.iter().enumerate() {
            let socket = net.join(format!("egress-{i}.sock"));
            let listener = UnixListener::bind(&socket).map_err(|e| e.to_string())?;
            let outside = *outside;
            tasks.push(tokio::spawn(async move {
                while let Ok((mut stream, _)) = listener.accept().await {
                    tokio::spawn(async move {
                        if let Ok(mut peer) = TcpStream::connect(outside).await {
                            let _ = tokio::io::copy_bidirectional(&mut stream, &mut peer).await;
                        }
                    });
                }
            }));
            pod_network_args.push("--forward".into());
            pod_network_args.push(format!("{inside}={}", socket.display()));
        }
        let mut ports = BTreeMap::new();
        for port in &spec.ports {
            let socket = net.join(format!("ingress-{port}.sock"));
            pod_network_args.push("--expose".into());
            pod_network_args.push(format!("{}=127.0.0.1:{port}", socket.display()));
            let listener = TcpListener::bind("127.0.0.1:0")
                .await
                .map_err(|e| e.to_string())?;
            ports.insert(*port, listener.local_addr().map_err(|e| e.to_string())?);
            tasks.push(tokio::spawn(async move {
                while let Ok((mut stream, _)) = listener.accept().await {
                    let socket = socket.clone();
                    tokio::spawn(async move {
                        if let Ok(mut peer) = UnixStream::connect(&socket).await {
                            let _ = tokio::io::copy_bidirectional(&mut stream, &mut peer).await;
                        }
                    });
                }
            }));
        }

        let (ip, mount, env, unshare) = (
            host_tool("ip")?,
            host_tool("mount")?,
            host_tool("env")?,
            host_tool("unshare")?,
        );
        let root_q = quote(&root.display().to_string());
        let mut script = vec![
            "set -eu".to_string(),
            format!("{} link set lo up", ip.display()),
        ];
        for address in &spec.addresses {
            let prefix = if address.is_ipv4() { 32 } else { 128 };
            script.push(format!(
                "{} addr add {address}/{prefix} dev lo",
                ip.display()
            ));
        }
        // The UTS namespace's name (cosmetic: the operator reads HOSTNAME from its environment).
        script.push(format!(
            "hostname {0} 2>/dev/null || echo {0} > /proc/sys/kernel/hostname 2>/dev/null || true",
            quote(&spec.hostname)
        ));
        let m = mount.display();
        script.push(format!("{m} --bind {root_q} {root_q}"));
        script.push(format!(
            "{m} -t proc proc {root_q}/proc 2>/dev/null || {m} --rbind /proc {root_q}/proc"
        ));
        script.push(format!(
            "{m} -t tmpfs -o size=64m,nosuid,nodev tmpfs {root_q}/dev/shm"
        ));
        for (host, inside, read_only) in &binds {
            let target = format!("{root_q}{}", quote(inside));
            script.push(format!(
                "{m} --rbind {} {target}",
                quote(&host.display().to_string())
            ));
            if *read_only {
                script.push(format!("{m} -o remount,bind,ro {target}"));
            }
        }
        if spec.read_only_root {
            script.push(format!("{m} -o remount,bind,ro {root_q}"));
        }
        let pod_network: Vec<String> = pod_network_args.iter().map(|a| quote(a)).collect();
        script.push(format!(
            "{} {} &",
            quote(&spec.pod_network.display().to_string()),
            pod_network.join(" ")
        ));
        script.push(format!(
            "while [ ! -e {} ]; do sleep 0.01; done",
            quote(&net.join("ready").display().to_string())
        ));
        script.push("exec \"$@\"".into());

        // The final exec: only the container's environment, then the user namespace of the
        // container's user, its root, and the process.
        let mut exec: Vec<String> = vec![env.display().to_string(), "-i".into()];
        exec.extend(spec.env.iter().map(|(k, v)| format!("{k}={v}")));
        exec.extend([
            unshare.display().to_string(),
            "--user".into(),
            "--mount".into(),
            format!("--map-user={}", spec.uid),
            format!("--map-group={}", spec.gid),
            format!("--root={}", root.display()),
            "--wd=/".into(),
            "--".into(),
        ]);
        exec.extend(spec.argv.iter().cloned());

        let mut child = Command::new(&unshare)
            .args([
                "--user",
                "--map-root-user",
                "--mount",
                "--net",
                "--uts",
                "--pid",
                "--fork",
                "--kill-child",
                "--",
                "/bin/sh",
                "-c",
                &script.join("\n"),
                "sh",
            ])
            .args(&exec)
            .env_clear()
            .env("PATH", "/usr/sbin:/usr/bin:/sbin:/bin")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("starting {}: {e}", unshare.display()))?;
        let logs = Arc::new(Mutex::new(String::new()));
        for pipe in [
            child
                .stdout
                .take()
                .map(|p| Box::new(p) as Box<dyn std::io::Read + Send>),
            child
                .stderr
                .take()
                .map(|p| Box::new(p) as Box<dyn std::io::Read + Send>),
        ]
        .into_iter()
        .flatten()
        {
            let logs = logs.clone();
            std::thread::spawn(move || {
                use std::io::BufRead;
                for line in std::io::BufReader::new(pipe).lines().map_while(Result::ok) {
                    let mut logs = logs.lock().unwrap_or_else(|e| e.into_inner());
                    logs.push_str(&line);
                    logs.push('\n');
                }
            });
        }
        Ok(Sandbox {
            child,
            ports,
            logs,
            tasks,
            _dir: dir,
        })
    }

    /// Where the test process reaches the container's `port`.
    pub fn port(&self, port: u16) -> SocketAddr {
        *self
            .ports
            .get(&port)
            .unwrap_or_else(|| panic!("port {port} is not one of the container's"))
    }

    /// What the container wrote to stdout and stderr so far.
    pub fn logs(&self) -> String {
        self.logs.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// The exit status, once the container has exited.
    pub fn exited(&mut self) -> Option<ExitStatus> {
        self.child.try_wait().ok().flatten()
    }

    /// Kills the container (and everything in its PID namespace).
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        for task in &self.tasks {
            task.abort();
        }
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        self.kill();
    }
}

/// The root filesystem: mount points and the files an image and the runtime provide. Returns
/// the bind mounts to make (host path, container path, read-only).
fn skeleton(root: &Path, spec: &ContainerSpec) -> Result<Vec<(PathBuf, String, bool)>, String> {
    let io = |what: &Path, e: std::io::Error| format!("{}: {e}", what.display());
    let dir = |p: &str| -> Result<(), String> {
        let path = root.join(p.trim_start_matches('/'));
        std::fs::create_dir_all(&path).map_err(|e| io(&path, e))
    };
    let file = |p: &str, content: &str| -> Result<(), String> {
        let path = root.join(p.trim_start_matches('/'));
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| io(parent, e))?;
        }
        std::fs::write(&path, content).map_err(|e| io(&path, e))
    };
    let mut binds = Vec::new();
    for d in ["proc", "dev/shm", "tmp", "home/nonroot", "etc/ssl"] {
        dir(d)?;
    }
    for device in ["null", "zero", "full", "random", "urandom"] {
        file(&format!("/dev/{device}"), "")?;
        binds.push((
            PathBuf::from(format!("/dev/{device}")),
            format!("/dev/{device}"),
            false,
        ));
    }
    // The host's libraries stand in for the image's (the executable is linked against them).
    for lib in [
        "/lib",
        "/lib64",
        "/lib32",
        "/usr/lib",
        "/usr/lib64",
        "/usr/lib32",
    ] {
        let host = Path::new(lib);
        match std::fs::symlink_metadata(host) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = std::fs::read_link(host).map_err(|e| io(host, e))?;
                let link = root.join(lib.trim_start_matches('/'));
                if let Some(parent) = link.parent() {
                    std::fs::create_dir_all(parent).map_err(|e| io(parent, e))?;
                }
                std::os::unix::fs::symlink(&target, &link).map_err(|e| io(&link, e))?;
            }
            Ok(meta) if meta.is_dir() => {
                dir(lib)?;
                binds.push((host.to_path_buf(), lib.to_string(), true));
            }
            _ => {}
        }
    }
    if Path::new("/etc/ssl/certs").is_dir() {
        dir("/etc/ssl/certs")?;
        binds.push((
            PathBuf::from("/etc/ssl/certs"),
            "/etc/ssl/certs".into(),
            true,
        ));
    }
    file(
        "/etc/passwd",
        &format!(
            "root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:{}:{}:nonroot:/home/nonroot:/sbin/nologin\n",
            spec.uid, spec.gid
        ),
    )?;
    file(
        "/etc/group",
        &format!("root:x:0:\nnonroot:x:{}:\n", spec.gid),
    )?;
    // What the kubelet and the runtime write for every pod.
    let pod_ip = spec
        .addresses
        .first()
        .map(ToString::to_string)
        .unwrap_or_else(|| "127.0.0.1".into());
    file(
        "/etc/hosts",
        &format!(
            "# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n{pod_ip}\t{}\n",
            spec.hostname
        ),
    )?;
    file("/etc/hostname", &format!("{}\n", spec.hostname))?;
    file(
        "/etc/resolv.conf",
        "search svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n",
    )?;
    for (inside, host) in &spec.image_files {
        file(inside, "")?;
        binds.push((host.clone(), inside.clone(), true));
    }
    for mount in &spec.mounts {
        if mount.host_path.is_dir() {
            dir(&mount.container_path)?;
        } else {
            file(&mount.container_path, "")?;
        }
        binds.push((
            mount.host_path.clone(),
            mount.container_path.clone(),
            mount.read_only,
        ));
    }
    Ok(binds)
}
