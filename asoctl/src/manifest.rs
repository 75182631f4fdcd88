//! Reading manifests: files or folders of (multi-document) YAML, each document kept with where it
//! came from.

use std::fmt;
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
        let text = std::fs::read_to_string(&file)
            .map_err(|e| format!("{}: cannot read: {e}", file.display()))?;
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
