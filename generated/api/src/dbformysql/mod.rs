//! `dbformysql.azure.com`: a module per version (feature `dbformysql`).
pub mod v1api20210501;
pub mod v1api20220101;
pub mod v1api20230630;
