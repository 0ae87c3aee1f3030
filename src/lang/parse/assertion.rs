//! Assertions: the first word or the relation after the subject decides the kind.

use super::*;

impl<'a> Grammar<'a> {
    pub(super) fn assertion(self, i: &'a str) -> PResult<'a, Assertion> {
        let i = i.trim_start();
        alt((|i| self.quote(i), |i| self.term(i), |i| self.sentence(i))).parse(i)
    }

    /// `quote "TEXT" by ENTITY`
    pub(super) fn quote(self, i: &'a str) -> PResult<'a, Assertion> {
        let (i, _) = keyword("quote").parse(i)?;
        let (i, text) = cut(preceded(ws0, |i| self.quoted(i, "the quoted words"))).parse(i)?;
        let (i, _) = cut(preceded(ws0, expect_keyword("by", "'by' and who said it"))).parse(i)?;
        let (i, speaker) = cut(preceded(ws0, |i| {
            self.identifier(i, "who said it (an entity id)")
        }))
        .parse(i)?;
        let (i, ()) = end_of_input(i, "the end of the assertion")?;
        Ok((i, Assertion::Quote(QuoteAssertion { text, speaker })))
    }

    /// `forbid "X"`, `require "X"`, `prefer "X" over "Y"[, "Z"]…`
    pub(super) fn term(self, i: &'a str) -> PResult<'a, Assertion> {
        let phrase = |i| {
            let (i, phrase) = self.quoted(i, "a phrase")?;
            self.check_gaps(&phrase).map_err(nom::Err::Failure)?;
            Ok((i, phrase))
        };
        let (i, term) = alt((
            preceded(keyword("forbid"), cut(preceded(ws0, phrase))).map(TermAssertion::Forbid),
            preceded(keyword("require"), cut(preceded(ws0, phrase))).map(TermAssertion::Require),
            preceded(keyword("prefer"), cut(|i| self.preference(i))),
        ))
        .parse(i)?;
        let (i, ()) = end_of_input(i, "the end of the assertion")?;
        Ok((i, Assertion::Term(term)))
    }

    /// `"X" over "Y"[, "Z"]…`, after `prefer`.
    pub(super) fn preference(self, i: &'a str) -> PResult<'a, TermAssertion> {
        let (i, preferred) = preceded(ws0, |i| self.quoted(i, "the preferred phrase")).parse(i)?;
        let (i, _) = preceded(
            ws0,
            expect_keyword("over", "'over' and the phrases to avoid"),
        )
        .parse(i)?;
        let (i, over) = list(preceded(ws0, |i| self.quoted(i, "a phrase to avoid"))).parse(i)?;
        // A spelling to avoid is replaced by the preferred one: both are written out whole.
        for phrase in std::iter::once(&preferred).chain(&over) {
            let help = "'prefer' names whole spellings: write the words out";
            self.whole_phrase(phrase, help).map_err(nom::Err::Failure)?;
        }
        Ok((i, TermAssertion::Prefer { preferred, over }))
    }

    /// A phrase that takes no gap (`prefer` spellings, `mentions`), pointing at its first.
    pub(super) fn whole_phrase(self, phrase: &Spanned<String>, help: &str) -> Result<(), Failure> {
        match gap_spans(phrase).first() {
            Some(gap) => Err(self
                .failure_at(
                    *gap,
                    "a gap goes in 'forbid' and 'require' phrases",
                    "a gap",
                )
                .with_help(help)),
            None => Ok(()),
        }
    }

    /// A phrase's gaps (`…`) each stand between written words: not at an end, not two in a
    /// row.
    fn check_gaps(self, phrase: &Spanned<String>) -> Result<(), Failure> {
        let parts = phrase_parts(&phrase.node);
        let gaps = gap_spans(phrase);
        let last = parts.len() - 1;
        let empty = |(_, part): &(usize, &str)| !part.chars().any(char::is_alphanumeric);
        let Some(index) = parts.iter().position(empty) else {
            return Ok(());
        };
        let help = format!(
            "a gap stands for up to {MAX_GAP_WORDS} words between written ones, as in \"on the … south pole\""
        );
        let failure = if index == 0 {
            self.failure_at(
                gaps[0],
                "a phrase cannot start with a gap",
                "nothing before this gap",
            )
        } else if index == last {
            self.failure_at(
                gaps[last - 1],
                "a phrase cannot end with a gap",
                "nothing after this gap",
            )
        } else {
            self.failure_at(gaps[index], "two gaps in a row", "a second gap")
                .with_help(format!(
                    "one '…' already stands for up to {MAX_GAP_WORDS} words"
                ))
        };
        Err(if index == 0 || index == last {
            failure.with_help(help)
        } else {
            failure
        })
    }

    /// `SUBJECT RELATION …`: quantities, dates, attributions and titles.
    pub(super) fn sentence(self, i: &'a str) -> PResult<'a, Assertion> {
        let (i, (subject, relation)) = self.subject_and_relation(i)?;
        if !subject.node.chars().any(char::is_alphanumeric) {
            return Err(nom::Err::Failure(self.missing_subject(&relation)));
        }
        let i = i.trim_start();
        match relation.node {
            Relation::Compare(op) => {
                let op = Spanned::new(op, relation.span);
                let (i, constraint) = cut(|i| self.comparison(i, op.clone())).parse(i)?;
                Ok((i, quantity_assertion(subject, constraint)))
            }
            Relation::Between if looks_like_date(i) => {
                let (i, constraint) = cut(|i| self.date_range(i)).parse(i)?;
                Ok((i, date_assertion(subject, constraint)))
            }
            Relation::Between => {
                let (i, constraint) = cut(|i| self.quantity_range(i)).parse(i)?;
                Ok((i, quantity_assertion(subject, constraint)))
            }
            Relation::On | Relation::In => {
                let (i, constraint) = cut(|i| self.date_list(i)).parse(i)?;
                Ok((i, date_assertion(subject, constraint)))
            }
            Relation::At => {
                let (i, constraint) = cut(|i| self.time_constraint(i)).parse(i)?;
                Ok((i, date_assertion(subject, constraint)))
            }
            Relation::Attributed { negated } => {
                let (i, speakers) = cut(|i| self.speakers(i)).parse(i)?;
                let attribution = AttributionAssertion {
                    claim: subject,
                    negated,
                    speakers,
                };
                Ok((i, Assertion::Attribution(attribution)))
            }
            Relation::Titled => {
                let entity = self
                    .entity_before_titled(subject)
                    .map_err(nom::Err::Failure)?;
                let (i, titles) = cut(|i| self.title_set(i)).parse(i)?;
                Ok((i, Assertion::Title(TitleAssertion { entity, titles })))
            }
        }
    }

    /// The words before the first relation (normalized to single spaces), and the relation.
    pub(super) fn subject_and_relation(
        self,
        i: &'a str,
    ) -> PResult<'a, (Spanned<String>, Spanned<Relation>)> {
        let mut words: Vec<&'a str> = Vec::new();
        let mut rest = i;
        loop {
            if let Some((after, relation)) = relation_at(rest) {
                let subject = match (words.first(), words.last()) {
                    (Some(first), Some(last)) => Spanned::new(
                        words.join(" "),
                        self.span_of(first).cover(self.span_of(last)),
                    ),
                    _ => Spanned::new(String::new(), self.span_between(rest, rest)),
                };
                let relation = Spanned::new(relation, self.span_between(rest, after));
                return Ok((after, (subject, relation)));
            }
            let Some((word, after)) = subject_word(rest) else {
                return Err(nom::Err::Error(self.missing_relation(&words, rest)));
            };
            words.push(word);
            rest = after.trim_start();
        }
    }

    /// `FIGURE [or FIGURE]…`, after the operator. A figure without a unit takes the first
    /// figure's.
    pub(super) fn comparison(
        self,
        i: &'a str,
        op: Spanned<CompareOp>,
    ) -> PResult<'a, (QuantityConstraint, Option<Spanned<Moment>>)> {
        let (i, mut figures) = list(|i| self.figure(i, op.node)).parse(i)?;
        let last = figures.last().expect("a list has an item");
        let next = match (&last.tolerance, &last.source) {
            (_, Some(_)) => "'or' and another figure, 'as of' a date, or the end of the assertion",
            (Some(_), None) => {
                "'per SOURCE', 'or' and another figure, 'as of' a date, or the end of the assertion"
            }
            (None, None) => {
                "a tolerance (±…), 'per SOURCE', 'or' and another figure, 'as of' a date, or the end of the assertion"
            }
        };
        let (i, as_of) = opt(|i| self.as_of(i)).parse(i)?;
        let (i, ()) = end_of_input(
            i,
            if as_of.is_some() {
                "the end of the assertion"
            } else {
                next
            },
        )?;
        if let Some(second) = figures.get(1)
            && !matches!(op.node, CompareOp::Approx | CompareOp::Eq)
        {
            let message = format!("'or' does not go with '{}'", op.node.symbol());
            let failure = self
                .failure_at(second.value.span, message, "a second figure")
                .with_help("figures that are each possible go with ≈ or =");
            return Err(nom::Err::Failure(failure));
        }
        if let Some(bearing) = figures.iter().find_map(|figure| figure.bearing.as_ref()) {
            let distance = figures[0]
                .value
                .unit
                .as_ref()
                .map(|unit| unit.node.dimension);
            let problem =
                if figures.len() > 1 || !matches!(op.node, CompareOp::Approx | CompareOp::Eq) {
                    Some((
                        "a direction goes with one figure, after ≈ or =",
                        "direction",
                    ))
                } else if distance != Some(Dimension::Length) {
                    Some(("a direction goes with a distance", "not after a distance"))
                } else {
                    None
                };
            if let Some((message, label)) = problem {
                let failure = self
                    .failure_at(bearing.span, message, label)
                    .with_help("write one distance and where it is from: epicentre ≈ 72 km southwest of Marrakech ±5 km");
                return Err(nom::Err::Failure(failure));
            }
        }
        let first_unit = figures[0].value.unit.clone();
        let first_per = figures[0].value.per.clone();
        for figure in &mut figures[1..] {
            if figure.value.per.is_none() {
                figure.value.per = first_per.clone();
            }
            match (&figure.value.unit, &first_unit) {
                (None, Some(unit)) => figure.value.unit = Some(unit.clone()),
                (Some(own), Some(first)) if !own.node.converts_to(first.node) => {
                    let failure =
                        self.unit_mismatch(("this figure", own), ("the first", first.node));
                    return Err(nom::Err::Failure(failure));
                }
                _ => {}
            }
        }
        Ok((i, (QuantityConstraint::Compare { op, figures }, as_of)))
    }

    /// `DIRECTION of PLACE` after a distance: `southwest of Marrakech`. A word before `of`
    /// that is no direction is an error (a misspelt one, most likely).
    pub(super) fn bearing(self, i: &'a str) -> PResult<'a, Spanned<Bearing>> {
        let start = i;
        let (after_word, word) = subject_word(i)
            .map(|(word, after)| (after, word))
            .ok_or_else(|| nom::Err::Error(Failure::expected(i, "a direction", "here")))?;
        let (after_of, _) = (ws1, keyword("of"), ws1).parse(after_word)?;
        let Some(point) = Point::named(word) else {
            // A word close to a direction before "of" is a misspelt one ("southwset of");
            // any other ("as of") is not a direction at all.
            let Some(name) = closest(word, Point::NAMES) else {
                return Err(nom::Err::Error(Failure::expected(i, "a direction", "here")));
            };
            let failure = self
                .failure_on(
                    word,
                    format!("unknown direction '{word}'"),
                    "not a direction",
                )
                .with_help(format!("did you mean '{name}'?"));
            return Err(nom::Err::Failure(failure));
        };
        let mut words: Vec<&'a str> = Vec::new();
        let mut rest = after_of;
        while let Some((place_word, after)) = subject_word(rest) {
            if matches!(
                place_word.to_ascii_lowercase().as_str(),
                "per" | "or" | "as"
            ) {
                break;
            }
            words.push(place_word);
            rest = after.trim_start();
        }
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            let failure =
                Failure::expected(after_of, "the place the direction is from", "no place")
                    .with_help("write the place after 'of': 72 km southwest of Marrakech");
            return Err(nom::Err::Failure(failure));
        };
        let place = Spanned::new(
            words.join(" "),
            self.span_of(first).cover(self.span_of(last)),
        );
        let i = &after_of[after_of.offset(last) + last.len()..];
        let bearing = Bearing { point, place };
        Ok((i, Spanned::new(bearing, self.span_between(start, i))))
    }

    /// `as of MOMENT`, after a quantity's figures.
    pub(super) fn as_of(self, i: &'a str) -> PResult<'a, Spanned<Moment>> {
        let (i, _) = (ws0, keyword("as"), ws1, keyword("of"), ws0).parse(i)?;
        cut(|i| self.moment(i)).parse(i)
    }

    /// `VALUE [± TOLERANCE] [per SOURCE]`.
    pub(super) fn figure(self, i: &'a str, op: CompareOp) -> PResult<'a, Figure> {
        let (i, value) = self.quantity(i)?;
        if let Form::Vague(vague) = value.form
            && !matches!(op, CompareOp::Approx | CompareOp::Eq | CompareOp::Ne)
        {
            let message = format!("'{}' does not go with '{}'", vague.phrase, op.symbol());
            let failure = self
                .failure_at(value.span, message, "a range of values")
                .with_help(format!(
                    "'{}' is {} to {}: write ≈ {}, or a bound with a number (> {})",
                    vague.phrase, vague.low, vague.high, vague.phrase, vague.high
                ));
            return Err(nom::Err::Failure(failure));
        }
        let (i, bearing) = opt(preceded(ws1, |i| self.bearing(i))).parse(i)?;
        let (i, tolerance) = opt(preceded(ws0, |i| self.tolerance(i, &value, op))).parse(i)?;
        let (i, source) = opt(preceded(
            (ws0, keyword("per"), ws0),
            cut(|i| {
                self.identifier(
                    i,
                    "a unit of time (per day) or whose figure it is (an entity id)",
                )
            }),
        ))
        .parse(i)?;
        let figure = Figure {
            value,
            tolerance,
            source,
            bearing,
        };
        Ok((i, figure))
    }

    /// `± AMOUNT [UNIT]`; see [`Grammar::tolerance_for`] for what it means.
    pub(super) fn tolerance(
        self,
        i: &'a str,
        value: &Quantity,
        op: CompareOp,
    ) -> PResult<'a, Spanned<Tolerance>> {
        let start = i;
        let (i, sign) = alt((tag("±"), tag("+/-"), tag("+-"))).parse(i)?;
        if let Form::Vague(vague) = value.form {
            let message = format!("'{}' has no tolerance", vague.phrase);
            let failure = self
                .failure_on(sign, message, "tolerance")
                .with_help(format!(
                    "'{}' already stands for {} to {}",
                    vague.phrase, vague.low, vague.high
                ));
            return Err(nom::Err::Failure(failure));
        }
        if !matches!(op, CompareOp::Approx | CompareOp::Eq | CompareOp::Ne) {
            let message = format!("a tolerance does not apply to '{}'", op.symbol());
            let failure = self
                .failure_on(sign, message, "tolerance")
                .with_help("tolerances go with ≈, = and ≠; for a bound, move the bound itself");
            return Err(nom::Err::Failure(failure));
        }
        let (i, amount) = cut(preceded(ws0, |i| self.quantity(i))).parse(i)?;
        if amount.form != Form::Number || amount.per.is_some() {
            let failure = self
                .failure_at(amount.span, "a tolerance is a number", "not a number")
                .with_help("write the size of the margin: ±20");
            return Err(nom::Err::Failure(failure));
        }
        if amount.value < 0.0 {
            let failure = self
                .failure_at(amount.span, "a tolerance cannot be negative", "negative")
                .with_help("write the size of the margin: ±20");
            return Err(nom::Err::Failure(failure));
        }
        let tolerance = self
            .tolerance_for(value, amount)
            .map_err(nom::Err::Failure)?;
        Ok((i, Spanned::new(tolerance, self.span_between(start, i))))
    }

    /// What `± amount` means next to `value`:
    /// - no unit: absolute, in the value's unit (`≈ 885 km ±20`, `= 61.2% ±0.5`);
    /// - a unit that converts to the value's: absolute in that unit (`±20 km`); on a
    ///   percentage `±0.5%` is therefore ±0.5 percentage points;
    /// - `%` on a value that is not a percentage: relative (`≈ 550 mi ±2%`).
    pub(super) fn tolerance_for(
        self,
        value: &Quantity,
        amount: Quantity,
    ) -> Result<Tolerance, Failure> {
        let Some(unit) = amount.unit else {
            return Ok(Tolerance::Absolute {
                amount: amount.value,
                unit: None,
            });
        };
        let value_unit = value.unit.as_ref().map(|unit| unit.node);
        let temperature = value_unit.is_some_and(|u| u.dimension == Dimension::Temperature);
        if temperature && unit.node.dimension == Dimension::Percent {
            let failure = self
                .failure_at(
                    unit.span,
                    "a temperature has no relative tolerance",
                    "relative",
                )
                .with_help("write the margin in degrees: ±2 or ±2 °C");
            return Err(failure);
        }
        match value_unit {
            Some(value_unit) if unit.node.converts_to(value_unit) => Ok(Tolerance::Absolute {
                amount: amount.value,
                unit: Some(unit),
            }),
            _ if unit.node.dimension == Dimension::Percent => Ok(Tolerance::Percent(amount.value)),
            Some(value_unit) => {
                Err(self.unit_mismatch(("the tolerance", &unit), ("the value", value_unit)))
            }
            None => {
                let message = format!(
                    "the tolerance is in {} but the value has no unit",
                    unit.node.symbol
                );
                Err(self
                    .failure_at(unit.span, message, "the value has no unit")
                    .with_help("give the value the same unit, or leave it off the tolerance"))
            }
        }
    }

    /// `LOW and HIGH`, after `between`. A bound without a unit takes the other's.
    pub(super) fn quantity_range(
        self,
        i: &'a str,
    ) -> PResult<'a, (QuantityConstraint, Option<Spanned<Moment>>)> {
        let (i, low) = self.quantity(i)?;
        let (i, _) = preceded(ws0, expect_keyword("and", "'and' and the upper bound")).parse(i)?;
        let (i, high) = preceded(ws0, |i| self.quantity(i)).parse(i)?;
        for bound in [&low, &high] {
            if bound.form != Form::Number {
                let message = "the bounds of 'between' are numbers";
                let failure = self
                    .failure_at(bound.span, message, "not a number")
                    .with_help("for a vague word, write ≈ several; for an ordinal, = 11th");
                return Err(nom::Err::Failure(failure));
            }
        }
        let (i, as_of) = opt(|i| self.as_of(i)).parse(i)?;
        let expected = match as_of {
            Some(_) => "the end of the assertion",
            None => "'as of' a date, or the end of the assertion",
        };
        let (i, ()) = end_of_input(i, expected)?;
        let (low, high) = share_unit(low, high);
        self.check_quantity_order(&low, &high)
            .map_err(nom::Err::Failure)?;
        Ok((i, (QuantityConstraint::Between { low, high }, as_of)))
    }

    pub(super) fn check_quantity_order(
        self,
        low: &Quantity,
        high: &Quantity,
    ) -> Result<(), Failure> {
        let low_in_high_unit = match (&low.unit, &high.unit) {
            (Some(low_unit), Some(high_unit)) => low_unit
                .node
                .convert(low.value, high_unit.node)
                .ok_or_else(|| {
                self.unit_mismatch(
                    ("the upper bound", high_unit),
                    ("the lower bound", low_unit.node),
                )
            })?,
            _ => low.value,
        };
        if low_in_high_unit <= high.value {
            return Ok(());
        }
        let (low, high) = (self.text_of(low.span), self.text_of(high.span));
        let message = format!("the range is backwards: {high} is less than {low}");
        Err(self
            .failure_at(self.span_of(high), message, "below the lower bound")
            .with_help(format!(
                "write the lower bound first: between {high} and {low}"
            )))
    }

    /// `D [or D]…`, after `on` or `in`.
    pub(super) fn date_list(self, i: &'a str) -> PResult<'a, DateConstraint> {
        let (i, dates) = list(|i| self.date(i)).parse(i)?;
        let (i, ()) = end_of_input(i, "'or' and another date, or the end of the assertion")
            .map_err(|error| {
                if compare_op(i.trim_start()).is_ok() {
                    error.map(|failure| failure.with_help(DATE_IN_SUBJECT))
                } else {
                    error
                }
            })?;
        Ok((i, DateConstraint::OneOf(dates)))
    }

    /// `TIME [± DURATION]`, after `at`.
    pub(super) fn time_constraint(self, i: &'a str) -> PResult<'a, DateConstraint> {
        let (i, time) = self.event_time(i)?;
        let (i, tolerance) = opt(preceded(ws0, |i| self.time_tolerance(i))).parse(i)?;
        let next = match tolerance {
            Some(_) => "the end of the assertion",
            None => "a tolerance (±30 min) or the end of the assertion",
        };
        let (i, ()) = end_of_input(i, next)?;
        Ok((i, DateConstraint::At { time, tolerance }))
    }

    /// `± DURATION` after a time: `±30 min`, `±1h`.
    fn time_tolerance(self, i: &'a str) -> PResult<'a, Spanned<jiff::SignedDuration>> {
        let start = i;
        let (i, _) = alt((tag("±"), tag("+/-"), tag("+-"))).parse(i)?;
        let (i, amount) = cut(preceded(ws0, |i| self.quantity(i))).parse(i)?;
        let seconds = amount.unit.as_ref().and_then(|unit| {
            let second = units::lookup("s")?;
            unit.node.convert(amount.value, second)
        });
        let duration = seconds
            .filter(|s| (0.0..=86_400.0 * 366.0).contains(s))
            .and_then(|s| jiff::SignedDuration::try_from_secs_f64(s).ok());
        match duration {
            Some(duration) => Ok((i, Spanned::new(duration, self.span_between(start, i)))),
            None => {
                let (message, label) = match &amount.unit {
                    None => ("a tolerance on a time needs its unit", "no unit"),
                    Some(_) if amount.value < 0.0 => ("a tolerance cannot be negative", "negative"),
                    Some(unit) if unit.node.dimension != Dimension::Duration => {
                        ("a tolerance on a time is a duration", "not a duration")
                    }
                    Some(_) => ("a tolerance on a time is at most a year", "too long"),
                };
                let failure = self
                    .failure_at(amount.span, message, label)
                    .with_help("write minutes or hours: ±30 min, ±1 h");
                Err(nom::Err::Failure(failure))
            }
        }
    }

    /// `START and END`, after `between`.
    pub(super) fn date_range(self, i: &'a str) -> PResult<'a, DateConstraint> {
        let (i, start) = self.date(i)?;
        let (i, _) = preceded(ws0, expect_keyword("and", "'and' and the last date")).parse(i)?;
        let (i, end) = preceded(ws0, |i| self.date(i)).parse(i)?;
        let (i, ()) = end_of_input(i, "the end of the assertion")?;
        if start.node.first_day() > end.node.last_day() {
            let (start, end) = (self.text_of(start.span), self.text_of(end.span));
            let message = format!("the range ends ({end}) before it starts ({start})");
            let failure = self
                .failure_at(self.span_of(end), message, "before the start")
                .with_help(format!(
                    "write the earlier date first: between {end} and {start}"
                ));
            return Err(nom::Err::Failure(failure));
        }
        Ok((i, DateConstraint::Between { start, end }))
    }

    /// `to SPEAKER[, SPEAKER]… [or SPEAKER]`, after `attributed`.
    pub(super) fn speakers(self, i: &'a str) -> PResult<'a, Vec<Speaker>> {
        let (i, _) = expect_keyword("to", "'to' after 'attributed'").parse(i)?;
        let (i, speakers) = list(preceded(ws0, |i| self.speaker(i))).parse(i)?;
        let next = "',' or 'or' and another speaker, or the end of the assertion";
        let (i, ()) = end_of_input(i, next)?;
        Ok((i, speakers))
    }

    /// An entity id or role (`kirby`, `white-house`, `analyst`), or `"a quoted name"`.
    pub(super) fn speaker(self, i: &'a str) -> PResult<'a, Speaker> {
        if starts_with_quote(i) {
            return self
                .quoted(i, "a name")
                .map(|(i, name)| (i, Speaker::Literal(name)));
        }
        let what = "a speaker (an entity id, a role or a \"quoted name\")";
        let (i, name) = self.identifier(i, what)?;
        Ok((i, Speaker::Named(name)))
    }

    /// The subject of `titled` must be one entity id.
    pub(super) fn entity_before_titled(
        self,
        subject: Spanned<String>,
    ) -> Result<Spanned<String>, Failure> {
        if subject.node.chars().all(is_identifier_char) {
            return Ok(subject);
        }
        let message = format!(
            "expected an entity id before 'titled', found '{}'",
            subject.node
        );
        Err(self
            .failure_at(subject.span, message, "not an entity id")
            .with_help("use the entity's id from the sheet's `entities:`, as in 'kirby titled …'"))
    }

    /// `"X"`, `one of "X", "Y"…` or `one of ENTITY.titles`, after `titled`.
    pub(super) fn title_set(self, i: &'a str) -> PResult<'a, TitleSet> {
        if let Ok((i, _)) = keyword("one").parse(i) {
            let (i, _) = preceded(ws0, expect_keyword("of", "'of' after 'one'")).parse(i)?;
            let i = i.trim_start();
            if starts_with_quote(i) {
                return self.listed_titles(i);
            }
            return self.entity_titles(i);
        }
        if starts_with_quote(i) {
            let (i, title) = self.quoted(i, "a title")?;
            let (i, ()) = end_of_input(i, "the end of the assertion")?;
            return Ok((i, TitleSet::Listed(vec![title])));
        }
        let failure = Failure::expected(i, "a title in double quotes, or 'one of'", "not a title");
        Err(nom::Err::Error(failure))
    }

    pub(super) fn listed_titles(self, i: &'a str) -> PResult<'a, TitleSet> {
        let (i, titles) = list(|i| self.quoted(i, "a title")).parse(i)?;
        let next = "',' or 'or' and another title, or the end of the assertion";
        let (i, ()) = end_of_input(i, next)?;
        Ok((i, TitleSet::Listed(titles)))
    }

    /// `ENTITY.titles`
    pub(super) fn entity_titles(self, i: &'a str) -> PResult<'a, TitleSet> {
        let what = "titles in double quotes, or ENTITY.titles";
        let (i, entity) = self.identifier(i, what)?;
        let help = format!("write {}.titles", entity.node);
        let Some(field) = i.strip_prefix('.') else {
            let failure =
                Failure::expected(i, "'.titles' after the entity id", "expected '.titles'");
            return Err(nom::Err::Failure(failure.with_help(help)));
        };
        let (i, _) = expect_keyword("titles", "'titles'")
            .parse(field)
            .map_err(|error| error.map(|failure| failure.with_help(help)))?;
        let (i, ()) = end_of_input(i, "the end of the assertion")?;
        Ok((i, TitleSet::EntityTitles(entity)))
    }
}

pub(super) fn quantity_assertion(
    subject: Spanned<String>,
    (constraint, as_of): (QuantityConstraint, Option<Spanned<Moment>>),
) -> Assertion {
    Assertion::Quantity(QuantityAssertion {
        subject,
        constraint,
        as_of,
    })
}

pub(super) fn date_assertion(event: Spanned<String>, constraint: DateConstraint) -> Assertion {
    Assertion::Date(DateAssertion { event, constraint })
}

/// `between 10 and 12 km`: a bound written without a unit takes the other bound's.
pub(super) fn share_unit(mut low: Quantity, mut high: Quantity) -> (Quantity, Quantity) {
    match (&low.unit, &high.unit) {
        (None, Some(unit)) => low.unit = Some(unit.clone()),
        (Some(unit), None) => high.unit = Some(unit.clone()),
        _ => {}
    }
    (low, high)
}

/// The relation `i` starts with, if any, and the input after it.
pub(super) fn relation_at(i: &str) -> Option<(&str, Relation)> {
    if let Ok((after, op)) = compare_op(i) {
        return Some((after, Relation::Compare(op)));
    }
    let followed_by = |word: &'static str, starts_operand: fn(&str) -> bool| {
        let (after, _) = keyword(word).parse(i).ok()?;
        let operand = after.trim_start();
        (operand.len() < after.len() && starts_operand(operand)).then_some(after)
    };
    if let Some(after) = followed_by("between", starts_number_or_date) {
        return Some((after, Relation::Between));
    }
    if let Some(after) = followed_by("on", starts_with_digit) {
        return Some((after, Relation::On));
    }
    if let Some(after) = followed_by("in", starts_with_digit) {
        return Some((after, Relation::In));
    }
    // "at 2023-10-25T…" is a time; "stood at 3,000" is words of a claim.
    if let Some(after) = followed_by("at", looks_like_date) {
        return Some((after, Relation::At));
    }
    if let Ok((after, _)) = (keyword("not"), ws1, keyword("attributed")).parse(i) {
        return Some((after, Relation::Attributed { negated: true }));
    }
    if let Ok((after, _)) = keyword("attributed").parse(i) {
        return Some((after, Relation::Attributed { negated: false }));
    }
    let (after, _) = keyword("titled").parse(i).ok()?;
    Some((after, Relation::Titled))
}

/// `≈ ~ ~= = == != ≠ < <= ≤ > >= ≥`, longest spelling first.
pub(super) fn compare_op(i: &str) -> PResult<'_, CompareOp> {
    alt((
        value(CompareOp::Approx, alt((tag("~="), tag("≈"), tag("~")))),
        value(CompareOp::Eq, alt((tag("=="), tag("=")))),
        value(CompareOp::Ne, alt((tag("!="), tag("≠")))),
        value(CompareOp::Le, alt((tag("<="), tag("≤")))),
        value(CompareOp::Lt, tag("<")),
        value(CompareOp::Ge, alt((tag(">="), tag("≥")))),
        value(CompareOp::Gt, tag(">")),
    ))
    .parse(i)
}

/// Where each gap mark of a quoted phrase is, in the assertion.
fn gap_spans(phrase: &Spanned<String>) -> Vec<Span> {
    let parts = phrase_parts(&phrase.node);
    parts
        .windows(2)
        .map(|pair| {
            let (offset, part) = pair[0];
            let after = offset + part.len();
            let rest = &phrase.node[after..];
            let (at, mark) = GAP_MARKS
                .iter()
                .filter_map(|mark| rest.find(mark).map(|at| (at, mark.len())))
                .min()
                .unwrap_or((0, 0));
            let start = phrase.span.start + after + at;
            Span::new(start, start + mark)
        })
        .collect()
}
