//! Errors and spans: every failure points at the offending part of the input.

use super::*;

impl<'a> Grammar<'a> {
    /// The byte range of `slice`, a part of the input.
    pub(super) fn span_of(self, slice: &str) -> Span {
        let start = self.input.offset(slice);
        Span::new(start, start + slice.len())
    }

    /// The byte range between two positions of the input, each given as the input left there.
    pub(super) fn span_between(self, from: &str, to: &str) -> Span {
        Span::new(self.input.offset(from), self.input.offset(to))
    }

    pub(super) fn text_of(self, span: Span) -> &'a str {
        self.input.get(span.range()).unwrap_or_default()
    }

    pub(super) fn failure_at(self, span: Span, message: impl Into<String>, label: &str) -> Failure {
        let rest = self.input.get(span.start..).unwrap_or_default();
        Failure::at(rest, span.len(), message, label)
    }

    pub(super) fn failure_on(
        self,
        slice: &str,
        message: impl Into<String>,
        label: &str,
    ) -> Failure {
        self.failure_at(self.span_of(slice), message, label)
    }

    /// "expected what is measured before '≈'".
    pub(super) fn missing_subject(self, relation: &Spanned<Relation>) -> Failure {
        let written = match relation.node {
            Relation::Attributed { negated: false } => "attributed to",
            Relation::Attributed { negated: true } => "not attributed to",
            _ => self.text_of(relation.span),
        };
        let noun = relation.node.subject_noun();
        self.failure_at(
            relation.span,
            format!("expected {noun} before '{written}'"),
            "nothing before this",
        )
        .with_help(format!(
            "write {noun} first, as in '{}'",
            relation.node.example()
        ))
    }

    /// Why `words` followed by `stop` is no assertion: a misspelt keyword if there seems to
    /// be one, else where a relation was expected.
    pub(super) fn missing_relation(self, words: &[&'a str], stop: &'a str) -> Failure {
        if words.is_empty() && stop.is_empty() {
            return Failure::at(stop, 0, "empty assertion", "ends here")
                .with_help("write an assertion, as in 'range ≈ 885 km'");
        }
        let leading_typo = words
            .first()
            .and_then(|first| closest(first, LEADING_KEYWORDS).map(|keyword| (*first, keyword)));
        let relation_typo = || {
            words
                .iter()
                .find_map(|word| closest(word, RELATION_KEYWORDS).map(|keyword| (*word, keyword)))
        };
        if let Some((word, keyword)) = leading_typo.or_else(relation_typo) {
            return self
                .failure_on(word, format!("unknown keyword '{word}'"), "not a keyword")
                .with_suggestion(Some(keyword));
        }
        if let Some(between) = words
            .iter()
            .find(|word| word.eq_ignore_ascii_case("between"))
        {
            let after = self.rest_after(between).trim_start();
            return Failure::expected(
                after,
                "a number or a date after 'between'",
                "not a number or a date",
            );
        }
        let first_number = words
            .iter()
            .skip(1)
            .find(|word| word.starts_with(|c: char| c.is_ascii_digit()));
        match first_number {
            Some(number) if stop.is_empty() => {
                let message = format!("expected {COMPARISONS} before '{number}'");
                self.failure_on(number, message, "no comparison before this")
                    .with_help("ASCII spellings: ~ or ~= for ≈, != for ≠, <= for ≤, >= for ≥")
            }
            _ => Failure::expected(stop, RELATIONS, "unexpected")
                .with_help("see docs/language.md for the kinds of assertion"),
        }
    }

    /// The input after `slice`, a part of it.
    pub(super) fn rest_after(self, slice: &str) -> &'a str {
        self.input
            .get(self.span_of(slice).end..)
            .unwrap_or_default()
    }

    /// "the tolerance is in kg but the value is in km", pointing at `unit`, the unit of
    /// `part`.
    pub(super) fn unit_mismatch(
        self,
        (part, unit): (&str, &Spanned<&'static Unit>),
        (other_part, wanted): (&str, &Unit),
    ) -> Failure {
        let found = unit.node;
        let message = format!(
            "{part} is in {} but {other_part} is in {}",
            found.symbol, wanted.symbol
        );
        let label = if found.dimension == wanted.dimension {
            "another currency".to_owned()
        } else {
            format!("a unit of {}", found.dimension)
        };
        let help = match wanted.dimension {
            Dimension::Money => format!("use {} here too", wanted.symbol),
            dimension => format!("use {} or another unit of {dimension}", wanted.symbol),
        };
        self.failure_at(unit.span, message, &label).with_help(help)
    }
}
