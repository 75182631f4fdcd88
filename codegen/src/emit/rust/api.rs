//! The typed-API crate (`aso-api`): per group a module and a cargo feature, per version a module
//! with its kinds' resource types (`kube::Api<StorageAccount>`), their spec and status types,
//! each kind tied to its `KindInfo` in the catalog crate.
//!
//! A kind's resource type is a struct (`metadata`, `spec`, `status`) and one
//! `aso_runtime::impl_azure_resource!` line: the macro, written and tested once in the runtime,
//! gives every kind the same `kube::Resource`, serde and `AzureResource` implementations, and
//! keeps this crate's size a fixed cost per kind plus its spec and status types.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use aso_runtime::{AzureName, OwnerRule};

use super::names::{doc_lines, feature_name, info_ident, inner_doc_lines, module_name};
use super::types::TypeSpace;
use super::{Files, Layout, Side, cargo, render};
use crate::model::Kind;

/// Every file of the API crate, by path relative to its root.
pub fn files(layout: &Layout) -> Result<Files, String> {
    let mut files = Files::new();
    for (group, versions) in layout {
        let dir = format!("src/{}", module_name(group));
        for (version, kinds) in versions {
            for (name, module) in version_module(group, version, kinds) {
                files.insert(format!("{dir}/{version}/{name}").into(), render(module)?);
            }
        }
        let module = group_module(group, versions.keys().copied());
        files.insert(format!("{dir}/mod.rs").into(), render(module)?);
    }
    let groups: Vec<&str> = layout.keys().copied().collect();
    files.insert("src/lib.rs".into(), render(lib_file(layout))?);
    files.insert("Cargo.toml".into(), cargo::api_toml(&groups));
    Ok(files)
}

fn lib_file(layout: &Layout) -> TokenStream {
    let groups: Vec<&str> = layout.keys().copied().collect();
    let modules: Vec<Ident> = groups
        .iter()
        .map(|g| format_ident!("{}", module_name(g)))
        .collect();
    let features: Vec<String> = groups.iter().map(|g| feature_name(g)).collect();
    let feature_rows: String = layout
        .iter()
        .map(|(group, versions)| {
            let versions: Vec<String> = versions.keys().map(|v| format!("`{v}`")).collect();
            format!(
                "| `{}` | `{group}.azure.com` | {} |\n",
                feature_name(group),
                versions.join(", ")
            )
        })
        .collect();
    let features_doc = inner_doc_lines(&format!(
        "# Features\n\n\
         No group is enabled by default; `all` enables every group.\n\n\
         | feature | API group | versions |\n|---|---|---|\n{feature_rows}"
    ));
    // The example is compiled as a doctest when its group is built, ignored otherwise; only
    // its opening fence depends on the feature, so the source reads as the documentation does.
    let (example_feature, example) = example(layout);
    let example = inner_doc_lines(&format!("{example}```"));
    quote! {
        //! Typed Kubernetes resources for the Azure kinds the operator serves:
        //! `kube::Api<StorageAccount>`.
        //!
        //! Generated from the ARM OpenAPI specs and `specs/` by `cargo xtask generate`; do not
        //! edit (change `codegen/` or `specs/`).
        //!
        //! # Layout
        //!
        //! A module per Azure group, compiled when its cargo feature is on, and below it a module
        //! per Kubernetes version, named as the version is (`storage::v1api20230101`). A version
        //! module holds its kinds (`StorageAccount`), their spec and status types in its `spec`
        //! and `status` modules, and re-exports each kind's `XxxSpec` and `XxxStatus`.
        //!
        //! Each kind is `metadata`, `spec` and `status`, serialised with `apiVersion` and `kind`
        //! as kube's `#[derive(CustomResource)]` types are, so `kube::Api<T>`, `ListParams`,
        //! watches and server-side apply (`Patch::Apply`) work with it. It implements
        //! `kube::Resource` (`DynamicType = ()`), `HasSpec`, `HasStatus`, and [`AzureResource`],
        //! which ties it to its [`KindInfo`](aso_runtime::KindInfo) in the `aso-catalog` crate and
        //! reads its `Ready` condition.
        //!
        //! Spec types are what users write: required properties are plain fields, enumerations
        //! are Rust enums, references to other resources, Secrets and ConfigMaps are the
        //! [`reference`] types. Status types are what Azure returned: every field optional,
        //! enumerations kept as strings (Azure may return values the specs do not list).
        //!
        //! # Example
        //!
        #![cfg_attr(feature = #example_feature, doc = " ```no_run")]
        #![cfg_attr(not(feature = #example_feature), doc = " ```ignore")]
        #example
        //!
        //! The complete program (create a ResourceGroup and a StorageAccount, wait until they
        //! are ready, read their status, delete them) is `examples/typed-api` in the repository:
        //! `cargo run -p aso-typed-api-example` runs it against the cluster `KUBECONFIG` names,
        //! such as the one `asoctl playground` starts.
        //!
        #features_doc
        #![allow(clippy::all, clippy::pedantic, non_camel_case_types, rustdoc::all)]

        pub use aso_runtime::condition;
        pub use aso_runtime::reference;
        pub use aso_runtime::AzureResource;

        #(
            #[cfg(feature = #features)]
            #[rustfmt::skip]
            pub mod #modules;
        )*
    }
}

