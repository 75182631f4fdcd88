//! The operator and `asoctl`: one generic reconciler for every generated kind, and the command
//! line tool that plans, imports and runs the playground.

pub mod extensions;
pub mod import;
pub mod manifest;
pub mod plan;
