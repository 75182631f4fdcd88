//! Filling an object with stashed values before it is projected: each entry's value goes where
//! the object has nothing, in path order (so an entry holding a whole object is in place before
//! entries below it).
//!
//! - The object's own value wins: an entry at a path the object already holds is dropped (the
//!   object was written later, by someone who saw what the version shows), except that two
//!   objects are filled key by key.
//! - An entry whose parent is gone (an object deleted, a list shortened) is dropped: whoever
//!   deleted the parent saw it and meant its content to go. Parents are never created, and list
//!   items are found by position, as ASO's conversions convert lists item by item.

use serde_json::Value;

use super::pointer::{Pointer, index};
use super::stash::Entry;

/// A value the merge put in place: where, and the version it was written at.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Filled {
    pub path: Pointer,
    pub version: String,
}

/// Fills `object` with `entries` (sorted by path); returns what was filled, sorted by path.
pub(super) fn fill(object: &mut Value, entries: Vec<Entry>) -> Vec<Filled> {
    let mut filled = Vec::new();
    for entry in entries {
        let Some((last, parents)) = entry.path.tokens().split_last() else {
            continue;
        };
        let parent = parents.iter().try_fold(&mut *object, |v, t| step_mut(v, t));
        let Some(parent) = parent else { continue };
        let mut path = entry.path.clone();
        path.pop();
        fill_at(
            parent,
            last,
            entry.value,
            &mut path,
            &entry.version,
            &mut filled,
        );
    }
    filled.sort_by(|a, b| a.path.cmp(&b.path));
    filled
}

fn fill_at(
    parent: &mut Value,
    token: &str,
    value: Value,
    path: &mut Pointer,
    version: &str,
    filled: &mut Vec<Filled>,
) {
    path.push(token);
    match parent {
        Value::Object(map) => match map.get_mut(token) {
            None => {
                map.insert(token.to_string(), value);
                filled.push(Filled {
                    path: path.clone(),
                    version: version.to_string(),
                });
            }
            Some(existing) => fill_into(existing, value, path, version, filled),
        },
        Value::Array(items) => {
            if let Some(existing) = index(token).and_then(|i| items.get_mut(i)) {
                fill_into(existing, value, path, version, filled);
            }
        }
        _ => {}
    }
    path.pop();
}

/// Two objects are filled key by key; any other pair keeps what the object holds.
fn fill_into(
    existing: &mut Value,
    value: Value,
    path: &mut Pointer,
    version: &str,
    filled: &mut Vec<Filled>,
) {
    if existing.is_object()
        && let Value::Object(map) = value
    {
        for (k, v) in map {
            fill_at(existing, &k, v, path, version, filled);
        }
    }
}

fn step_mut<'a>(value: &'a mut Value, token: &str) -> Option<&'a mut Value> {
    match value {
        Value::Object(map) => map.get_mut(token),
        Value::Array(items) => index(token).and_then(|i| items.get_mut(i)),
        _ => None,
    }
}

/// The version a value at `path` was written at: that of the deepest filled value holding it,
/// else `default` (a value mixing fields of several versions carries its outermost part's).
pub(super) fn version_of<'a>(filled: &'a [Filled], path: &Pointer, default: &'a str) -> &'a str {
    filled
        .iter()
        .filter(|f| path.starts_with(&f.path))
        .max_by_key(|f| f.path.len())
        .map_or(default, |f| f.version.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn entry(path: &str, value: Value) -> Entry {
        Entry {
            version: "v1".into(),
            path: Pointer::parse(path).unwrap(),
            value,
        }
    }

    #[test]
    fn fills_only_where_the_object_has_nothing() {
        let mut object = json!({"spec": {"a": {"x": 1}, "b": 2, "list": [{"i": 1}]}});
        let filled = fill(
            &mut object,
            vec![
                entry("/spec/a", json!({"x": 9, "y": 2})),
                entry("/spec/b", json!(3)),
                entry("/spec/c", json!({"z": 1})),
                entry("/spec/c/w", json!(4)),
                entry("/spec/list/0/j", json!(5)),
                entry("/spec/list/3/j", json!(6)),
                entry("/spec/gone/k", json!(7)),
            ],
        );
        assert_eq!(
            object,
            json!({"spec": {"a": {"x": 1, "y": 2}, "b": 2, "c": {"z": 1, "w": 4},
                            "list": [{"i": 1, "j": 5}]}})
        );
        let paths: Vec<String> = filled.iter().map(|f| f.path.to_string()).collect();
        assert_eq!(
            paths,
            ["/spec/a/y", "/spec/c", "/spec/c/w", "/spec/list/0/j"]
        );
    }

    #[test]
    fn versions_come_from_the_deepest_filled_value() {
        let filled = vec![
            Filled {
                path: Pointer::parse("/spec/a").unwrap(),
                version: "v1".into(),
            },
            Filled {
                path: Pointer::parse("/spec/a/b").unwrap(),
                version: "v2".into(),
            },
        ];
        let at = |p: &str| version_of(&filled, &Pointer::parse(p).unwrap(), "v0").to_string();
        assert_eq!(at("/spec/a/b/c"), "v2");
        assert_eq!(at("/spec/a/x"), "v1");
        assert_eq!(at("/spec"), "v0");
    }
}
