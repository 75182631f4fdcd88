//! Label selectors (equality- and set-based, as `k8s.io/apimachinery/pkg/labels` parses them)
//! and field selectors (`metadata.name`, `metadata.namespace`, and any scalar field by dotted
//! path, which covers the per-kind fields such as `involvedObject.name` on events).

use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Op {
    Exists,
    DoesNotExist,
    Equals,
    NotEquals,
    In,
    NotIn,
    GreaterThan,
    LessThan,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requirement {
    pub key: String,
    pub op: Op,
    pub values: Vec<String>,
}

/// A parsed label selector; the empty selector matches everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LabelSelector(pub Vec<Requirement>);

impl LabelSelector {
    pub fn parse(input: &str) -> Result<LabelSelector, String> {
        let mut p = Parser {
            s: input.as_bytes(),
            pos: 0,
        };
        let mut reqs = Vec::new();
        p.skip_ws();
        if p.at_end() {
            return Ok(LabelSelector(reqs));
        }
        loop {
            reqs.push(p.requirement()?);
            p.skip_ws();
            if p.at_end() {
                break;
            }
            p.expect(b',')?;
        }
        Ok(LabelSelector(reqs))
    }

    /// A `metav1.LabelSelector` (`matchLabels`, `matchExpressions`), as `LabelSelectorAsSelector`
    /// reads it; `null` and `{}` select everything.
    pub fn from_structured(v: &Value) -> Result<LabelSelector, String> {
        let mut reqs = Vec::new();
        if let Some(labels) = v["matchLabels"].as_object() {
            for (k, val) in labels {
                reqs.push(Requirement {
                    key: k.clone(),
                    op: Op::Equals,
                    values: vec![val.as_str().unwrap_or_default().to_string()],
                });
            }
        }
        for e in v["matchExpressions"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default()
        {
            let key = e["key"].as_str().unwrap_or_default().to_string();
            let values: Vec<String> = e["values"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|x| x.as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default();
            let op = match e["operator"].as_str().unwrap_or_default() {
                "In" => Op::In,
                "NotIn" => Op::NotIn,
                "Exists" => Op::Exists,
                "DoesNotExist" => Op::DoesNotExist,
                other => return Err(format!("{other:?} is not a valid label selector operator")),
            };
            match op {
                Op::In | Op::NotIn if values.is_empty() => {
                    return Err("for 'in', 'notin' operators, values set can't be empty".into());
                }
                Op::Exists | Op::DoesNotExist if !values.is_empty() => {
                    return Err("values set must be empty for exists and does not exist".into());
                }
                _ => {}
            }
            reqs.push(Requirement { key, op, values });
        }
        Ok(LabelSelector(reqs))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn matches(&self, labels: &BTreeMap<String, String>) -> bool {
        self.0.iter().all(|r| {
            let v = labels.get(&r.key);
            match r.op {
                Op::Exists => v.is_some(),
                Op::DoesNotExist => v.is_none(),
                Op::Equals | Op::In => v.is_some_and(|v| r.values.contains(v)),
                Op::NotEquals | Op::NotIn => v.is_none_or(|v| !r.values.contains(v)),
                Op::GreaterThan | Op::LessThan => {
                    let (Some(v), Some(bound)) = (
                        v.and_then(|v| v.parse::<i64>().ok()),
                        r.values.first().and_then(|b| b.parse::<i64>().ok()),
                    ) else {
                        return false;
                    };
                    if r.op == Op::GreaterThan {
                        v > bound
                    } else {
                        v < bound
                    }
                }
            }
        })
    }
}

impl fmt::Display for LabelSelector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self
            .0
            .iter()
            .map(|r| match r.op {
                Op::Exists => r.key.clone(),
                Op::DoesNotExist => format!("!{}", r.key),
                Op::Equals => format!("{}={}", r.key, r.values[0]),
                Op::NotEquals => format!("{}!={}", r.key, r.values[0]),
                Op::In => format!("{} in ({})", r.key, r.values.join(",")),
                Op::NotIn => format!("{} notin ({})", r.key, r.values.join(",")),
                Op::GreaterThan => format!("{}>{}", r.key, r.values[0]),
                Op::LessThan => format!("{}<{}", r.key, r.values[0]),
            })
            .collect();
        f.write_str(&parts.join(","))
    }
}

struct Parser<'a> {
    s: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn at_end(&self) -> bool {
        self.pos >= self.s.len()
    }
    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }
    fn skip_ws(&mut self) {
        while self.peek().is_some_and(|c| c.is_ascii_whitespace()) {
            self.pos += 1;
        }
    }
    fn expect(&mut self, c: u8) -> Result<(), String> {
        self.skip_ws();
        if self.peek() == Some(c) {
            self.pos += 1;
            Ok(())
        } else {
            Err(format!(
                "unable to parse requirement: found '{}', expected: '{}'",
                self.rest_token(),
                c as char
            ))
        }
    }
    fn rest_token(&self) -> String {
        String::from_utf8_lossy(&self.s[self.pos.min(self.s.len())..])
            .chars()
            .take(20)
            .collect()
    }
    fn word(&mut self) -> String {
        self.skip_ws();
        let start = self.pos;
        while let Some(c) = self.peek() {
            if c.is_ascii_whitespace()
                || matches!(c, b',' | b'=' | b'!' | b'(' | b')' | b'<' | b'>')
            {
                break;
            }
            self.pos += 1;
        }
        String::from_utf8_lossy(&self.s[start..self.pos]).into_owned()
    }
    fn requirement(&mut self) -> Result<Requirement, String> {
        self.skip_ws();
        let negated = if self.peek() == Some(b'!') {
            self.pos += 1;
            true
        } else {
            false
        };
        let key = self.word();
        validate_key(&key)?;
        if negated {
            return Ok(Requirement {
                key,
                op: Op::DoesNotExist,
                values: vec![],
            });
        }
        self.skip_ws();
        let op = match self.peek() {
            None | Some(b',') => {
                return Ok(Requirement {
                    key,
                    op: Op::Exists,
                    values: vec![],
                });
            }
            Some(b'=') => {
                self.pos += 1;
                if self.peek() == Some(b'=') {
                    self.pos += 1;
                }
                Op::Equals
            }
            Some(b'!') => {
                self.pos += 1;
                if self.peek() != Some(b'=') {
                    return Err(format!(
                        "unable to parse requirement: found '!', expected: '=' after key {key}"
                    ));
                }
                self.pos += 1;
                Op::NotEquals
            }
            Some(b'>') => {
                self.pos += 1;
                Op::GreaterThan
            }
            Some(b'<') => {
                self.pos += 1;
                Op::LessThan
            }
            _ => match self.word().as_str() {
                "in" => Op::In,
                "notin" => Op::NotIn,
                other => {
                    return Err(format!(
                        "unable to parse requirement: found '{other}', expected: in, notin, =, ==, !=, gt, lt"
                    ));
                }
            },
        };
        let values = if matches!(op, Op::In | Op::NotIn) {
            self.expect(b'(')?;
            let mut vals = Vec::new();
            loop {
                self.skip_ws();
                if self.peek() == Some(b')') {
                    self.pos += 1;
                    break;
                }
                let v = self.word();
                validate_value(&key, &v)?;
                vals.push(v);
                self.skip_ws();
                match self.peek() {
                    Some(b',') => self.pos += 1,
                    Some(b')') => {}
                    _ => {
                        return Err(format!(
                            "unable to parse requirement: found '{}', expected: ',', ')'",
                            self.rest_token()
                        ));
                    }
                }
            }
            if vals.is_empty() {
                vals.push(String::new());
            }
            vals
        } else {
            let v = self.word();
            if matches!(op, Op::GreaterThan | Op::LessThan) && v.parse::<i64>().is_err() {
                return Err(format!(
                    "unable to parse requirement: for 'Gt', 'Lt' operators, the value must be an integer: {v}"
                ));
            }
            validate_value(&key, &v)?;
            vec![v]
        };
        Ok(Requirement { key, op, values })
    }
}

