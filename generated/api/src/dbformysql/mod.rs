//! `dbformysql.azure.com`: a module per version (feature `dbformysql`).
pub mod v1api20230630;
