//! `machinelearningservices.azure.com`: its kinds in every version (feature `machinelearningservices`).
mod shapes;
pub mod v1api20210701;
/// Every kind of this group, in every version.
pub fn kinds() -> impl Iterator<Item = &'static aso_runtime::KindInfo> {
    ::core::iter::empty().chain(v1api20210701::KINDS.iter().copied())
}
