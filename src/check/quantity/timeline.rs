//! Figures that change over time: `death toll = 2,012 as of 2023-09-09T21:00+01:00`.
//!
//! The quantity facts of one subject with `as of` make a timeline, each figure current from
//! its moment until the next. An article is held to the figure current when it was
//! published, and judged by that fact alone (the others of the timeline say nothing about
//! it, so that a value gives one finding):
//!
//! - a figure announced later than the article may have reached it in an update, and one
//!   announced the same day (when the article or the figure has no time of day) may come
//!   before or after it: both hold;
//! - a value that is an earlier figure, and no current one, is outdated;
//! - any other value is judged against the current figures as a fact without `as of`.

use std::cmp::Ordering;

use super::Allowed;
use crate::lang::ast::{Assertion, Moment, QuantityAssertion};
use crate::lang::units::Unit;
use crate::sheet::Sheet;

/// The figures of one subject over time, in order, and which is this fact's.
#[derive(Debug)]
pub struct Timeline {
    checkpoints: Vec<Checkpoint>,
    /// Index of this fact's checkpoint.
    own: usize,
}

/// The figures one fact gives from its moment on.
#[derive(Debug)]
pub struct Checkpoint {
    pub moment: Moment,
    /// The fact's id, to say which fact is in force instead.
    pub fact: String,
    /// The values it allows, in the timeline's unit.
    pub figures: Vec<Allowed>,
}

impl Checkpoint {
    /// "80 (as of 2023-08-11)".
    pub fn shown(&self) -> String {
        let figures: Vec<&str> = self.figures.iter().map(|f| f.shown.as_str()).collect();
        format!(
            "{} (as of {})",
            figures.join(" or "),
            show_moment(self.moment)
        )
    }
}

/// What an article is held to: the figure current at its publication.
pub struct Standing<'t> {
    pub current: &'t Checkpoint,
    /// The values that hold: the current figures, those of the same day and later ones.
    pub allowed: Vec<&'t Allowed>,
    /// Figures replaced before the article was published, latest first.
    pub outdated: Vec<&'t Checkpoint>,
}

impl Timeline {
    /// The timeline of `assertion`'s subject in `sheet`, in `unit` (per `per` for a rate); `None` when the fact has
    /// no `as of`.
    pub fn compile(
        assertion: &QuantityAssertion,
        sheet: &Sheet,
        unit: Option<&'static Unit>,
        per: Option<&'static Unit>,
    ) -> Option<Self> {
        assertion.as_of.as_ref()?;
        let mut checkpoints: Vec<(bool, Checkpoint)> = sheet
            .facts
            .iter()
            .filter_map(|fact| match &fact.assertion {
                Assertion::Quantity(other)
                    if other
                        .subject
                        .node
                        .eq_ignore_ascii_case(&assertion.subject.node) =>
                {
                    let moment = other.as_of.as_ref()?.node;
                    let checkpoint = Checkpoint {
                        moment,
                        fact: fact.id.clone(),
                        figures: super::allowed_values(&other.constraint, unit, per)?,
                    };
                    Some((std::ptr::eq(other, assertion), checkpoint))
                }
                _ => None,
            })
            .collect();
        checkpoints.sort_by(|(_, a), (_, b)| order(a.moment, b.moment));
        let own = checkpoints.iter().position(|(own, _)| *own)?;
        let checkpoints = checkpoints.into_iter().map(|(_, c)| c).collect();
        Some(Self { checkpoints, own })
    }

    /// What an article published at `published` is held to, when this fact is the one in
    /// force then; otherwise why it says nothing.
    pub fn standing(&self, published: Option<Moment>) -> Result<Standing<'_>, String> {
        let Some(published) = published else {
            return Err(
                "the article has no publication date (front matter `date` or --date), so which figure was current is unknown"
                    .to_string(),
            );
        };
        let relation = |c: &Checkpoint| c.moment.compare(published);
        let before = self
            .checkpoints
            .iter()
            .rposition(|c| relation(c) == Ordering::Less);
        let same_day = self
            .checkpoints
            .iter()
            .position(|c| relation(c) == Ordering::Equal);
        let Some(current) = before.or(same_day) else {
            return Err(format!(
                "the article was published on {}, before the first figure (as of {})",
                published.day(),
                show_moment(self.checkpoints[0].moment)
            ));
        };
        if current != self.own {
            return Err(format!(
                "on the article's date ({}), the figure in force is fact {}'s",
                published.day(),
                self.checkpoints[current].fact
            ));
        }
        let allowed = self.checkpoints[current..]
            .iter()
            .enumerate()
            .filter(|(offset, c)| *offset == 0 || relation(c) != Ordering::Less)
            .flat_map(|(_, c)| &c.figures)
            .collect();
        let outdated = self.checkpoints[..current].iter().rev().collect();
        Ok(Standing {
            current: &self.checkpoints[current],
            allowed,
            outdated,
        })
    }
}

/// Checkpoints in time order; a day before the times of that day.
fn order(a: Moment, b: Moment) -> Ordering {
    a.compare(b).then_with(|| match (a, b) {
        (Moment::Day(_), Moment::Instant { .. }) => Ordering::Less,
        (Moment::Instant { .. }, Moment::Day(_)) => Ordering::Greater,
        _ => Ordering::Equal,
    })
}

/// "2023-08-11", "2023-09-09 20:00 UTC".
pub fn show_moment(moment: Moment) -> String {
    match moment {
        Moment::Day(day) => day.to_string(),
        Moment::Instant { at, .. } => at.strftime("%Y-%m-%d %H:%M UTC").to_string(),
    }
}
