//! `kubernetesconfiguration.azure.com`: its kinds in every version (feature `kubernetesconfiguration`).
mod shapes;
pub mod v1api20230501;
/// Every kind of this group, in every version.
pub fn kinds() -> impl Iterator<Item = &'static aso_runtime::KindInfo> {
    ::core::iter::empty().chain(v1api20230501::KINDS.iter().copied())
}
