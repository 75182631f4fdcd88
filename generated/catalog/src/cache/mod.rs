//! `cache.azure.com`: its kinds in every version (feature `cache`).
mod shapes;
pub mod v1api20201201;
pub mod v1api20210301;
pub mod v1api20230401;
pub mod v1api20230701;
/// Every kind of this group, in every version.
pub fn kinds() -> impl Iterator<Item = &'static aso_runtime::KindInfo> {
    ::core::iter::empty()
        .chain(v1api20201201::KINDS.iter().copied())
        .chain(v1api20210301::KINDS.iter().copied())
        .chain(v1api20230401::KINDS.iter().copied())
        .chain(v1api20230701::KINDS.iter().copied())
}
