//! The time of day of an event: `landfall at 2023-10-25T00:25-06:00 ±30min`.
//!
//! A time the article gives is turned into UTC with the zone it writes ("1:25 a.m.
//! Eastern", "22:11 GMT"); "local time", or no zone at all, is the time at the event's
//! place, the offset the sheet writes. A zone with several readings ("IST", "CST", "EST"
//! written in summer) holds if any reading does. With a day written beside it ("00.11 GMT
//! on Saturday") the time is compared as an instant; without one, as a time of day, so
//! "00.11 GMT" agrees with 00:11 on any day. A time written to the hour ("11 p.m.") holds
//! within the hour either side; "about" adds five minutes ("about 8:30" for 8:34);
//! "before"/"by" and "after"/"since" are bounds.

use jiff::civil::Date;
use jiff::tz::{Offset, TimeZone};
use jiff::{SignedDuration, Timestamp};

use crate::extract::time::{Qualifier, TimeMention};
use crate::lang::ast::EventTime;
use crate::text::time_zones::{Reading, Zone, offset_text};

const MINUTES_PER_DAY: i64 = 24 * 60;
/// "about 8:30 a.m.": a minute rounded to the nearest five.
const ABOUT_TO_THE_MINUTE: i64 = 5;
/// Bounds without a day are judged only when they are missed by at most this much: "after
/// 1 a.m." for an event at 22:11 is wrong, but 21 hours later it was after 1 a.m. again.
const DAYLESS_BOUND_REACH: i64 = 6 * 60;

/// An event's time with its tolerance.
#[derive(Clone, Copy, Debug)]
pub struct TimeFact {
    time: EventTime,
    tolerance: SignedDuration,
}

impl TimeFact {
    pub fn new(time: EventTime, tolerance: Option<SignedDuration>) -> Self {
        Self {
            time,
            tolerance: tolerance.unwrap_or(SignedDuration::ZERO),
        }
    }

    /// The days the event fell on somewhere on Earth (UTC−12:00 to UTC+14:00), tolerance
    /// included: a date written without a time may be any of them.
    pub fn days(&self) -> (Date, Date) {
        let day_at = |at: Timestamp, hours: i8| {
            let offset = Offset::constant(hours);
            offset.to_datetime(at).date()
        };
        let earliest = self
            .time
            .at
            .saturating_sub(self.tolerance)
            .unwrap_or(self.time.at);
        let latest = self
            .time
            .at
            .saturating_add(self.tolerance)
            .unwrap_or(self.time.at);
        (day_at(earliest, -12), day_at(latest, 14))
    }

    /// Whether the time the mention states can be the event's.
    pub fn agrees(&self, mention: &TimeMention) -> bool {
        let readings = self.offsets(mention.clock.zone);
        // A zone none of whose readings is known: nothing to compare.
        readings.is_empty()
            || readings
                .iter()
                .any(|&offset| self.agrees_in(mention, offset))
    }

    fn agrees_in(&self, mention: &TimeMention, offset: Offset) -> bool {
        // "11 p.m." may be any minute of the hour either side; a bound is exact.
        let bound = matches!(
            mention.qualifier,
            Qualifier::NotAfter | Qualifier::NotBefore
        );
        let slack = if mention.clock.to_the_minute || bound {
            0
        } else {
            59
        };
        let margin = self.tolerance.as_secs() / 60 + slack;
        let diff = match mention.day {
            Some(day) => match self.instant(mention, day, offset) {
                Some(at) => at.duration_since(self.time.at).as_secs() / 60,
                None => return true,
            },
            None => {
                let diff = self.dayless_diff(mention, offset);
                if bound && diff.abs() > DAYLESS_BOUND_REACH {
                    return true;
                }
                diff
            }
        };
        match mention.qualifier {
            Qualifier::At => diff.abs() <= margin,
            Qualifier::About => diff.abs() <= margin + ABOUT_TO_THE_MINUTE,
            // The event came no later than the time: the time is not before it.
            Qualifier::NotAfter => diff >= -margin,
            Qualifier::NotBefore => diff <= margin,
            Qualifier::RangeEnd => true,
        }
    }

