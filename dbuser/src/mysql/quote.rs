//! MySQL quoting, for the statements that cannot take parameters (CREATE USER, GRANT, ...).
//! Look-ups bind their values as parameters instead.

use crate::Error;

/// MySQL 8's limit on the user part of an account name (Azure Database for MySQL's server).
pub const MAX_USER_CHARS: usize = 32;
/// MySQL's limit on database names.
pub const MAX_DATABASE_CHARS: usize = 64;
/// MySQL's limit on the host part of an account name.
pub const MAX_HOST_CHARS: usize = 255;

/// `` `name` `` with `` ` `` doubled. Inside backticks nothing else is special (backslashes
/// included), whatever the SQL mode.
pub fn ident(what: &str, name: &str, max_chars: usize) -> Result<String, Error> {
    if name.is_empty() {
        return Err(Error::invalid(format!("{what}: the name is empty")));
    }
    if name.contains('\0') {
        return Err(Error::invalid(format!(
            "{what} {name:?}: MySQL names cannot contain NUL characters"
        )));
    }
    let chars = name.chars().count();
    if chars > max_chars {
        return Err(Error::invalid(format!(
            "{what} {name:?}: MySQL allows at most {max_chars} characters here (this one has {chars})"
        )));
    }
    Ok(format!("`{}`", name.replace('`', "``")))
}

/// The account `` `user`@`host` ``.
pub fn account(user: &str, host: &str) -> Result<String, Error> {
    Ok(format!(
        "{}@{}",
        ident("user", user, MAX_USER_CHARS)?,
        ident("host", host, MAX_HOST_CHARS)?
    ))
}

/// The grant target `` `db`.* `` for exactly the database `name`: `_` and `%` are wildcards in
/// database-level grants, so they are escaped (`\_`, `\%`), as MySQL's manual says to.
/// Returns the target and the escaped name (how `mysql.db` stores it).
pub fn database_target(name: &str) -> Result<(String, String), Error> {
    if name.contains('\\') {
        return Err(Error::invalid(format!(
            "database {name:?}: MySQL database names cannot contain a backslash"
        )));
    }
    if name.ends_with(' ') {
        return Err(Error::invalid(format!(
            "database {name:?}: MySQL database names cannot end with a space"
        )));
    }
    let escaped = name.replace('_', "\\_").replace('%', "\\%");
    ident("database", name, MAX_DATABASE_CHARS)?;
    Ok((format!("{}.*", quote_raw(&escaped)), escaped))
}

/// The grant target for a database-level grant as `mysql.db` stores it (already escaped, or a
/// pattern someone wrote by hand): quoted, not escaped again.
pub fn stored_database_target(stored: &str) -> String {
    format!("{}.*", quote_raw(stored))
}

fn quote_raw(text: &str) -> String {
    format!("`{}`", text.replace('`', "``"))
}

/// A string literal meaning `value` in a session whose SQL mode does (`backslash_escapes`) or
/// does not (`NO_BACKSLASH_ESCAPES`) treat backslash as an escape character.
pub fn literal(what: &str, value: &str, backslash_escapes: bool) -> Result<String, Error> {
    if value.contains('\0') {
        return Err(Error::invalid(format!(
            "{what}: refusing a NUL character in a MySQL string"
        )));
    }
    let mut body = String::with_capacity(value.len() + 2);
    for c in value.chars() {
        match c {
            '\'' => body.push_str("''"),
            '\\' if backslash_escapes => body.push_str("\\\\"),
            c => body.push(c),
        }
    }
    Ok(format!("'{body}'"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn lex_ident(s: &str) -> Option<(String, &str)> {
        crate::lexer::delimited(s, "`", '`')
    }

    /// Reads one single-quoted string literal, with or without backslash escapes.
    fn lex_literal(s: &str, backslash_escapes: bool) -> Option<(String, &str)> {
        let mut out = String::new();
        let mut chars = s.strip_prefix('\'')?.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' if backslash_escapes => out.push(chars.next()?.1),
                '\'' if chars.peek().map(|(_, c)| *c) == Some('\'') => {
                    chars.next();
                    out.push('\'');
                }
                '\'' => return Some((out, &s[i + 2..])),
                c => out.push(c),
            }
        }
        None
    }

    #[test]
    fn examples() {
        assert_eq!(account("a`b", "%").unwrap(), "`a``b`@`%`");
        assert_eq!(
            database_target("my_db%1").unwrap(),
            ("`my\\_db\\%1`.*".to_string(), "my\\_db\\%1".to_string())
        );
        assert_eq!(literal("p", r"a'\b", true).unwrap(), r"'a''\\b'");
        assert_eq!(literal("p", r"a'\b", false).unwrap(), r"'a''\b'");
    }

    #[test]
    fn refuses_what_mysql_cannot_hold() {
        assert!(account("", "%").is_err());
        let e = account(&"u".repeat(33), "%").unwrap_err();
        assert!(
            e.message
                .contains("at most 32 characters here (this one has 33)"),
            "{e}"
        );
        assert!(account("a\0", "%").is_err());
        assert!(database_target("a\\b").is_err());
        assert!(database_target("a ").is_err());
        assert!(database_target(&"d".repeat(65)).is_err());
        assert!(literal("p", "\0", true).is_err());
    }

    proptest! {
        #[test]
        fn identifiers_round_trip(name in "[a-zA-Z0-9`'\";\\\\ %_\\-\\u{1}-\\u{1f}\\u{e9}\\u{4e2d}\\u{1f600}]{1,32}") {
            let quoted = ident("user", &name, MAX_USER_CHARS).unwrap();
            let (lexed, rest) = lex_ident(&quoted).expect("one identifier");
            prop_assert_eq!(lexed, name);
            prop_assert_eq!(rest, "");
        }

        #[test]
        fn literals_round_trip_in_both_modes(value in "[a-zA-Z0-9`'\";\\\\ %_\\-\\u{1}-\\u{1f}\\u{e9}\\u{4e2d}\\u{1f600}]{0,40}", escapes: bool) {
            let quoted = literal("password", &value, escapes).unwrap();
            let (lexed, rest) = lex_literal(&quoted, escapes).expect("one literal");
            prop_assert_eq!(lexed, value);
            prop_assert_eq!(rest, "");
        }
    }
}
