//! What the operator under test logs, captured for a test to search (that no secret value is
//! ever written, whatever the level). nextest runs each test in its own process, so a test can
//! own the process's subscriber.

use std::io::Write;
use std::sync::{Arc, Mutex};

/// Every line logged in this process at the levels `filter` lets through.
#[derive(Clone, Default)]
pub struct CapturedLogs(Arc<Mutex<Vec<u8>>>);

impl Write for CapturedLogs {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl CapturedLogs {
    /// Installs the capture as this process's subscriber, with an `EnvFilter` directive
    /// (`"trace"`, `"info,aso_operator=debug"`).
    pub fn install(filter: &str) -> CapturedLogs {
        let captured = CapturedLogs::default();
        let writer = captured.clone();
        tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .try_init()
            .expect("the test's own log subscriber (each test runs in its own process)");
        captured
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap_or_else(|e| e.into_inner())).into_owned()
    }
}
