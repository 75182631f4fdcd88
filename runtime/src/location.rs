//! Azure locations as ARM compares them: `West US 2` is `westus2`.

/// The location in ARM's canonical spelling: no white space, lower case.
pub fn normalise(location: &str) -> String {
    location
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn display_names_and_ids_agree() {
        assert_eq!(super::normalise("West US 2"), "westus2");
        assert_eq!(super::normalise("westus2"), "westus2");
        assert_eq!(super::normalise(" EastUS "), "eastus");
    }
}
