//! Loading Swagger 2.0 documents: files read once, `$ref`s followed across files and JSON pointers.
//!
//! Everything downstream addresses schemas as [`Node`]s (a file and a JSON pointer), so every
//! error can name the exact place in the specs it comes from.

mod node;

pub use node::Node;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Component, Path, PathBuf};
use std::rc::Rc;

use serde_json::Value;

/// A place in the specs: a file (relative to the specs root) and a JSON pointer in it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    pub file: Rc<Path>,
    pub pointer: String,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}#{}", self.file.display(), self.pointer)
    }
}

/// An error that names where in the specs it happened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{location}: {message}")]
pub struct SpecError {
    pub location: String,
    pub message: String,
}

impl SpecError {
    pub fn at(location: impl fmt::Display, message: impl Into<String>) -> Self {
        SpecError {
            location: location.to_string(),
            message: message.into(),
        }
    }
}

/// Reads spec files under a root folder, each once.
pub struct Loader {
    root: PathBuf,
    documents: RefCell<BTreeMap<Rc<Path>, Rc<Value>>>,
}

impl Loader {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Loader {
            root: root.into(),
            documents: RefCell::new(BTreeMap::new()),
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The whole document at `file` (relative to the root), as a node at pointer "".
    pub fn document(&self, file: &Path) -> Result<Node, SpecError> {
        let file: Rc<Path> = normalize(file).into();
        let value = self.read(&file)?;
        Ok(Node::new(file, String::new(), value))
    }

    /// Every document already read, by file.
    pub fn loaded(&self) -> Vec<Rc<Path>> {
        self.documents.borrow().keys().cloned().collect()
    }

    fn read(&self, file: &Rc<Path>) -> Result<Rc<Value>, SpecError> {
        if let Some(doc) = self.documents.borrow().get(file) {
            return Ok(doc.clone());
        }
        let full = self.root.join(file);
        let bytes = std::fs::read(&full)
            .map_err(|e| SpecError::at(file.display(), format!("cannot read: {e}")))?;
        // Some spec files start with a UTF-8 byte order mark, which JSON parsers reject.
        let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        let value: Value = serde_json::from_slice(text).map_err(|e| {
            SpecError::at(
                file.display(),
                format!(
                    "invalid JSON at line {} column {}: {e}",
                    e.line(),
                    e.column()
                ),
            )
        })?;
        let value = Rc::new(value);
        self.documents
            .borrow_mut()
            .insert(file.clone(), value.clone());
        Ok(value)
    }

    /// Follows `$ref` from `node` (repeatedly, for references to references) and returns the
    /// target. A node without `$ref` is returned as is.
    pub fn resolve(&self, node: &Node) -> Result<Node, SpecError> {
        let mut current = node.clone();
        for _ in 0..32 {
            let Some(reference) = current.value().get("$ref") else {
                return Ok(current);
            };
            let reference = reference
                .as_str()
                .ok_or_else(|| SpecError::at(current.location(), "$ref must be a string"))?;
            current = self.follow(&current, reference)?;
        }
        Err(SpecError::at(
            node.location(),
            "$ref chain longer than 32 steps (a cycle of references?)",
        ))
    }

    /// The node a `$ref` string points at, relative to the file `from` is in.
    pub fn follow(&self, from: &Node, reference: &str) -> Result<Node, SpecError> {
        let (file_part, pointer) = match reference.split_once('#') {
            Some((file, pointer)) => (file, pointer),
            None => (reference, ""),
        };
        let file: Rc<Path> = if file_part.is_empty() {
            from.file().clone()
        } else {
            let base = from.file().parent().unwrap_or(Path::new(""));
            normalize(&base.join(percent_decode(file_part))).into()
        };
        let document = self
            .read(&file)
            .map_err(|e| SpecError::at(from.location(), format!("$ref {reference:?}: {e}")))?;
        let pointer = percent_decode(pointer);
        if !pointer.is_empty() && !pointer.starts_with('/') {
            return Err(SpecError::at(
                from.location(),
                format!("$ref {reference:?}: JSON pointer must start with '/'"),
            ));
        }
        if document.pointer(&pointer).is_none() {
            return Err(SpecError::at(
                from.location(),
                format!(
                    "$ref {reference:?}: nothing at {}#{pointer}",
                    file.display()
                ),
            ));
        }
        Ok(Node::new(file, pointer, document))
    }
}

/// Lexical normalisation: removes `.` and folds `..`, so one file has one key however it is reached.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out: Vec<Component> = Vec::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => match out.last() {
                Some(Component::Normal(_)) => {
                    out.pop();
                }
                _ => out.push(component),
            },
            other => out.push(other),
        }
    }
    out.iter().collect()
}

fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push(h * 16 + l);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests;
