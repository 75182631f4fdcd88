//! The catalog crate (`aso-catalog`): what the operator, `asoctl` and the simulators need of each
//! kind, as data. Per group a module with the group's shape tables and ARM body schemas; per
//! version a module with a `KindInfo` static per kind. No types and no serde: statics and
//! embedded JSON are cheap to compile, and they are all the generic code paths read.

use std::collections::BTreeMap;

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use aso_runtime::{AzureName, ExportTarget, OwnerRule, Payload, Scope};

use super::names::{doc_lines, feature_name, info_ident, module_name};
use super::shapes::ShapeSpace;
use super::{Files, Layout, Side, cargo, render};
use crate::model::{ExportSourceOwned, Kind};

/// Every file of the catalog crate, by path relative to its root.
pub fn files(layout: &Layout) -> Result<Files, String> {
    let mut files = Files::new();
    for (group, versions) in layout {
        let dir = format!("src/{}", module_name(group));
        let mut shapes = ShapeSpace::default();
        let mut arm = ArmSchemas::default();
        for (version, kinds) in versions {
            let module = version_module(group, version, kinds, &mut shapes, &mut arm)?;
            files.insert(format!("{dir}/{version}.rs").into(), render(module)?);
        }
        files.insert(format!("{dir}/shapes.rs").into(), render(shapes.file())?);
        for (name, text) in arm.by_name {
            files.insert(format!("{dir}/arm/{name}").into(), text);
        }
        let module = group_module(group, versions.keys().copied());
        files.insert(format!("{dir}/mod.rs").into(), render(module)?);
    }
    let groups: Vec<&str> = layout.keys().copied().collect();
    files.insert("src/lib.rs".into(), render(lib_file(&groups))?);
    files.insert("Cargo.toml".into(), cargo::catalog_toml(&groups));
    Ok(files)
}

fn lib_file(groups: &[&str]) -> TokenStream {
    let modules: Vec<Ident> = groups
        .iter()
        .map(|g| format_ident!("{}", module_name(g)))
        .collect();
    let features: Vec<String> = groups.iter().map(|g| feature_name(g)).collect();
    quote! {
        //! What the operator, `asoctl` and the simulators know of every generated kind, as data:
        //! per kind a [`KindInfo`](aso_runtime::KindInfo) (API group, version, plural, ARM type,
        //! api-version and URI, owner, Azure name rule, exports), the shape tables that say where
        //! each Kubernetes property lives in ARM JSON, and the ARM body schema.
        //!
        //! Generated from the ARM OpenAPI specs and `specs/` by `cargo xtask generate`; do not
        //! edit. A module and a cargo feature per group (`all` enables every group), a module per
        //! version below it, a static per kind (`storage::v1api20230101::STORAGE_ACCOUNT`);
        //! [`catalog`] lists every kind compiled in. The typed Rust API is the `aso-api` crate,
        //! built on this one.
        #![allow(clippy::all, clippy::pedantic, rustdoc::all)]

        #(
            #[cfg(feature = #features)]
            #[rustfmt::skip]
            pub mod #modules;
        )*

        /// Every kind compiled into this build.
        #[allow(unused_mut)]
        pub fn catalog() -> Vec<&'static aso_runtime::KindInfo> {
            let mut out = Vec::new();
            #(
                #[cfg(feature = #features)]
                out.extend(#modules::kinds());
            )*
            out
        }
    }
}

fn group_module<'a>(group: &str, versions: impl Iterator<Item = &'a str>) -> TokenStream {
    let versions: Vec<Ident> = versions.map(|v| format_ident!("{}", v)).collect();
    let doc = format!(
        " `{group}.azure.com`: its kinds in every version (feature `{}`).",
        feature_name(group)
    );
    quote! {
        #![doc = #doc]
        mod shapes;
        #(pub mod #versions;)*

        /// Every kind of this group, in every version.
        pub fn kinds() -> impl Iterator<Item = &'static aso_runtime::KindInfo> {
            ::core::iter::empty() #(.chain(#versions::KINDS.iter().copied()))*
        }
    }
}

