//! `batch.azure.com`: a module per version (feature `batch`).
pub mod v1api20210101;
