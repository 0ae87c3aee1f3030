//! What a stated value claims, against what the sheet allows: the verdicts of a desk.
//!
//! | stated | against the sheet | verdict |
//! |---|---|---|
//! | a value or range sharing no number with the fact | "900 km" for 885 ±20 is fine, "700 km" is not | contradicts (the fact's severity) |
//! | "about N" just outside the fact, within 5% of it | "about 1,000" for "more than 1,000" | borderline (info) |
//! | a bound the fact's values all satisfy, at most half as strong | "more than 100" for "more than 1,000" | understates (info) |
//! | against a bound, a stronger bound | "more than 10,000" for "more than 1,000" | unsupported (warning at most) |
//! | anything else that shares a number with the fact | "about 550 miles" for 885 km ±20 | holds |
//!
//! A fact with `≠` is contradicted only by a value that lies wholly in what it rules out.

use super::interval::Interval;
use crate::extract::quantity::Qualifier;
use crate::finding::Severity;

/// The margin "about N" is read with when it is not enough to meet the fact as a point.
const ABOUT_MARGIN: f64 = 0.05;

/// A bound is an understatement when it is this far from the fact's nearest value.
const UNDERSTATEMENT_RATIO: f64 = 2.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Holds,
    Contradicts,
    Borderline,
    Understates,
    Unsupported,
}

impl Verdict {
    /// The severity of the finding, given the fact's; `None` when the value holds.
    pub fn severity(self, fact: Severity) -> Option<Severity> {
        match self {
            Self::Holds => None,
            Self::Contradicts => Some(fact),
            Self::Borderline | Self::Understates => Some(Severity::Info),
            Self::Unsupported => Some(fact.min(Severity::Warning)),
        }
    }

    /// What the finding says the value does: "contradicts", "understates", …
    pub fn verb(self) -> &'static str {
        match self {
            Self::Holds => "agrees with",
            Self::Contradicts => "contradicts",
            Self::Borderline => "is borderline against",
            Self::Understates => "understates",
            Self::Unsupported => "claims more than",
        }
    }
}

/// The verdict on `stated` (read with `qualifier`) against `allowed`, or against its
/// complement when the fact is `negated`.
pub fn judge(
    stated: Interval,
    qualifier: Option<Qualifier>,
    allowed: &Interval,
    negated: bool,
) -> Verdict {
    if negated {
        return if stated.within(allowed) {
            Verdict::Contradicts
        } else {
            Verdict::Holds
        };
    }
    if !stated.meets(allowed) {
        let about = matches!(qualifier, Some(Qualifier::Approx)) && widened(stated).meets(allowed);
        return if about {
            Verdict::Borderline
        } else {
            Verdict::Contradicts
        };
    }
    if !is_bound(&stated) {
        return Verdict::Holds;
    }
    // Against a bound ("more than 1,000"), a stronger bound claims what the source does not;
    // against a value with its margin, a bound that meets it ("up to 165 mph") is fair.
    if is_bound(allowed) && !allowed.within(&stated) {
        return Verdict::Unsupported;
    }
    if understates(stated, allowed) {
        Verdict::Understates
    } else {
        Verdict::Holds
    }
}

/// "more than 1,000", "up to 900": open at one end only.
fn is_bound(interval: &Interval) -> bool {
    interval.low.is_infinite() != interval.high.is_infinite()
}

/// "about 1,000" as 950 to 1,050.
fn widened(stated: Interval) -> Interval {
    let margin = |v: f64| v.abs() * ABOUT_MARGIN;
    Interval::closed(
        stated.low - margin(stated.low),
        stated.high + margin(stated.high),
    )
}