    /// The mention's time on `day` in `offset`.
    fn instant(&self, mention: &TimeMention, day: Date, offset: Offset) -> Option<Timestamp> {
        let minutes = i8::try_from(mention.clock.minutes % 60).ok()?;
        let hours = i8::try_from(mention.clock.minutes / 60).ok()?;
        let local = day.at(hours, minutes, 0, 0);
        offset.to_timestamp(local).ok()
    }

    /// Minutes from the event's time of day to the mention's, both in UTC, the shorter way
    /// round the clock: in `-720..=720`.
    fn dayless_diff(&self, mention: &TimeMention, offset: Offset) -> i64 {
        let utc_minutes = |minutes: i64, offset: Offset| minutes - i64::from(offset.seconds()) / 60;
        let event = Offset::UTC.to_datetime(self.time.at).time();
        let event = i64::from(event.hour()) * 60 + i64::from(event.minute());
        let stated = utc_minutes(i64::from(mention.clock.minutes), offset);
        let diff = (stated - event).rem_euclid(MINUTES_PER_DAY);
        if diff > MINUTES_PER_DAY / 2 {
            diff - MINUTES_PER_DAY
        } else {
            diff
        }
    }

    /// The offsets a zone can mean at the event's time; the event's own for "local time"
    /// and for a time written without a zone.
    fn offsets(&self, zone: Option<Zone>) -> Vec<Offset> {
        match zone {
            None | Some(Zone::Local) => vec![self.time.offset],
            Some(Zone::Offset(minutes)) => minutes_east(minutes).into_iter().collect(),
            Some(Zone::Named(zone)) => zone
                .readings
                .iter()
                .filter_map(|&reading| self.offset_of(reading))
                .collect(),
        }
    }

    fn offset_of(&self, reading: Reading) -> Option<Offset> {
        match reading {
            Reading::Offset(minutes) => minutes_east(minutes),
            Reading::Region(name) => Some(TimeZone::get(name).ok()?.to_offset(self.time.at)),
        }
    }

    /// "“1:25 a.m. Eastern” (UTC−04:00) is 05:25 UTC": how the mention was read.
    pub fn explain(&self, mention: &TimeMention, written: &str) -> String {
        let offsets = self.offsets(mention.clock.zone);
        let mut offset_names: Vec<String> = offsets
            .iter()
            .filter(|offset| **offset != Offset::UTC || mention.clock.zone.is_none())
            .map(|offset| format!("UTC{}", offset_text((offset.seconds() / 60) as i16)))
            .collect();
        if matches!(mention.clock.zone, None | Some(Zone::Local)) {
            let zone = if mention.clock.zone.is_none() {
                "no zone written: "
            } else {
                ""
            };
            offset_names = vec![format!(
                "{zone}the event's local time, {}",
                offset_names.join("")
            )];
        }
        let readings: Vec<String> = offsets
            .iter()
            .map(|&offset| match mention.day {
                Some(day) => self
                    .instant(mention, day, offset)
                    .map_or_else(String::new, |at| {
                        Offset::UTC
                            .to_datetime(at)
                            .strftime("%H:%M UTC on %Y-%m-%d")
                            .to_string()
                    }),
                None => {
                    let minutes =
                        i64::from(mention.clock.minutes) - i64::from(offset.seconds()) / 60;
                    let utc = minutes.rem_euclid(MINUTES_PER_DAY);
                    format!("{:02}:{:02} UTC", utc / 60, utc % 60)
                }
            })
            .collect();
        let zone = match offset_names.is_empty() {
            true => String::new(),
            false => format!(" ({})", offset_names.join(" or ")),
        };
        format!("“{written}”{zone} is {}", readings.join(" or "))
    }

