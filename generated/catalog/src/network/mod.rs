//! `network.azure.com`: its kinds in every version (feature `network`).
mod shapes;
pub mod v1api20180501;
pub mod v1api20180901;
pub mod v1api20200601;
pub mod v1api20201101;
pub mod v1api20220401;
pub mod v1api20220701;
/// Every kind of this group, in every version.
pub fn kinds() -> impl Iterator<Item = &'static aso_runtime::KindInfo> {
    ::core::iter::empty()
        .chain(v1api20180501::KINDS.iter().copied())
        .chain(v1api20180901::KINDS.iter().copied())
        .chain(v1api20200601::KINDS.iter().copied())
        .chain(v1api20201101::KINDS.iter().copied())
        .chain(v1api20220401::KINDS.iter().copied())
        .chain(v1api20220701::KINDS.iter().copied())
}
