//! Rust names for what the specs name: modules and features for groups, type and field names
//! for definitions and JSON properties, statics for kinds; and doc comments from prose.

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use crate::model::{Kind, Object};

/// Rust module name of a group (`network.frontdoor` -> `network_frontdoor`).
pub fn module_name(group: &str) -> String {
    group.replace(['.', '-'], "_")
}

/// Cargo feature of a group (`network.frontdoor` -> `network-frontdoor`).
pub fn feature_name(group: &str) -> String {
    group.replace('.', "-")
}

/// The catalog's static holding a kind's `KindInfo` (`StorageAccount` -> `STORAGE_ACCOUNT`).
pub fn info_ident(kind: &Kind) -> Ident {
    format_ident!("{}", kind.kind.to_shouty_snake_case())
}

/// The name a type of `object` would like: its definition's, else where it appears.
pub fn object_preferred(object: &Object) -> String {
    object
        .origin
        .as_ref()
        .and_then(|o| o.definition.clone())
        .unwrap_or_else(|| object.name_hint.clone())
}

/// A valid Rust type name from anything: `UpperCamelCase`, digits not first.
pub fn type_ident_text(text: &str) -> String {
    let cleaned: String = text
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    let mut name = cleaned.to_upper_camel_case();
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name = format!("V{name}");
    }
    if name.is_empty() {
        name = "Unnamed".into();
    }
    name
}

/// A Rust field name (snake case, not starting with a digit) for a JSON property name.
pub fn field_text(json: &str) -> String {
    let cleaned: String = json
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    let name = cleaned.to_snake_case();
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("f_{name}")
    } else {
        name
    }
}

pub fn field_ident(json: &str) -> Ident {
    raw_or_plain(&field_text(json))
}

/// Keywords become raw identifiers (`r#type`); the few that cannot be raw get a `_`.
pub fn raw_or_plain(text: &str) -> Ident {
    const CANNOT_BE_RAW: [&str; 5] = ["self", "Self", "super", "crate", "_"];
    if CANNOT_BE_RAW.contains(&text) {
        return Ident::new(&format!("{text}_"), Span::call_site());
    }
    if syn::parse_str::<Ident>(text).is_ok() {
        Ident::new(text, Span::call_site())
    } else {
        Ident::new_raw(text, Span::call_site())
    }
}

/// `#[doc]` attributes, one per line of `text`.
pub fn doc_lines(text: &str) -> TokenStream {
    let lines = prefixed_lines(text);
    quote!(#(#[doc = #lines])*)
}

/// `#![doc]` attributes (documentation of the enclosing module), one per line of `text`.
pub fn inner_doc_lines(text: &str) -> TokenStream {
    let lines = prefixed_lines(text);
    quote!(#(#![doc = #lines])*)
}

/// Lines as `///` writes them: after a space, without trailing blanks.
fn prefixed_lines(text: &str) -> Vec<String> {
    text.trim()
        .lines()
        .map(|line| format!(" {}", line.trim_end()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_names_are_camel_case_and_never_start_with_a_digit() {
        assert_eq!(type_ident_text("sku_name"), "SkuName");
        assert_eq!(type_ident_text("2019-06-01"), "V20190601");
        assert_eq!(type_ident_text("Standard_LRS"), "StandardLrs");
        assert_eq!(type_ident_text("--"), "Unnamed");
    }

    #[test]
    fn field_names_are_snake_case_and_keywords_are_raw() {
        assert_eq!(field_text("accessTier"), "access_tier");
        assert_eq!(field_text("$schema"), "schema");
        assert_eq!(field_text("1stKey"), "f_1st_key");
        assert_eq!(field_ident("type").to_string(), "r#type");
        assert_eq!(field_ident("self").to_string(), "self_");
        assert_eq!(field_ident("name").to_string(), "name");
    }

    #[test]
    fn groups_name_modules_and_features() {
        assert_eq!(module_name("network.frontdoor"), "network_frontdoor");
        assert_eq!(feature_name("network.frontdoor"), "network-frontdoor");
        assert_eq!(module_name("storage"), "storage");
    }
}