    /// "at 2023-10-25T00:25-06:00 ±30 min (06:25 UTC)".
    pub fn describe(&self) -> String {
        let utc = Offset::UTC.to_datetime(self.time.at);
        let tolerance = match self.tolerance.as_secs() / 60 {
            0 => String::new(),
            minutes if minutes % 60 == 0 => format!(" ±{} h", minutes / 60),
            minutes => format!(" ±{minutes} min"),
        };
        format!(
            "at {}{tolerance} ({} UTC)",
            self.time,
            utc.strftime("%H:%M")
        )
    }
}

/// An offset of `minutes` east of UTC.
fn minutes_east(minutes: i16) -> Option<Offset> {
    Offset::from_seconds(i32::from(minutes) * 60).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Context;
    use crate::extract::date::extract_dates;
    use crate::extract::time::extract_times;
    use crate::lang::ast::EventTime;
    use crate::text::Document;

    /// Landfall at 00:25 local (UTC−6), 06:25 UTC, on 2023-10-25.
    fn landfall(tolerance_minutes: i64) -> TimeFact {
        let offset = Offset::constant(-6);
        let at = offset
            .to_timestamp(Date::constant(2023, 10, 25).at(0, 25, 0, 0))
            .unwrap();
        TimeFact::new(
            EventTime { at, offset },
            Some(SignedDuration::from_mins(tolerance_minutes)),
        )
    }

    fn agrees(fact: &TimeFact, text: &str) -> bool {
        let document = Document::new(text);
        let context = Context {
            publication_date: Some(Date::constant(2023, 10, 26)),
        };
        let dates = extract_dates(text, &document, &context);
        let times = extract_times(text, &document, &dates);
        assert_eq!(times.len(), 1, "{text}: {times:?}");
        fact.agrees(&times[0])
    }

    #[test]
    fn times_agree_after_conversion() {
        let fact = landfall(30);
        let cases = [
            ("It came ashore at 12:25 a.m. local time.", true),
            ("It came ashore at 0625 GMT.", true),
            ("It came ashore at 6.25am GMT.", true),
            ("It came ashore at 2:25 a.m. EDT.", true),
            ("It came ashore at 2:25 a.m. Eastern.", true),
            ("It came ashore at 1:25 a.m. Eastern.", false),
            ("It came ashore at 1:25 a.m. CDT.", true),
            ("It came ashore at 1:25 a.m. EST.", true),
            ("It came ashore at 12:40 a.m.", true),
            ("It came ashore at 1:25 a.m.", false),
            ("It came ashore at 12 a.m. local time.", true),
            ("It came ashore about 1 a.m.", true),
            ("It came ashore at 3 a.m. local time.", false),
            ("It came ashore before 1 a.m.", true),
            ("It came ashore before 11:30 p.m.", false),
            ("It came ashore after 11 p.m. on Tuesday.", true),
            ("It came ashore at 0625 GMT on Wednesday.", true),
            ("It came ashore at 0625 GMT on Tuesday.", false),
            ("It came ashore at 11:45 p.m. on Tuesday.", false),
            ("It came ashore at 7:25 a.m. UTC+1.", true),
        ];
        for (text, expected) in cases {
            assert_eq!(agrees(&fact, text), expected, "{text}");
        }
    }

    #[test]
    fn a_date_alone_may_be_the_day_anywhere_on_earth() {
        let (first, last) = landfall(30).days();
        assert_eq!(first, Date::constant(2023, 10, 24));
        assert_eq!(last, Date::constant(2023, 10, 25));
    }

    #[test]
    fn the_fact_and_a_reading_are_described() {
        let fact = landfall(30);
        assert_eq!(
            fact.describe(),
            "at 2023-10-25T00:25-06:00 ±30 min (06:25 UTC)"
        );
        let text = "It came ashore at 1:25 a.m. Eastern.";
        let document = Document::new(text);
        let times = extract_times(text, &document, &[]);
        assert_eq!(
            fact.explain(&times[0], "1:25 a.m. Eastern"),
            "“1:25 a.m. Eastern” (UTC−04:00) is 05:25 UTC"
        );
    }
}
