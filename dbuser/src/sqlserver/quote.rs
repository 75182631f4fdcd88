//! T-SQL quoting, for the statements that cannot take parameters (CREATE USER, ALTER ROLE, ...).
//! Look-ups bind their values as parameters (`@P1`) instead.

use crate::Error;

/// `sysname`'s length: the longest name SQL Server holds.
pub const MAX_NAME_CHARS: usize = 128;

/// `[name]` with `]` doubled (what `QUOTENAME` does).
pub fn ident(what: &str, name: &str) -> Result<String, Error> {
    if name.is_empty() {
        return Err(Error::invalid(format!("{what}: the name is empty")));
    }
    if name.contains('\0') {
        return Err(Error::invalid(format!(
            "{what} {name:?}: SQL Server names cannot contain NUL characters"
        )));
    }
    let chars = name.encode_utf16().count();
    if chars > MAX_NAME_CHARS {
        return Err(Error::invalid(format!(
            "{what} {name:?}: SQL Server names are at most {MAX_NAME_CHARS} characters (this one has {chars})"
        )));
    }
    Ok(format!("[{}]", name.replace(']', "]]")))
}

/// `N'value'` with `'` doubled: T-SQL strings have no other escape character.
pub fn literal(what: &str, value: &str) -> Result<String, Error> {
    if value.contains('\0') {
        return Err(Error::invalid(format!(
            "{what}: refusing a NUL character in a T-SQL string"
        )));
    }
    Ok(format!("N'{}'", value.replace('\'', "''")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn examples_and_limits() {
        assert_eq!(
            ident("user", "a]b; DROP USER x; --").unwrap(),
            "[a]]b; DROP USER x; --]"
        );
        assert_eq!(literal("p", "it's").unwrap(), "N'it''s'");
        assert!(ident("user", "").is_err());
        assert!(ident("user", "a\0").is_err());
        assert!(ident("user", &"😀".repeat(65)).is_err(), "130 UTF-16 units");
        assert!(ident("user", &"x".repeat(128)).is_ok());
        assert!(literal("p", "\0").is_err());
    }

    proptest! {
        #[test]
        fn identifiers_round_trip(name in "[a-zA-Z0-9\\[\\]'\";\\\\ \\-\\u{1}-\\u{1f}\\u{e9}\\u{4e2d}\\u{1f600}]{1,40}") {
            let quoted = ident("user", &name).unwrap();
            let (lexed, rest) = crate::lexer::delimited(&quoted, "[", ']').expect("one name");
            prop_assert_eq!(lexed, name);
            prop_assert_eq!(rest, "");
        }

        #[test]
        fn literals_round_trip(value in "[a-zA-Z0-9\\[\\]'\";\\\\ \\-\\u{1}-\\u{1f}\\u{e9}\\u{4e2d}\\u{1f600}]{0,40}") {
            let quoted = literal("password", &value).unwrap();
            let (lexed, rest) = crate::lexer::delimited(&quoted, "N'", '\'').expect("one string");
            prop_assert_eq!(lexed, value);
            prop_assert_eq!(rest, "");
        }
    }
}
