//! Machine learning workspaces export the keys of the resources they hold (ASO's
//! `workspace_extensions.go`) from `listKeys` (`ListWorkspaceKeysResult` in
//! `machineLearningServices.json`): the storage key, Application Insights' instrumentation
//! key, the container registry's user name and two passwords (listed by name), and the
//! notebook access keys.

use super::keys::{Keys, ListKeys, Pick, Step};

const REGISTRY: Step = Step::Field("containerRegistryCredentials");
const NOTEBOOK: Step = Step::Field("notebookAccessKeys");

/// The registry password named `name`.
const fn password(name: &'static str) -> Step {
    Step::Entry {
        field: "name",
        equals: name,
    }
}

pub const WORKSPACE: ListKeys = ListKeys {
    action: "listKeys",
    keys: Keys::Picked(&[
        Pick {
            export: "userStorageKey",
            path: &[Step::Field("userStorageKey")],
        },
        Pick {
            export: "appInsightsInstrumentationKey",
            path: &[Step::Field("appInsightsInstrumentationKey")],
        },
        Pick {
            export: "containerRegistryUserName",
            path: &[REGISTRY, Step::Field("username")],
        },
        Pick {
            export: "containerRegistryPassword",
            path: &[
                REGISTRY,
                Step::Field("passwords"),
                password("password"),
                Step::Field("value"),
            ],
        },
        Pick {
            export: "containerRegistryPassword2",
            path: &[
                REGISTRY,
                Step::Field("passwords"),
                password("password2"),
                Step::Field("value"),
            ],
        },
        Pick {
            export: "primaryNotebookAccessKey",
            path: &[NOTEBOOK, Step::Field("primaryAccessKey")],
        },
        Pick {
            export: "secondaryNotebookAccessKey",
            path: &[NOTEBOOK, Step::Field("secondaryAccessKey")],
        },
    ]),
};

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn every_key_of_the_answer_is_picked() {
        let answer = json!({
            "userStorageKey": "s", "userStorageResourceId": "/x",
            "appInsightsInstrumentationKey": "ai",
            "containerRegistryCredentials": {"location": "westus", "username": "reg",
                "passwords": [{"name": "password2", "value": "p2"}, {"name": "password", "value": "p1"}]},
            "notebookAccessKeys": {"primaryAccessKey": "n1", "secondaryAccessKey": "n2"},
        });
        let picked = WORKSPACE.pick(&answer);
        assert_eq!(picked.len(), 7);
        assert_eq!(picked["containerRegistryPassword"], "p1");
        assert_eq!(picked["containerRegistryPassword2"], "p2");
        assert_eq!(picked["secondaryNotebookAccessKey"], "n2");
        // A workspace without a registry exports the rest.
        let partial = WORKSPACE.pick(&json!({"userStorageKey": "s"}));
        assert_eq!(partial.keys().collect::<Vec<_>>(), ["userStorageKey"]);
    }
}
