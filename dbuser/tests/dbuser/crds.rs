//! The User CRDs: current in `crds/`, structural, admitting ASO's manifest shapes with nothing
//! pruned, defaulting as ASO's, and refusing what ASO's webhooks refuse.

use serde_json::{Value, json};

pub const SQL: &str = "users.sql.azure.com.yaml";
pub const MYSQL: &str = "users.dbformysql.azure.com.yaml";
pub const POSTGRES: &str = "users.dbforpostgresql.azure.com.yaml";

fn rendered(file: &str) -> String {
    aso_dbuser::api::crd::render()
        .unwrap()
        .into_iter()
        .find(|(f, _)| f == file)
        .unwrap_or_else(|| panic!("no {file} rendered"))
        .1
}

pub fn schema(file: &str) -> aso_schema::Schema {
    let crd = aso_dbuser::api::crd::value(&rendered(file)).unwrap();
    aso_schema::Schema::from_json(&crd["spec"]["versions"][0]["schema"]["openAPIV3Schema"])
        .unwrap_or_else(|e| panic!("{file}: {e:?}"))
}

#[test]
fn committed_crds_are_current() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../crds");
    for (file, yaml) in aso_dbuser::api::crd::render().unwrap() {
        let committed = std::fs::read_to_string(format!("{root}/{file}"))
            .unwrap_or_else(|e| panic!("crds/{file}: {e}: run `cargo xtask generate`"));
        assert!(
            committed == yaml,
            "crds/{file} is stale: run `cargo xtask generate`"
        );
    }
}

#[test]
fn crds_are_structural_and_named_as_aso_serves_them() {
    for (file, group, category) in [
        (SQL, "sql.azure.com", "azure-sql"),
        (MYSQL, "dbformysql.azure.com", "azure-dbformysql"),
        (
            POSTGRES,
            "dbforpostgresql.azure.com",
            "azure-dbforpostgresql",
        ),
    ] {
        let crd = aso_dbuser::api::crd::value(&rendered(file)).unwrap();
        assert_eq!(crd["metadata"]["name"], format!("users.{group}"));
        assert_eq!(crd["spec"]["names"]["kind"], "User");
        assert_eq!(crd["spec"]["scope"], "Namespaced");
        assert_eq!(
            crd["spec"]["names"]["categories"],
            json!(["azure", category])
        );
        let version = &crd["spec"]["versions"][0];
        assert_eq!(version["name"], "v1");
        assert_eq!(version["subresources"]["status"], json!({}));
        let columns: Vec<&str> = version["additionalPrinterColumns"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["name"].as_str().unwrap())
            .collect();
        assert_eq!(columns, ["Ready", "Severity", "Reason", "Message"]);
        let schema = &version["schema"]["openAPIV3Schema"];
        let errors = aso_schema::check_structural(schema, &aso_schema::field::Path::root());
        assert!(errors.is_empty(), "{file}: {errors:?}");
        let yaml = rendered(file);
        assert!(
            !yaml.contains("nullable") && !yaml.contains("- null"),
            "{file}"
        );
    }
}

fn admit(file: &str, object: &Value, old: Option<&Value>) -> (Value, Vec<String>) {
    let mut value = object.clone();
    let (pruned, errors) = aso_schema::admit(&schema(file), &mut value, old);
    assert!(pruned.is_empty(), "pruned {pruned:?}");
    (value, errors.iter().map(ToString::to_string).collect())
}

fn user(api_version: &str, spec: Value) -> Value {
    json!({"apiVersion": api_version, "kind": "User", "metadata": {"name": "u", "namespace": "ns"}, "spec": spec})
}

fn secret(name: &str) -> Value {
    json!({"name": name, "key": "password"})
}

