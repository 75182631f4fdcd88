//! `keyvault.azure.com`: its kinds in every version (feature `keyvault`).
mod shapes;
pub mod v1api20210401preview;
pub mod v1api20230701;
/// Every kind of this group, in every version.
pub fn kinds() -> impl Iterator<Item = &'static aso_runtime::KindInfo> {
    ::core::iter::empty()
        .chain(v1api20210401preview::KINDS.iter().copied())
        .chain(v1api20230701::KINDS.iter().copied())
}
