//! `dbforpostgresql.azure.com`: a module per version (feature `dbforpostgresql`).
pub mod v1api20221201;