fn name_ok(s: &str, max: usize) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= max
        && b[0].is_ascii_alphanumeric()
        && b[b.len() - 1].is_ascii_alphanumeric()
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
}

fn validate_key(key: &str) -> Result<(), String> {
    let name = match key.rsplit_once('/') {
        Some((prefix, name)) => {
            let ok = !prefix.is_empty()
                && prefix.len() <= 253
                && prefix.split('.').all(|l| {
                    !l.is_empty()
                        && l.bytes()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
                        && !l.starts_with('-')
                        && !l.ends_with('-')
                });
            if !ok {
                return Err(format!(
                    "unable to parse requirement: key: Invalid value: \"{key}\": prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character"
                ));
            }
            name
        }
        None => key,
    };
    if name_ok(name, 63) {
        Ok(())
    } else {
        Err(format!(
            "unable to parse requirement: key: Invalid value: \"{key}\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"
        ))
    }
}

fn validate_value(key: &str, v: &str) -> Result<(), String> {
    if v.is_empty() || name_ok(v, 63) {
        Ok(())
    } else {
        Err(format!(
            "unable to parse requirement: values[0][{key}]: Invalid value: \"{v}\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"
        ))
    }
}

/// A field selector: `a=b,c!=d`, with `\` escaping `,`, `=` and `\` in values.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldSelector(pub Vec<(String, bool, String)>);

