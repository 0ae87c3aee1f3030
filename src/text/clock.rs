//! Clock times as newsrooms write them: "23:11", "6:04 pm", "6.04pm", "11 p.m.", "2211 GMT",
//! "00.11 GMT", "1:25 a.m. Eastern", "at 0600 hours", "noon", each with the zone written
//! after it, if any.
//!
//! A clock time is never a number: "2211 GMT" is not the count 2,211, "00.11 GMT" not 0.11,
//! "by 1900 GMT" not the year 1900. Forms that could be something else are read only with
//! what makes them a time: a dot ("10.30") needs "am"/"pm" or a zone, four digits ("2211")
//! a zone or "hours" after "at". "11 o'clock" is left out: morning or evening is not said.

use super::Token;
use super::time_zones::{self, Zone};

/// A time of day as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clock {
    /// Minutes after midnight, `0..1440`.
    pub minutes: u16,
    /// Written with its minutes ("6:04 pm", "11:00 p.m."), not only the hour ("11 p.m.").
    pub to_the_minute: bool,
    /// "midnight": the start of a day that the writer may count as the end of the one
    /// before, so the day it falls on is left open.
    pub midnight: bool,
    /// The zone written after the time; `None` when there is none.
    pub zone: Option<Zone>,
}

impl Clock {
    /// `23:11`, as `factlint extract` prints the time.
    pub fn hh_mm(&self) -> String {
        format!("{:02}:{:02}", self.minutes / 60, self.minutes % 60)
    }
}

/// The clock time starting at token `i` of `tokens`, if one does, and the token after it
/// (and after its zone).
pub fn read(text: &str, tokens: &[Token], i: usize) -> Option<(Clock, usize)> {
    let word = |j: usize| tokens.get(j).map(|t| &text[t.span.range()]);
    // Every token of a sentence is asked: most fail here, without allocating.
    let written = word(i)?;
    let is = |name: &str| written.eq_ignore_ascii_case(name);
    let time = if is("noon") || is("midday") {
        Time::named(12 * 60, i)
    } else if is("midnight") {
        Time::named(0, i)
    } else if written.starts_with(|c: char| c.is_ascii_digit()) {
        digits_and_half(text, tokens, i)?
    } else {
        return None;
    };
    let zone = time_zones::read(text, tokens, time.end);
    let written_as_time = match time.shape {
        // "6:04 pm", "11 p.m.", "noon", "midnight", "23:11": a time with or without a zone.
        _ if time.half_written => true,
        Shape::Named | Shape::Colon => true,
        // "00.11 GMT", "2211 GMT"; "0.25", "2211" alone are numbers.
        Shape::Dot | Shape::Compact => zone.is_some(),
        Shape::Hour => false,
    };
    // "at 0600 hours": military style.
    let military = time.shape == Shape::Compact
        && i > 0
        && word(i - 1).is_some_and(|w| w.eq_ignore_ascii_case("at"))
        && word(i + 1).is_some_and(|w| matches!(w, "hours" | "hrs"));
    if !written_as_time && !military {
        return None;
    }
    let (zone, end) = match zone {
        Some((zone, end)) => (Some(zone), end),
        None if military => (None, i + 2),
        None => (None, time.end),
    };
    let clock = Clock {
        minutes: time.minutes,
        to_the_minute: !matches!(time.shape, Shape::Hour | Shape::Named),
        midnight: time.shape == Shape::Named && time.minutes == 0,
        zone,
    };
    Some((clock, end))
}

/// A time read from its digits or its name, before any zone.
struct Time {
    minutes: u16,
    shape: Shape,
    /// "am" or "pm" was written.
    half_written: bool,
    /// The token after the time.
    end: usize,
}

impl Time {
    fn named(minutes: u16, i: usize) -> Self {
        Self {
            minutes,
            shape: Shape::Named,
            half_written: false,
            end: i + 1,
        }
    }
}

/// How a clock time is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// "23:11", "6:04"
    Colon,
    /// "00.11", "6.04"
    Dot,
    /// "2211", "0011"
    Compact,
    /// "11"
    Hour,
    /// "noon", "midnight"
    Named,
}

/// Hours, minutes and shape of `digits`: "23:11", "6.04", "2211", "11".
fn split(digits: &str) -> Option<(u16, u16, Shape)> {
    if !digits
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b':' || b == b'.')
    {
        return None;
    }
    let parse = |text: &str| text.parse::<u16>().ok();
    let (hours, minutes, shape) = if let Some((hours, minutes)) = digits.split_once(':') {
        (hours, minutes, Shape::Colon)
    } else if let Some((hours, minutes)) = digits.split_once('.') {
        (hours, minutes, Shape::Dot)
    } else if digits.len() == 4 {
        let (hours, minutes) = digits.split_at(2);
        (hours, minutes, Shape::Compact)
    } else if (1..=2).contains(&digits.len()) {
        (digits, "00", Shape::Hour)
    } else {
        return None;
    };
    if hours.is_empty() || hours.len() > 2 || minutes.len() != 2 {
        return None;
    }
    let (hours, minutes) = (parse(hours)?, parse(minutes)?);
    (hours < 24 && minutes < 60).then_some((hours, minutes, shape))
}

