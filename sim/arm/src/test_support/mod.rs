//! Test support: fixture kinds until the generated catalog lands, and the azure_core transport
//! helper.

pub mod azure;
pub mod fixtures;