impl FieldSelector {
    pub fn parse(input: &str) -> Result<FieldSelector, String> {
        let mut out = Vec::new();
        for term in split_unescaped(input, ',') {
            let term = term.trim();
            if term.is_empty() {
                continue;
            }
            let (key, eq, value) = if let Some(i) = find_unescaped(term, "!=") {
                (&term[..i], false, &term[i + 2..])
            } else if let Some(i) = find_unescaped(term, "==") {
                (&term[..i], true, &term[i + 2..])
            } else if let Some(i) = find_unescaped(term, "=") {
                (&term[..i], true, &term[i + 1..])
            } else {
                return Err(format!(
                    "invalid selector: '{input}'; can't understand '{term}'"
                ));
            };
            out.push((key.trim().to_string(), eq, unescape(value.trim())));
        }
        Ok(FieldSelector(out))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The value a selector requires for `field` with `=`, if any (used to narrow lookups).
    pub fn required(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, eq, _)| k == field && *eq)
            .map(|(_, _, v)| v.as_str())
    }

    /// Whether only metadata.name / metadata.namespace are used (no need to parse objects).
    pub fn metadata_only(&self) -> bool {
        self.0
            .iter()
            .all(|(k, _, _)| k == "metadata.name" || k == "metadata.namespace")
    }

    pub fn matches(&self, name: &str, namespace: &str, object: Option<&Value>) -> bool {
        self.0.iter().all(|(k, eq, want)| {
            let actual = match k.as_str() {
                "metadata.name" => Some(name.to_string()),
                "metadata.namespace" => Some(namespace.to_string()),
                path => object.and_then(|o| lookup(o, path)),
            };
            let actual = actual.unwrap_or_default();
            (actual == *want) == *eq
        })
    }
}

fn lookup(v: &Value, path: &str) -> Option<String> {
    let mut cur = v;
    for part in path.split('.') {
        cur = cur.get(part)?;
    }
    match cur {
        Value::String(s) => Some(s.clone()),
        Value::Null => None,
        Value::Object(_) | Value::Array(_) => None,
        other => Some(other.to_string()),
    }
}

fn split_unescaped(s: &str, sep: char) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut escaped = false;
    for c in s.chars() {
        if escaped {
            parts.last_mut().expect("non-empty").push('\\');
            parts.last_mut().expect("non-empty").push(c);
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == sep {
            parts.push(String::new());
        } else {
            parts.last_mut().expect("non-empty").push(c);
        }
    }
    parts
}

