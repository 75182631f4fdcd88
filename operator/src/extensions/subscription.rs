//! Subscription aliases (`subscription.azure.com`): an alias creates a subscription, and ASO's
//! `alias_extensions.go` cancels that subscription when the alias is deleted (deleting only
//! the alias would leave the subscription billing). So do we, guarded:
//!
//! - The subscription cancelled is the one Azure says the alias points at (a GET of the alias),
//!   never one read from the object's status, which a namespace user could write.
//! - It must be a subscription ID (a GUID), and not the subscription the operator's credential
//!   works in: cancelling that would take every resource the operator manages there with it.
//!   Such a deletion is refused, saying how to remove the object without cancelling anything
//!   (`reconcile-policy: skip`).
//! - A subscription already disabled or gone is not cancelled again (the hook runs before
//!   every DELETE attempt). The cancellation is logged, naming the subscription.

use futures::future::BoxFuture;
use serde_json::Value;

use aso_runtime::{KindInfo, arm_id};

use super::Extension;
use crate::arm::url::Refused;
use crate::arm::{ArmError, ScopedArm};

/// `Subscriptions_Get` of `Microsoft.Resources`.
const SUBSCRIPTIONS_API_VERSION: &str = "2020-01-01";

pub struct Alias;

impl Extension for Alias {
    fn before_delete<'a>(
        &'a self,
        azure: &'a ScopedArm<'a>,
        info: &'static KindInfo,
        id: &'a str,
    ) -> BoxFuture<'a, Result<(), ArmError>> {
        Box::pin(cancel_subscription(azure, info, id))
    }
}

/// The subscription an alias (as Azure answered it) created, if there is one to cancel.
fn subscription_to_cancel(
    alias: &Value,
    id: &str,
    credential_subscription: &str,
) -> Result<Option<String>, ArmError> {
    let Some(subscription) = alias
        .pointer("/properties/subscriptionId")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
    else {
        return Ok(None);
    };
    let refuse = |why: String| Err(ArmError::refused(Refused::new(id, why)));
    if uuid::Uuid::parse_str(subscription).is_err() {
        return refuse(format!(
            "the alias names subscription {subscription:?}, which is not a subscription ID; nothing is cancelled"
        ));
    }
    if subscription.eq_ignore_ascii_case(credential_subscription) {
        return refuse(format!(
            "deleting this Alias would cancel subscription {subscription}, the subscription the operator's credential works in; annotate the object serviceoperator.azure.com/reconcile-policy: skip to remove it without cancelling the subscription"
        ));
    }
    Ok(Some(subscription.to_ascii_lowercase()))
}

/// Whether a subscription in `state` still needs cancelling.
fn still_active(state: Option<&str>) -> bool {
    !state.is_some_and(|s| s.eq_ignore_ascii_case("Disabled") || s.eq_ignore_ascii_case("Deleted"))
}

async fn cancel_subscription(
    azure: &ScopedArm<'_>,
    info: &'static KindInfo,
    id: &str,
) -> Result<(), ArmError> {
    let Some(alias) = azure.get(id, info.api_version, info.kind).await? else {
        return Ok(());
    };
    let Some(subscription) = subscription_to_cancel(&alias, id, azure.subscription())? else {
        return Ok(());
    };
    // The one subscription this alias created: the only path outside the alias it addresses.
    let path = arm_id::join("", &["subscriptions", &subscription]);
    let azure = azure.widened(path.clone());
    let Some(current) = azure
        .get(&path, SUBSCRIPTIONS_API_VERSION, "Subscription")
        .await?
    else {
        return Ok(());
    };
    if !still_active(current.get("state").and_then(Value::as_str)) {
        return Ok(());
    }
    tracing::warn!(kind = info.kind, alias = %id, %subscription, "cancelling the subscription the alias created before deleting the alias");
    azure
        .post(
            &format!("{path}/providers/Microsoft.Subscription/cancel"),
            info.api_version,
            info.kind,
        )
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    const OURS: &str = "00000000-0000-0000-0000-0000000000aa";
    const CREATED: &str = "11111111-2222-3333-4444-555555555555";

    #[test]
    fn only_the_subscription_the_alias_created_is_cancelled() {
        let alias = |sub: Value| json!({"properties": {"subscriptionId": sub}});
        let id = "/providers/Microsoft.Subscription/aliases/team";
        let cancel = |body: Value| subscription_to_cancel(&body, id, OURS);
        assert_eq!(
            cancel(alias(json!(CREATED))).unwrap().as_deref(),
            Some(CREATED)
        );
        assert_eq!(cancel(json!({"properties": {}})).unwrap(), None);
        assert_eq!(cancel(alias(json!(""))).unwrap(), None);
        let own = cancel(alias(json!(OURS.to_uppercase()))).unwrap_err();
        assert!(
            own.message.contains("reconcile-policy: skip"),
            "{}",
            own.message
        );
        let odd = cancel(alias(json!("../resourceGroups/x"))).unwrap_err();
        assert!(
            odd.message.contains("not a subscription ID"),
            "{}",
            odd.message
        );
    }

    #[test]
    fn disabled_subscriptions_are_not_cancelled_again() {
        assert!(still_active(Some("Enabled")));
        assert!(still_active(Some("Warned")));
        assert!(still_active(None));
        assert!(!still_active(Some("Disabled")));
        assert!(!still_active(Some("deleted")));
    }
}
