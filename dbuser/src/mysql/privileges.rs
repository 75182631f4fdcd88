//! MySQL's static privileges: their names as GRANT spells them and the `mysql.user` / `mysql.db`
//! columns that record them (the same columns on MySQL 8 and MariaDB, which keeps renamed
//! privileges such as MariaDB's BINLOG MONITOR reading as REPLICATION CLIENT). Privilege names
//! in a spec are checked against this table, so only these keywords ever reach a statement.

use std::collections::BTreeSet;

use crate::Error;

/// `(privilege, mysql.user column, recorded per database in mysql.db)`.
pub(crate) const PRIVILEGES: &[(&str, &str, bool)] = &[
    ("SELECT", "Select_priv", true),
    ("INSERT", "Insert_priv", true),
    ("UPDATE", "Update_priv", true),
    ("DELETE", "Delete_priv", true),
    ("CREATE", "Create_priv", true),
    ("DROP", "Drop_priv", true),
    ("RELOAD", "Reload_priv", false),
    ("SHUTDOWN", "Shutdown_priv", false),
    ("PROCESS", "Process_priv", false),
    ("FILE", "File_priv", false),
    ("REFERENCES", "References_priv", true),
    ("INDEX", "Index_priv", true),
    ("ALTER", "Alter_priv", true),
    ("SHOW DATABASES", "Show_db_priv", false),
    ("SUPER", "Super_priv", false),
    ("CREATE TEMPORARY TABLES", "Create_tmp_table_priv", true),
    ("LOCK TABLES", "Lock_tables_priv", true),
    ("EXECUTE", "Execute_priv", true),
    ("REPLICATION SLAVE", "Repl_slave_priv", false),
    ("REPLICATION CLIENT", "Repl_client_priv", false),
    ("CREATE VIEW", "Create_view_priv", true),
    ("SHOW VIEW", "Show_view_priv", true),
    ("CREATE ROUTINE", "Create_routine_priv", true),
    ("ALTER ROUTINE", "Alter_routine_priv", true),
    ("CREATE USER", "Create_user_priv", false),
    ("EVENT", "Event_priv", true),
    ("TRIGGER", "Trigger_priv", true),
    ("CREATE TABLESPACE", "Create_tablespace_priv", false),
];

/// Other spellings servers accept for the same privilege.
const ALIASES: &[(&str, &str)] = &[
    ("REPLICATION REPLICA", "REPLICATION SLAVE"),
    ("BINLOG MONITOR", "REPLICATION CLIENT"),
];

/// Where a privilege applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Level {
    Server,
    Database,
}

impl Level {
    fn holds(self, per_database: bool) -> bool {
        self == Level::Server || per_database
    }
}

/// The privileges of `level`, in table order.
pub(crate) fn all(
    level: Level,
) -> impl Iterator<Item = &'static (&'static str, &'static str, bool)> {
    PRIVILEGES.iter().filter(move |(_, _, db)| level.holds(*db))
}

/// The canonical names of the privileges a spec lists: case and spacing normalised, aliases
/// resolved, `ALL [PRIVILEGES]` expanded to every privilege of the level, `USAGE` (no
/// privilege) dropped. An unknown name is an error that lists the known ones.
pub(crate) fn normalise(
    field: &str,
    listed: &BTreeSet<String>,
    level: Level,
) -> Result<BTreeSet<&'static str>, Error> {
    let mut out = BTreeSet::new();
    for name in listed {
        let words: Vec<String> = name
            .split_whitespace()
            .map(str::to_ascii_uppercase)
            .collect();
        let spelled = words.join(" ");
        let spelled = ALIASES
            .iter()
            .find(|(alias, _)| *alias == spelled)
            .map_or(spelled.as_str(), |(_, canonical)| canonical);
        match spelled {
            "ALL" | "ALL PRIVILEGES" => out.extend(all(level).map(|(p, _, _)| *p)),
            "USAGE" => {}
            _ => {
                let found = all(level).find(|(p, _, _)| *p == spelled).ok_or_else(|| {
                    let known: Vec<&str> = all(level).map(|(p, _, _)| *p).collect();
                    Error::invalid(format!(
                        "{field}: {name:?} is not a {} privilege MySQL knows (known: ALL, {})",
                        match level {
                            Level::Server => "server-level",
                            Level::Database => "database-level",
                        },
                        known.join(", ")
                    ))
                })?;
                out.insert(found.0);
            }
        }
    }
    Ok(out)
}

/// The `mysql.user` / `mysql.db` columns of `level`, comma-separated, for the read queries.
pub(crate) fn columns(level: Level) -> String {
    let cols: Vec<&str> = all(level).map(|(_, c, _)| *c).collect();
    cols.join(", ")
}

/// The privileges whose columns hold `Y`, given the values in [`columns`] order.
pub(crate) fn held(level: Level, values: &[String]) -> BTreeSet<&'static str> {
    all(level)
        .zip(values)
        .filter(|(_, v)| v.eq_ignore_ascii_case("Y"))
        .map(|((p, _, _), _)| *p)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(items: &[&str]) -> BTreeSet<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn names_are_normalised_and_checked() {
        let got = normalise(
            "privileges",
            &set(&[
                "select",
                " show   databases",
                "Replication Replica",
                "USAGE",
            ]),
            Level::Server,
        )
        .unwrap();
        assert_eq!(
            got.into_iter().collect::<Vec<_>>(),
            ["REPLICATION SLAVE", "SELECT", "SHOW DATABASES"]
        );
        let e =
            normalise("databasePrivileges.app", &set(&["RELOAD"]), Level::Database).unwrap_err();
        assert!(
            e.message
                .contains("\"RELOAD\" is not a database-level privilege"),
            "{e}"
        );
        let e = normalise("privileges", &set(&["SELECT; DROP"]), Level::Server).unwrap_err();
        assert!(e.message.starts_with("privileges: \"SELECT; DROP\""), "{e}");
    }

    #[test]
    fn all_expands_per_level() {
        let db = normalise("d", &set(&["ALL PRIVILEGES"]), Level::Database).unwrap();
        assert_eq!(db.len(), 18);
        assert!(!db.contains("RELOAD"));
        let server = normalise("p", &set(&["all"]), Level::Server).unwrap();
        assert_eq!(server.len(), PRIVILEGES.len());
    }

    #[test]
    fn held_reads_columns_in_order() {
        let mut values = vec!["N".to_string(); all(Level::Database).count()];
        values[0] = "Y".into();
        values[17] = "Y".into();
        let got: Vec<_> = held(Level::Database, &values).into_iter().collect();
        assert_eq!(got, ["SELECT", "TRIGGER"]);
        assert!(columns(Level::Database).starts_with("Select_priv, Insert_priv"));
    }
}
