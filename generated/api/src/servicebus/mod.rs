//! `servicebus.azure.com`: a module per version (feature `servicebus`).
pub mod v1api20211101;
