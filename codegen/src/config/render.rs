//! Writes a group's configuration file: a fixed header saying which parts are imported and which
//! are ours, then the configuration in a stable layout (sorted maps, version keys quoted), so that
//! writing what was read changes nothing.

use super::GroupConfig;

/// The text of `group`'s configuration file.
pub fn render(group: &GroupConfig) -> Result<String, String> {
    // Long strings stay on one line: file paths and reasons read better unfolded.
    let options = serde_saphyr::ser_options! { prefer_block_scalars: false };
    let body = serde_saphyr::to_string_with_options(group, options)
        .map_err(|e| format!("{}: {e}", group.group))?;
    Ok(format!("{}{body}", header(&group.group)))
}

fn header(group: &str) -> String {
    format!(
        "# Generation configuration for {group}.azure.com: the kinds generated per api-version, and the facts\n\
         # the ARM specs do not state. `kinds`, `definitions`, `types` and `payload` are ASO's facts, written by\n\
         # `cargo xtask import-aso-facts` from ../shared/aso-reference: never edit them by hand. `ours` holds\n\
         # where we differ from ASO on purpose, each entry saying `because:`. Add an api-version (`'2024-01-01': {{}}`)\n\
         # and run the import to generate it.\n"
    )
}
