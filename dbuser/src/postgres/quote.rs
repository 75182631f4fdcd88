//! PostgreSQL quoting, for the statements that cannot take parameters (CREATE ROLE, GRANT, ...).
//! Everything else is bound as a parameter.

use crate::Error;

/// The longest identifier PostgreSQL keeps (NAMEDATALEN - 1 bytes); longer ones are silently
/// truncated, which would make the engine manage a different role than the spec names.
pub const MAX_IDENTIFIER_BYTES: usize = 63;

/// `"name"` with `"` doubled: any text PostgreSQL can hold as a name stays one identifier.
/// Refuses what the server cannot hold (empty, NUL, over 63 bytes) instead of letting it
/// truncate or fail obscurely.
pub fn ident(what: &str, name: &str) -> Result<String, Error> {
    if name.is_empty() {
        return Err(Error::invalid(format!("{what}: the name is empty")));
    }
    if name.contains('\0') {
        return Err(Error::invalid(format!(
            "{what} {name:?}: PostgreSQL names cannot contain NUL characters"
        )));
    }
    if name.len() > MAX_IDENTIFIER_BYTES {
        return Err(Error::invalid(format!(
            "{what} {name:?}: PostgreSQL names are at most {MAX_IDENTIFIER_BYTES} bytes (this one is {})",
            name.len()
        )));
    }
    Ok(format!("\"{}\"", name.replace('"', "\"\"")))
}

/// A string literal that means `value` whatever `standard_conforming_strings` says: `'...'`
/// with `'` doubled, or `E'...'` with `\` doubled too when the value holds a backslash (what
/// PostgreSQL's own `quote_literal` does).
pub fn literal(what: &str, value: &str) -> Result<String, Error> {
    if value.contains('\0') {
        return Err(Error::invalid(format!(
            "{what}: PostgreSQL text cannot contain NUL characters"
        )));
    }
    let body = value.replace('\'', "''");
    Ok(if value.contains('\\') {
        format!("E'{}'", body.replace('\\', "\\\\"))
    } else {
        format!("'{body}'")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn lex_ident(s: &str) -> Option<(String, &str)> {
        crate::lexer::delimited(s, "\"", '"')
    }

    #[test]
    fn refuses_what_postgres_cannot_hold() {
        assert!(ident("role", "").is_err());
        assert!(ident("role", "a\0b").is_err());
        let long = "é".repeat(32);
        let e = ident("role", &long).unwrap_err();
        assert!(
            e.message.contains("at most 63 bytes (this one is 64)"),
            "{e}"
        );
        assert_eq!(ident("role", &"x".repeat(63)).unwrap().len(), 65);
        assert!(literal("password", "a\0").is_err());
    }

    #[test]
    fn examples() {
        assert_eq!(
            ident("r", r#"a"; DROP ROLE x; --"#).unwrap(),
            r#""a""; DROP ROLE x; --""#
        );
        assert_eq!(literal("p", "it's").unwrap(), "'it''s'");
        assert_eq!(literal("p", r"a\'b").unwrap(), r"E'a\\''b'");
    }

    proptest! {
        /// Whatever the name, the quoted form lexes back to exactly that name and nothing follows.
        #[test]
        fn identifiers_round_trip(name in "[a-zA-Z0-9\"';\\\\ \\-\\u{1}-\\u{1f}\\u{e9}\\u{4e2d}\\u{1f600}]{1,20}") {
            prop_assume!(name.len() <= MAX_IDENTIFIER_BYTES);
            let quoted = ident("role", &name).unwrap();
            let (lexed, rest) = lex_ident(&quoted).expect("one identifier");
            prop_assert_eq!(lexed, name);
            prop_assert_eq!(rest, "");
        }
    }
}
