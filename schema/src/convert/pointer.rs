//! Where a stashed value lives: a JSON Pointer (RFC 6901) into the object, `/spec/tags/env` or
//! `/spec/rules/0/name`. A pointer, not the server's `spec.rules[0].name` notation, because map
//! keys may hold `.`, `[` and `]`; whether a token is a list index or a map key is decided by the
//! value (or schema) it walks through, as RFC 6901 prescribes.

use std::fmt;

use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Pointer(Vec<String>);

impl Pointer {
    pub fn root() -> Self {
        Pointer(Vec::new())
    }

    /// Parses `/a/b~1c/0`; `None` unless it is empty or starts with `/`, or has a `~` not
    /// followed by `0` or `1`.
    pub fn parse(text: &str) -> Option<Self> {
        if text.is_empty() {
            return Some(Pointer::root());
        }
        let rest = text.strip_prefix('/')?;
        rest.split('/')
            .map(unescape)
            .collect::<Option<_>>()
            .map(Pointer)
    }

    pub fn tokens(&self) -> &[String] {
        &self.0
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn push(&mut self, token: impl Into<String>) {
        self.0.push(token.into());
    }

    pub fn pop(&mut self) {
        self.0.pop();
    }

    pub fn child(&self, token: impl Into<String>) -> Pointer {
        let mut p = self.clone();
        p.push(token);
        p
    }

    pub fn starts_with(&self, prefix: &Pointer) -> bool {
        self.0.starts_with(&prefix.0)
    }

    /// The first token (`spec`, `status`), if any.
    pub fn section(&self) -> Option<&str> {
        self.0.first().map(String::as_str)
    }

    /// The same location below `prefix`'s first `prefix.len()` tokens removed.
    pub fn strip_prefix(&self, prefix: &Pointer) -> Option<Pointer> {
        self.starts_with(prefix)
            .then(|| Pointer(self.0[prefix.len()..].to_vec()))
    }

    /// The value at this pointer inside `value`.
    pub fn get<'a>(&self, value: &'a Value) -> Option<&'a Value> {
        self.0.iter().try_fold(value, |v, t| step(v, t))
    }

    /// The server's notation for messages: `spec.rules[0].name`, `spec.tags[env]`, resolved
    /// against `value` to tell indexes from keys where it can.
    pub fn display_in(&self, value: &Value) -> String {
        let mut out = String::new();
        let mut at = Some(value);
        for t in &self.0 {
            match at {
                Some(Value::Array(_)) => {
                    out.push('[');
                    out.push_str(t);
                    out.push(']');
                }
                _ if out.is_empty() => out.push_str(t),
                _ => {
                    out.push('.');
                    out.push_str(t);
                }
            }
            at = at.and_then(|v| step(v, t));
        }
        out
    }
}

fn step<'a>(value: &'a Value, token: &str) -> Option<&'a Value> {
    match value {
        Value::Object(map) => map.get(token),
        Value::Array(items) => index(token).and_then(|i| items.get(i)),
        _ => None,
    }
}

/// A list index token: decimal digits, no leading zero (RFC 6901).
pub fn index(token: &str) -> Option<usize> {
    let canonical = token == "0" || (!token.starts_with('0') && !token.is_empty());
    if canonical && token.bytes().all(|b| b.is_ascii_digit()) {
        token.parse().ok()
    } else {
        None
    }
}

fn unescape(token: &str) -> Option<String> {
    let mut out = String::with_capacity(token.len());
    let mut chars = token.chars();
    while let Some(c) = chars.next() {
        if c == '~' {
            match chars.next() {
                Some('0') => out.push('~'),
                Some('1') => out.push('/'),
                _ => return None,
            }
        } else {
            out.push(c);
        }
    }
    Some(out)
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for t in &self.0 {
            f.write_str("/")?;
            f.write_str(&t.replace('~', "~0").replace('/', "~1"))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn parses_and_prints_rfc6901() {
        let p = Pointer::parse("/spec/tags/a~1b~0c/0").unwrap();
        assert_eq!(p.tokens(), ["spec", "tags", "a/b~c", "0"]);
        assert_eq!(p.to_string(), "/spec/tags/a~1b~0c/0");
        assert_eq!(Pointer::parse(""), Some(Pointer::root()));
        assert_eq!(Pointer::parse("spec"), None);
        assert_eq!(Pointer::parse("/a~2"), None);
        assert_eq!(Pointer::parse("/a~"), None);
    }

    #[test]
    fn indexes_are_canonical_decimals() {
        assert_eq!(index("0"), Some(0));
        assert_eq!(index("12"), Some(12));
        assert_eq!(index("01"), None);
        assert_eq!(index("-1"), None);
        assert_eq!(index(""), None);
        assert_eq!(index("99999999999999999999999"), None);
    }

    #[test]
    fn resolves_and_names_paths_like_the_server() {
        let v = json!({"spec": {"rules": [{"name": "x"}], "tags": {"a.b": "1"}}});
        let p = Pointer::parse("/spec/rules/0/name").unwrap();
        assert_eq!(p.get(&v), Some(&json!("x")));
        assert_eq!(p.display_in(&v), "spec.rules[0].name");
        let p = Pointer::parse("/spec/tags/a.b").unwrap();
        assert_eq!(p.get(&v), Some(&json!("1")));
        assert_eq!(Pointer::parse("/spec/rules/1").unwrap().get(&v), None);
    }
}
