//! The one resolver of owner, Azure name and ARM ID, on hand-written kinds of each scope: owners
//! by name and by ARM ID, UUID names as ASO makes them, and hostile names and owner IDs refused.

use aso_runtime::resolve::{
    NoOwnerObjects, OwnerObject, OwnerSpec, Owners, ResolveError, Subject, resolve,
};
use aso_runtime::shape::ObjectShape;
use aso_runtime::{AzureName, KindInfo, KindRef, NameRule, OwnerRule, Payload, Scope, arm_id};
use proptest::prelude::*;
use serde_json::{Value, json};

static EMPTY: ObjectShape = ObjectShape { props: &[] };

const fn kind(
    kind: &'static str,
    arm_type: &'static str,
    scope: Scope,
    owner: OwnerRule,
    azure_name: AzureName,
) -> KindInfo {
    KindInfo {
        group: "test",
        api_group: "test.azure.com",
        version: "v1api20240101",
        kind,
        plural: "things",
        arm_type,
        api_version: "2024-01-01",
        arm_uri: "",
        scope,
        owner,
        azure_name,
        payload: Payload::OmitEmpty,
        spec: &EMPTY,
        status: &EMPTY,
        exports: &[],
        arm_schema: "{}",
        aso_versions: &["v1api20240101"],
    }
}

const ANY_NAME: AzureName = AzureName::FromSpec(NameRule {
    pattern: None,
    min_length: None,
    max_length: None,
});
const RG_OWNER: OwnerRule = OwnerRule::Kind(KindRef {
    group: "resources.azure.com",
    kind: "ResourceGroup",
});

static RG: KindInfo = kind(
    "ResourceGroup",
    "Microsoft.Resources/resourceGroups",
    Scope::Location,
    OwnerRule::None,
    ANY_NAME,
);
static ACCOUNT: KindInfo = kind(
    "Account",
    "Microsoft.Test/accounts",
    Scope::ResourceGroup,
    RG_OWNER,
    AzureName::FromSpec(NameRule {
        pattern: Some("^[a-z0-9]+$"),
        min_length: Some(3),
        max_length: Some(24),
    }),
);
/// Any name the general rules allow.
static WIDGET: KindInfo = kind(
    "Widget",
    "Microsoft.Test/widgets",
    Scope::ResourceGroup,
    RG_OWNER,
    ANY_NAME,
);
static ASSIGNMENT: KindInfo = kind(
    "Assignment",
    "Microsoft.Authorization/roleAssignments",
    Scope::Extension,
    OwnerRule::Arbitrary,
    AzureName::UuidFromSpec(NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
);

const SUB: &str = "00000000-0000-0000-0000-000000000001";

fn catalog() -> Vec<&'static KindInfo> {
    vec![&RG, &ACCOUNT, &WIDGET, &ASSIGNMENT]
}

/// Owners by name: every object named `rg-*` is a resource group under its own name.
struct Groups;

impl Owners for Groups {
    fn arm_id(&self, namespace: &str, owner: &OwnerObject) -> Result<String, ResolveError> {
        match owner.name.strip_prefix("rg-") {
            Some(_) => Ok(format!(
                "/subscriptions/{SUB}/resourceGroups/{}",
                owner.name
            )),
            None => Err(ResolveError::WaitingForOwner(format!(
                "{namespace}/{} not found",
                owner.name
            ))),
        }
    }
}

fn place(info: &KindInfo, name: &str, spec: Value) -> Result<(String, String), ResolveError> {
    resolve(
        &catalog(),
        Subject {
            info,
            namespace: "team-a",
            name,
            spec: &spec,
        },
        SUB,
        &Groups,
    )
    .map(|p| (p.name, p.id))
}

#[test]
fn owners_by_name_and_by_arm_id() {
    let (name, id) = place(&ACCOUNT, "acct1", json!({"owner": {"name": "rg-a"}})).unwrap();
    assert_eq!(name, "acct1");
    assert_eq!(
        id,
        format!("/subscriptions/{SUB}/resourceGroups/rg-a/providers/Microsoft.Test/accounts/acct1")
    );
    let by_id = format!("/subscriptions/{SUB}/resourceGroups/other");
    let (_, id) = place(
        &ACCOUNT,
        "acct1",
        json!({"owner": {"armId": by_id}, "azureName": "given"}),
    )
    .unwrap();
    assert!(id.ends_with("/resourceGroups/other/providers/Microsoft.Test/accounts/given"));
    assert!(matches!(
        place(&ACCOUNT, "acct1", json!({"owner": {"name": "missing"}})),
        Err(ResolveError::WaitingForOwner(_))
    ));
    let (_, rg) = place(&RG, "rg-a", json!({})).unwrap();
    assert_eq!(rg, format!("/subscriptions/{SUB}/resourceGroups/rg-a"));
}

