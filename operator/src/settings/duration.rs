//! Durations as ASO's settings and flags spell them (Go's `time.ParseDuration`), and the bounds
//! every duration setting is held to: a value that parses but would overflow a clock or a timer
//! later (`999999999999h`) is refused at start-up, naming the setting, never a panic mid-run.

use std::time::Duration;

/// Go's largest duration: `math.MaxInt64` nanoseconds (about 292 years).
const GO_MAX_NANOS: u128 = i64::MAX as u128;

/// Why a duration text was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DurationError {
    /// Not Go's syntax (`90s`, `15m`, `1h30m`, `1.5s`, `0`).
    Syntax,
    /// Beyond Go's range (about 292 years).
    Overflow,
    /// A minus sign: none of the settings takes a negative duration.
    Negative,
}

/// Parses Go's duration syntax exactly: an optional sign, then one or more decimal numbers (with
/// an optional fraction) each followed by a unit (`ns`, `us`, `µs`, `μs`, `ms`, `s`, `m`, `h`);
/// `0` alone needs no unit. Arithmetic is in whole nanoseconds, as Go's, and a total beyond
/// Go's range is an overflow rather than a rounded value.
pub fn parse_go(text: &str) -> Result<Duration, DurationError> {
    let mut rest = text;
    let mut negative = false;
    if let Some(r) = rest.strip_prefix('-') {
        negative = true;
        rest = r;
    } else if let Some(r) = rest.strip_prefix('+') {
        rest = r;
    }
    if rest == "0" {
        return Ok(Duration::ZERO);
    }
    if rest.is_empty() {
        return Err(DurationError::Syntax);
    }
    let mut total: u128 = 0;
    while !rest.is_empty() {
        let digits_end = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        let (whole_digits, after) = rest.split_at(digits_end);
        let (fraction_digits, after) = match after.strip_prefix('.') {
            Some(f) => {
                let end = f.find(|c: char| !c.is_ascii_digit()).unwrap_or(f.len());
                f.split_at(end)
            }
            None => ("", after),
        };
        if whole_digits.is_empty() && fraction_digits.is_empty() {
            return Err(DurationError::Syntax);
        }
        let unit_end = after
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(after.len());
        let (unit, after) = after.split_at(unit_end);
        let unit_nanos: u128 = match unit {
            "ns" => 1,
            "us" | "\u{b5}s" | "\u{3bc}s" => 1_000,
            "ms" => 1_000_000,
            "s" => 1_000_000_000,
            "m" => 60_000_000_000,
            "h" => 3_600_000_000_000,
            _ => return Err(DurationError::Syntax),
        };
        let whole = digits_value(whole_digits)?;
        let mut nanos = whole
            .checked_mul(unit_nanos)
            .ok_or(DurationError::Overflow)?;
        if !fraction_digits.is_empty() {
            // Go keeps the fraction's first digits that fit and scales them. 18 digits are far
            // below a nanosecond of the largest unit, and times an hour's nanoseconds stay well
            // within u128 (a longer fraction overflowed here: the property test below found it).
            let kept = &fraction_digits[..fraction_digits.len().min(18)];
            let scale = 10u128.pow(kept.len() as u32);
            let fraction = digits_value(kept)? * unit_nanos / scale;
            nanos = nanos.checked_add(fraction).ok_or(DurationError::Overflow)?;
        }
        total = total.checked_add(nanos).ok_or(DurationError::Overflow)?;
        if total > GO_MAX_NANOS {
            return Err(DurationError::Overflow);
        }
        rest = after;
    }
    if negative && total != 0 {
        return Err(DurationError::Negative);
    }
    let secs = (total / 1_000_000_000) as u64;
    Ok(Duration::new(secs, (total % 1_000_000_000) as u32))
}

fn digits_value(digits: &str) -> Result<u128, DurationError> {
    if digits.is_empty() {
        return Ok(0);
    }
    // More than 38 digits cannot fit u128; such a number overflows Go's range anyway.
    digits.parse::<u128>().map_err(|_| DurationError::Overflow)
}

/// The range a duration setting accepts; both ends are named in the refusal.
#[derive(Debug, Clone, Copy)]
pub struct Bounds {
    pub min: Duration,
    pub max: Duration,
}

impl Bounds {
    pub const fn new(min: Duration, max: Duration) -> Bounds {
        Bounds { min, max }
    }
}

