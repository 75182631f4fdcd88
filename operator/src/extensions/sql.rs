//! Azure SQL (`sql.azure.com`): a vulnerability assessment (of a server or of a database) is
//! refused with `ADSIsDisabled` until Advanced Data Security, which a separate security alert
//! policy object turns on, is enabled; ASO retries it, and so do we, so the objects can be
//! applied together in any order.

use super::RetryOn;

pub const VULNERABILITY_ASSESSMENT: RetryOn = RetryOn(&[("ADSIsDisabled", None)]);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arm::Class;
    use crate::extensions::{Extension, arm_error};

    #[test]
    fn disabled_data_security_is_waited_for() {
        let error = |code| arm_error(400, code, "Advanced Data Security is disabled");
        assert_eq!(
            VULNERABILITY_ASSESSMENT.classify_error(&error("ADSIsDisabled")),
            Some(Class::Retryable)
        );
        assert_eq!(
            VULNERABILITY_ASSESSMENT.classify_error(&error("InvalidStorageAccount")),
            None
        );
    }
}
