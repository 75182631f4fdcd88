//! `cache.azure.com`: a module per version (feature `cache`).
pub mod v1api20201201;
pub mod v1api20210301;
pub mod v1api20230401;
pub mod v1api20230701;
