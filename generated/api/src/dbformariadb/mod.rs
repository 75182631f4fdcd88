//! `dbformariadb.azure.com`: a module per version (feature `dbformariadb`).
pub mod v1api20180601;
