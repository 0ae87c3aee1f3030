//! Month and weekday names, lower case, in calendar order: the words every extractor must
//! tell apart from numbers, names and speakers.

pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Time zones and their abbreviations, lower case: after "2211" or "1900" they make it a
/// clock time, never a count or a year.
pub const TIME_ZONES: &[&str] = &[
    "aedt", "aest", "bst", "cat", "cdt", "cest", "cet", "cst", "ct", "eat", "edt", "eest", "eet",
    "est", "et", "gmt", "hkt", "ist", "jst", "kst", "local", "mdt", "msk", "mst", "pdt", "pkt",
    "pst", "pt", "sast", "sgt", "utc", "wat", "wib", "z",
];

/// Whether `word` is a time zone: "GMT", "UTC", "IST", "local".
pub fn is_time_zone(word: &str) -> bool {
    TIME_ZONES
        .binary_search(&word.to_lowercase().as_str())
        .is_ok()
}

/// Whether `word` can be a 24-hour clock time written without a colon: "2211", "0011".
pub fn is_clock_digits(word: &str) -> bool {
    word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && word[..2].parse::<u8>().is_ok_and(|hours| hours < 24)
        && word[2..].parse::<u8>().is_ok_and(|minutes| minutes < 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zones_are_sorted_and_clock_digits_are_times_of_day() {
        assert!(TIME_ZONES.windows(2).all(|w| w[0] < w[1]));
        assert!(is_time_zone("GMT") && is_time_zone("local") && !is_time_zone("km"));
        assert!(is_clock_digits("2211") && is_clock_digits("0011"));
        assert!(!is_clock_digits("2460") && !is_clock_digits("2500") && !is_clock_digits("22:11"));
    }
}
