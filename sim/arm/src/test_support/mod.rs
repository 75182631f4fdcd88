//! Test support for other crates: the azure_core transport helper (azure_core and
//! azure_identity against the simulator).

pub mod azure;
