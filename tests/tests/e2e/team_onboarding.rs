//! Team onboarding with no value copied by hand: the folder `docs/gitops/onboarding/team-a`
//! applied as one commit reaches Ready, the cluster's issuer reaches the federated credential
//! through ConfigMap `aso-cluster-info`, and the team's namespace is then reconciled as the
//! team's identity (workload identity through its own ServiceAccount, the identity's client ID,
//! tenant and subscription read from its status): allowed in the team's resource group by the
//! role assignment, refused elsewhere by Azure's RBAC (the global credential would have been
//! allowed everywhere).

use std::path::{Path, PathBuf};

use aso_e2e::harness::{Env, EnvOptions, ready};

const RG: &str = "resources.azure.com";
const MI: &str = "managedidentity.azure.com";
const AUTH: &str = "authorization.azure.com";

/// The onboarding folder, as one multi-document YAML in file order (as `kubectl apply -f` and
/// Flux read it).
pub fn onboarding_commit() -> String {
    let folder: PathBuf =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/gitops/onboarding/team-a");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect::<Vec<_>>()
        .join("\n---\n")
}

/// A UserAssignedIdentity the team creates in its own namespace, in resource group `group_id`.
fn team_identity(name: &str, group_id: &str) -> String {
    format!(
        "apiVersion: managedidentity.azure.com/v1api20230131
kind: UserAssignedIdentity
metadata: {{name: {name}, namespace: team-a}}
spec:
  location: westeurope
  owner: {{armId: {group_id}}}
"
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn one_commit_onboards_a_team_with_no_value_copied() {
    let mut env = Env::start(EnvOptions {
        crd_pattern: "resources.azure.com/*;managedidentity.azure.com/*;authorization.azure.com/*"
            .into(),
        // Entra reads the cluster's keys from its JWKS (the simulator is not reachable by
        // discovery over public https).
        armsim_config: format!(
            "{}issuers:\n  - {{issuer: '{{kubesim}}', jwksUri: '{{kubesim}}/openid/v1/jwks'}}\n",
            aso_e2e::harness::DEFAULT_ARMSIM
        ),
        ..EnvOptions::default()
    })
    .await;
    env.start_operator().await;
    env.apply(&onboarding_commit());

    for (group, kind, name) in [
        (RG, "ResourceGroup", "team-a-identity"),
        (RG, "ResourceGroup", "team-a"),
        (MI, "UserAssignedIdentity", "team-a"),
        (MI, "FederatedIdentityCredential", "team-a-aso"),
        (AUTH, "RoleAssignment", "team-a-contributor"),
    ] {
        env.wait_ready(group, kind, "team-a-platform", name).await;
    }

    // The issuer Azure holds is the cluster's, published by the operator.
    let configmaps: kube::Api<k8s_openapi::api::core::v1::ConfigMap> =
        kube::Api::namespaced(env.client.clone(), "team-a-platform");
    let info = configmaps.get("aso-cluster-info").await.unwrap();
    let issuer = info.data.unwrap()["oidcIssuerURL"].clone();
    assert_eq!(issuer, env.kube.sim.issuer());
    let fic_id = env
        .resource_id(
            MI,
            "FederatedIdentityCredential",
            "team-a-platform",
            "team-a-aso",
        )
        .await;
    let fic = env
        .arm
        .resource(&fic_id)
        .expect("the federated credential in Azure");
    assert_eq!(fic["properties"]["issuer"], issuer.as_str());
    assert_eq!(
        fic["properties"]["subject"],
        "system:serviceaccount:team-a:default"
    );

    // The team's own resources: in its resource group they are created as the team's identity.
    let team_group = env
        .resource_id(RG, "ResourceGroup", "team-a-platform", "team-a")
        .await;
    env.apply(&team_identity("app", &team_group));
    env.wait_ready(MI, "UserAssignedIdentity", "team-a", "app")
        .await;

    // Elsewhere Azure refuses the team's identity, so the global credential was not used.
    let platform_group = env
        .resource_id(RG, "ResourceGroup", "team-a-platform", "team-a-identity")
        .await;
    env.apply(&team_identity("intruder", &platform_group));
    let refused = env
        .wait_for(MI, "UserAssignedIdentity", "team-a", "intruder", 60, |o| {
            ready(o).is_some_and(|c| c["status"] == "False" && c["reason"] != "Reconciling")
        })
        .await;
    let condition = ready(&refused).unwrap();
    assert!(
        condition.to_string().contains("AuthorizationFailed"),
        "{condition}"
    );
    assert!(
        env.arm
            .resource(&format!(
                "{platform_group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/intruder"
            ))
            .is_none()
    );
}
