//! `cdn.azure.com`: a module per version (feature `cdn`).
pub mod v1api20210601;
pub mod v1api20230501;
