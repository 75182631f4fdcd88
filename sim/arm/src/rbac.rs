//! A simple role-based access model: principal -> built-in role on a scope.
//!
//! Grants come from the configuration file and from role assignments created through ARM
//! (`Microsoft.Authorization/roleAssignments` whose `roleDefinitionId` names a built-in role), so
//! a test can create an identity, assign it a role, and see the role take effect. A grant on a
//! scope covers everything below it.

use std::collections::HashMap;

use crate::path::is_within;

/// The built-in roles the simulator knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Owner,
    Contributor,
    Reader,
    UserAccessAdministrator,
}

impl Role {
    /// By name (any case, spaces optional) or role definition GUID.
    pub fn parse(s: &str) -> Option<Role> {
        let guid = s.rsplit('/').next().unwrap_or(s).to_ascii_lowercase();
        let name: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        [
            Role::Owner,
            Role::Contributor,
            Role::Reader,
            Role::UserAccessAdministrator,
        ]
        .into_iter()
        .find(|r| r.guid() == guid || r.name().replace(' ', "").eq_ignore_ascii_case(&name))
    }

    pub fn name(self) -> &'static str {
        match self {
            Role::Owner => "Owner",
            Role::Contributor => "Contributor",
            Role::Reader => "Reader",
            Role::UserAccessAdministrator => "User Access Administrator",
        }
    }

    /// The role definition GUID Azure uses for this built-in role.
    pub fn guid(self) -> &'static str {
        match self {
            Role::Owner => "8e3af657-a8ff-443c-a75c-2fe8c4bcb635",
            Role::Contributor => "b24988ac-6180-42a0-ab88-20f7382dd24c",
            Role::Reader => "acdd72a7-3d48-4ba0-9df4-a1a44c0ff5fd",
            Role::UserAccessAdministrator => "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9",
        }
    }

    /// Whether the role permits `action`, as Azure's built-in definitions say: Owner `*`;
    /// Contributor `*` but not writing or deleting in `Microsoft.Authorization`; Reader `*/read`;
    /// User Access Administrator `*/read` and `Microsoft.Authorization/*`.
    pub fn allows(self, action: &Action) -> bool {
        let authorization = action
            .arm_type
            .to_ascii_lowercase()
            .starts_with("microsoft.authorization/");
        match self {
            Role::Owner => true,
            Role::Contributor => {
                !(authorization && matches!(action.verb, Verb::Write | Verb::Delete))
            }
            Role::Reader => action.verb == Verb::Read,
            Role::UserAccessAdministrator => action.verb == Verb::Read || authorization,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verb {
    Read,
    Write,
    Delete,
    /// A POST action (`listKeys`).
    Action(String),
}

/// An operation on a type, as Azure names permissions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Action {
    pub arm_type: String,
    pub verb: Verb,
}

impl Action {
    /// `Microsoft.Storage/storageAccounts/write`, `.../listKeys/action`. Resource groups are
    /// `Microsoft.Resources/subscriptions/resourceGroups/...` in Azure's permission names.
    pub fn text(&self) -> String {
        let t = if self
            .arm_type
            .eq_ignore_ascii_case(crate::catalog::RESOURCE_GROUP_TYPE)
        {
            "Microsoft.Resources/subscriptions/resourceGroups".to_string()
        } else {
            self.arm_type.clone()
        };
        match &self.verb {
            Verb::Read => format!("{t}/read"),
            Verb::Write => format!("{t}/write"),
            Verb::Delete => format!("{t}/delete"),
            Verb::Action(a) => format!("{t}/{a}/action"),
        }
    }
}

/// One grant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    /// Client ID or object ID, lower case.
    pub principal: String,
    pub role: Role,
    pub scope: String,
}

/// Grants from role assignments created through ARM, by the assignment's store key.
#[derive(Debug, Default)]
pub struct AssignmentIndex {
    by_key: HashMap<String, Grant>,
}

