//! Numbers written in digits: "1,000", "1.5", "-3", "12,345.6"; and the letters that may be
//! glued to them ("61bn", "900km", "550-mile", "30th").

/// A number in digits as written, and what it says about its precision.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Digits {
    pub value: f64,
    /// Digits after the decimal point.
    pub decimals: u8,
    /// Written with a thousands separator ("1,000").
    pub grouped: bool,
}

/// `text` as a number: digits, commas grouping thousands, one decimal point.
pub fn parse(text: &str) -> Option<Digits> {
    let (whole, fraction) = match text.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (text, None),
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    // "5,00", "1,3": one comma before one or two digits is a decimal comma, never a
    // thousands separator.
    if let Some((whole, fraction)) = text.split_once(',') {
        let decimal = all_digits(whole) && all_digits(fraction) && fraction.len() <= 2;
        if decimal && whole.len() <= 3 {
            return Some(Digits {
                value: format!("{whole}.{fraction}").parse().ok()?,
                decimals: fraction.len() as u8,
                grouped: false,
            });
        }
    }
    let groups: Vec<&str> = whole.split(',').collect();
    let grouped = groups.len() > 1;
    let last = groups.len() - 1;
    let thousands = groups[1..].iter().all(|g| g.len() == 3);
    // "12,34,567": lakhs and crores group by two below the thousands.
    let indian = groups.len() > 2
        && groups[0].len() <= 2
        && groups[1..last].iter().all(|g| g.len() == 2)
        && groups[last].len() == 3;
    let groups_ok = groups.iter().all(|g| all_digits(g))
        && (!grouped || groups[0].len() <= 3)
        && (thousands || indian);
    if !groups_ok || fraction.is_some_and(|f| !all_digits(f)) {
        return None;
    }
    let plain: String = whole.chars().filter(|c| *c != ',').collect();
    let number = match fraction {
        Some(fraction) => format!("{plain}.{fraction}"),
        None => plain,
    };
    Some(Digits {
        value: number.parse().ok()?,
        decimals: fraction.map_or(0, |f| f.len().min(u8::MAX as usize) as u8),
        grouped,
    })
}

/// Splits a word that starts with a number into the number and the letters glued to it:
/// "61bn" → ("61", "bn"), "550-mile" → ("550", "-mile"), "1.5m" → ("1.5", "m").
pub fn split_glued(word: &str) -> Option<(&str, &str)> {
    let bytes = word.as_bytes();
    let mut end = 0;
    while end < bytes.len() {
        let b = bytes[end];
        let joins = (b == b',' || b == b'.')
            && end > 0
            && bytes[end - 1].is_ascii_digit()
            && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
        if !(b.is_ascii_digit() || joins) {
            break;
        }
        end += 1;
    }
    // `end` stops at an ASCII byte or the end, so it is a char boundary.
    (end > 0).then(|| word.split_at(end))
}

/// "1/2", "3/4": a simple fraction with a denominator newsrooms write as a fraction.
/// Slashes otherwise write dates ("5/17", "9/11") and rates ("24/7").
pub fn fraction(text: &str) -> Option<f64> {
    let (numerator, denominator) = text.split_once('/')?;
    let numerator: u32 = numerator.parse().ok()?;
    let denominator: u32 = denominator.parse().ok()?;
    // A denominator above 31 is no day of a month: "1/40", "3/64".
    let common = matches!(denominator, 2 | 3 | 4 | 5 | 8 | 10 | 16 | 100) || denominator > 31;
    (common && numerator > 0 && numerator < denominator)
        .then(|| f64::from(numerator) / f64::from(denominator))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_with_separators_and_decimals() {
        let value = |t| parse(t).map(|d| d.value);
        assert_eq!(value("1,000"), Some(1000.0));
        assert_eq!(value("1,200,000"), Some(1_200_000.0));
        assert_eq!(value("100,000.0"), Some(100_000.0));
        assert_eq!(value("1.5"), Some(1.5));
        assert_eq!(value("885"), Some(885.0));
        assert_eq!(value("12,34,567.89"), Some(1_234_567.89));
        assert_eq!(parse("1.25").map(|d| d.decimals), Some(2));
        assert_eq!(value("5,00"), Some(5.0));
        assert_eq!(value("1,3"), Some(1.3));
        assert_eq!(value("12,75"), Some(12.75));
        for bad in [
            "1,0000", "1000,000", "1234,5", "1.2.3", "", "1,", ".5", "12a",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn glued_letters() {
        assert_eq!(split_glued("61bn"), Some(("61", "bn")));
        assert_eq!(split_glued("1.5m"), Some(("1.5", "m")));
        assert_eq!(split_glued("550-mile"), Some(("550", "-mile")));
        assert_eq!(split_glued("1,000km"), Some(("1,000", "km")));
        assert_eq!(split_glued("KN-23"), None);
    }

    #[test]
    fn fractions_only_with_common_denominators() {
        assert_eq!(fraction("1/2"), Some(0.5));
        assert_eq!(fraction("3/4"), Some(0.75));
        assert_eq!(fraction("9/11"), None);
        assert_eq!(fraction("24/7"), None);
        assert_eq!(fraction("1/40"), Some(0.025));
        assert_eq!(fraction("3/64"), Some(3.0 / 64.0));
        assert_eq!(fraction("3/15"), None);
        assert_eq!(fraction("5/17/2018"), None);
    }
}