fn find_unescaped(s: &str, pat: &str) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if s[i..].starts_with(pat) {
            return Some(i);
        }
    }
    None
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut escaped = false;
    for c in s.chars() {
        if escaped {
            out.push(c);
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn labels(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn equality_and_set_based() {
        let l = labels(&[
            ("app", "web"),
            ("tier", "front"),
            ("app.kubernetes.io/managed-by", "Helm"),
        ]);
        for (sel, want) in [
            ("", true),
            ("app=web", true),
            ("app==web", true),
            ("app!=web", false),
            ("app in (web, api)", true),
            ("app notin (web)", false),
            ("tier,!missing", true),
            ("missing", false),
            ("app=web,tier=back", false),
            ("app.kubernetes.io/managed-by=Helm", true),
            ("env notin (prod)", true),
        ] {
            assert_eq!(
                LabelSelector::parse(sel).unwrap().matches(&l),
                want,
                "{sel}"
            );
        }
    }

    #[test]
    fn bad_selectors_are_errors() {
        for sel in ["app in web", "app=(x", "=x", "app in (a b)", "bad key=x"] {
            assert!(LabelSelector::parse(sel).is_err(), "{sel}");
        }
    }

    #[test]
    fn field_selectors() {
        let fs = FieldSelector::parse("metadata.name=a,metadata.namespace!=kube-system").unwrap();
        assert!(fs.matches("a", "default", None));
        assert!(!fs.matches("a", "kube-system", None));
        let ev = serde_json::json!({"involvedObject":{"name":"x","uid":"u"},"type":"Warning"});
        let fs = FieldSelector::parse("involvedObject.name=x,type=Warning").unwrap();
        assert!(fs.matches("e", "default", Some(&ev)));
        assert!(FieldSelector::parse("nonsense").is_err());
    }

    fn arb_label() -> impl Strategy<Value = String> {
        "[a-z][a-z0-9]{0,5}"
    }

    fn arb_req() -> impl Strategy<Value = Requirement> {
        (
            arb_label(),
            0..6usize,
            proptest::collection::vec(arb_label(), 1..3),
        )
            .prop_map(|(key, op, values)| {
                let op = [
                    Op::Exists,
                    Op::DoesNotExist,
                    Op::Equals,
                    Op::NotEquals,
                    Op::In,
                    Op::NotIn,
                ][op]
                    .clone();
                let values = match op {
                    Op::Exists | Op::DoesNotExist => vec![],
                    Op::Equals | Op::NotEquals => vec![values[0].clone()],
                    _ => values,
                };
                Requirement { key, op, values }
            })
    }

    proptest! {
        #[test]
        fn display_then_parse_round_trips(reqs in proptest::collection::vec(arb_req(), 0..4)) {
            let sel = LabelSelector(reqs);
            prop_assert_eq!(LabelSelector::parse(&sel.to_string()).unwrap(), sel);
        }

        #[test]
        fn matching_agrees_with_a_naive_model(
            reqs in proptest::collection::vec(arb_req(), 0..4),
            pairs in proptest::collection::btree_map(arb_label(), arb_label(), 0..4),
        ) {
            let sel = LabelSelector(reqs.clone());
            let model = reqs.iter().all(|r| match r.op {
                Op::Exists => pairs.contains_key(&r.key),
                Op::DoesNotExist => !pairs.contains_key(&r.key),
                Op::Equals | Op::In => pairs.get(&r.key).is_some_and(|v| r.values.iter().any(|x| x == v)),
                Op::NotEquals | Op::NotIn => !pairs.get(&r.key).is_some_and(|v| r.values.iter().any(|x| x == v)),
                _ => unreachable!(),
            });
            prop_assert_eq!(sel.matches(&pairs), model);
        }

        #[test]
        fn parser_never_panics(s in ".{0,40}") {
            let _ = LabelSelector::parse(&s);
            let _ = FieldSelector::parse(&s);
        }
    }
}
