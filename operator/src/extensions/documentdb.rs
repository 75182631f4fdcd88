//! Cosmos DB (`documentdb.azure.com`), as ASO customises it.
//!
//! - Database accounts: keys exported through `listKeys`; no PUT while the account is being
//!   deleted; and a `ServiceUnavailable` that says the region is "currently experiencing high
//!   demand" is final (retrying only earns a `BadRequest` about a failed previous attempt), so
//!   it waits for the user rather than retrying.
//! - Mongo and SQL databases, and SQL role assignments: Cosmos DB answers `BadRequest` while
//!   the account is still being created, so ASO (`sql_database_extension_types.go` and its
//!   Mongo and role-assignment twins) retries every `BadRequest` of these kinds; so do we
//!   ([`CHILD`]).

use std::collections::{BTreeMap, BTreeSet};

use futures::future::BoxFuture;
use serde_json::Value;

use aso_runtime::KindInfo;

use super::{Check, Extension, RetryOn, keys};
use crate::arm::{ArmError, Class, ScopedArm};

pub struct DatabaseAccount;

/// Databases and role assignments of an account.
pub const CHILD: RetryOn = RetryOn(&[("BadRequest", None)]);

impl Extension for DatabaseAccount {
    fn pre_reconcile(&self, check: Check<'_>) -> Option<String> {
        let state = check.status?.get("provisioningState")?.as_str()?;
        state
            .eq_ignore_ascii_case("Deleting")
            .then(|| "the account is being deleted; waiting for that to finish".to_string())
    }

    fn classify_error(&self, error: &ArmError) -> Option<Class> {
        (error.code == "ServiceUnavailable"
            && error.message.contains("currently experiencing high demand"))
        .then_some(Class::Fatal)
    }

    fn export<'a>(
        &'a self,
        azure: &'a ScopedArm<'a>,
        info: &'static KindInfo,
        id: &'a str,
        status: &'a Value,
        wanted: &'a BTreeSet<String>,
    ) -> BoxFuture<'a, Result<BTreeMap<String, String>, ArmError>> {
        keys::COSMOS.export(azure, info, id, status, wanted)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn deleting_accounts_block_and_capacity_errors_are_final() {
        let deleting = json!({"provisioningState": "Deleting"});
        let check = Check {
            status: Some(&deleting),
            owner_status: None,
        };
        assert!(DatabaseAccount.pre_reconcile(check).is_some());
        assert!(DatabaseAccount.pre_reconcile(Check::default()).is_none());
        let busy = ArmError::from_response(
            503,
            None,
            br#"{"error":{"code":"ServiceUnavailable","message":"The region is currently experiencing high demand"}}"#,
        );
        assert_eq!(DatabaseAccount.classify_error(&busy), Some(Class::Fatal));
        let other = ArmError::from_response(
            503,
            None,
            br#"{"error":{"code":"ServiceUnavailable","message":"try later"}}"#,
        );
        assert_eq!(DatabaseAccount.classify_error(&other), None);
    }

    #[test]
    fn children_retry_bad_requests_while_the_account_settles() {
        let cases = [
            (400, "BadRequest", Some(Class::Retryable)),
            (400, "InvalidRequestContent", None),
            (409, "Conflict", None),
        ];
        for (status, code, expected) in cases {
            let error = crate::extensions::arm_error(status, code, "the account is not ready");
            assert_eq!(CHILD.classify_error(&error), expected, "{code}");
        }
    }
}
