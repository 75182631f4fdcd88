use super::*;
use rustls::pki_types::{ServerName, UnixTime};

fn names() -> Vec<String> {
    service_names("azureserviceoperator-webhook-service", "aso-system")
}

fn at(days: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(1_800_000_000).unwrap() + Duration::days(days)
}

/// Whether the bundle of `certs` at `now` vouches for the leaf under `name`.
fn verifies(certs: &Certificates, now: OffsetDateTime, name: &str) -> Result<(), String> {
    let (chain, _) = certs.serving()?;
    let roots: Vec<CertificateDer<'static>> =
        CertificateDer::pem_slice_iter(certs.bundle(now).as_bytes())
            .collect::<Result<_, _>>()
            .map_err(|e| e.to_string())?;
    let anchors: Vec<_> = roots
        .iter()
        .map(|r| webpki::anchor_from_trusted_cert(r).unwrap().to_owned())
        .collect();
    let cert = webpki::EndEntityCert::try_from(&chain[0]).map_err(|e| e.to_string())?;
    let algs = rustls::crypto::ring::default_provider().signature_verification_algorithms;
    let time =
        UnixTime::since_unix_epoch(std::time::Duration::from_secs(now.unix_timestamp() as u64));
    cert.verify_for_usage(
        algs.all,
        &anchors,
        &[],
        time,
        webpki::KeyUsage::server_auth(),
        None,
        None,
    )
    .map_err(|e| e.to_string())?;
    cert.verify_is_valid_for_subject_name(&ServerName::try_from(name.to_string()).unwrap())
        .map_err(|e| e.to_string())
}

#[test]
fn the_leaf_serves_the_service_names_under_its_ca() {
    let certs = Certificates::generate(&names(), at(0)).unwrap();
    for name in names() {
        verifies(&certs, at(0), &name).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    assert!(verifies(&certs, at(0), "other.aso-system.svc").is_err());
    let other = Certificates::generate(&names(), at(0)).unwrap();
    let mut mixed = certs.clone();
    mixed.ca = other.ca.clone();
    assert!(verifies(&mixed, at(0), &names()[0]).is_err());
    assert!(certs.renewed(&names(), at(1)).unwrap().is_none());
}

#[test]
fn secrets_round_trip_and_bad_ones_are_named() {
    let certs = Certificates::generate(&names(), at(0)).unwrap();
    let (data, annotations) = certs.to_secret();
    assert_eq!(
        Certificates::from_secret(&data, &annotations).unwrap(),
        certs
    );
    let mut missing = data.clone();
    missing.remove("tls.key");
    assert_eq!(
        Certificates::from_secret(&missing, &annotations).unwrap_err(),
        "no \"tls.key\""
    );
    let mut bad = data.clone();
    bad.insert("ca.key".into(), b"not a key".to_vec());
    assert!(
        Certificates::from_secret(&bad, &annotations)
            .unwrap_err()
            .starts_with("\"ca.key\"")
    );
    // Keys never print.
    let debug = format!("{certs:?}");
    assert!(!debug.contains("PRIVATE KEY"), "{debug}");
}

#[test]
fn the_leaf_is_renewed_by_the_same_ca_before_it_expires() {
    let certs = Certificates::generate(&names(), at(0)).unwrap();
    let due = at(365 - 90);
    let renewed = certs.renewed(&names(), due).unwrap().expect("renewed");
    assert_eq!(renewed.ca, certs.ca);
    assert!(renewed.leaf.not_after > certs.leaf.not_after);
    assert_eq!(renewed.bundle(due), certs.bundle(due), "same bundle");
    verifies(&renewed, due, &names()[0]).unwrap();
    assert!(renewed.renewed(&names(), due).unwrap().is_none());
}

/// Walks five years and a half day by day: at every step the certificate served verifies
/// against the bundle published one refresh earlier, and against the current one.
#[test]
fn rotation_never_leaves_the_api_server_without_a_path() {
    let mut certs = Certificates::generate(&names(), at(0)).unwrap();
    let mut published = certs.bundle(at(0));
    let mut ca_rotations = 0;
    let mut now = at(0);
    // Steps of 6 hours, longer than the propagation delay.
    while now < at(7 * 365) {
        now += Duration::hours(6);
        if let Some(next) = certs.renewed(&names(), now).unwrap() {
            if next.ca != certs.ca {
                ca_rotations += 1;
                // The new CA is published before any leaf it signs is served.
                assert_eq!(next.leaf, certs.leaf);
            }
            certs = next;
        }
        let mut check = certs.clone();
        check.ca.cert_pem = published.clone();
        check.previous_ca = None;
        verifies(&check, now, &names()[0])
            .unwrap_or_else(|e| panic!("at {now} against the bundle published before: {e}"));
        verifies(&certs, now, &names()[0]).unwrap_or_else(|e| panic!("at {now}: {e}"));
        published = certs.bundle(now);
    }
    assert!(ca_rotations >= 1, "the CA rotated");
}
