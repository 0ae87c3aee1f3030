//! `applies_when` conditions: `mentions`, `not`, `and`, `or`, parentheses.

use super::*;

impl<'a> Grammar<'a> {
    pub(super) fn condition(self, i: &'a str) -> PResult<'a, Condition> {
        let (i, condition) = self.disjunction(i.trim_start(), 0)?;
        let rest = i.trim_start();
        if rest.is_empty() {
            return Ok((rest, condition));
        }
        let failure = if rest.starts_with(')') {
            Failure::at(rest, 1, "unmatched ')'", "no '(' before this")
        } else {
            Failure::expected(
                rest,
                "'and', 'or' or the end of the condition",
                "unexpected",
            )
            .with_suggestion(closest(token_at(rest), ["and", "or"]))
        };
        Err(nom::Err::Failure(failure))
    }

    /// `C or C or …` (loosest).
    pub(super) fn disjunction(self, i: &'a str, depth: usize) -> PResult<'a, Condition> {
        let (i, first) = self.conjunction(i, depth)?;
        let next = preceded(
            (ws0, keyword("or"), ws0),
            cut(|i| self.conjunction(i, depth)),
        );
        let (i, rest) = many0(next).parse(i)?;
        let condition = rest.into_iter().fold(first, |left, right| {
            Condition::Or(Box::new(left), Box::new(right))
        });
        Ok((i, condition))
    }

    /// `C and C and …`
    pub(super) fn conjunction(self, i: &'a str, depth: usize) -> PResult<'a, Condition> {
        let (i, first) = self.negation(i, depth)?;
        let next = preceded((ws0, keyword("and"), ws0), cut(|i| self.negation(i, depth)));
        let (i, rest) = many0(next).parse(i)?;
        let condition = rest.into_iter().fold(first, |left, right| {
            Condition::And(Box::new(left), Box::new(right))
        });
        Ok((i, condition))
    }

    /// `not C` (tightest) or an atom.
    pub(super) fn negation(self, i: &'a str, depth: usize) -> PResult<'a, Condition> {
        let Ok((after, not)) = keyword("not").parse(i) else {
            return self.atom(i, depth);
        };
        self.check_nesting(not, depth)?;
        let (i, negated) = cut(preceded(ws0, |i| self.negation(i, depth + 1))).parse(after)?;
        Ok((i, Condition::Not(Box::new(negated))))
    }

    /// `mentions "X"` or `( C )`.
    pub(super) fn atom(self, i: &'a str, depth: usize) -> PResult<'a, Condition> {
        if let Ok((after, _)) = keyword("mentions").parse(i) {
            let (i, phrase) = cut(preceded(ws0, |i| self.quoted(i, "a phrase"))).parse(after)?;
            let help =
                "a condition names a phrase written whole: mentions \"a\" and mentions \"b\"";
            self.whole_phrase(&phrase, help)
                .map_err(nom::Err::Failure)?;
            return Ok((i, Condition::Mentions(phrase)));
        }
        if let Ok((after, _)) = keyword("published").parse(i) {
            let (i, relation) = cut(preceded(ws0, publication_relation)).parse(after)?;
            let (i, date) = cut(preceded(ws0, |i| self.date(i))).parse(i)?;
            return Ok((i, Condition::Published { relation, date }));
        }
        if let Ok((after, _)) = keyword("outlet").parse(i) {
            let (i, name) =
                cut(preceded(ws0, |i| self.quoted(i, "the outlet's name"))).parse(after)?;
            return Ok((i, Condition::Outlet(name)));
        }
        if let Some(inside) = i.strip_prefix('(') {
            return self.parenthesized(i, inside, depth);
        }
        let expected =
            "'mentions \"…\"', 'published before|after|on DATE', 'outlet \"…\"', 'not' or '('";
        let failure = Failure::expected(i, expected, "not a condition").with_suggestion(closest(
            token_at(i),
            ["mentions", "published", "outlet", "not"],
        ));
        Err(nom::Err::Error(failure))
    }

    /// The condition after the `(` at the start of `open`, and its `)`.
    pub(super) fn parenthesized(
        self,
        open: &'a str,
        inside: &'a str,
        depth: usize,
    ) -> PResult<'a, Condition> {
        self.check_nesting(&open[..1], depth)?;
        let (i, condition) =
            cut(preceded(ws0, |i| self.disjunction(i, depth + 1))).parse(inside)?;
        let i = i.trim_start();
        if let Some(after) = i.strip_prefix(')') {
            return Ok((after, condition));
        }
        let failure = if i.is_empty() {
            Failure::at(open, 1, "unclosed '('", "this parenthesis is never closed")
                .with_help("add ')' where the group ends")
        } else {
            Failure::expected(i, "'and', 'or' or ')'", "unexpected")
                .with_suggestion(closest(token_at(i), ["and", "or"]))
        };
        Err(nom::Err::Failure(failure))
    }

    pub(super) fn check_nesting(
        self,
        opener: &'a str,
        depth: usize,
    ) -> Result<(), nom::Err<Failure>> {
        if depth < MAX_NESTING {
            return Ok(());
        }
        let message = format!("the condition nests deeper than {MAX_NESTING} levels");
        Err(nom::Err::Failure(
            self.failure_on(opener, message, "too deep"),
        ))
    }
}

/// `before`, `after` or `on`, after `published`.
fn publication_relation(i: &str) -> PResult<'_, Published> {
    let relations = alt((
        value(Published::Before, keyword("before")),
        value(Published::After, keyword("after")),
        value(Published::On, keyword("on")),
    ));
    context("'before', 'after' or 'on' and a date", relations)
        .parse(i)
        .map_err(|error| {
            error.map(|failure| {
                failure
                    .with_label("expected before, after or on")
                    .with_suggestion(closest(token_at(i), ["before", "after", "on"]))
            })
        })
}
