//! The simulator's integration suites as one test binary: each links the generated catalog,
//! so one binary per suite would cost a link and ~100 MB apiece.

mod actions;
mod authority;
mod binary;
mod common;
mod entra;
mod errors;
mod operations;
mod protocol;
mod recorded_shapes;
mod replay;
mod throttle_faults;
mod versions;
