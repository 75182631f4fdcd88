//! `containerservice.azure.com`: a module per version (feature `containerservice`).
pub mod v1api20210501;
pub mod v1api20230201;
pub mod v1api20230202preview;
pub mod v1api20230315preview;
pub mod v1api20231001;
pub mod v1api20231102preview;
pub mod v1api20240402preview;
