//! Role assignments, on import: ARM lists, at a scope, the assignments made there and those
//! inherited from above (the subscription's, a management group's). ASO's importer
//! (`role_assignment_extensions.go`) skips an assignment whose `properties.scope` is not the
//! resource it was listed under; so does `asoctl import`, saying where each skipped one lives.
//! An assignment asked for by its ID belongs to the scope in that ID.

use serde_json::Value;

use aso_runtime::arm_id;

use super::Extension;

pub struct RoleAssignment;

impl Extension for RoleAssignment {
    fn import(
        &self,
        _azure_name: &str,
        body: &Value,
        found_under: Option<&str>,
    ) -> Result<(), String> {
        let Some(scope) = body.pointer("/properties/scope").and_then(Value::as_str) else {
            return Ok(());
        };
        let own_scope = body
            .get("id")
            .and_then(Value::as_str)
            .and_then(|id| arm_id::parse(id).ok())
            .and_then(|p| p.scope);
        let Some(expected) = found_under.map(str::to_string).or(own_scope) else {
            return Ok(());
        };
        let same = |a: &str, b: &str| {
            a.trim_end_matches('/')
                .eq_ignore_ascii_case(b.trim_end_matches('/'))
        };
        if same(scope, &expected) {
            return Ok(());
        }
        if arm_id::is_within(&expected, scope) {
            Err(format!("the role assignment is inherited from {scope}"))
        } else {
            Err(format!(
                "the role assignment is made at {scope}, and is imported with that resource"
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    const RG: &str = "/subscriptions/s/resourceGroups/rg";

    fn assignment(at: &str) -> Value {
        json!({
            "id": format!("{at}/providers/Microsoft.Authorization/roleAssignments/00000000-0000-0000-0000-000000000001"),
            "properties": {"scope": at, "principalId": "p", "roleDefinitionId": "/r"},
        })
    }

    #[test]
    fn inherited_assignments_are_skipped() {
        let account = format!("{RG}/providers/Microsoft.Storage/storageAccounts/a");
        let cases: [(Value, Option<&str>, Result<(), &str>); 6] = [
            (assignment(RG), Some(RG), Ok(())),
            (assignment(&RG.to_uppercase()), Some(RG), Ok(())),
            (
                assignment("/subscriptions/s"),
                Some(RG),
                Err("inherited from /subscriptions/s"),
            ),
            (
                assignment(&account),
                Some(RG),
                Err("imported with that resource"),
            ),
            // Asked for by ID: its own scope.
            (assignment(RG), None, Ok(())),
            (json!({"properties": {}}), Some(RG), Ok(())),
        ];
        for (body, under, expected) in cases {
            let got = RoleAssignment.import("x", &body, under);
            match expected {
                Ok(()) => assert_eq!(got, Ok(()), "{body}"),
                Err(part) => {
                    let got = got.unwrap_err();
                    assert!(got.contains(part), "{got}");
                }
            }
        }
    }
}
