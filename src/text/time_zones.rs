//! Time zones as newsrooms write them after a clock time: abbreviations ("GMT", "IST",
//! "EDT"), regions ("Eastern", "Pacific time"), places ("UK time", "Moscow time"), offsets
//! ("GMT+3", "UTC-05:30") and "local time".
//!
//! An abbreviation can stand for more than one zone ("IST" is India's, Ireland's and
//! Israel's; "CST" the US Central and China Standard time), and a US standard-time
//! abbreviation is often written in summer for the zone's time. Each therefore lists every
//! reading; a time is judged wrong only when it is wrong under all of them.

use super::Token;

/// How a zone turns a clock time into an instant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// A fixed offset from UTC, in minutes.
    Offset(i16),
    /// A region of the IANA time zone database, whose offset follows its daylight saving
    /// rules: "ET" is UTC−5 in winter and UTC−4 in summer.
    Region(&'static str),
}

/// A zone a table lists, with every reading of its name.
#[derive(Debug, PartialEq, Eq)]
pub struct NamedZone {
    pub name: &'static str,
    pub readings: &'static [Reading],
}

/// The zone written after a clock time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zone {
    Named(&'static NamedZone),
    /// "GMT+3", "UTC−05:30": minutes east of UTC.
    Offset(i16),
    /// "local time": the time where the event happened.
    Local,
}

impl Zone {
    /// How `factlint extract` and messages name the zone.
    pub fn name(self) -> String {
        match self {
            Self::Named(zone) => zone.name.to_string(),
            Self::Offset(minutes) => format!("UTC{}", offset_text(minutes)),
            Self::Local => "local time".to_string(),
        }
    }
}

