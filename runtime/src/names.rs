//! Azure names checked before they reach a URL: the kind's own rule from the specs (length and
//! pattern of the PUT path's name parameter), and always ARM's general rules, which keep a name
//! one path segment and nothing else.
//!
//! The general rules are ours, stricter than some resource providers: a name that is not one
//! plain segment could steer a request elsewhere (`..` or `/` walk the path, `?` and `#` end
//! it, `%` smuggles encoded separators through a decoding proxy, `\` is a separator to WHATWG
//! URL parsers, control and bidirectional-override characters hide what a name says). Azure
//! itself warns that `#` "interferes with URL parsing on Azure Resource Manager requests"
//! (learn.microsoft.com, azure-resource-manager/management/resource-name-rules).

use std::collections::HashMap;
use std::sync::{Arc, OnceLock, RwLock};

use regex::Regex;

use crate::kind::{AzureName, KindInfo, NameRule};

/// The longest name accepted when the kind's rule gives no maximum: longer than any Azure name
/// (the longest documented is 260), short enough to keep URLs sane.
pub const MAX_NAME_LENGTH: usize = 512;

/// Why a name was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("Azure name {name:?} {problem}")]
pub struct InvalidName {
    /// The name, with control and invisible characters escaped (`{:?}`), safe to show.
    pub name: String,
    pub problem: String,
}

fn invalid(name: &str, problem: impl Into<String>) -> InvalidName {
    InvalidName {
        name: name.to_string(),
        problem: problem.into(),
    }
}

/// Checks the name of a resource of `info`'s kind: the general rules, then the kind's rule.
/// Fixed names (`default`) come from the specs and are checked by the general rules only.
pub fn check(info: &KindInfo, name: &str) -> Result<(), InvalidName> {
    check_segment(name)?;
    match &info.azure_name {
        AzureName::Fixed(_) => Ok(()),
        AzureName::FromSpec(rule) | AzureName::UuidFromSpec(rule) => check_rule(rule, name),
    }
}

/// ARM's general rules: a name is exactly one non-empty path segment of printable characters.
pub fn check_segment(name: &str) -> Result<(), InvalidName> {
    if name.is_empty() {
        return Err(invalid(name, "is empty"));
    }
    if name == "." || name == ".." {
        return Err(invalid(name, "is a relative path segment"));
    }
    if name.chars().count() > MAX_NAME_LENGTH {
        return Err(invalid(
            name,
            format!("is longer than {MAX_NAME_LENGTH} characters"),
        ));
    }
    if let Some(c) = name.chars().find(|c| is_forbidden(*c)) {
        return Err(invalid(
            name,
            format!(
                "holds {}, which is not allowed in an Azure name",
                describe(c)
            ),
        ));
    }
    if name.starts_with(char::is_whitespace) || name.ends_with(char::is_whitespace) {
        return Err(invalid(name, "starts or ends with white space"));
    }
    Ok(())
}

fn is_forbidden(c: char) -> bool {
    matches!(c, '/' | '\\' | '?' | '#' | '%') || c.is_control() || is_invisible(c)
}

/// Bidirectional overrides and isolates, and zero-width characters: text that reads other than
/// it is.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

fn describe(c: char) -> String {
    if c.is_control() || is_invisible(c) {
        format!("the invisible character U+{:04X}", c as u32)
    } else {
        format!("{c:?}")
    }
}

fn check_rule(rule: &NameRule, name: &str) -> Result<(), InvalidName> {
    let length = name.chars().count() as u64;
    if rule.min_length.is_some_and(|min| length < min)
        || rule.max_length.is_some_and(|max| length > max)
    {
        return Err(invalid(
            name,
            format!(
                "must be {}..{} characters long",
                rule.min_length.unwrap_or(1),
                rule.max_length.map_or(String::new(), |m| m.to_string())
            ),
        ));
    }
    if let Some(pattern) = rule.pattern
        && let Some(re) = compiled(pattern)
        && !re.is_match(name)
    {
        return Err(invalid(name, format!("does not match {pattern}")));
    }
    Ok(())
}

