//! `dbformysql.azure.com`: its kinds in every version (feature `dbformysql`).
mod shapes;
pub mod v1api20210501;
pub mod v1api20220101;
pub mod v1api20230630;
/// Every kind of this group, in every version.
pub fn kinds() -> impl Iterator<Item = &'static aso_runtime::KindInfo> {
    ::core::iter::empty()
        .chain(v1api20210501::KINDS.iter().copied())
        .chain(v1api20220101::KINDS.iter().copied())
        .chain(v1api20230630::KINDS.iter().copied())
}