/// `+03:00`, `−05:30`.
pub fn offset_text(minutes: i16) -> String {
    let sign = if minutes < 0 { '−' } else { '+' };
    let minutes = minutes.unsigned_abs();
    format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

use Reading::{Offset, Region};

const NEW_YORK: Reading = Region("America/New_York");
const CHICAGO: Reading = Region("America/Chicago");
const DENVER: Reading = Region("America/Denver");
const LOS_ANGELES: Reading = Region("America/Los_Angeles");
const LONDON: Reading = Region("Europe/London");

const fn zone(name: &'static str, readings: &'static [Reading]) -> NamedZone {
    NamedZone { name, readings }
}

/// Abbreviations, written in capitals, sorted by name.
static ABBREVIATIONS: &[NamedZone] = &[
    zone("ADT", &[Offset(-180)]),
    zone("AEDT", &[Offset(660)]),
    zone("AEST", &[Offset(600)]),
    zone("AKDT", &[Offset(-480)]),
    zone("AKST", &[Offset(-540)]),
    zone("AST", &[Offset(-240), Offset(180)]),
    zone("BST", &[Offset(60), Offset(360)]),
    zone("CAT", &[Offset(120)]),
    zone("CDT", &[Offset(-300)]),
    zone("CEST", &[Offset(120)]),
    zone("CET", &[Offset(60)]),
    zone("CST", &[Offset(-360), CHICAGO, Offset(480)]),
    zone("CT", &[CHICAGO]),
    zone("EAT", &[Offset(180)]),
    zone("EDT", &[Offset(-240)]),
    zone("EEST", &[Offset(180)]),
    zone("EET", &[Offset(120)]),
    zone("EST", &[Offset(-300), NEW_YORK]),
    zone("ET", &[NEW_YORK]),
    zone("GMT", &[Offset(0)]),
    zone("HKT", &[Offset(480)]),
    zone("HST", &[Offset(-600)]),
    zone("IST", &[Offset(330), Offset(60), Offset(120)]),
    zone("JST", &[Offset(540)]),
    zone("KST", &[Offset(540)]),
    zone("MDT", &[Offset(-360)]),
    zone("MSK", &[Offset(180)]),
    zone("MST", &[Offset(-420), DENVER]),
    zone("MT", &[DENVER]),
    zone("NDT", &[Offset(-150)]),
    zone("NST", &[Offset(-210)]),
    zone("NZDT", &[Offset(780)]),
    zone("NZST", &[Offset(720)]),
    zone("PDT", &[Offset(-420)]),
    zone("PKT", &[Offset(300)]),
    zone("PST", &[Offset(-480), LOS_ANGELES]),
    zone("PT", &[LOS_ANGELES]),
    zone("SAST", &[Offset(120)]),
    zone("SGT", &[Offset(480)]),
    zone("UTC", &[Offset(0)]),
    zone("WAT", &[Offset(60)]),
    zone("WIB", &[Offset(420)]),
];

/// US regions, capitalized, with or without "time" after them: "1:25 a.m. Eastern".
static REGIONS: &[NamedZone] = &[
    zone("Alaska", &[Region("America/Anchorage")]),
    zone("Central", &[CHICAGO]),
    zone("Eastern", &[NEW_YORK]),
    zone("Hawaii", &[Region("Pacific/Honolulu")]),
    zone("Mountain", &[DENVER]),
    zone("Pacific", &[LOS_ANGELES]),
];

/// Places and their adjectives, capitalized, before "time": "6 p.m. Moscow time".
static PLACES: &[NamedZone] = &[
    zone("Beijing", &[Offset(480)]),
    zone("British", &[LONDON]),
    zone("China", &[Offset(480)]),
    zone("India", &[Offset(330)]),
    zone("Indian", &[Offset(330)]),
    zone("Israel", &[Region("Asia/Jerusalem")]),
    zone("Japan", &[Offset(540)]),
    zone("Kyiv", &[Region("Europe/Kyiv")]),
    zone("London", &[LONDON]),
    zone("Moscow", &[Offset(180)]),
    zone("Tokyo", &[Offset(540)]),
    zone("UK", &[LONDON]),
    zone("Washington", &[NEW_YORK]),
];

/// The zone written at token `i` of `tokens`, and the token after it.
pub fn read(text: &str, tokens: &[Token], i: usize) -> Option<(Zone, usize)> {
    let word = |j: usize| tokens.get(j).map(|t| &text[t.span.range()]);
    let first = word(i)?;
    let time_after = |j: usize| word(j).is_some_and(|w| w.eq_ignore_ascii_case("time"));
    let through_time = |j: usize| if time_after(j) { j + 1 } else { j };
    if let Some(offset) = glued_offset(first) {
        return Some((Zone::Offset(offset), i + 1));
    }
    if first.eq_ignore_ascii_case("local") {
        return Some((Zone::Local, through_time(i + 1)));
    }
    // "GMT" and "UTC" in any case; the other abbreviations in capitals ("et", "est" are
    // words).
    let universal = matches!(first.to_ascii_lowercase().as_str(), "gmt" | "utc");
    let abbreviation = match universal {
        true => find(ABBREVIATIONS, &first.to_ascii_uppercase()),
        false => find(ABBREVIATIONS, first),
    };
    if let Some(zone) = abbreviation {
        if zone.readings == [Offset(0)]
            && let Some((offset, end)) = offset_after(text, tokens, i + 1)
        {
            return Some((Zone::Offset(offset), end));
        }
        return Some((Zone::Named(zone), through_time(i + 1)));
    }
    if let Some(zone) = find(REGIONS, first) {
        let end = match (word(i + 1), word(i + 2)) {
            (Some("Standard" | "Daylight"), Some("Time" | "time")) => i + 3,
            _ => through_time(i + 1),
        };
        return Some((Zone::Named(zone), end));
    }
    let zone = find(PLACES, first)?;
    time_after(i + 1).then_some((Zone::Named(zone), i + 2))
}

fn find(table: &'static [NamedZone], name: &str) -> Option<&'static NamedZone> {
    table.iter().find(|zone| zone.name == name)
}

/// "+3", "-05:30", "+0530" right after "GMT" or "UTC", touching it or the number: minutes
/// east of UTC, and the token after it.
fn offset_after(text: &str, tokens: &[Token], i: usize) -> Option<(i16, usize)> {
    let sign = match tokens.get(i).map(|t| &text[t.span.range()])? {
        "+" => 1,
        "-" | "−" | "–" => -1,
        _ => return None,
    };
    let glued = |a: usize, b: usize| tokens[a].span.end == tokens[b].span.start;
    let number = tokens
        .get(i + 1)
        .filter(|_| glued(i - 1, i) || glued(i, i + 1))?;
    Some((sign * hours_and_minutes(&text[number.span.range()])?, i + 2))
}

/// "UTC-05:30", "GMT-5": one word, since a hyphen joins letters and digits.
fn glued_offset(word: &str) -> Option<i16> {
    let prefix = word.get(..4)?;
    let universal = prefix.eq_ignore_ascii_case("utc-") || prefix.eq_ignore_ascii_case("gmt-");
    universal.then(|| hours_and_minutes(&word[4..]).map(|minutes| -minutes))?
}

/// "3", "05:30", "0530": an offset's size in minutes, at most 14 hours.
fn hours_and_minutes(digits: &str) -> Option<i16> {
    if !digits.bytes().all(|b| b.is_ascii_digit() || b == b':') {
        return None;
    }
    let (hours, minutes) = match digits.split_once(':') {
        Some((hours, minutes)) if minutes.len() == 2 => (hours, minutes),
        Some(_) => return None,
        None if digits.len() == 4 => digits.split_at(2),
        None => (digits, "0"),
    };
    let hours: i16 = hours.parse().ok().filter(|h| (0..=14).contains(h))?;
    let minutes: i16 = minutes.parse().ok().filter(|m| (0..60).contains(m))?;
    Some(hours * 60 + minutes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    fn zone_of(text: &str) -> Option<(String, usize)> {
        let document = Document::new(text);
        read(text, &document.tokens, 0).map(|(zone, end)| (zone.name(), end))
    }

    #[test]
    fn tables_are_sorted() {
        for table in [ABBREVIATIONS, REGIONS, PLACES] {
            assert!(table.windows(2).all(|w| w[0].name < w[1].name));
        }
    }

    #[test]
    fn zones_as_written() {
        let cases = [
            ("GMT on Friday", Some(("GMT", 1))),
            ("IST (1234 GMT)", Some(("IST", 1))),
            ("local time on Friday", Some(("local time", 2))),
            ("local", Some(("local time", 1))),
            ("Eastern Daylight Time", Some(("Eastern", 3))),
            ("Pacific time", Some(("Pacific", 2))),
            ("Moscow time", Some(("Moscow", 2))),
            ("Moscow", None),
            ("GMT+3 on Friday", Some(("UTC+03:00", 3))),
            ("UTC-05:30", Some(("UTC−05:30", 1))),
            ("GMT-5 today", Some(("UTC−05:00", 1))),
            ("UTC-aéb", None),
            ("UTC+0530", Some(("UTC+05:30", 3))),
            ("GMT + 15", Some(("GMT", 1))),
            ("et cetera", None),
            ("eastern shore", None),
            ("utc", Some(("UTC", 1))),
        ];
        for (text, expected) in cases {
            let expected = expected.map(|(name, end)| (name.to_string(), end));
            assert_eq!(zone_of(text), expected, "{text}");
        }
    }
}