/// A spec pattern compiled once. Spec patterns are .NET regular expressions; the few the
/// `regex` crate cannot compile (look-around) are not checked (`None`): the general rules still
/// keep such names safe in a URL, and ARM checks the rest.
pub fn compiled(pattern: &str) -> Option<Arc<Regex>> {
    static CACHE: OnceLock<RwLock<HashMap<String, Option<Arc<Regex>>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(found) = cache.read().unwrap_or_else(|e| e.into_inner()).get(pattern) {
        return found.clone();
    }
    let re = Regex::new(pattern).ok().map(Arc::new);
    cache
        .write()
        .unwrap_or_else(|e| e.into_inner())
        .insert(pattern.to_string(), re.clone());
    re
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    const RULE: NameRule = NameRule {
        pattern: Some("^[a-z0-9]+$"),
        min_length: Some(3),
        max_length: Some(24),
    };

    #[test]
    fn plain_names_pass_and_path_tricks_do_not() {
        for good in ["rg1", "my-rg", "a.b", "Logs_2024", "名前", "x y", "@", "."] {
            let verdict = check_segment(good);
            assert_eq!(verdict.is_ok(), good != ".", "{good:?}: {verdict:?}");
        }
        for bad in [
            "",
            ".",
            "..",
            "a/b",
            "../other-rg",
            "a\\b",
            "a?b=1",
            "a#b",
            "a%2Fb",
            "a\nb",
            "a\u{0}",
            "a\u{202E}b",
            "a\u{2066}",
            "\u{200B}",
            "\u{FEFF}a",
            " a",
            "a ",
        ] {
            assert!(check_segment(bad).is_err(), "{bad:?} passed");
        }
        assert!(check_segment(&"a".repeat(MAX_NAME_LENGTH)).is_ok());
        assert!(check_segment(&"a".repeat(MAX_NAME_LENGTH + 1)).is_err());
    }

    #[test]
    fn messages_show_invisible_characters_escaped() {
        let e = check_segment("evil\u{202E}txt").unwrap_err();
        assert!(e.to_string().contains("U+202E"), "{e}");
        assert!(!e.to_string().contains('\u{202E}'), "{e}");
    }

    #[test]
    fn kind_rules_apply_after_the_general_ones() {
        assert!(check_rule(&RULE, "abc123").is_ok());
        assert!(check_rule(&RULE, "ab").is_err());
        assert!(check_rule(&RULE, &"a".repeat(25)).is_err());
        assert!(check_rule(&RULE, "ABC").is_err());
    }

    #[test]
    fn patterns_compile_once_and_lookaround_is_not_checked() {
        let a = compiled("^[a-z]+$").unwrap();
        let b = compiled("^[a-z]+$").unwrap();
        assert!(Arc::ptr_eq(&a, &b));
        assert!(compiled("^[a-z0-9][-a-z0-9]*(?<!-)$").is_none());
        let lookaround = NameRule {
            pattern: Some("^[a-z0-9][-a-z0-9]*(?<!-)$"),
            ..NameRule::default()
        };
        assert!(check_rule(&lookaround, "anything-").is_ok());
    }

    proptest! {
        /// Whatever a name holds, once accepted it is exactly one path segment that no URL parser
        /// reads as anything else.
        #[test]
        fn accepted_names_are_one_plain_segment(name in "\\PC{0,12}|[./\\\\?#%a-z\u{202E}\u{0} ]{0,6}") {
            if check_segment(&name).is_ok() {
                prop_assert!(!name.is_empty() && name != "." && name != "..");
                prop_assert!(!name.chars().any(is_forbidden));
                let path = format!("/base/{name}");
                prop_assert_eq!(path.split('/').count(), 3);
            }
        }
    }
}
