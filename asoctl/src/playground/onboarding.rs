//! `asoctl playground --onboarding`: the team onboarding commit of `docs/gitops/onboarding/team-a`
//! applied as it is, followed until Ready, then a resource of the team's own, created in the
//! team's resource group with the team's identity (the namespace credential the commit set up),
//! with nothing filled in by hand.

use kube::api::{Api, DynamicObject};

/// The onboarding commit, in the order `kubectl apply -f <folder>` reads it.
pub const COMMIT: [&str; 4] = [
    include_str!("../../../docs/gitops/onboarding/team-a/00-namespaces.yaml"),
    include_str!("../../../docs/gitops/onboarding/team-a/10-resource-groups.yaml"),
    include_str!("../../../docs/gitops/onboarding/team-a/20-identity.yaml"),
    include_str!("../../../docs/gitops/onboarding/team-a/30-role-assignments.yaml"),
];

/// The team's resource group object (in the platform's namespace).
const TEAM_GROUP: (&str, &str) = ("team-a-platform", "team-a");

/// The commit as one multi-document YAML.
pub fn commit() -> String {
    COMMIT.join("\n---\n")
}

/// A resource of the team's own: an identity for its application, in its resource group (found
/// by the resource group's ARM ID, which the operator recorded).
pub async fn team_resource(client: &kube::Client) -> Result<String, String> {
    let groups: Api<DynamicObject> = Api::namespaced_with(
        client.clone(),
        TEAM_GROUP.0,
        &kube::api::ApiResource {
            group: "resources.azure.com".into(),
            version: "v1api20200601".into(),
            api_version: "resources.azure.com/v1api20200601".into(),
            kind: "ResourceGroup".into(),
            plural: "resourcegroups".into(),
        },
    );
    let group = groups.get(TEAM_GROUP.1).await.map_err(|e| {
        format!(
            "reading ResourceGroup {}/{}: {e}",
            TEAM_GROUP.0, TEAM_GROUP.1
        )
    })?;
    let id = group
        .metadata
        .annotations
        .as_ref()
        .and_then(|a| a.get(aso_runtime::annotations::RESOURCE_ID))
        .ok_or("the team's resource group has no resource-id yet")?;
    Ok(format!(
        "apiVersion: managedidentity.azure.com/v1api20230131
kind: UserAssignedIdentity
metadata:
  name: team-a-app
  namespace: team-a
spec:
  location: westeurope
  owner:
    armId: {id}
"
    ))
}
