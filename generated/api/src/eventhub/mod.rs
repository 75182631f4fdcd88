//! `eventhub.azure.com`: a module per version (feature `eventhub`).
pub mod v1api20211101;
