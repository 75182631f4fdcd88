//! `network.azure.com`: a module per version (feature `network`).
pub mod v1api20180501;
pub mod v1api20180901;
pub mod v1api20200601;
pub mod v1api20201101;
pub mod v1api20220401;
pub mod v1api20220701;
