//! `compute.azure.com`: a module per version (feature `compute`).
pub mod v1api20200930;
pub mod v1api20201201;
pub mod v1api20210701;
pub mod v1api20220301;
pub mod v1api20220702;
