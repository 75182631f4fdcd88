//! Key Vault: `createMode` has two values ASO adds to Azure's (`createOrRecover`,
//! `purgeThenCreate`) that decide, from whether a soft-deleted vault of the same name exists,
//! which of Azure's own modes (`recover`, `default`) is sent.

use serde_json::Value;

use super::AzureState;

pub fn adjust_create_mode(body: &mut Value, state: AzureState) {
    let Some(mode) = body.pointer_mut("/properties/createMode") else {
        return;
    };
    let sent = match (mode.as_str(), state) {
        // With no soft-deleted vault known, both goal-seeking modes create afresh.
        (Some("createOrRecover" | "purgeThenCreate"), AzureState::Unknown) => "default",
        _ => return,
    };
    *mode = Value::String(sent.to_string());
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn goal_seeking_modes_create_when_nothing_is_known() {
        for mode in ["createOrRecover", "purgeThenCreate"] {
            let mut body = json!({"properties": {"createMode": mode}});
            adjust_create_mode(&mut body, AzureState::Unknown);
            assert_eq!(body["properties"]["createMode"], "default");
        }
        let mut body = json!({"properties": {"createMode": "recover"}});
        adjust_create_mode(&mut body, AzureState::Unknown);
        assert_eq!(body["properties"]["createMode"], "recover");
    }
}