/// The time at token `i` read from its digits, through "am"/"pm" written after them or
/// glued to them ("6:04pm", "11am").
fn digits_and_half(text: &str, tokens: &[Token], i: usize) -> Option<Time> {
    let written = &text[tokens.get(i)?.span.range()];
    let lower = written.to_ascii_lowercase();
    let glued = [
        ("am", Half::Am),
        ("a.m", Half::Am),
        ("pm", Half::Pm),
        ("p.m", Half::Pm),
    ]
    .into_iter()
    .find_map(|(suffix, half)| Some((lower.strip_suffix(suffix)?, half)));
    let digits = glued.map_or(lower.as_str(), |(digits, _)| digits);
    let (hours, minutes, shape) = split(digits)?;
    // "am"/"pm" after one space at most: "6:04 pm", "6:04pm".
    let next = tokens
        .get(i + 1)
        .filter(|next| next.span.start - tokens[i].span.end <= 1)
        .and_then(|next| Half::of(&text[next.span.range()]));
    let (half, end) = match (glued, next) {
        (Some((_, half)), _) => (Some(half), i + 1),
        (None, Some(half)) => (Some(half), i + 2),
        (None, None) => (None, i + 1),
    };
    let minutes = match half {
        Some(_) if !(1..=12).contains(&hours) || shape == Shape::Compact => return None,
        Some(half) => half.hours(hours) * 60 + minutes,
        None => hours * 60 + minutes,
    };
    Some(Time {
        minutes,
        shape,
        half_written: half.is_some(),
        end,
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Half {
    Am,
    Pm,
}

impl Half {
    /// "a.m.", "am", "AM", "p.m.", "pm", "PM".
    fn of(word: &str) -> Option<Self> {
        match word {
            "a.m." | "am" | "AM" | "A.M." | "a.m" => Some(Self::Am),
            "p.m." | "pm" | "PM" | "P.M." | "p.m" => Some(Self::Pm),
            _ => None,
        }
    }

    /// The hour of the day of `hour` (1 to 12) in this half: 12 a.m. is 0, 12 p.m. is 12.
    fn hours(self, hour: u16) -> u16 {
        match self {
            Self::Am => hour % 12,
            Self::Pm => hour % 12 + 12,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    /// The first clock time of `text`: `hh:mm`, the zone's name, the words it spans.
    fn first_clock(text: &str) -> Option<(String, Option<String>, String)> {
        let document = Document::new(text);
        let tokens = &document.tokens;
        (0..tokens.len()).find_map(|i| {
            let (clock, end) = read(text, tokens, i)?;
            let span = tokens[i].span.cover(tokens[end - 1].span);
            Some((
                clock.hh_mm(),
                clock.zone.map(Zone::name),
                text[span.range()].to_string(),
            ))
        })
    }

    #[test]
    fn clock_times_as_written() {
        let cases = [
            (
                "It hit at 23:11 local time.",
                "23:11",
                Some("local time"),
                "23:11 local time",
            ),
            (
                "It hit at 6:04 pm IST, officials said.",
                "18:04",
                Some("IST"),
                "6:04 pm IST",
            ),
            ("It hit at 6.04pm IST.", "18:04", Some("IST"), "6.04pm IST"),
            ("It hit at 11 p.m. on Friday.", "23:00", None, "11 p.m."),
            ("It hit at 12 a.m. sharp.", "00:00", None, "12 a.m."),
            ("It hit at 12:30 PM ET.", "12:30", Some("ET"), "12:30 PM ET"),
            ("It hit at 2211 GMT.", "22:11", Some("GMT"), "2211 GMT"),
            (
                "It hit at 00.11 GMT on Saturday.",
                "00:11",
                Some("GMT"),
                "00.11 GMT",
            ),
            (
                "Landfall came at 1:25 a.m. Eastern.",
                "01:25",
                Some("Eastern"),
                "1:25 a.m. Eastern",
            ),
            ("Troops moved at 0600 hours.", "06:00", None, "0600 hours"),
            ("They met at noon.", "12:00", None, "noon"),
            (
                "It began at 5 a.m. GMT+3 today.",
                "05:00",
                Some("UTC+03:00"),
                "5 a.m. GMT+3",
            ),
            ("It began at 11am.", "11:00", None, "11am"),
        ];
        for (text, time, zone, words) in cases {
            let expected = (
                time.to_string(),
                zone.map(str::to_string),
                words.to_string(),
            );
            assert_eq!(first_clock(text), Some(expected), "{text}");
        }
    }

    #[test]
    fn numbers_that_are_not_clock_times() {
        let texts = [
            "Rates rose 0.25 to 10.30 percent.",
            "The score was 3:2 after 2:05:30 of play.",
            "It cost 2211 dollars in 1900.",
            "They counted 2300 hours of footage.",
            "It rang at 11 o'clock.",
            "A 13 pm meeting and a 0 am one.",
            "The ratio was 24:60 in the end.",
        ];
        for text in texts {
            assert_eq!(first_clock(text), None, "{text}");
        }
    }
}
