//! `managedidentity.azure.com`: its kinds in every version (feature `managedidentity`).
mod shapes;
pub mod v1api20181130;
pub mod v1api20220131preview;
pub mod v1api20230131;
/// Every kind of this group, in every version.
pub fn kinds() -> impl Iterator<Item = &'static aso_runtime::KindInfo> {
    ::core::iter::empty()
        .chain(v1api20181130::KINDS.iter().copied())
        .chain(v1api20220131preview::KINDS.iter().copied())
        .chain(v1api20230131::KINDS.iter().copied())
}
