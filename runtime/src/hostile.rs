//! Names an attacker would write, for the property tests of every crate that puts a
//! user-written name into a URL or a path (the reconciler's requests, `asoctl plan`). One list,
//! so a piece found dangerous in one place is tried everywhere.
//!
//! Only compiled with the `hostile-names` feature, which only dev-dependencies enable: the
//! product never links proptest.

use proptest::prelude::*;

/// Path walking, query and fragment injection, percent-encodings, separators of other parsers,
/// invisible and bidirectional characters, quotes and braces; mixed with plain text.
pub const PIECES: &[&str] = &[
    "..",
    ".",
    "/",
    "\\",
    "?",
    "#",
    "#x",
    "%2F",
    "%2e%2e",
    "?api-version=1",
    "&api-version=1",
    "@",
    ":",
    "\u{202E}",
    "\u{200B}",
    "\n",
    "\t",
    " ",
    "a",
    "Z9",
    "rg1",
    "victim",
    "é",
    "-",
    "_",
    "~",
    "'",
    "\"",
    "{",
    "}",
    "[",
    "*",
    "&",
    "!",
];

/// Up to five pieces joined: empty, plain, hostile, and every mixture of them.
pub fn text() -> impl Strategy<Value = String> + Clone {
    prop::collection::vec(prop::sample::select(PIECES), 0..6).prop_map(|v| v.concat())
}
