//! The JSONPath subset printer columns use: `.a.b`, `['a.b']`, `[0]`, `[*]`, and filters such as
//! `[?(@.type=='Ready')]` (with `==` / `!=` against a string, number or boolean literal).

use serde_json::Value;

#[derive(Debug, Clone, PartialEq)]
enum Step {
    Field(String),
    Index(i64),
    All,
    Filter {
        path: Vec<String>,
        eq: bool,
        literal: Value,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct JsonPath(Vec<Step>);

impl JsonPath {
    pub fn parse(src: &str) -> Result<JsonPath, String> {
        let s = src.trim();
        let s = s
            .strip_prefix('{')
            .and_then(|s| s.strip_suffix('}'))
            .unwrap_or(s);
        let s = s.strip_prefix('$').unwrap_or(s);
        let b = s.as_bytes();
        let mut i = 0;
        let mut steps = Vec::new();
        while i < b.len() {
            match b[i] {
                b'.' => {
                    i += 1;
                    let start = i;
                    while i < b.len() && b[i] != b'.' && b[i] != b'[' {
                        i += 1;
                    }
                    if i == start {
                        return Err(format!("invalid JSONPath {src:?}: empty field name"));
                    }
                    steps.push(Step::Field(s[start..i].to_string()));
                }
                b'[' => {
                    let end = find_close(s, i)
                        .ok_or_else(|| format!("invalid JSONPath {src:?}: unclosed ["))?;
                    let inner = s[i + 1..end].trim();
                    i = end + 1;
                    if inner == "*" {
                        steps.push(Step::All);
                    } else if let Some(f) =
                        inner.strip_prefix("?(").and_then(|f| f.strip_suffix(')'))
                    {
                        steps.push(
                            parse_filter(f)
                                .ok_or_else(|| format!("invalid JSONPath filter {f:?}"))?,
                        );
                    } else if let Ok(n) = inner.parse::<i64>() {
                        steps.push(Step::Index(n));
                    } else if let Some(q) = unquote(inner) {
                        steps.push(Step::Field(q));
                    } else {
                        return Err(format!("invalid JSONPath {src:?}: unsupported [{inner}]"));
                    }
                }
                _ => return Err(format!("invalid JSONPath {src:?}: expected '.' or '['")),
            }
        }
        Ok(JsonPath(steps))
    }

    /// All values the path selects, in document order.
    pub fn find<'a>(&self, root: &'a Value) -> Vec<&'a Value> {
        let mut cur = vec![root];
        for step in &self.0 {
            let mut next = Vec::new();
            for v in cur {
                match step {
                    Step::Field(f) => next.extend(v.get(f.as_str())),
                    Step::Index(n) => {
                        if let Some(a) = v.as_array() {
                            let idx = if *n < 0 { a.len() as i64 + n } else { *n };
                            if idx >= 0 {
                                next.extend(a.get(idx as usize));
                            }
                        }
                    }
                    Step::All => match v {
                        Value::Array(a) => next.extend(a.iter()),
                        Value::Object(m) => next.extend(m.values()),
                        _ => {}
                    },
                    Step::Filter { path, eq, literal } => {
                        if let Some(a) = v.as_array() {
                            for item in a {
                                let mut x = Some(item);
                                for p in path {
                                    x = x.and_then(|x| x.get(p.as_str()));
                                }
                                let same = x.is_some_and(|x| x == literal);
                                if same == *eq && (x.is_some() || !*eq) {
                                    next.push(item);
                                }
                            }
                        }
                    }
                }
            }
            cur = next;
        }
        cur
    }
}

fn find_close(s: &str, open: usize) -> Option<usize> {
    let mut depth = 0;
    let mut quote: Option<char> = None;
    for (i, c) in s[open..].char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '[') => depth += 1,
            (None, ']') => {
                depth -= 1;
                if depth == 0 {
                    return Some(open + i);
                }
            }
            _ => {}
        }
    }
    None
}

fn unquote(s: &str) -> Option<String> {
    let s = s.trim();
    if s.len() >= 2
        && ((s.starts_with('\'') && s.ends_with('\'')) || (s.starts_with('"') && s.ends_with('"')))
    {
        Some(s[1..s.len() - 1].to_string())
    } else {
        None
    }
}

fn parse_filter(f: &str) -> Option<Step> {
    let (lhs, eq, rhs) = if let Some((l, r)) = f.split_once("!=") {
        (l, false, r)
    } else {
        let (l, r) = f.split_once("==")?;
        (l, true, r)
    };
    let path: Vec<String> = lhs
        .trim()
        .strip_prefix('@')?
        .split('.')
        .filter(|p| !p.is_empty())
        .map(String::from)
        .collect();
    let rhs = rhs.trim();
    let literal = match unquote(rhs) {
        Some(s) => Value::String(s),
        None => serde_json::from_str(rhs).ok()?,
    };
    Some(Step::Filter { path, eq, literal })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn printer_column_paths() {
        let obj = json!({"metadata":{"name":"a","labels":{"x.y/z":"1"}},"status":{"conditions":[
            {"type":"Other","status":"False"},{"type":"Ready","status":"True","severity":""}]},
            "spec":{"ports":[{"port":80},{"port":443}]}});
        let p = JsonPath::parse(".status.conditions[?(@.type=='Ready')].status").unwrap();
        assert_eq!(p.find(&obj), vec![&json!("True")]);
        let p = JsonPath::parse(".spec.ports[*].port").unwrap();
        assert_eq!(p.find(&obj), vec![&json!(80), &json!(443)]);
        let p = JsonPath::parse(".spec.ports[-1].port").unwrap();
        assert_eq!(p.find(&obj), vec![&json!(443)]);
        let p = JsonPath::parse(".metadata.labels['x.y/z']").unwrap();
        assert_eq!(p.find(&obj), vec![&json!("1")]);
        assert!(
            JsonPath::parse(".status.missing")
                .unwrap()
                .find(&obj)
                .is_empty()
        );
        assert!(JsonPath::parse("status").is_err());
    }
}