/// The shapes of ASO's samples (v2/samples/{sql,dbformysql,dbforpostgresql}/v1api/).
#[test]
fn aso_sample_shapes_are_admitted() {
    let local = json!({
        "serverAdminUsername": "myadmin",
        "serverAdminPassword": secret("server-admin-pw"),
        "password": secret("sampleuser-password"),
    });
    let cases = [
        (
            SQL,
            user(
                "sql.azure.com/v1",
                json!({"owner": {"name": "sqldatabase"}, "roles": ["db_datareader"], "localUser": local}),
            ),
        ),
        (
            MYSQL,
            user(
                "dbformysql.azure.com/v1",
                json!({"owner": {"name": "samplemysql"}, "hostname": "%", "privileges": ["PROCESS", "CREATE USER"], "databasePrivileges": {"sampledb": ["SELECT"]}, "localUser": local}),
            ),
        ),
        (
            MYSQL,
            user(
                "dbformysql.azure.com/v1",
                json!({"azureName": "my-managed-identity", "owner": {"name": "samplemysql"}, "privileges": ["PROCESS"], "aadUser": {"serverAdminUsername": "aad-admin", "alias": "mi"}}),
            ),
        ),
        (
            POSTGRES,
            user(
                "dbforpostgresql.azure.com/v1",
                json!({"owner": {"name": "samplepgsql"}, "roles": ["azure_pg_admin"], "roleOptions": {"login": true, "createRole": true}, "localUser": local}),
            ),
        ),
    ];
    for (file, object) in cases {
        let (_, errors) = admit(file, &object, None);
        assert!(errors.is_empty(), "{file}: {errors:?}");
    }
}

#[test]
fn postgres_role_options_default_as_in_aso() {
    let local = json!({"serverAdminUsername": "a", "serverAdminPassword": secret("a"), "password": secret("b")});
    let spec = json!({"owner": {"name": "s"}, "localUser": local});
    let (value, _) = admit(POSTGRES, &user("dbforpostgresql.azure.com/v1", spec), None);
    assert_eq!(
        value["spec"]["roleOptions"],
        json!({"login": true, "createRole": false, "createDb": false, "replication": false})
    );
    let spec =
        json!({"owner": {"name": "s"}, "localUser": local, "roleOptions": {"createDb": true}});
    let (value, _) = admit(POSTGRES, &user("dbforpostgresql.azure.com/v1", spec), None);
    assert_eq!(value["spec"]["roleOptions"]["login"], true);
    assert_eq!(value["spec"]["roleOptions"]["createDb"], true);
}

#[test]
fn exactly_one_of_local_and_aad_user() {
    let local = json!({"serverAdminUsername": "a", "serverAdminPassword": secret("a"), "password": secret("b")});
    let aad = json!({"serverAdminUsername": "aad-admin"});
    for (file, api) in [
        (SQL, "sql.azure.com/v1"),
        (MYSQL, "dbformysql.azure.com/v1"),
        (POSTGRES, "dbforpostgresql.azure.com/v1"),
    ] {
        let both = user(
            api,
            json!({"owner": {"name": "s"}, "localUser": local, "aadUser": aad}),
        );
        let neither = user(api, json!({"owner": {"name": "s"}}));
        for object in [both, neither] {
            let (_, errors) = admit(file, &object, None);
            assert_eq!(errors.len(), 1, "{file}: {errors:?}");
            assert!(
                errors[0].contains("exactly one of spec.localUser or spec.aadUser must be set"),
                "{file}: {errors:?}"
            );
        }
        let aad_only = user(api, json!({"owner": {"name": "s"}, "aadUser": aad}));
        let (_, errors) = admit(file, &aad_only, None);
        assert!(errors.is_empty(), "{file}: {errors:?}");
    }
}

