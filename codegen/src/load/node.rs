//! A JSON value inside a loaded document, addressed by file and pointer.

use std::path::Path;
use std::rc::Rc;

use serde_json::Value;

use super::Location;

/// A value in a spec document. Cheap to clone: the document is shared.
#[derive(Clone)]
pub struct Node {
    file: Rc<Path>,
    pointer: String,
    document: Rc<Value>,
}

static NULL: Value = Value::Null;

impl Node {
    pub(super) fn new(file: Rc<Path>, pointer: String, document: Rc<Value>) -> Self {
        Node {
            file,
            pointer,
            document,
        }
    }

    pub fn file(&self) -> &Rc<Path> {
        &self.file
    }

    pub fn pointer(&self) -> &str {
        &self.pointer
    }

    pub fn location(&self) -> Location {
        Location {
            file: self.file.clone(),
            pointer: self.pointer.clone(),
        }
    }

    pub fn value(&self) -> &Value {
        self.document.pointer(&self.pointer).unwrap_or(&NULL)
    }

    /// The child under `key`, whether or not it exists (a missing child has value `null`).
    pub fn child(&self, key: &str) -> Node {
        let escaped = key.replace('~', "~0").replace('/', "~1");
        Node {
            file: self.file.clone(),
            pointer: format!("{}/{escaped}", self.pointer),
            document: self.document.clone(),
        }
    }

    pub fn get(&self, key: &str) -> Option<Node> {
        self.value().get(key).map(|_| self.child(key))
    }

    pub fn str(&self, key: &str) -> Option<&str> {
        self.value().get(key).and_then(Value::as_str)
    }

    pub fn bool(&self, key: &str) -> bool {
        self.value()
            .get(key)
            .and_then(Value::as_bool)
            .unwrap_or(false)
    }

    /// The `x-ms-mutability` values (`create`, `read`, `update`), if given.
    pub fn mutability(&self) -> Option<std::collections::BTreeSet<String>> {
        let values = self.value().get("x-ms-mutability")?.as_array()?;
        Some(
            values
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
        )
    }

    /// Children of an object node, in key order.
    pub fn entries(&self) -> Vec<(String, Node)> {
        match self.value() {
            Value::Object(map) => map.keys().map(|k| (k.clone(), self.child(k))).collect(),
            _ => Vec::new(),
        }
    }

    /// Elements of an array node.
    pub fn items(&self) -> Vec<Node> {
        match self.value() {
            Value::Array(items) => (0..items.len())
                .map(|i| self.child(&i.to_string()))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The name of a `#/definitions/<name>` node.
    pub fn definition_name(&self) -> Option<&str> {
        let rest = self.pointer.strip_prefix("/definitions/")?;
        (!rest.contains('/')).then_some(rest)
    }
}

impl std::fmt::Debug for Node {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.location())
    }
}

impl PartialEq for Node {
    fn eq(&self, other: &Self) -> bool {
        self.file == other.file && self.pointer == other.pointer
    }
}

impl Eq for Node {}

impl std::hash::Hash for Node {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.file.hash(state);
        self.pointer.hash(state);
    }
}
