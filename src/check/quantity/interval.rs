//! Intervals of real numbers, open or closed at each end: what a stated quantity and a
//! fact's constraint both become before they are compared.

use crate::extract::quantity::{Amount, Qualifier};

/// Relative slack on every comparison, so that exact conversions (550 mi = 885.1392 km)
/// are not undone by `f64` rounding.
const EPSILON: f64 = 1e-9;

/// How far below its number "nearly N" reaches: 10% of N ("nearly 1,000" is 900–1,000).
const NEARLY_MARGIN: f64 = 0.1;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
    pub low_open: bool,
    pub high_open: bool,
}

impl Interval {
    pub fn closed(low: f64, high: f64) -> Self {
        Self {
            low,
            high,
            low_open: false,
            high_open: false,
        }
    }

    pub fn point(value: f64) -> Self {
        Self::closed(value, value)
    }

    /// Above `value` (`> value`, or `≥ value` when not `open`).
    pub fn above(value: f64, open: bool) -> Self {
        Self {
            low_open: open,
            ..Self::closed(value, f64::INFINITY)
        }
    }

    /// Below `value` (`< value`, or `≤ value` when not `open`).
    pub fn below(value: f64, open: bool) -> Self {
        Self {
            high_open: open,
            ..Self::closed(f64::NEG_INFINITY, value)
        }
    }

    /// What a text states: "about 900" is 900 (the fact's tolerance is the margin),
    /// "more than 1,000" is above 1,000, "nearly 1,000" is 900 up to 1,000, "10 to 12" is
    /// 10–12.
    pub fn stated(amount: Amount, qualifier: Option<Qualifier>) -> Self {
        match amount {
            Amount::Number(value) => Self::point(value),
            // "nearly 2 miles" claims just under 2: not 1.6, which a desk calls overstated.
            Amount::Interval {
                min: None,
                max: Some(max),
            } if qualifier == Some(Qualifier::Nearly) => Self {
                high_open: true,
                ..Self::closed(max - max.abs() * NEARLY_MARGIN, max)
            },
            Amount::Interval { min, max } => {
                let strict = matches!(qualifier, Some(Qualifier::Gt | Qualifier::Lt));
                let low_open = strict && max.is_none();
                let high_open = strict && min.is_none();
                Self {
                    low: min.unwrap_or(f64::NEG_INFINITY),
                    high: max.unwrap_or(f64::INFINITY),
                    low_open,
                    high_open,
                }
            }
        }
    }

    /// The numbers as written, without what the words around them make of them: "at least
    /// 55" is 55, "10 to 12" is 10–12.
    pub fn written(amount: Amount) -> Self {
        match amount {
            Amount::Number(value) => Self::point(value),
            Amount::Interval { min, max } => match (min, max) {
                (Some(low), Some(high)) => Self::closed(low, high),
                (Some(value), None) | (None, Some(value)) => Self::point(value),
                (None, None) => Self::closed(f64::NEG_INFINITY, f64::INFINITY),
            },
        }
    }

    /// Whether some number lies in both intervals.
    pub fn meets(&self, other: &Interval) -> bool {
        let below_other = exceeds(other.low, self.high, self.high_open || other.low_open);
        let above_other = exceeds(self.low, other.high, self.low_open || other.high_open);
        !below_other && !above_other
    }

    /// Whether every number of `self` lies in `other`.
    pub fn within(&self, other: &Interval) -> bool {
        !exceeds(other.low, self.low, other.low_open && !self.low_open)
            && !exceeds(self.high, other.high, other.high_open && !self.high_open)
    }
}

/// Whether `a` lies beyond `b` (or touches it, when `touching` counts).
fn exceeds(a: f64, b: f64, touching: bool) -> bool {
    if a.is_infinite() || b.is_infinite() {
        return if touching { a >= b } else { a > b };
    }
    let slack = EPSILON * a.abs().max(b.abs()).max(1.0);
    if touching {
        a > b - slack
    } else {
        a > b + slack
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_meet_only_where_they_overlap() {
        let more_than_1000 = Interval::above(1000.0, true);
        assert!(!Interval::point(1000.0).meets(&more_than_1000));
        assert!(Interval::point(1000.5).meets(&more_than_1000));
        assert!(Interval::above(1000.0, true).meets(&more_than_1000));
        assert!(!Interval::below(1000.0, false).meets(&more_than_1000));
        let range = Interval::closed(865.0, 905.0);
        assert!(Interval::point(885.1392).meets(&range));
        assert!(Interval::point(905.0).meets(&range));
        assert!(!Interval::point(700.0).meets(&range));
        assert!(Interval::below(900.0, false).meets(&range));
        assert!(!Interval::below(865.0, true).meets(&range));
    }

    #[test]
    fn within() {
        let range = Interval::closed(10.0, 12.0);
        assert!(Interval::point(11.0).within(&range));
        assert!(Interval::closed(10.0, 12.0).within(&range));
        assert!(!Interval::closed(9.0, 12.0).within(&range));
        assert!(!Interval::above(10.0, false).within(&range));
    }
}
