//! `compute.azure.com`: its kinds in every version (feature `compute`).
mod shapes;
pub mod v1api20200930;
pub mod v1api20201201;
pub mod v1api20210701;
pub mod v1api20220301;
pub mod v1api20220702;
/// Every kind of this group, in every version.
pub fn kinds() -> impl Iterator<Item = &'static aso_runtime::KindInfo> {
    ::core::iter::empty()
        .chain(v1api20200930::KINDS.iter().copied())
        .chain(v1api20201201::KINDS.iter().copied())
        .chain(v1api20210701::KINDS.iter().copied())
        .chain(v1api20220301::KINDS.iter().copied())
        .chain(v1api20220702::KINDS.iter().copied())
}
