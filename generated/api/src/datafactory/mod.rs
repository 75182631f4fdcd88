//! `datafactory.azure.com`: a module per version (feature `datafactory`).
pub mod v1api20180601;
