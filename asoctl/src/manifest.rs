//! Reading manifests: files or folders of (multi-document) YAML, each document kept with where it
//! came from. Only regular files are read, and only up to [`MAX_FILE_BYTES`]: a FIFO would hang
//! the reader and `/dev/zero` would fill memory, so anything else is refused by name.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// One YAML document.
#[derive(Debug, Clone)]
pub struct Manifest {
    pub source: Source,
    pub value: Value,
}

/// Where a document came from: file and position in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub file: PathBuf,
    /// 1-based index of the document in its file.
    pub document: usize,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (document {})", self.file.display(), self.document)
    }
}

impl Manifest {
    pub fn api_version(&self) -> &str {
        self.value
            .get("apiVersion")
            .and_then(Value::as_str)
            .unwrap_or("")
    }

    pub fn kind(&self) -> &str {
        self.value.get("kind").and_then(Value::as_str).unwrap_or("")
    }

    pub fn name(&self) -> &str {
        self.value
            .pointer("/metadata/name")
            .and_then(Value::as_str)
            .unwrap_or("")
    }

    /// The namespace, `default` when the manifest does not say (as kubectl would apply it).
    pub fn namespace(&self) -> &str {
        self.value
            .pointer("/metadata/namespace")
            .and_then(Value::as_str)
            .unwrap_or("default")
    }

    /// `kind namespace/name` for messages.
    pub fn describe(&self) -> String {
        format!("{} {}/{}", self.kind(), self.namespace(), self.name())
    }
}

/// Reads every `.yaml`/`.yml`/`.json` file at `paths` (folders recursively, in name order).
pub fn read_all(paths: &[PathBuf]) -> Result<Vec<Manifest>, String> {
    let mut files = Vec::new();
    for path in paths {
        collect(path, &mut files)?;
    }
    let mut manifests = Vec::new();
    for file in files {
        let text = read_file(&file)?;
        let documents: Vec<Value> = serde_saphyr::from_multiple(&text)
            .map_err(|e| format!("{}: invalid YAML: {e}", file.display()))?;
        for (i, value) in documents.into_iter().enumerate() {
            if value.is_null() {
                continue;
            }
            manifests.push(Manifest {
                source: Source {
                    file: file.clone(),
                    document: i + 1,
                },
                value,
            });
        }
    }
    Ok(manifests)
}

/// The largest manifest file read (far above any real manifest).
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Reads a regular file of at most [`MAX_FILE_BYTES`] as UTF-8.
pub fn read_file(path: &Path) -> Result<String, String> {
    check_regular(path)?;
    let file =
        std::fs::File::open(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    // Checked again on what was opened: the path may have been swapped meanwhile.
    check_type(
        path,
        &file
            .metadata()
            .map_err(|e| format!("{}: {e}", path.display()))?,
    )?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(format!(
            "{}: larger than {} MiB; refusing to read it",
            path.display(),
            MAX_FILE_BYTES / (1024 * 1024)
        ));
    }
    String::from_utf8(bytes).map_err(|e| format!("{}: not UTF-8: {e}", path.display()))
}

/// Refuses anything but a regular file, without opening it (opening a FIFO blocks).
fn check_regular(path: &Path) -> Result<(), String> {
    let metadata = std::fs::metadata(path).map_err(|e| format!("{}: {e}", path.display()))?;
    check_type(path, &metadata)
}

fn check_type(path: &Path, metadata: &std::fs::Metadata) -> Result<(), String> {
    if metadata.is_file() {
        return Ok(());
    }
    let what = {
        use std::os::unix::fs::FileTypeExt;
        let t = metadata.file_type();
        if t.is_fifo() {
            "a FIFO"
        } else if t.is_char_device() || t.is_block_device() {
            "a device"
        } else if t.is_socket() {
            "a socket"
        } else {
            "not a regular file"
        }
    };
    Err(format!(
        "{}: is {what}; only regular files are read",
        path.display()
    ))
}

fn collect(path: &Path, files: &mut Vec<PathBuf>) -> Result<(), String> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| format!("{}: cannot list: {e}", path.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for entry in entries {
            if entry.is_dir() || is_manifest_file(&entry) {
                collect(&entry, files)?;
            }
        }
        Ok(())
    } else if path.exists() {
        check_regular(path)?;
        files.push(path.to_path_buf());
        Ok(())
    } else {
        Err(format!("{}: no such file or folder", path.display()))
    }
}

fn is_manifest_file(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("yaml" | "yml" | "json")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_files_are_refused_by_name() {
        for (path, what) in [("/dev/zero", "a device"), ("/dev/null", "a device")] {
            let e = read_all(&[PathBuf::from(path)]).unwrap_err();
            assert!(e.contains(path) && e.contains(what), "{e}");
        }
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.yaml");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|s| s.success()) {
            // Refused before it is opened, so this returns instead of hanging.
            let e = read_all(std::slice::from_ref(&fifo)).unwrap_err();
            assert!(e.contains("a FIFO"), "{e}");
            // Also when found in a folder.
            let e = read_all(&[dir.path().to_path_buf()]).unwrap_err();
            assert!(e.contains("a FIFO"), "{e}");
        }
    }

    #[test]
    fn large_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.yaml");
        let file = std::fs::File::create(&big).unwrap();
        file.set_len(MAX_FILE_BYTES + 1).unwrap();
        let e = read_all(&[big]).unwrap_err();
        assert!(e.contains("larger than 16 MiB"), "{e}");
    }

    #[test]
    fn documents_keep_their_place() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        std::fs::write(&path, "kind: A\n---\nkind: B\n").unwrap();
        let manifests = read_all(&[path]).unwrap();
        assert_eq!(manifests.len(), 2);
        assert_eq!(manifests[1].source.document, 2);
        assert_eq!(manifests[1].kind(), "B");
    }
}
