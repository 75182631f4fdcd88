//! `cache.azure.com/v1api20230401`.
/// `Redis`: ARM type `Microsoft.Cache/redis`, api-version `2023-04-01`.
pub static REDIS: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "cache",
    api_group: "cache.azure.com",
    version: "v1api20230401",
    kind: "Redis",
    plural: "redis",
    arm_type: "Microsoft.Cache/redis",
    api_version: "2023-04-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Cache/redis/{name}",
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
    spec: &super::shapes::S14,
    status: &super::shapes::S15,
    exports: &[
        aso_runtime::Export {
            key: "hostName",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Status(&["hostName"]),
        },
        aso_runtime::Export {
            key: "port",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Status(&["port"]),
        },
        aso_runtime::Export {
            key: "primaryKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "secondaryKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "sslPort",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Status(&["sslPort"]),
        },
    ],
    arm_schema: include_str!("arm/Redis.2023-04-01.json"),
    aso_versions: &["v1api20201201", "v1api20230401"],
};
/// `RedisFirewallRule`: ARM type `Microsoft.Cache/redis/firewallRules`, api-version `2023-04-01`.
pub static REDIS_FIREWALL_RULE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "cache",
    api_group: "cache.azure.com",
    version: "v1api20230401",
    kind: "RedisFirewallRule",
    plural: "redisfirewallrules",
    arm_type: "Microsoft.Cache/redis/firewallRules",
    api_version: "2023-04-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Cache/redis/{cacheName}/firewallRules/{ruleName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "cache.azure.com",
        kind: "Redis",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S2,
    status: &super::shapes::S3,
    exports: &[],
    arm_schema: include_str!("arm/RedisFirewallRule.2023-04-01.json"),
    aso_versions: &["v1api20201201", "v1api20230401"],
};
/// `RedisLinkedServer`: ARM type `Microsoft.Cache/redis/linkedServers`, api-version `2023-04-01`.
pub static REDIS_LINKED_SERVER: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "cache",
    api_group: "cache.azure.com",
    version: "v1api20230401",
    kind: "RedisLinkedServer",
    plural: "redislinkedservers",
    arm_type: "Microsoft.Cache/redis/linkedServers",
    api_version: "2023-04-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Cache/redis/{name}/linkedServers/{linkedServerName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "cache.azure.com",
        kind: "Redis",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S4,
    status: &super::shapes::S16,
    exports: &[],
    arm_schema: include_str!("arm/RedisLinkedServer.2023-04-01.json"),
    aso_versions: &["v1api20201201", "v1api20230401"],
};
/// `RedisPatchSchedule`: ARM type `Microsoft.Cache/redis/patchSchedules`, api-version `2023-04-01`.
pub static REDIS_PATCH_SCHEDULE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "cache",
    api_group: "cache.azure.com",
    version: "v1api20230401",
    kind: "RedisPatchSchedule",
    plural: "redispatchschedules",
    arm_type: "Microsoft.Cache/redis/patchSchedules",
    api_version: "2023-04-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Cache/redis/{name}/patchSchedules/default",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "cache.azure.com",
        kind: "Redis",
    }),
    azure_name: aso_runtime::AzureName::Fixed("default"),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S6,
    status: &super::shapes::S7,
    exports: &[],
    arm_schema: include_str!("arm/RedisPatchSchedule.2023-04-01.json"),
    aso_versions: &["v1api20201201", "v1api20230401"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[
    &REDIS,
    &REDIS_FIREWALL_RULE,
    &REDIS_LINKED_SERVER,
    &REDIS_PATCH_SCHEDULE,
];