/// `value` of the setting `name`, parsed and held within `bounds`; the error names the setting,
/// what it was given and what it accepts.
pub fn bounded(name: &str, value: &str, bounds: Bounds) -> Result<Duration, String> {
    let range = format!(
        "between {} and {}",
        format_go(bounds.min),
        format_go(bounds.max)
    );
    match parse_go(value.trim()) {
        Ok(d) if d >= bounds.min && d <= bounds.max => Ok(d),
        Ok(_) | Err(DurationError::Overflow) | Err(DurationError::Negative) => Err(format!(
            "{name} is {value:?}; it must be {range} (a duration such as 90s, 15m or 1h30m)"
        )),
        Err(DurationError::Syntax) => Err(format!(
            "{name} is {value:?}; expected a duration such as 90s, 15m or 1h30m, {range}"
        )),
    }
}

/// A duration the way Go prints it, for messages (`1h0m0s` shortened to `1h`).
pub fn format_go(d: Duration) -> String {
    let secs = d.as_secs();
    let millis = d.subsec_millis();
    if secs == 0 {
        return format!("{millis}ms");
    }
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    let mut out = String::new();
    if h > 0 {
        out.push_str(&format!("{h}h"));
    }
    if m > 0 {
        out.push_str(&format!("{m}m"));
    }
    if s > 0 || millis > 0 {
        if millis > 0 {
            out.push_str(&format!("{s}.{millis:03}s"));
        } else {
            out.push_str(&format!("{s}s"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn go_syntax() {
        let ok = |t: &str, d: Duration| assert_eq!(parse_go(t), Ok(d), "{t}");
        ok("1h30m", Duration::from_secs(5400));
        ok("500ms", Duration::from_millis(500));
        ok("1.5s", Duration::from_millis(1500));
        ok(".5s", Duration::from_millis(500));
        ok("5.s", Duration::from_secs(5));
        ok("+90s", Duration::from_secs(90));
        ok("0", Duration::ZERO);
        ok("-0", Duration::ZERO);
        ok("1\u{b5}s", Duration::from_micros(1));
        ok("1\u{3bc}s", Duration::from_micros(1));
        ok(
            "2562047h47m16.854775807s",
            Duration::new(9_223_372_036, 854_775_807),
        );
        for bad in [
            "", "10", "1d", "s", ".s", "1h 30m", "00", "1.2.3s", "h1", "+", "-",
        ] {
            assert_eq!(parse_go(bad), Err(DurationError::Syntax), "{bad:?}");
        }
        for huge in [
            "999999999999h",
            "2562048h",
            "2562047h47m16.854775808s",
            "99999999999999999999999999999999999999999s",
        ] {
            assert_eq!(parse_go(huge), Err(DurationError::Overflow), "{huge}");
        }
        assert_eq!(parse_go("-5s"), Err(DurationError::Negative));
    }

    #[test]
    fn bounded_settings_name_themselves_and_their_range() {
        let b = Bounds::new(Duration::from_secs(1), Duration::from_secs(3600));
        assert_eq!(bounded("X", "2m", b), Ok(Duration::from_secs(120)));
        for bad in ["999999999999h", "0", "2h", "-1s", "soon", "500ms"] {
            let err = bounded("AZURE_SYNC_PERIOD", bad, b).unwrap_err();
            assert!(err.starts_with("AZURE_SYNC_PERIOD is"), "{err}");
            assert!(err.contains("between 1s and 1h"), "{err}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Any text: a value within Go's range, or a refusal; never a panic.
        #[test]
        fn any_text_parses_or_is_refused(text in "\\PC{0,24}") {
            if let Ok(d) = parse_go(&text) {
                prop_assert!(d.as_nanos() <= GO_MAX_NANOS);
            }
        }

        /// Duration-shaped text, the inputs most likely to reach arithmetic.
        #[test]
        fn duration_shaped_text_is_exact_or_refused(
            parts in proptest::collection::vec(
                ("[0-9]{0,22}", proptest::option::of("[0-9]{0,12}"),
                 prop_oneof![Just("ns"), Just("us"), Just("ms"), Just("s"), Just("m"),
                             Just("h"), Just("d"), Just("")]),
                1..4,
            ),
            sign in prop_oneof![Just(""), Just("-"), Just("+")],
        ) {
            let text: String = sign.to_string()
                + &parts
                    .iter()
                    .map(|(w, f, u)| match f {
                        Some(f) => format!("{w}.{f}{u}"),
                        None => format!("{w}{u}"),
                    })
                    .collect::<String>();
            if let Ok(d) = parse_go(&text) {
                prop_assert!(d.as_nanos() <= GO_MAX_NANOS);
            }
            let b = Bounds::new(Duration::from_millis(1), Duration::from_secs(86400));
            match bounded("--retry-backoff-max", &text, b) {
                Ok(d) => prop_assert!(d >= b.min && d <= b.max),
                Err(e) => prop_assert!(e.starts_with("--retry-backoff-max is")),
            }
        }
    }
}
