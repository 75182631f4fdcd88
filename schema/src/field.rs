//! Field errors worded as `k8s.io/apimachinery/pkg/util/validation/field` words them, because
//! clients (and people) match on those strings: `spec.location: Required value`,
//! `spec.sku.name: Unsupported value: "x": supported values: "a", "b"`.

use serde_json::Value;
use std::fmt;

/// The kind of a field error; `reason()` is the `StatusCause.reason` the server reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorType {
    NotFound,
    Required,
    Duplicate,
    Invalid,
    NotSupported,
    Forbidden,
    TooLong,
    TooMany,
    Internal,
    TypeInvalid,
}

impl ErrorType {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorType::NotFound => "Not found",
            ErrorType::Required => "Required value",
            ErrorType::Duplicate => "Duplicate value",
            ErrorType::Invalid => "Invalid value",
            ErrorType::NotSupported => "Unsupported value",
            ErrorType::Forbidden => "Forbidden",
            ErrorType::TooLong => "Too long",
            ErrorType::TooMany => "Too many",
            ErrorType::Internal => "Internal error",
            ErrorType::TypeInvalid => "Invalid value",
        }
    }

    pub fn reason(self) -> &'static str {
        match self {
            ErrorType::NotFound => "FieldValueNotFound",
            ErrorType::Required => "FieldValueRequired",
            ErrorType::Duplicate => "FieldValueDuplicate",
            ErrorType::Invalid => "FieldValueInvalid",
            ErrorType::NotSupported => "FieldValueNotSupported",
            ErrorType::Forbidden => "FieldValueForbidden",
            ErrorType::TooLong => "FieldValueTooLong",
            ErrorType::TooMany => "FieldValueTooMany",
            ErrorType::Internal => "InternalError",
            ErrorType::TypeInvalid => "FieldValueTypeInvalid",
        }
    }
}

/// One validation failure at a field path such as `spec.rules[0].name` or `spec.tags[env]`.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    pub kind: ErrorType,
    pub field: String,
    /// `None` when the server omits the value from the message (Required, Forbidden, TooLong).
    pub bad_value: Option<Value>,
    pub detail: String,
}

impl FieldError {
    pub fn new(
        kind: ErrorType,
        field: impl Into<String>,
        bad_value: Option<Value>,
        detail: impl Into<String>,
    ) -> Self {
        FieldError {
            kind,
            field: field.into(),
            bad_value,
            detail: detail.into(),
        }
    }
    pub fn required(field: impl Into<String>, detail: impl Into<String>) -> Self {
        Self::new(ErrorType::Required, field, None, detail)
    }
    pub fn invalid(field: impl Into<String>, value: Value, detail: impl Into<String>) -> Self {
        Self::new(ErrorType::Invalid, field, Some(value), detail)
    }
    pub fn forbidden(field: impl Into<String>, detail: impl Into<String>) -> Self {
        Self::new(ErrorType::Forbidden, field, None, detail)
    }
    pub fn not_supported(field: impl Into<String>, value: Value, supported: &[Value]) -> Self {
        let list: Vec<String> = supported.iter().map(go_value).collect();
        let detail = if list.is_empty() {
            String::new()
        } else {
            format!("supported values: {}", list.join(", "))
        };
        Self::new(ErrorType::NotSupported, field, Some(value), detail)
    }
    pub fn too_long(field: impl Into<String>, max: u64) -> Self {
        let unit = if max == 1 { "byte" } else { "bytes" };
        Self::new(
            ErrorType::TooLong,
            field,
            None,
            format!("may not be more than {max} {unit}"),
        )
    }
    pub fn too_many(field: impl Into<String>, actual: usize, max: u64) -> Self {
        Self::new(
            ErrorType::TooMany,
            field,
            Some(Value::from(actual)),
            format!("must have at most {max} items"),
        )
    }
    pub fn duplicate(field: impl Into<String>, value: Value) -> Self {
        Self::new(ErrorType::Duplicate, field, Some(value), "")
    }

