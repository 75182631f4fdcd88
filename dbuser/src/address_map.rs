//! A map from server FQDNs to local socket addresses: how tests send `x.postgres.database.azure.com`
//! to a server on loopback. It is a setting the caller passes explicitly and is empty (off) by
//! default; TLS still checks the server's certificate against the FQDN, so a mapping cannot
//! make the engine trust a server it would not trust at the real address.
//!
//! Text form (for a flag or an environment variable): comma-separated `NAME=ADDRESS` entries,
//! where NAME is an FQDN or `*.suffix` and ADDRESS an `ip:port`:
//! `*.postgres.database.azure.com=127.0.0.1:55432,*.mysql.database.azure.com=127.0.0.1:53306`.

use std::net::SocketAddr;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AddressMap {
    entries: Vec<(String, SocketAddr)>,
}

impl AddressMap {
    /// Parses the text form; an error names the entry at fault.
    pub fn parse(text: &str) -> Result<AddressMap, String> {
        let mut map = AddressMap::default();
        for entry in text.split(',').map(str::trim).filter(|e| !e.is_empty()) {
            let (name, address) = entry
                .split_once('=')
                .ok_or_else(|| format!("address map entry {entry:?}: expected NAME=IP:PORT"))?;
            let address: SocketAddr = address.trim().parse().map_err(|e| {
                format!("address map entry {entry:?}: {address:?} is not IP:PORT ({e})")
            })?;
            map = map.with(name.trim(), address)?;
        }
        Ok(map)
    }

    /// Adds `name` (an FQDN or `*.suffix`) -> `address`.
    pub fn with(mut self, name: &str, address: SocketAddr) -> Result<AddressMap, String> {
        let bare = name.strip_prefix("*.").unwrap_or(name);
        if bare.is_empty() || bare.contains('*') || bare.contains(char::is_whitespace) {
            return Err(format!(
                "address map name {name:?}: expected an FQDN or *.suffix"
            ));
        }
        self.entries.push((name.to_ascii_lowercase(), address));
        Ok(self)
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The address for `fqdn`: an exact entry first, else the longest matching `*.suffix`.
    pub fn lookup(&self, fqdn: &str) -> Option<SocketAddr> {
        let fqdn = fqdn.trim_end_matches('.').to_ascii_lowercase();
        if let Some((_, a)) = self.entries.iter().find(|(n, _)| *n == fqdn) {
            return Some(*a);
        }
        self.entries
            .iter()
            .filter_map(|(n, a)| {
                let suffix = n.strip_prefix('*')?;
                (fqdn.ends_with(suffix) && fqdn.len() > suffix.len()).then_some((suffix.len(), *a))
            })
            .max_by_key(|(len, _)| *len)
            .map(|(_, a)| a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_then_longest_wildcard() {
        let map = AddressMap::parse(
            "*.database.azure.com=127.0.0.1:1, *.postgres.database.azure.com=127.0.0.1:2,a.postgres.database.azure.com=127.0.0.1:3",
        )
        .unwrap();
        let port = |h: &str| map.lookup(h).map(|a| a.port());
        assert_eq!(port("A.postgres.database.azure.com."), Some(3));
        assert_eq!(port("b.postgres.database.azure.com"), Some(2));
        assert_eq!(port("b.mysql.database.azure.com"), Some(1));
        assert_eq!(port("postgres.database.azure.com"), Some(1));
        assert_eq!(port("database.azure.com"), None);
        assert_eq!(port("example.com"), None);
        assert!(AddressMap::default().lookup("x").is_none());
    }

    #[test]
    fn bad_entries_are_named() {
        let e = AddressMap::parse("x.example.com=localhost").unwrap_err();
        assert!(e.contains("x.example.com=localhost"), "{e}");
        let e = AddressMap::parse("x.example.com").unwrap_err();
        assert!(e.contains("NAME=IP:PORT"), "{e}");
        let e = AddressMap::parse("*=127.0.0.1:1").unwrap_err();
        assert!(e.contains("FQDN"), "{e}");
    }
}
