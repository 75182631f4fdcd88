//! `eventgrid.azure.com`: a module per version (feature `eventgrid`).
pub mod v1api20200601;
