//! An answer before it becomes an HTTP response: status, headers, body.

use bytes::Bytes;
use serde_json::Value;

use crate::error::ArmError;

#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Bytes,
    /// Whether the body is JSON (sets `Content-Type`).
    pub json: bool,
}

impl Reply {
    pub fn empty(status: u16) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: Bytes::new(),
            json: false,
        }
    }

    pub fn json(status: u16, value: &Value) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: Bytes::from(serde_json::to_vec(value).expect("JSON serializes")),
            json: true,
        }
    }

    /// A body already serialized.
    pub fn raw_json(status: u16, body: Bytes) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body,
            json: true,
        }
    }

    pub fn error(e: &ArmError) -> Reply {
        Reply::json(e.status, &e.body())
    }

    pub fn header(mut self, name: &str, value: impl Into<String>) -> Reply {
        self.headers.push((name.to_string(), value.into()));
        self
    }

    pub fn get_header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

impl From<ArmError> for Reply {
    fn from(e: ArmError) -> Reply {
        Reply::error(&e)
    }
}
