//! `servicebus.azure.com`: a module per version (feature `servicebus`).
pub mod v1api20210101preview;
pub mod v1api20211101;
pub mod v1api20221001preview;
