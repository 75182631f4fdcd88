//! Azure Front Door (`cdn.azure.com`), as ASO customises it: two `BadRequest`s that name a state
//! still settling, not a wrong spec, so they are retried (ASO's `route_extension_types.go` and
//! `security_policy_extension_types.go`; the messages are matched as ASO matches them).
//!
//! - A route whose origin group has no enabled origin yet (they are separate objects, created
//!   in any order).
//! - A security policy on an endpoint that is not yet provisioned.

use super::RetryOn;

pub const ROUTE: RetryOn = RetryOn(&[(
    "BadRequest",
    Some(
        "Please make sure that the originGroup is created successfully and at least one enabled origin is created under the origin group",
    ),
)]);

pub const SECURITY_POLICY: RetryOn = RetryOn(&[(
    "BadRequest",
    Some("is not associated with the AFDX profile or is in a invalid provisioning state"),
)]);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arm::Class;
    use crate::extensions::{Extension, arm_error};

    #[test]
    fn only_the_settling_bad_requests_are_retried() {
        let cases: &[(&RetryOn, &str, &str, Option<Class>)] = &[
            (
                &ROUTE,
                "BadRequest",
                "Failed. Please make sure that the originGroup is created successfully and at least one enabled origin is created under the origin group.",
                Some(Class::Retryable),
            ),
            (&ROUTE, "BadRequest", "The route's pattern is invalid", None),
            (
                &ROUTE,
                "Conflict",
                "Please make sure that the originGroup is created successfully and at least one enabled origin is created under the origin group",
                None,
            ),
            (
                &SECURITY_POLICY,
                "BadRequest",
                "Endpoint e1 is not associated with the AFDX profile or is in a invalid provisioning state",
                Some(Class::Retryable),
            ),
            (&SECURITY_POLICY, "BadRequest", "WAF policy not found", None),
        ];
        for (extension, code, message, expected) in cases {
            assert_eq!(
                extension.classify_error(&arm_error(400, code, message)),
                *expected,
                "{code}: {message}"
            );
        }
    }
}
