//! `cache.azure.com/v1api20210301`.
/// `RedisEnterprise`: ARM type `Microsoft.Cache/redisEnterprise`, api-version `2021-03-01`.
pub static REDIS_ENTERPRISE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "cache",
    api_group: "cache.azure.com",
    version: "v1api20210301",
    kind: "RedisEnterprise",
    plural: "redisenterprises",
    arm_type: "Microsoft.Cache/redisEnterprise",
    api_version: "2021-03-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Cache/redisEnterprise/{clusterName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S8,
    status: &super::shapes::S9,
    exports: &[],
    arm_schema: include_str!("arm/RedisEnterprise.2021-03-01.json"),
    aso_versions: &["v1api20210301", "v1api20230701"],
};
/// `RedisEnterpriseDatabase`: ARM type `Microsoft.Cache/redisEnterprise/databases`, api-version `2021-03-01`.
pub static REDIS_ENTERPRISE_DATABASE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "cache",
    api_group: "cache.azure.com",
    version: "v1api20210301",
    kind: "RedisEnterpriseDatabase",
    plural: "redisenterprisedatabases",
    arm_type: "Microsoft.Cache/redisEnterprise/databases",
    api_version: "2021-03-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Cache/redisEnterprise/{clusterName}/databases/{databaseName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "cache.azure.com",
        kind: "RedisEnterprise",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S10,
    status: &super::shapes::S11,
    exports: &[],
    arm_schema: include_str!("arm/RedisEnterpriseDatabase.2021-03-01.json"),
    aso_versions: &["v1api20210301", "v1api20230701"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[
    &REDIS_ENTERPRISE,
    &REDIS_ENTERPRISE_DATABASE,
];
