//! The database `User` kinds (`sql.azure.com/v1`, `dbformysql.azure.com/v1`,
//! `dbforpostgresql.azure.com/v1`, from crate `aso-dbuser`) served by the one controller: their
//! watches, cache, queue, dependency index, metrics, conditions, backoff, fatal marks, policy
//! and finalizer are the reconciler's; what differs is the work, done by the engine of
//! `aso-dbuser` (log into the owner server as its admin, make the user exactly the spec, or
//! drop it) instead of ARM.
//!
//! | file | what |
//! |---|---|
//! | `kinds.rs` | the three kinds' `KindInfo`s (not ARM: the ARM fields are empty) and which server each logs into |
//! | `user.rs` | an object read as its typed kind, and what the reconciler needs of any of them |
//! | `owner.rs` | the owner server's FQDN (owner objects by name, or Azure SQL by ARM ID through ARM), the database, the owner reference; where Entra tokens may go |
//! | `inputs.rs` | the Secret and ConfigMap values, recorded as dependencies |
//! | `tokens.rs` | Entra tokens for the database audience from the resource's credential |
//! | `sync.rs` | reconcile and delete, on the reconciler's parts |

pub mod inputs;
pub mod kinds;
pub mod owner;
pub mod sync;
pub mod tokens;
pub mod user;

pub use kinds::{USER_KINDS, UserKind, user_kind};
pub use sync::{apply, delete};
