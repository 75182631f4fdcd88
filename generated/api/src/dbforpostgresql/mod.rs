//! `dbforpostgresql.azure.com`: a module per version (feature `dbforpostgresql`).
pub mod v1api20210601;
pub mod v1api20220120preview;
pub mod v1api20221201;
pub mod v1api20230601preview;
