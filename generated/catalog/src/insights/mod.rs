//! `insights.azure.com`: its kinds in every version (feature `insights`).
mod shapes;
pub mod v1api20180301;
pub mod v1api20180501preview;
pub mod v1api20200202;
pub mod v1api20220615;
pub mod v1api20221001;
pub mod v1api20230101;
/// Every kind of this group, in every version.
pub fn kinds() -> impl Iterator<Item = &'static aso_runtime::KindInfo> {
    ::core::iter::empty()
        .chain(v1api20180301::KINDS.iter().copied())
        .chain(v1api20180501preview::KINDS.iter().copied())
        .chain(v1api20200202::KINDS.iter().copied())
        .chain(v1api20220615::KINDS.iter().copied())
        .chain(v1api20221001::KINDS.iter().copied())
        .chain(v1api20230101::KINDS.iter().copied())
}
