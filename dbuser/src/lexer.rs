//! A model of how SQL lexers read a delimited token (a quoted identifier, a string literal):
//! the quoting tests check that every quoted form reads back as exactly its value, with nothing
//! after it.

/// Reads one token from the start of `s`: `open`, then characters up to a single `close` (a
/// doubled `close` stands for one); returns the token's value and the rest of the text.
pub(crate) fn delimited<'a>(s: &'a str, open: &str, close: char) -> Option<(String, &'a str)> {
    let mut out = String::new();
    let mut chars = s.strip_prefix(open)?.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == close {
            if chars.peek().map(|(_, c)| *c) == Some(close) {
                chars.next();
                out.push(close);
            } else {
                return Some((out, &s[open.len() + i + close.len_utf8()..]));
            }
        } else {
            out.push(c);
        }
    }
    None
}
