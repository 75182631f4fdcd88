//! `insights.azure.com`: a module per version (feature `insights`).
pub mod v1api20180301;
pub mod v1api20180501preview;
pub mod v1api20200202;
pub mod v1api20220615;
pub mod v1api20221001;
pub mod v1api20230101;
