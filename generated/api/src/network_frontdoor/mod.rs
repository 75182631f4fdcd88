//! `network.frontdoor.azure.com`: a module per version (feature `network-frontdoor`).
pub mod v1api20220501;
