//! `containerinstance.azure.com`: a module per version (feature `containerinstance`).
pub mod v1api20211001;