    /// The message without the field path, as in `StatusCause.message`.
    pub fn body(&self) -> String {
        let mut s = match (self.kind, &self.bad_value) {
            (
                ErrorType::Required
                | ErrorType::Forbidden
                | ErrorType::TooLong
                | ErrorType::Internal,
                _,
            )
            | (_, None) => self.kind.as_str().to_string(),
            (_, Some(v)) => format!("{}: {}", self.kind.as_str(), go_value(v)),
        };
        if !self.detail.is_empty() {
            s.push_str(": ");
            s.push_str(&self.detail);
        }
        s
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}", self.body())
        } else {
            write!(f, "{}: {}", self.field, self.body())
        }
    }
}

/// Errors as the server prints them, one line each.
pub fn messages(errors: &[FieldError]) -> Vec<String> {
    errors.iter().map(ToString::to_string).collect()
}

/// Renders a bad value as the server does: scalars as Go's `%v`/`%q`, lists and maps as JSON
/// (`field.Error.ErrorBody` since Kubernetes 1.34, kubernetes/kubernetes#132314).
pub fn go_value(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => serde_json::to_string(s).unwrap_or_default(),
        Value::Array(_) | Value::Object(_) => serde_json::to_string(v).unwrap_or_default(),
    }
}

/// A JSON path in the server's notation: `spec.list[3].name`, `spec.map[key]`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Path(String);

impl Path {
    pub fn root() -> Self {
        Path(String::new())
    }
    pub fn new(s: impl Into<String>) -> Self {
        Path(s.into())
    }
    pub fn child(&self, name: &str) -> Path {
        if self.0.is_empty() {
            Path(name.to_string())
        } else {
            Path(format!("{}.{}", self.0, name))
        }
    }
    pub fn index(&self, i: usize) -> Path {
        Path(format!("{}[{}]", self.0, i))
    }
    pub fn key(&self, k: &str) -> Path {
        Path(format!("{}[{}]", self.0, k))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// Appends `.name` in place (validators walk large objects; this avoids a string per node).
    /// Returns the length to [`Path::truncate`] back to.
    pub fn push_field(&mut self, name: &str) -> usize {
        let len = self.0.len();
        if len > 0 {
            self.0.push('.');
        }
        self.0.push_str(name);
        len
    }
    pub fn push_index(&mut self, i: usize) -> usize {
        use std::fmt::Write;
        let len = self.0.len();
        let _ = write!(self.0, "[{i}]");
        len
    }
    pub fn push_key(&mut self, k: &str) -> usize {
        let len = self.0.len();
        self.0.push('[');
        self.0.push_str(k);
        self.0.push(']');
        len
    }
    pub fn truncate(&mut self, len: usize) {
        self.0.truncate(len);
    }
    /// How the OpenAPI validator names the field in its messages (`<root>` for the top).
    pub fn display_name(&self) -> &str {
        if self.0.is_empty() { "<root>" } else { &self.0 }
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn messages_match_apimachinery() {
        let e = FieldError::required("spec.location", "");
        assert_eq!(e.to_string(), "spec.location: Required value");
        let e = FieldError::not_supported("spec.sku.name", json!("x"), &[json!("a"), json!("b")]);
        assert_eq!(
            e.to_string(),
            r#"spec.sku.name: Unsupported value: "x": supported values: "a", "b""#
        );
        let e = FieldError::invalid("spec.n", json!(5), "must be even");
        assert_eq!(e.to_string(), "spec.n: Invalid value: 5: must be even");
        let e = FieldError::too_long("spec.azureName", 90);
        assert_eq!(
            e.to_string(),
            "spec.azureName: Too long: may not be more than 90 bytes"
        );
        let e = FieldError::too_many("spec.l", 4, 3);
        assert_eq!(
            e.to_string(),
            "spec.l: Too many: 4: must have at most 3 items"
        );
    }

    #[test]
    fn paths() {
        let p = Path::root()
            .child("spec")
            .child("list")
            .index(2)
            .child("tags")
            .key("env");
        assert_eq!(p.as_str(), "spec.list[2].tags[env]");
        assert_eq!(Path::root().display_name(), "<root>");
    }
}
