//! Service Bus (`servicebus.azure.com`) beyond its keys (`keys.rs`): a topic subscription
//! answers `MessagingGatewayBadRequest` while what it depends on (its topic, the topic a rule
//! forwards to) is still being created, so ASO's `namespaces_topic_subscription_extension.go`
//! retries it; so do we.

use super::RetryOn;

pub const TOPIC_SUBSCRIPTION: RetryOn = RetryOn(&[("MessagingGatewayBadRequest", None)]);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arm::Class;
    use crate::extensions::{Extension, arm_error};

    #[test]
    fn gateway_bad_requests_are_retried() {
        let error = |code| arm_error(400, code, "The messaging entity could not be found.");
        assert_eq!(
            TOPIC_SUBSCRIPTION.classify_error(&error("MessagingGatewayBadRequest")),
            Some(Class::Retryable)
        );
        assert_eq!(
            TOPIC_SUBSCRIPTION.classify_error(&error("BadRequest")),
            None
        );
    }
}
