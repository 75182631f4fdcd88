//! `signalrservice.azure.com`: its kinds in every version (feature `signalrservice`).
mod shapes;
pub mod v1api20211001;
/// Every kind of this group, in every version.
pub fn kinds() -> impl Iterator<Item = &'static aso_runtime::KindInfo> {
    ::core::iter::empty().chain(v1api20211001::KINDS.iter().copied())
}