/// The crate documentation's example and the feature it needs: listing the storage accounts
/// when there are, else the first kind generated.
fn example(layout: &Layout) -> (String, String) {
    let all = || {
        layout.iter().flat_map(|(group, versions)| {
            versions
                .iter()
                .flat_map(move |(version, kinds)| kinds.iter().map(move |k| (*group, *version, *k)))
        })
    };
    let Some((group, version, kind)) = all()
        .find(|(_, _, k)| k.kind == "StorageAccount")
        .or_else(|| all().next())
    else {
        return ("all".into(), "// No kinds are generated.\n".into());
    };
    let module = module_name(group);
    let name = &kind.kind;
    let text = format!(
        "use aso_api::AzureResource;
use aso_api::{module}::{version}::{name};
use kube::api::{{Api, ListParams}};

# async fn example(client: kube::Client) -> Result<(), kube::Error> {{
let api: Api<{name}> = Api::namespaced(client, \"default\");
for object in api.list(&ListParams::default()).await? {{
    let ready = object.ready_condition().map(|c| c.status);
    println!(\"{{:?}}: {{ready:?}}\", object.metadata.name);
}}
# Ok(())
# }}
"
    );
    (feature_name(group), text)
}

fn group_module<'a>(group: &str, versions: impl Iterator<Item = &'a str>) -> TokenStream {
    let versions: Vec<Ident> = versions.map(|v| format_ident!("{}", v)).collect();
    let doc = format!(
        " `{group}.azure.com`: a module per version (feature `{}`).",
        feature_name(group)
    );
    quote! {
        #![doc = #doc]
        #(pub mod #versions;)*
    }
}

/// `mod.rs`, `spec.rs` and `status.rs` of a version.
fn version_module(group: &str, version: &str, kinds: &[&Kind]) -> Vec<(&'static str, TokenStream)> {
    let mut spec_space = TypeSpace::new(Side::Spec);
    let mut status_space = TypeSpace::new(Side::Status);
    let mut specs = Vec::new();
    let mut statuses = Vec::new();
    let mut items = Vec::new();
    let group_module = format_ident!("{}", module_name(group));
    let version_module = format_ident!("{}", version);
    for kind in kinds {
        let spec = spec_space.kind_spec(kind);
        let status = status_space.kind_status(kind);
        let name = format_ident!("{}", kind.kind);
        let info = info_ident(kind);
        let doc = doc_lines(&kind_doc(kind, &spec, &status));
        items.push(quote! {
            #doc
            #[derive(Clone, Debug, PartialEq, serde::Deserialize)]
            pub struct #name {
                /// Standard object metadata: name, namespace, labels, annotations.
                pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
                /// What the resource should be in Azure.
                pub spec: spec::#spec,
                /// What Azure returned, and the operator's conditions.
                #[serde(default)]
                pub status: ::core::option::Option<status::#status>,
            }

            aso_runtime::impl_azure_resource!(
                #name, spec::#spec, status::#status,
                ::aso_catalog::#group_module::#version_module::#info
            );
        });
        specs.push(spec);
        statuses.push(status);
    }
    let kind_list: Vec<String> = kinds.iter().map(|k| format!("[`{}`]", k.kind)).collect();
    let doc = inner_doc_lines(&format!(
        "`{group}.azure.com/{version}`: {}.",
        kind_list.join(", ")
    ));
    let module = quote! {
        #doc
        pub mod spec;
        pub mod status;

        pub use spec::{#(#specs),*};
        pub use status::{#(#statuses),*};

        #(#items)*
    };
    vec![
        ("mod.rs", module),
        ("spec.rs", spec_space.file()),
        ("status.rs", status_space.file()),
    ]
}

/// A kind's documentation: the specs' description, then where it lives in Kubernetes and Azure,
/// what owns it and how its Azure name is chosen.
fn kind_doc(kind: &Kind, spec: &Ident, status: &Ident) -> String {
    let owner = match kind.owner {
        OwnerRule::None => "none".to_string(),
        OwnerRule::Kind(k) => format!(
            "a `{}` of `{}`: `spec.owner.name` in the same namespace, or `spec.owner.armId`",
            k.kind, k.group
        ),
        OwnerRule::Arbitrary => {
            "any resource: `spec.owner` as `{group, kind, name}`, or `spec.owner.armId`".into()
        }
    };
    let rule = |rule: &aso_runtime::NameRule| {
        let mut parts = Vec::new();
        if let Some(pattern) = rule.pattern {
            parts.push(format!("matching `{pattern}`"));
        }
        match (rule.min_length, rule.max_length) {
            (Some(min), Some(max)) => parts.push(format!("{min} to {max} characters")),
            (None, Some(max)) => parts.push(format!("at most {max} characters")),
            (Some(min), None) => parts.push(format!("at least {min} characters")),
            (None, None) => {}
        }
        match parts.is_empty() {
            true => String::new(),
            false => format!(" ({})", parts.join(", ")),
        }
    };
    let azure_name = match &kind.azure_name {
        AzureName::Fixed(name) => format!("always `{name}`"),
        AzureName::FromSpec(r) => format!("`spec.azureName`, else `metadata.name`{}", rule(r)),
        AzureName::UuidFromSpec(r) => format!(
            "`spec.azureName`, else a UUID derived from the object's identity{}",
            rule(r)
        ),
    };
    let exports = match kind.exports.is_empty() {
        true => String::new(),
        false => {
            let keys: Vec<String> = kind
                .exports
                .iter()
                .map(|e| format!("`{}`", e.key))
                .collect();
            format!("| Exports | `spec.operatorSpec`: {} |\n", keys.join(", "))
        }
    };
    let description = kind.description.as_deref().unwrap_or(&kind.kind).trim();
    format!(
        "{description}\n\n\
         | | |\n|---|---|\n\
         | Kubernetes | `apiVersion: {}.azure.com/{}`, `kind: {}` (resource `{}`) |\n\
         | Azure | `{}`, api-version `{}` |\n\
         | Owner | {owner} |\n\
         | Azure name | {azure_name} |\n\
         {exports}\n\
         Spec: [`{spec}`]; status: [`{status}`]; what the operator knows of it: \
         [`aso_catalog::{}::{}::{}`].",
        kind.group,
        kind.version,
        kind.kind,
        kind.plural,
        kind.arm_type,
        kind.api_version,
        module_name(&kind.group),
        kind.version,
        info_ident(kind),
    )
}