#[test]
fn owners_are_checked() {
    let wrong_type =
        format!("/subscriptions/{SUB}/resourceGroups/r/providers/Microsoft.Test/accounts/a");
    let cases = [
        (json!({}), "required"),
        (json!({"owner": {}}), "needs name or armId"),
        (
            json!({"owner": {"name": "rg-a", "armId": "/subscriptions/x"}}),
            "both",
        ),
        (
            json!({"owner": {"armId": wrong_type}}),
            "must be a Microsoft.Resources/resourceGroups",
        ),
        (
            json!({"owner": {"armId": format!("/subscriptions/{SUB}/resourceGroups/..")}}),
            "segment",
        ),
        (json!({"owner": {"armId": "relative/x"}}), "start with '/'"),
    ];
    for (spec, expected) in cases {
        match place(&ACCOUNT, "acct1", spec.clone()) {
            Err(ResolveError::InvalidOwner(m)) => assert!(m.contains(expected), "{spec}: {m}"),
            other => panic!("{spec}: {other:?}"),
        }
    }
    let elsewhere = json!({"owner": {"armId": "/subscriptions/other/resourceGroups/r"}});
    assert!(matches!(
        place(&ACCOUNT, "acct1", elsewhere),
        Err(ResolveError::SubscriptionMismatch(_))
    ));
}

#[test]
fn uuid_names_are_asos_and_the_same_for_plan_and_operator() {
    let spec =
        json!({"owner": {"group": "resources.azure.com", "kind": "ResourceGroup", "name": "rg-a"}});
    let (name, id) = place(&ASSIGNMENT, "assign", spec.clone()).unwrap();
    assert!(uuid::Uuid::parse_str(&name).is_ok(), "{name}");
    assert!(id.ends_with(&format!(
        "/providers/Microsoft.Authorization/roleAssignments/{name}"
    )));
    // The same object resolved again names the same resource.
    assert_eq!(place(&ASSIGNMENT, "assign", spec).unwrap().0, name);
    // An owner by ARM ID keeps the group and kind written beside it, as ASO's defaulting does.
    let by_id = json!({"owner": {"armId": format!("/subscriptions/{SUB}/resourceGroups/rg-a"), "group": "resources.azure.com", "kind": "ResourceGroup"}});
    let (by_id_name, _) = place(&ASSIGNMENT, "assign", by_id).unwrap();
    assert_ne!(
        by_id_name, name,
        "the owner's name is part of ASO's UUID seed"
    );
}

#[test]
fn hostile_names_never_leave_their_place() {
    for hostile in [
        "../../resourceGroups/victim",
        "..",
        "a/b",
        "acct?api-version=1",
        "acct#x",
        "acct%2F..%2Fvictim",
        "x\u{202E}",
        "",
    ] {
        let spec = json!({"owner": {"name": "rg-a"}, "azureName": hostile});
        let result = place(&RG, "rg-a", json!({"azureName": hostile}));
        assert!(
            matches!(result, Err(ResolveError::InvalidName(_))) || hostile.is_empty(),
            "{hostile:?}: {result:?}"
        );
        assert!(
            matches!(
                place(&ACCOUNT, "acct1", spec),
                Err(ResolveError::InvalidName(_))
            ) || hostile.is_empty(),
            "{hostile:?}"
        );
    }
    // An empty azureName falls back to metadata.name, which is checked the same way.
    assert!(matches!(
        place(&RG, "..", json!({"azureName": ""})),
        Err(ResolveError::InvalidName(_))
    ));
}

#[test]
fn kinds_without_owner_objects_need_no_lookup() {
    let placed = resolve(
        &catalog(),
        Subject {
            info: &RG,
            namespace: "ns",
            name: "plain",
            spec: &json!({}),
        },
        SUB,
        &NoOwnerObjects,
    )
    .unwrap();
    assert_eq!(placed.owner, OwnerSpec::None);
    assert_eq!(placed.owner_id, None);
}

proptest! {
    /// Any azureName and owner name: either refused, or the resource is one segment below its
    /// owner, named as asked.
    #[test]
    fn placements_stay_under_their_owner(
        name in "\\PC{0,10}|[./\\\\?#%a-z\u{202E} ]{1,8}",
        owner in "rg-[a-z0-9./%?#]{0,6}",
        strict in any::<bool>(),
    ) {
        let spec = json!({"owner": {"name": owner.clone()}, "azureName": name.clone()});
        let info = if strict { &ACCOUNT } else { &WIDGET };
        if let Ok((placed_name, id)) = place(info, "acct1", spec) {
            let owner_id = format!("/subscriptions/{SUB}/resourceGroups/{owner}");
            prop_assert!(arm_id::is_within(&id, &owner_id), "{id} not under {owner_id}");
            prop_assert_eq!(arm_id::segments(&id).count(), arm_id::segments(&owner_id).count() + 4);
            prop_assert!(arm_id::check_segments(&id).is_ok());
            prop_assert_eq!(placed_name.as_str(), if name.is_empty() { "acct1" } else { name.as_str() });
        }
    }
}
