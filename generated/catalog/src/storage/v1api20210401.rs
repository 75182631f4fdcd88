//! `storage.azure.com/v1api20210401`.
/// `StorageAccount`: ARM type `Microsoft.Storage/storageAccounts`, api-version `2021-04-01`.
pub static STORAGE_ACCOUNT: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "storage",
    api_group: "storage.azure.com",
    version: "v1api20210401",
    kind: "StorageAccount",
    plural: "storageaccounts",
    arm_type: "Microsoft.Storage/storageAccounts",
    api_version: "2021-04-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: Some(3u64),
        max_length: Some(24u64),
    }),
    payload: aso_runtime::Payload::ExplicitCollections,
    spec: &super::shapes::S7,
    status: &super::shapes::S8,
    exports: &[
        aso_runtime::Export {
            key: "blobEndpoint",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Status(&["primaryEndpoints", "blob"]),
        },
        aso_runtime::Export {
            key: "dfsEndpoint",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Status(&["primaryEndpoints", "dfs"]),
        },
        aso_runtime::Export {
            key: "fileEndpoint",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Status(&["primaryEndpoints", "file"]),
        },
        aso_runtime::Export {
            key: "key1",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "key2",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "queueEndpoint",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Status(&["primaryEndpoints", "queue"]),
        },
        aso_runtime::Export {
            key: "tableEndpoint",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Status(&["primaryEndpoints", "table"]),
        },
        aso_runtime::Export {
            key: "webEndpoint",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Status(&["primaryEndpoints", "web"]),
        },
        aso_runtime::Export {
            key: "blobEndpoint",
            target: aso_runtime::ExportTarget::ConfigMap,
            source: aso_runtime::ExportSource::Status(&["primaryEndpoints", "blob"]),
        },
        aso_runtime::Export {
            key: "dfsEndpoint",
            target: aso_runtime::ExportTarget::ConfigMap,
            source: aso_runtime::ExportSource::Status(&["primaryEndpoints", "dfs"]),
        },
        aso_runtime::Export {
            key: "fileEndpoint",
            target: aso_runtime::ExportTarget::ConfigMap,
            source: aso_runtime::ExportSource::Status(&["primaryEndpoints", "file"]),
        },
        aso_runtime::Export {
            key: "queueEndpoint",
            target: aso_runtime::ExportTarget::ConfigMap,
            source: aso_runtime::ExportSource::Status(&["primaryEndpoints", "queue"]),
        },
        aso_runtime::Export {
            key: "tableEndpoint",
            target: aso_runtime::ExportTarget::ConfigMap,
            source: aso_runtime::ExportSource::Status(&["primaryEndpoints", "table"]),
        },
        aso_runtime::Export {
            key: "webEndpoint",
            target: aso_runtime::ExportTarget::ConfigMap,
            source: aso_runtime::ExportSource::Status(&["primaryEndpoints", "web"]),
        },
    ],
    arm_schema: include_str!("arm/StorageAccount.2021-04-01.json"),
    aso_versions: &["v1api20210401", "v1api20220901", "v1api20230101"],
};
/// `StorageAccountsBlobService`: ARM type `Microsoft.Storage/storageAccounts/blobServices`, api-version `2021-04-01`.
pub static STORAGE_ACCOUNTS_BLOB_SERVICE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "storage",
    api_group: "storage.azure.com",
    version: "v1api20210401",
    kind: "StorageAccountsBlobService",
    plural: "storageaccountsblobservices",
    arm_type: "Microsoft.Storage/storageAccounts/blobServices",
    api_version: "2021-04-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobServices/default",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "storage.azure.com",
        kind: "StorageAccount",
    }),
    azure_name: aso_runtime::AzureName::Fixed("default"),
    payload: aso_runtime::Payload::ExplicitCollections,
    spec: &super::shapes::S12,
    status: &super::shapes::S13,
    exports: &[],
    arm_schema: include_str!("arm/StorageAccountsBlobService.2021-04-01.json"),
    aso_versions: &["v1api20210401", "v1api20220901", "v1api20230101"],
};
/// `StorageAccountsBlobServicesContainer`: ARM type `Microsoft.Storage/storageAccounts/blobServices/containers`, api-version `2021-04-01`.
pub static STORAGE_ACCOUNTS_BLOB_SERVICES_CONTAINER: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "storage",
    api_group: "storage.azure.com",
    version: "v1api20210401",
    kind: "StorageAccountsBlobServicesContainer",
    plural: "storageaccountsblobservicescontainers",
    arm_type: "Microsoft.Storage/storageAccounts/blobServices/containers",
    api_version: "2021-04-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobServices/default/containers/{containerName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "storage.azure.com",
        kind: "StorageAccountsBlobService",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: Some(3u64),
        max_length: Some(63u64),
    }),
    payload: aso_runtime::Payload::ExplicitCollections,
    spec: &super::shapes::S14,
    status: &super::shapes::S16,
    exports: &[],
    arm_schema: include_str!("arm/StorageAccountsBlobServicesContainer.2021-04-01.json"),
    aso_versions: &["v1api20210401", "v1api20220901", "v1api20230101"],
};
/// `StorageAccountsManagementPolicy`: ARM type `Microsoft.Storage/storageAccounts/managementPolicies`, api-version `2021-04-01`.
pub static STORAGE_ACCOUNTS_MANAGEMENT_POLICY: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "storage",
    api_group: "storage.azure.com",
    version: "v1api20210401",
    kind: "StorageAccountsManagementPolicy",
    plural: "storageaccountsmanagementpolicies",
    arm_type: "Microsoft.Storage/storageAccounts/managementPolicies",
    api_version: "2021-04-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/managementPolicies/default",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "storage.azure.com",
        kind: "StorageAccount",
    }),
    azure_name: aso_runtime::AzureName::Fixed("default"),
    payload: aso_runtime::Payload::ExplicitCollections,
    spec: &super::shapes::S21,
    status: &super::shapes::S22,
    exports: &[],
    arm_schema: include_str!("arm/StorageAccountsManagementPolicy.2021-04-01.json"),
    aso_versions: &["v1api20210401", "v1api20220901", "v1api20230101"],
};
/// `StorageAccountsQueueService`: ARM type `Microsoft.Storage/storageAccounts/queueServices`, api-version `2021-04-01`.
pub static STORAGE_ACCOUNTS_QUEUE_SERVICE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "storage",
    api_group: "storage.azure.com",
    version: "v1api20210401",
    kind: "StorageAccountsQueueService",
    plural: "storageaccountsqueueservices",
    arm_type: "Microsoft.Storage/storageAccounts/queueServices",
    api_version: "2021-04-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/queueServices/default",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "storage.azure.com",
        kind: "StorageAccount",
    }),
    azure_name: aso_runtime::AzureName::Fixed("default"),
    payload: aso_runtime::Payload::ExplicitCollections,
    spec: &super::shapes::S23,
    status: &super::shapes::S24,
    exports: &[],
    arm_schema: include_str!("arm/StorageAccountsQueueService.2021-04-01.json"),
    aso_versions: &["v1api20210401", "v1api20220901", "v1api20230101"],
};
/// `StorageAccountsQueueServicesQueue`: ARM type `Microsoft.Storage/storageAccounts/queueServices/queues`, api-version `2021-04-01`.
pub static STORAGE_ACCOUNTS_QUEUE_SERVICES_QUEUE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "storage",
    api_group: "storage.azure.com",
    version: "v1api20210401",
    kind: "StorageAccountsQueueServicesQueue",
    plural: "storageaccountsqueueservicesqueues",
    arm_type: "Microsoft.Storage/storageAccounts/queueServices/queues",
    api_version: "2021-04-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/queueServices/default/queues/{queueName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "storage.azure.com",
        kind: "StorageAccountsQueueService",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: Some("^[a-z0-9]([a-z0-9]|(-(?!-))){1,61}[a-z0-9]$"),
        min_length: Some(3u64),
        max_length: Some(63u64),
    }),
    payload: aso_runtime::Payload::ExplicitCollections,
    spec: &super::shapes::S25,
    status: &super::shapes::S26,
    exports: &[],
    arm_schema: include_str!("arm/StorageAccountsQueueServicesQueue.2021-04-01.json"),
    aso_versions: &["v1api20210401", "v1api20220901", "v1api20230101"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[
    &STORAGE_ACCOUNT,
    &STORAGE_ACCOUNTS_BLOB_SERVICE,
    &STORAGE_ACCOUNTS_BLOB_SERVICES_CONTAINER,
    &STORAGE_ACCOUNTS_MANAGEMENT_POLICY,
    &STORAGE_ACCOUNTS_QUEUE_SERVICE,
    &STORAGE_ACCOUNTS_QUEUE_SERVICES_QUEUE,
];
