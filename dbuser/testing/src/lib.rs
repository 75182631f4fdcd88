//! What the database `User` tests share, in the engine's suite (`dbuser/tests`) and end to end
//! through the operator (`tests/tests/e2e/database_users.rs`): the real servers
//! (`servers`), sessions of the tests' own to see what they hold (`sessions`), and the
//! stand-in for MySQL Flexible Server's `CREATE AADUSER` (`aad_proxy`).
//!
//! A test double: `tests/tests/e2e/dependencies.rs` checks no shipped binary links it.

pub mod aad_proxy;
pub mod servers;
pub mod sessions;

pub use servers::{Servers, started, unique};

/// `let s = servers!();` : the servers, or return from the test (skipped, with the reason
/// printed by [`started`]).
#[macro_export]
macro_rules! servers {
    () => {
        match $crate::started() {
            Some(s) => s,
            None => return,
        }
    };
}