fn version_module(
    group: &str,
    version: &str,
    kinds: &[&Kind],
    shapes: &mut ShapeSpace,
    arm: &mut ArmSchemas,
) -> Result<TokenStream, String> {
    let mut items = Vec::new();
    let mut infos = Vec::new();
    for kind in kinds {
        let spec_shape = shapes.object(&kind.spec, Side::Spec, kind.payload);
        let status_shape = shapes.object(&kind.status, Side::Status, kind.payload);
        let schema = serde_json::to_string(&kind.arm_schema).map_err(|e| e.to_string())?;
        let arm_file = format!("arm/{}", arm.name(kind, schema));
        let info = kind_info(kind, &spec_shape, &status_shape, &arm_file);
        let ident = info_ident(kind);
        let doc = doc_lines(&format!(
            "`{}`: ARM type `{}`, api-version `{}`.",
            kind.kind, kind.arm_type, kind.api_version
        ));
        items.push(quote! {
            #doc
            pub static #ident: aso_runtime::KindInfo = #info;
        });
        infos.push(ident);
    }
    let doc = format!(" `{group}.azure.com/{version}`.");
    Ok(quote! {
        #![doc = #doc]
        #(#items)*

        /// The kinds of this version.
        pub static KINDS: &[&aso_runtime::KindInfo] = &[#(&#infos),*];
    })
}

/// The ARM body schemas of a group, one file per distinct schema: versions served at the same
/// api-version share theirs.
#[derive(Default)]
struct ArmSchemas {
    by_name: BTreeMap<String, String>,
}

impl ArmSchemas {
    /// The file name of `schema`: `<Kind>.<api-version>.json`, numbered should two different
    /// schemas want the same name.
    fn name(&mut self, kind: &Kind, schema: String) -> String {
        let stem = format!("{}.{}", kind.kind, kind.api_version);
        let mut name = format!("{stem}.json");
        let mut n = 2;
        while let Some(existing) = self.by_name.get(&name) {
            if *existing == schema {
                return name;
            }
            name = format!("{stem}-{n}.json");
            n += 1;
        }
        self.by_name.insert(name.clone(), schema);
        name
    }
}

fn kind_info(
    kind: &Kind,
    spec_shape: &TokenStream,
    status_shape: &TokenStream,
    arm_file: &str,
) -> TokenStream {
    let group = &kind.group;
    let api_group = format!("{}.azure.com", kind.group);
    let version = &kind.version;
    let kind_name = &kind.kind;
    let plural = &kind.plural;
    let arm_type = &kind.arm_type;
    let api_version = &kind.api_version;
    let arm_uri = &kind.arm_uri;
    let scope = match kind.scope {
        Scope::Location => quote!(Location),
        Scope::Subscription => quote!(Subscription),
        Scope::ResourceGroup => quote!(ResourceGroup),
        Scope::Extension => quote!(Extension),
        Scope::Tenant => quote!(Tenant),
    };
    let owner = match kind.owner {
        OwnerRule::None => quote!(aso_runtime::OwnerRule::None),
        OwnerRule::Arbitrary => quote!(aso_runtime::OwnerRule::Arbitrary),
        OwnerRule::Kind(k) => {
            let (g, kk) = (k.group, k.kind);
            quote!(aso_runtime::OwnerRule::Kind(aso_runtime::KindRef { group: #g, kind: #kk }))
        }
    };
    let name_rule = |rule: &aso_runtime::NameRule| {
        let pattern = option_str(rule.pattern);
        let min = option_u64(rule.min_length);
        let max = option_u64(rule.max_length);
        quote!(aso_runtime::NameRule { pattern: #pattern, min_length: #min, max_length: #max })
    };
    let azure_name = match &kind.azure_name {
        AzureName::Fixed(name) => quote!(aso_runtime::AzureName::Fixed(#name)),
        AzureName::FromSpec(rule) => {
            let rule = name_rule(rule);
            quote!(aso_runtime::AzureName::FromSpec(#rule))
        }
        AzureName::UuidFromSpec(rule) => {
            let rule = name_rule(rule);
            quote!(aso_runtime::AzureName::UuidFromSpec(#rule))
        }
    };
    let payload = match kind.payload {
        Payload::OmitEmpty => quote!(OmitEmpty),
        Payload::ExplicitCollections => quote!(ExplicitCollections),
        Payload::ExplicitEmptyCollections => quote!(ExplicitEmptyCollections),
        Payload::ExplicitProperties => quote!(ExplicitProperties),
    };
    let exports = kind.exports.iter().map(|e| {
        let key = &e.key;
        let target = match e.target {
            ExportTarget::Secret => quote!(Secret),
            ExportTarget::ConfigMap => quote!(ConfigMap),
        };
        let source = match &e.source {
            ExportSourceOwned::Azure => quote!(aso_runtime::ExportSource::Azure),
            ExportSourceOwned::Status(path) => quote!(aso_runtime::ExportSource::Status(&[#(#path),*])),
        };
        quote!(aso_runtime::Export { key: #key, target: aso_runtime::ExportTarget::#target, source: #source })
    });
    let aso_versions = &kind.aso_versions;
    quote! {
        aso_runtime::KindInfo {
            group: #group,
            api_group: #api_group,
            version: #version,
            kind: #kind_name,
            plural: #plural,
            arm_type: #arm_type,
            api_version: #api_version,
            arm_uri: #arm_uri,
            scope: aso_runtime::Scope::#scope,
            owner: #owner,
            azure_name: #azure_name,
            payload: aso_runtime::Payload::#payload,
            spec: #spec_shape,
            status: #status_shape,
            exports: &[#(#exports),*],
            arm_schema: include_str!(#arm_file),
            aso_versions: &[#(#aso_versions),*],
        }
    }
}

fn option_str(value: Option<&str>) -> TokenStream {
    match value {
        Some(v) => quote!(Some(#v)),
        None => quote!(None),
    }
}

fn option_u64(value: Option<u64>) -> TokenStream {
    match value {
        Some(v) => quote!(Some(#v)),
        None => quote!(None),
    }
}