#[test]
fn updates_aso_refuses_are_refused() {
    let local = json!({"serverAdminUsername": "a", "serverAdminPassword": secret("a"), "password": secret("b")});
    let api = "dbformysql.azure.com/v1";
    let old_local = user(api, json!({"owner": {"name": "s"}, "localUser": local}));
    let old_aad = user(
        api,
        json!({"owner": {"name": "s"}, "aadUser": {"serverAdminUsername": "x", "alias": "a1"}}),
    );
    let cases = [
        (
            &old_local,
            json!({"owner": {"name": "s"}, "aadUser": {"serverAdminUsername": "x"}}),
            "cannot change from local user to AAD user",
        ),
        (
            &old_aad,
            json!({"owner": {"name": "s"}, "localUser": local}),
            "cannot change from AAD User to local user",
        ),
        (
            &old_aad,
            json!({"owner": {"name": "s"}, "aadUser": {"serverAdminUsername": "x", "alias": "a2"}}),
            "cannot change AAD user 'alias'",
        ),
        (
            &old_local,
            json!({"owner": {"name": "other"}, "localUser": local}),
            "owner is immutable",
        ),
        (
            &old_local,
            json!({"azureName": "renamed", "owner": {"name": "s"}, "localUser": local}),
            "",
        ),
    ];
    for (old, spec, message) in cases {
        let (_, errors) = admit(MYSQL, &user(api, spec.clone()), Some(old));
        if message.is_empty() {
            assert!(
                errors.is_empty(),
                "setting azureName the first time is allowed: {errors:?}"
            );
        } else {
            assert!(
                errors.iter().any(|e| e.contains(message)),
                "{spec}: {errors:?}"
            );
        }
    }
    let named = user(
        api,
        json!({"azureName": "a", "owner": {"name": "s"}, "localUser": local}),
    );
    let renamed = user(
        api,
        json!({"azureName": "b", "owner": {"name": "s"}, "localUser": local}),
    );
    let (_, errors) = admit(MYSQL, &renamed, Some(&named));
    assert!(
        errors
            .iter()
            .any(|e| e.contains("azureName is immutable once set")),
        "{errors:?}"
    );
}

#[test]
fn entra_extension_fields_are_checked() {
    let api = "dbforpostgresql.azure.com/v1";
    let oid = "0b1f3c2e-1234-4abc-9def-0123456789ab";
    let cases = [
        (
            json!({"serverAdminUsername": "x", "objectId": oid, "principalType": "ServicePrincipal"}),
            None,
        ),
        (
            json!({"serverAdminUsername": "x", "objectIdFromConfig": {"name": "mi", "key": "principalId"}, "principalType": "User"}),
            None,
        ),
        (
            json!({"serverAdminUsername": "x", "objectId": oid}),
            Some("principalType goes with objectId"),
        ),
        (
            json!({"serverAdminUsername": "x", "principalType": "Group"}),
            Some("principalType goes with objectId"),
        ),
        (
            json!({"serverAdminUsername": "x", "objectId": "not-a-guid", "principalType": "User"}),
            Some("should match"),
        ),
    ];
    for (aad, expected) in cases {
        let (_, errors) = admit(
            POSTGRES,
            &user(api, json!({"owner": {"name": "s"}, "aadUser": aad})),
            None,
        );
        match expected {
            None => assert!(errors.is_empty(), "{aad}: {errors:?}"),
            Some(m) => assert!(errors.iter().any(|e| e.contains(m)), "{aad}: {errors:?}"),
        }
    }
    let mysql_cases = [
        (json!({"serverAdminUsername": "x", "clientId": oid}), None),
        (
            json!({"serverAdminUsername": "x", "alias": "short", "clientIdFromConfig": {"name": "mi", "key": "clientId"}}),
            None,
        ),
        (
            json!({"serverAdminUsername": "x", "clientId": oid, "clientIdFromConfig": {"name": "mi", "key": "clientId"}}),
            Some("set at most one of clientId and clientIdFromConfig"),
        ),
        (
            json!({"serverAdminUsername": "x", "clientId": "1' OR '1'='1"}),
            Some("should match"),
        ),
    ];
    for (aad, expected) in mysql_cases {
        let (_, errors) = admit(
            MYSQL,
            &user(
                "dbformysql.azure.com/v1",
                json!({"owner": {"name": "s"}, "aadUser": aad}),
            ),
            None,
        );
        match expected {
            None => assert!(errors.is_empty(), "{aad}: {errors:?}"),
            Some(m) => assert!(errors.iter().any(|e| e.contains(m)), "{aad}: {errors:?}"),
        }
    }
    let (_, errors) = admit(
        SQL,
        &user(
            "sql.azure.com/v1",
            json!({"owner": {"name": "db", "armId": "/subscriptions/x"}, "aadUser": {"serverAdminUsername": "x"}}),
        ),
        None,
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("set exactly one of name and armId")),
        "{errors:?}"
    );
}