impl AssignmentIndex {
    /// Records (or replaces) the grant of a role assignment resource; assignments of roles the
    /// simulator does not know grant nothing.
    pub fn upsert(&mut self, key: &str, id: &str, body: &serde_json::Value) {
        self.by_key.remove(key);
        let principal = body
            .pointer("/properties/principalId")
            .and_then(|v| v.as_str());
        let role = body
            .pointer("/properties/roleDefinitionId")
            .and_then(|v| v.as_str())
            .and_then(Role::parse);
        if let (Some(principal), Some(role)) = (principal, role) {
            let scope = id
                .to_ascii_lowercase()
                .rfind("/providers/microsoft.authorization/roleassignments/")
                .map(|i| id[..i].to_string())
                .unwrap_or_default();
            self.by_key.insert(
                key.to_string(),
                Grant {
                    principal: principal.to_ascii_lowercase(),
                    role,
                    scope,
                },
            );
        }
    }

    /// Forgets assignments whose resources no longer exist.
    pub fn retain(&mut self, exists: impl Fn(&str) -> bool) {
        self.by_key.retain(|k, _| exists(k));
    }

    pub fn grants(&self) -> impl Iterator<Item = &Grant> {
        self.by_key.values()
    }

    pub fn clear(&mut self) {
        self.by_key.clear();
    }
}

/// Whether a principal (known by client and object ID) may do `action` on `target`.
pub fn permits<'a>(
    grants: impl Iterator<Item = &'a Grant>,
    client_id: &str,
    object_id: &str,
    action: &Action,
    target: &str,
) -> bool {
    let (client, object) = (
        client_id.to_ascii_lowercase(),
        object_id.to_ascii_lowercase(),
    );
    grants
        .filter(|g| g.principal == client || g.principal == object)
        .any(|g| is_within(target, &g.scope) && g.role.allows(action))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn action(t: &str, verb: Verb) -> Action {
        Action {
            arm_type: t.into(),
            verb,
        }
    }

    #[test]
    fn roles_follow_azure_definitions() {
        let write_ra = action("Microsoft.Authorization/roleAssignments", Verb::Write);
        let list_keys = action(
            "Microsoft.Storage/storageAccounts",
            Verb::Action("listKeys".into()),
        );
        assert!(Role::Owner.allows(&write_ra));
        assert!(!Role::Contributor.allows(&write_ra));
        assert!(Role::Contributor.allows(&list_keys));
        assert!(!Role::Reader.allows(&list_keys));
        assert!(Role::UserAccessAdministrator.allows(&write_ra));
        assert_eq!(
            list_keys.text(),
            "Microsoft.Storage/storageAccounts/listKeys/action"
        );
        assert_eq!(
            Role::parse("user access administrator"),
            Some(Role::UserAccessAdministrator)
        );
        assert_eq!(
            Role::parse(
                "/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c"
            ),
            Some(Role::Contributor)
        );
    }

    #[test]
    fn grants_cover_their_scope_only() {
        let grants = [Grant {
            principal: "app".into(),
            role: Role::Contributor,
            scope: "/subscriptions/s/resourceGroups/rg".into(),
        }];
        let write = action("Microsoft.Storage/storageAccounts", Verb::Write);
        assert!(permits(
            grants.iter(),
            "APP",
            "oid",
            &write,
            "/subscriptions/s/resourcegroups/RG/providers/x/y/z"
        ));
        assert!(!permits(
            grants.iter(),
            "app",
            "oid",
            &write,
            "/subscriptions/s/resourceGroups/rg2"
        ));
        assert!(!permits(
            grants.iter(),
            "other",
            "oid",
            &write,
            "/subscriptions/s/resourceGroups/rg"
        ));
    }

    #[test]
    fn assignments_created_through_arm_grant() {
        let mut index = AssignmentIndex::default();
        let id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Authorization/roleAssignments/ra1";
        index.upsert(
            &id.to_ascii_lowercase(),
            id,
            &json!({"properties": {"principalId": "OID-1", "roleDefinitionId": "/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3d48-4ba0-9df4-a1a44c0ff5fd"}}),
        );
        let read = action("Microsoft.Storage/storageAccounts", Verb::Read);
        assert!(permits(
            index.grants(),
            "c",
            "oid-1",
            &read,
            "/subscriptions/s/resourceGroups/rg/providers/a/b/c"
        ));
        index.retain(|_| false);
        assert!(!permits(
            index.grants(),
            "c",
            "oid-1",
            &read,
            "/subscriptions/s/resourceGroups/rg"
        ));
    }
}
