//! `documentdb.azure.com`: a module per version (feature `documentdb`).
pub mod v1api20210515;
pub mod v1api20231115;
