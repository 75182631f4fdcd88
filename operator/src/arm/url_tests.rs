//! Where requests may go: the endpoint, resource paths from segments, links on the origin only;
//! and, over every kind of the catalog with hostile names, that every request a reconcile can
//! make lies under the object's own ARM ID or its owner's.

use proptest::prelude::*;
use serde_json::json;

use aso_runtime::resolve::{self, NoOwnerObjects, Subject};
use aso_runtime::{KindInfo, OwnerRule, Scope, arm_id};

use super::*;

fn endpoint() -> Endpoint {
    Endpoint::parse("https://management.azure.com").unwrap()
}

#[test]
fn endpoints_are_https_origins() {
    assert_eq!(endpoint().as_str(), "https://management.azure.com");
    assert!(Endpoint::parse("https://127.0.0.1:8443/").is_ok());
    for bad in [
        "http://management.azure.com",
        "https://user:pw@management.azure.com",
        "https://management.azure.com/prefix",
        "https://management.azure.com/?x=1",
        "ftp://x",
        "not a url",
    ] {
        assert!(Endpoint::parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn a_kind_s_query_parameters_follow_the_api_version() {
    let url = endpoint()
        .resource_with(
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ApiManagement/service/a/products/p",
            "2022-08-01",
            &[("deleteSubscriptions", "true")],
        )
        .unwrap();
    assert_eq!(
        url.query(),
        Some("api-version=2022-08-01&deleteSubscriptions=true")
    );
    // The path is checked as for any request.
    assert!(
        endpoint()
            .resource_with("/subscriptions/../x", "2022-08-01", &[("a", "b")])
            .is_err()
    );
}

#[test]
fn resource_paths_are_joined_from_checked_segments() {
    let e = endpoint();
    let url = e
        .resource("/subscriptions/s/resourceGroups/rg", "2021-04-01")
        .unwrap();
    assert_eq!(
        url.as_str(),
        "https://management.azure.com/subscriptions/s/resourceGroups/rg?api-version=2021-04-01"
    );
    // Non-ASCII names are percent-encoded as one segment.
    let url = e
        .resource("/subscriptions/s/resourceGroups/grün", "1")
        .unwrap();
    assert_eq!(url.path_segments().unwrap().next_back(), Some("gr%C3%BCn"));
    for bad in [
        "subscriptions/s",
        "/subscriptions/s/resourceGroups/..",
        "/subscriptions/s/resourceGroups/a?b",
        "/subscriptions/s/resourceGroups/a#b",
        "/subscriptions/s/resourceGroups/a%2F..",
        "/subscriptions/s/resourceGroups/a\\..\\b",
        "/subscriptions//x",
        "/subscriptions/s/resourceGroups/a\u{202E}",
    ] {
        assert!(e.resource(bad, "1").is_err(), "{bad}");
    }
    assert!(e.resource("/subscriptions/s", "1&x=y").is_err());
}

#[test]
fn links_are_followed_on_the_endpoint_origin_only() {
    let e = Endpoint::parse("https://127.0.0.1:8443").unwrap();
    let ok = e
        .link("https://127.0.0.1:8443/subscriptions/s/operations/1?api-version=1")
        .unwrap();
    assert_eq!(ok.path(), "/subscriptions/s/operations/1");
    assert_eq!(
        e.link("/subscriptions/s/operations/1").unwrap().as_str(),
        "https://127.0.0.1:8443/subscriptions/s/operations/1"
    );
    // A scheme-relative spelling stays a path on the origin (WHATWG parsing), not a host.
    assert_eq!(
        e.link("https:attacker.example").unwrap().as_str(),
        "https://127.0.0.1:8443/attacker.example"
    );
    for bad in [
        "http://127.0.0.1:8443/x",
        "https://127.0.0.1:8444/x",
        "https://attacker.example/x",
        "//attacker.example/x",
        "https://127.0.0.1:8443@attacker.example/x",
        "https://user@127.0.0.1:8443/x",
        "javascript:alert(1)",
        "file:///etc/passwd",
    ] {
        assert!(e.link(bad).is_err(), "{bad} was followed");
    }
}

const SUBSCRIPTION: &str = "00000000-0000-0000-0000-000000000001";

/// An owner ARM ID of the type `info`'s owner must have, with plain names.
fn owner_id(info: &KindInfo, catalog: &[&'static KindInfo]) -> Option<String> {
    let rg = format!("/subscriptions/{SUBSCRIPTION}/resourceGroups/owner-rg");
    match info.owner {
        OwnerRule::None => None,
        OwnerRule::Arbitrary => Some(rg),
        OwnerRule::Kind(owner) if owner.is_resource_group() => Some(rg),
        OwnerRule::Kind(owner) => {
            let owner_info = catalog.iter().find(|i| i.kind_ref() == owner)?;
            let grand = owner_id(owner_info, catalog);
            Some(arm_id::resource_id(
                owner_info,
                SUBSCRIPTION,
                grand.as_deref(),
                "owner1",
            ))
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    /// Every request a reconcile can send for any kind, whatever its name: either the object is
    /// refused, or each URL is on the endpoint and under the object's own ARM ID or its owner's.
    #[test]
    fn every_request_stays_under_the_object_or_its_owner(
        index in any::<prop::sample::Index>(),
        name in aso_runtime::hostile::text(),
        metadata_name in prop::sample::select(vec!["plain", "..", "a.b", "x"]),
    ) {
        let catalog = aso_catalog::catalog();
        let info = *index.get(&catalog);
        let owner = owner_id(info, &catalog);
        let mut spec = json!({"azureName": name});
        if let Some(owner) = &owner {
            spec["owner"] = json!({"armId": owner});
        }
        let subject = Subject { info, namespace: "team-a", name: metadata_name, spec: &spec };
        let Ok(placement) = resolve::resolve(&catalog, subject, SUBSCRIPTION, &NoOwnerObjects) else {
            return Ok(());
        };
        let id = placement.id.clone();
        let base = owner.clone().unwrap_or_else(|| match info.scope {
            Scope::Tenant => String::new(),
            _ => format!("/subscriptions/{SUBSCRIPTION}"),
        });
        prop_assert!(arm_id::is_within(&id, &base), "{id} not under {base}");
        let e = endpoint();
        // The resource itself, and the actions below it that extensions post.
        for path in [id.clone(), format!("{id}/listKeys")] {
            let url = e.resource(&path, info.api_version);
            prop_assert!(url.is_ok(), "{path}: {url:?}");
            let url = url.unwrap();
            prop_assert_eq!(url.origin(), e.base.origin());
            let decoded: Vec<String> = url
                .path_segments()
                .unwrap()
                .map(percent_decode)
                .collect();
            let expected: Vec<&str> = arm_id::segments(&path).collect();
            prop_assert_eq!(&decoded, &expected, "{} vs {}", url, path);
            let within_own = arm_id::is_within(&path, &id);
            let within_owner = owner.as_deref().is_some_and(|o| arm_id::is_within(&path, o));
            prop_assert!(within_own || within_owner);
            prop_assert_eq!(url.query_pairs().count(), 1);
        }
    }
}

fn percent_decode(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(&segment[i + 1..i + 3], 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap()
}