/// Whether a bound lies far below (or above) every value the fact allows: "more than 100"
/// for a fact of more than 1,000.
fn understates(stated: Interval, allowed: &Interval) -> bool {
    let far = |near: f64, bound: f64| {
        near.is_finite() && bound.is_finite() && near.abs() >= bound.abs() * UNDERSTATEMENT_RATIO
    };
    if stated.high.is_infinite() {
        far(allowed.low, stated.low)
    } else {
        far(stated.high, allowed.high)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quantity::Amount;

    fn bound(qualifier: Qualifier, value: f64) -> (Interval, Option<Qualifier>) {
        let amount = match qualifier {
            Qualifier::Gt | Qualifier::Ge => Amount::Interval {
                min: Some(value),
                max: None,
            },
            _ => Amount::Interval {
                min: None,
                max: Some(value),
            },
        };
        (Interval::stated(amount, Some(qualifier)), Some(qualifier))
    }

    #[test]
    fn the_verdict_table() {
        let more_than_1000 = Interval::above(1000.0, true);
        let around_885 = Interval::closed(865.0, 905.0);
        let point = |v: f64| Interval::point(v);
        let cases = [
            (point(1500.0), None, more_than_1000, Verdict::Holds),
            (point(900.0), None, more_than_1000, Verdict::Contradicts),
            (
                point(1000.0),
                Some(Qualifier::Approx),
                more_than_1000,
                Verdict::Borderline,
            ),
            (
                point(800.0),
                Some(Qualifier::Approx),
                more_than_1000,
                Verdict::Contradicts,
            ),
            (
                bound(Qualifier::Gt, 100.0).0,
                Some(Qualifier::Gt),
                more_than_1000,
                Verdict::Understates,
            ),
            (
                bound(Qualifier::Gt, 1000.0).0,
                Some(Qualifier::Gt),
                more_than_1000,
                Verdict::Holds,
            ),
            (
                bound(Qualifier::Gt, 10_000.0).0,
                Some(Qualifier::Gt),
                more_than_1000,
                Verdict::Unsupported,
            ),
            (
                bound(Qualifier::Lt, 1000.0).0,
                Some(Qualifier::Lt),
                more_than_1000,
                Verdict::Contradicts,
            ),
            (point(885.1), None, around_885, Verdict::Holds),
            (
                bound(Qualifier::Le, 900.0).0,
                Some(Qualifier::Le),
                around_885,
                Verdict::Holds,
            ),
            (
                bound(Qualifier::Le, 800.0).0,
                Some(Qualifier::Le),
                around_885,
                Verdict::Contradicts,
            ),
            (
                bound(Qualifier::Gt, 800.0).0,
                Some(Qualifier::Gt),
                around_885,
                Verdict::Holds,
            ),
            (
                bound(Qualifier::Gt, 300.0).0,
                Some(Qualifier::Gt),
                around_885,
                Verdict::Understates,
            ),
            (
                bound(Qualifier::Lt, 5000.0).0,
                Some(Qualifier::Lt),
                around_885,
                Verdict::Understates,
            ),
        ];
        for (index, (stated, qualifier, allowed, verdict)) in cases.into_iter().enumerate() {
            assert_eq!(
                judge(stated, qualifier, &allowed, false),
                verdict,
                "case {index}"
            );
        }
    }

    #[test]
    fn nearly_claims_just_under_its_number() {
        let nearly = |value: f64| {
            let amount = Amount::Interval {
                min: None,
                max: Some(value),
            };
            Interval::stated(amount, Some(Qualifier::Nearly))
        };
        let about_1_6 = Interval::closed(1.5, 1.7);
        let about_885 = Interval::closed(865.0, 905.0);
        let more_than_1000 = Interval::above(1000.0, true);
        let nearly_q = Some(Qualifier::Nearly);
        assert_eq!(
            judge(nearly(2.0), nearly_q, &about_1_6, false),
            Verdict::Contradicts
        );
        assert_eq!(
            judge(nearly(1.7), nearly_q, &about_1_6, false),
            Verdict::Holds
        );
        assert_eq!(
            judge(nearly(900.0), nearly_q, &about_885, false),
            Verdict::Holds
        );
        assert_eq!(
            judge(nearly(1000.0), nearly_q, &more_than_1000, false),
            Verdict::Contradicts
        );
    }

    #[test]
    fn a_negated_fact_is_contradicted_only_from_within() {
        let not_12 = Interval::point(12.0);
        assert_eq!(
            judge(Interval::point(12.0), None, &not_12, true),
            Verdict::Contradicts
        );
        assert_eq!(
            judge(Interval::point(11.0), None, &not_12, true),
            Verdict::Holds
        );
    }
}
