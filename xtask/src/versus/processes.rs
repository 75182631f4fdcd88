//! Starting the simulators and operators as processes, stopping them by their own process id,
//! and reading their memory and CPU time from `/proc`.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use anyhow::{Context, bail};

/// The executables compared and the simulators they run against.
pub struct Binaries {
    pub kubesim: PathBuf,
    pub armsim: PathBuf,
    pub operator: PathBuf,
    pub aso: PathBuf,
    /// `../shared/aso-controller` (ASO's CRDs).
    pub aso_shared: PathBuf,
}

/// A child process, killed when dropped.
pub struct Process {
    child: Child,
}

/// Memory and CPU of a process.
#[derive(Debug, Clone, Copy, Default)]
pub struct Usage {
    pub rss_mib: f64,
    pub peak_mib: f64,
    pub cpu_secs: f64,
}

impl Process {
    pub fn spawn(mut cmd: Command) -> anyhow::Result<Process> {
        let child = cmd
            .spawn()
            .with_context(|| format!("starting {:?}", cmd.get_program()))?;
        Ok(Process { child })
    }

    /// Starts a process and returns it with the first line it prints that contains `marker`.
    pub fn spawn_announcing(mut cmd: Command, marker: &str) -> anyhow::Result<(Process, String)> {
        cmd.stdout(Stdio::piped());
        let mut process = Process::spawn(cmd)?;
        let stdout = process.child.stdout.take().context("stdout")?;
        let mut lines = BufReader::new(stdout).lines();
        loop {
            match lines.next() {
                Some(Ok(line)) if line.contains(marker) => {
                    // Keep draining so the child never blocks on a full pipe.
                    std::thread::spawn(move || for _ in lines {});
                    return Ok((process, line));
                }
                Some(Ok(_)) => continue,
                _ => bail!("the process ended before printing {marker:?}"),
            }
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The exit status, if it has ended.
    pub fn exited(&mut self) -> Option<std::process::ExitStatus> {
        self.child.try_wait().ok().flatten()
    }

    pub fn usage(&self) -> Usage {
        usage(self.pid())
    }

    /// Stops the process (SIGKILL: what a node failure or an evicted pod does) and waits.
    pub fn kill(mut self) -> Usage {
        let last = self.usage();
        let _ = self.child.kill();
        let _ = self.child.wait();
        last
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `VmRSS`, `VmHWM` and user + system CPU time of a process (Linux; zeros elsewhere).
pub fn usage(pid: u32) -> Usage {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<f64>().ok())
            .map_or(0.0, |kib| kib / 1024.0)
    };
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command name (which may hold spaces) : utime is the 14th field overall.
    let ticks: f64 = stat
        .rsplit_once(')')
        .map(|(_, rest)| {
            rest.split_whitespace()
                .skip(11)
                .take(2)
                .filter_map(|t| t.parse::<f64>().ok())
                .sum()
        })
        .unwrap_or(0.0);
    Usage {
        rss_mib: field("VmRSS:"),
        peak_mib: field("VmHWM:"),
        // USER_HZ is 100 on every Linux architecture we run on.
        cpu_secs: ticks / 100.0,
    }
}

/// A free loopback port (taken again by the process it is given to).
pub fn free_port() -> anyhow::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

/// Waits until `url` answers 200, failing if the process ends or `limit` passes.
pub async fn wait_healthy(
    process: &mut Process,
    url: &str,
    limit: Duration,
) -> anyhow::Result<Duration> {
    let client = reqwest::Client::new();
    let started = tokio::time::Instant::now();
    loop {
        if let Some(status) = process.exited() {
            bail!("the process exited during start-up ({status})");
        }
        if let Ok(r) = client.get(url).send().await
            && r.status() == 200
        {
            return Ok(started.elapsed());
        }
        if started.elapsed() > limit {
            bail!("{url} did not answer 200 within {limit:?}");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
