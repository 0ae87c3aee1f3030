//! Raw YAML → [`Sheet`]: parses every assertion and checks every reference, collecting all
//! problems of the file with their exact positions.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use super::raw::{RawEntity, RawFact, RawSheet, Text};
use super::yaml_error::yaml_problem;
use super::{BUILTIN_ROLES, Entity, Example, Fact, Scalar, Sheet, SourceEntry, TermGroup};
use crate::check;
use crate::check::common_words::is_function_word;
use crate::finding::Severity;
use crate::lang::ast::{
    Assertion, QuantityConstraint, Spanned, Speaker, TermAssertion, TitleSet, phrase_parts,
};
use crate::lang::{self, ParseError};
use crate::problem::Problem;
use crate::source::Span;
use crate::suggest;

/// Compiles one rule file. `earlier` are the sheets already loaded, to catch a story id used
/// twice (fact ids `story/fact` must be unique across the whole rule set).
pub fn compile_sheet(path: &Path, text: String, earlier: &[Sheet]) -> Result<Sheet, Vec<Problem>> {
    let text: Arc<str> = text.into();
    let raw: RawSheet = match serde_saphyr::from_str(&text) {
        Ok(raw) => raw,
        Err(error) => return Err(vec![yaml_problem(path, &text, &error)]),
    };
    let mut compiler = Compiler {
        path,
        text: text.clone(),
        problems: Vec::new(),
    };
    let sheet = compiler.sheet(raw, earlier);
    if compiler.problems.is_empty() {
        Ok(sheet)
    } else {
        Err(compiler.problems)
    }
}

struct Compiler<'a> {
    path: &'a Path,
    text: Arc<str>,
    problems: Vec<Problem>,
}

impl Compiler<'_> {
    fn sheet(&mut self, raw: RawSheet, earlier: &[Sheet]) -> Sheet {
        let story = self.story(&raw.story, earlier);
        let sources: Vec<SourceEntry> = raw
            .sources
            .0
            .iter()
            .map(|(id, text)| SourceEntry {
                id: id.value.clone(),
                text: text.value.clone(),
            })
            .collect();
        let entities: Vec<Entity> = raw
            .entities
            .0
            .iter()
            .map(|(id, entity)| self.entity(id, entity))
            .collect();
        let terms = raw
            .terms
            .0
            .iter()
            .map(|(name, words)| self.term_group(name, words))
            .collect();
        let applies_when = raw.applies_when.as_ref().and_then(|condition| {
            let scalar = self.scalar(condition);
            lang::parse_condition(&scalar.value)
                .map_err(|error| self.language_error(&scalar, error))
                .ok()
        });
        let mut sheet = Sheet {
            story,
            title: raw.title.as_ref().map(|t| t.value.clone()),
            path: self.path.to_path_buf(),
            text: self.text.clone(),
            applies_when,
            sources,
            entities,
            terms,
            facts: Vec::new(),
        };
        sheet.facts = raw
            .facts
            .0
            .iter()
            .filter_map(|(name, fact)| self.fact(&sheet, name, fact))
            .collect();
        if sheet.facts.len() == raw.facts.0.len() {
            self.check_terms_used(&raw, &sheet);
        }
        self.check_prefer_conflicts(&sheet, earlier);
        sheet
    }

    /// A `terms` group widens the fact named after it; one that names no fact is most
    /// likely a misspelt subject, which would leave its fact unwidened. Checked once every
    /// fact has compiled, so that a broken fact does not make its group look unused.
    fn check_terms_used(&mut self, raw: &RawSheet, sheet: &Sheet) {
        let subjects: Vec<&str> = sheet
            .facts
            .iter()
            .filter_map(|fact| fact.assertion.subject())
            .map(|subject| subject.node.as_str())
            .collect();
        for ((name, _), group) in raw.terms.0.iter().zip(&sheet.terms) {
            if subjects.iter().any(|subject| group.names(subject)) {
                continue;
            }
            let scalar = self.scalar(name);
            let help = match suggest::closest(&group.name, subjects.iter().copied()) {
                Some(subject) => format!("did you mean '{subject}'? A group is named after the subject, event or claim of the fact it widens"),
                None => "name the group after the subject, event or claim of the fact it widens, as in 'toll: [death toll, killed]' for 'toll ≈ 45'".into(),
            };
            self.report(
                scalar.span,
                "rules::unused-terms",
                format!("no fact's subject, event or claim is '{}'", group.name),
                "names no fact",
                Some(help),
            );
        }
    }

    /// Two `prefer` facts that write one phrase two ways would undo each other's fixes: each
    /// phrase (folded) of a prefer fact of `sheet` must have the same preferred spelling in
    /// every prefer fact of the rule set that names it. Linear in the prefer facts.
    fn check_prefer_conflicts(&mut self, sheet: &Sheet, earlier: &[Sheet]) {
        let mut preferred_for: HashMap<String, (&str, &str)> = HashMap::new();
        let facts = earlier.iter().flat_map(|s| &s.facts).chain(&sheet.facts);
        let earlier_facts = earlier.iter().map(|s| s.facts.len()).sum::<usize>();
        for (index, fact) in facts.enumerate() {
            let Assertion::Term(TermAssertion::Prefer { preferred, over }) = &fact.assertion else {
                continue;
            };
            for phrase in std::iter::once(preferred).chain(over) {
                let entry = preferred_for
                    .entry(check::fold(&phrase.node))
                    .or_insert((&fact.id, &preferred.node));
                if entry.1 != preferred.node && index >= earlier_facts {
                    let (other_id, other_preferred) = *entry;
                    self.report(
                        fact.assert.locate(phrase.span),
                        "rules::prefer-conflict",
                        format!(
                            "{other_id} prefers “{other_preferred}” for “{}”, this fact “{}”",
                            phrase.node, preferred.node
                        ),
                        "written another way by another fact",
                        Some("keep one preferred spelling per phrase: --fix would undo one fact with the other".into()),
                    );
                    break;
                }
            }
        }
    }

    fn story(&mut self, story: &Text, earlier: &[Sheet]) -> String {
        let scalar = self.scalar(story);
        let id = scalar.value.trim();
        if id.is_empty() || id.contains(|c: char| c.is_whitespace() || c == '/') {
            self.report(
                scalar.span,
                "rules::bad-story",
                format!("'{id}' is not a story id"),
                "not a story id",
                Some(
                    "a story id is one word such as 'nk-missiles-ukraine' (no spaces or '/')"
                        .into(),
                ),
            );
        } else if let Some(other) = earlier.iter().find(|s| s.story == id) {
            self.report(
                scalar.span,
                "rules::duplicate-story",
                format!(
                    "story '{id}' is already defined in {}",
                    other.path.display()
                ),
                "defined twice",
                Some(
                    "fact ids are 'story/fact' and must be unique; rename one of the stories"
                        .into(),
                ),
            );
        }
        id.to_string()
    }

    fn entity(&mut self, id: &Text, raw: &RawEntity) -> Entity {
        let strings = |list: &[Text]| list.iter().map(|t| t.value.clone()).collect::<Vec<_>>();
        Entity {
            id: id.value.clone(),
            name: raw.name.value.clone(),
            aliases: strings(&raw.aliases),
            role: raw.role.as_ref().map(|r| r.value.trim().to_lowercase()),
            titles: strings(&raw.titles),
            quotes: strings(&raw.quotes),
        }
    }

    fn term_group(&mut self, name: &Text, words: &[Text]) -> TermGroup {
        if words.is_empty() {
            let scalar = self.scalar(name);
            self.report(
                scalar.span,
                "rules::empty-terms",
                format!("term '{}' lists no words", scalar.value),
                "no words",
                Some("list the words that name it: launch: [launch, launched, fired]".into()),
            );
        }
        TermGroup {
            name: name.value.clone(),
            words: words.iter().map(|w| w.value.clone()).collect(),
        }
    }

    fn fact(&mut self, sheet: &Sheet, name: &Text, raw: &RawFact) -> Option<Fact> {
        let assert = self.scalar(&raw.assert);
        let severity = raw.severity.as_ref().map(|s| self.severity(s));
        let source = raw.source.as_ref().and_then(|s| self.source(sheet, s));
        let assertion = match lang::parse_assertion(&assert.value) {
            Ok(assertion) => assertion,
            Err(error) => {
                self.language_error(&assert, error);
                return None;
            }
        };
        self.check_references(sheet, &assert, &assertion);
        let replacement = raw
            .replace
            .as_ref()
            .and_then(|r| self.replacement(r, &assertion));
        Some(Fact {
            id: format!("{}/{}", sheet.story, name.value),
            severity: severity
                .flatten()
                .unwrap_or_else(|| default_severity(&assertion)),
            assertion,
            assert,
            source,
            note: raw.note.as_ref().map(|n| n.value.clone()),
            replacement,
            examples: raw.examples.as_ref().map_or_else(Vec::new, |examples| {
                let finding = examples.finding.iter().map(|e| (e, true));
                let no_finding = examples.no_finding.iter().map(|e| (e, false));
                finding
                    .chain(no_finding)
                    .map(|(text, finding)| Example {
                        text: self.scalar(text),
                        finding,
                    })
                    .collect()
            }),
        })
    }

    /// `replace:` is the certain fix of a `forbid` fact; other facts have none.
    fn replacement(&mut self, replace: &Text, assertion: &Assertion) -> Option<String> {
        let scalar = self.scalar(replace);
        let Assertion::Term(TermAssertion::Forbid(forbidden)) = assertion else {
            self.report(
                scalar.span,
                "rules::replace-without-forbid",
                "only a forbid fact takes a replacement".into(),
                "not a forbid fact",
                Some("a prefer fact is fixed to its preferred spelling; other facts have no certain fix".into()),
            );
            return None;
        };
        if phrase_parts(&forbidden.node).len() > 1 {
            self.report(
                scalar.span,
                "rules::replace-with-gap",
                "a phrase with a gap has no certain replacement".into(),
                "the words in the gap are not known",
                Some("a fix would drop the words in the gap: remove 'replace:', or forbid the words written out".into()),
            );
            return None;
        }
        if scalar.value.trim().is_empty() {
            self.report(
                scalar.span,
                "rules::empty-replacement",
                "the replacement is empty".into(),
                "nothing to write",
                Some("write the words that should stand in the article instead".into()),
            );
            return None;
        }
        if check::mentions(&scalar.value, &forbidden.node) {
            self.report(
                scalar.span,
                "rules::replacement-forbidden",
                format!("the replacement contains the forbidden “{}”", forbidden.node),
                "forbidden again once written",
                Some("--fix would replace its own fix again; write words without the forbidden phrase".into()),
            );
            return None;
        }
        Some(scalar.value)
    }

    fn severity(&mut self, severity: &Text) -> Option<Severity> {
        let word = severity.value.trim();
        let parsed = Severity::parse(word);
        if parsed.is_none() {
            let scalar = self.scalar(severity);
            let names = Severity::ALL.map(Severity::as_str);
            let help = suggest::did_you_mean(word, names)
                .unwrap_or_else(|| "a severity is one of: error, warning, info".into());
            self.report(
                scalar.span,
                "rules::unknown-severity",
                format!("unknown severity '{word}'"),
                "not a severity",
                Some(help),
            );
        }
        parsed
    }

    fn source(&mut self, sheet: &Sheet, source: &Text) -> Option<String> {
        let id = source.value.trim();
        if let Some(entry) = sheet.sources.iter().find(|s| s.id == id) {
            return Some(entry.text.clone());
        }
        let scalar = self.scalar(source);
        let help = suggest::did_you_mean(id, sheet.sources.iter().map(|s| s.id.as_str()))
            .unwrap_or_else(|| "declare it under 'sources:' first".into());
        self.report(
            scalar.span,
            "rules::unknown-source",
            format!("unknown source '{id}'"),
            "not declared under 'sources:'",
            Some(help),
        );
        None
    }

    /// Entities and roles named inside an assertion must be declared in the sheet.
    fn check_references(&mut self, sheet: &Sheet, assert: &Scalar, assertion: &Assertion) {
        let entity_ids = || sheet.entities.iter().map(|e| e.id.as_str());
        match assertion {
            Assertion::Attribution(attribution) => {
                let roles: Vec<&str> = BUILTIN_ROLES
                    .iter()
                    .copied()
                    .chain(sheet.entities.iter().filter_map(|e| e.role.as_deref()))
                    .collect();
                for speaker in &attribution.speakers {
                    if let Speaker::Named(name) = speaker {
                        let known = sheet.entity(&name.node).is_some()
                            || roles.contains(&name.node.as_str());
                        if !known {
                            let candidates = entity_ids().chain(roles.iter().copied());
                            self.unknown_entity(assert, name, "entity or role", candidates);
                        }
                    }
                }
            }
            Assertion::Quote(quote) => self.require_entity(sheet, assert, &quote.speaker),
            Assertion::Title(title) => {
                self.require_entity(sheet, assert, &title.entity);
                if let TitleSet::EntityTitles(owner) = &title.titles {
                    self.require_entity(sheet, assert, owner);
                    let titles = sheet.entity(&owner.node).map(|e| e.titles.len());
                    if titles == Some(0) {
                        self.report(
                            assert.locate(owner.span),
                            "rules::no-titles",
                            format!("entity '{}' lists no titles", owner.node),
                            "has no 'titles:'",
                            Some(format!("add 'titles:' to entity '{}'", owner.node)),
                        );
                    }
                }
            }
            Assertion::Quantity(quantity) => {
                self.require_content_word(assert, &quantity.subject);
                if let QuantityConstraint::Compare { figures, .. } = &quantity.constraint {
                    for source in figures.iter().filter_map(|f| f.source.as_ref()) {
                        self.require_entity(sheet, assert, source);
                    }
                }
            }
            Assertion::Date(date) => self.require_content_word(assert, &date.event),
            Assertion::Term(_) => {}
        }
    }

    /// A subject or event of function words only ("the", "of it") names nothing: it would
    /// find some value in every sentence.
    fn require_content_word(&mut self, assert: &Scalar, words: &Spanned<String>) {
        let folded = words.node.to_lowercase();
        if folded.split_whitespace().all(is_function_word) {
            self.report(
                assert.locate(words.span),
                "rules::stop-word-subject",
                format!(
                    "'{}' is too common to tell what the fact is about",
                    words.node
                ),
                "only common words",
                Some("name the thing measured or the event: range, death toll, launch".into()),
            );
        }
    }

    fn require_entity(&mut self, sheet: &Sheet, assert: &Scalar, id: &Spanned<String>) {
        if sheet.entity(&id.node).is_none() {
            let candidates = sheet.entities.iter().map(|e| e.id.as_str());
            self.unknown_entity(assert, id, "entity", candidates);
        }
    }

    fn unknown_entity<'c>(
        &mut self,
        assert: &Scalar,
        name: &Spanned<String>,
        what: &str,
        candidates: impl IntoIterator<Item = &'c str>,
    ) {
        let help = suggest::did_you_mean(&name.node, candidates)
            .unwrap_or_else(|| "declare it under 'entities:' first".into());
        self.report(
            assert.locate(name.span),
            "rules::unknown-entity",
            format!("unknown {what} '{}'", name.node),
            format!("not an {what} of this sheet"),
            Some(help),
        );
    }

    fn language_error(&mut self, scalar: &Scalar, error: ParseError) {
        let span = scalar.locate(error.span);
        self.report(
            span,
            "rules::language",
            error.message,
            error.label,
            error.help,
        );
    }

    fn scalar(&self, text: &Text) -> Scalar {
        Scalar::new(text, &self.text)
    }

    fn report(
        &mut self,
        span: Span,
        code: &'static str,
        message: String,
        label: impl Into<String>,
        help: Option<String>,
    ) {
        let span = span.clamp_to(&self.text);
        self.problems.push(
            Problem::file(self.path, code, message)
                .at(self.text.clone(), span, label)
                .with_help(help),
        );
    }
}

/// Known false claims are errors; house style and required mentions are warnings; a wrong
/// title is a warning; numbers, dates, sources and quotes are errors.
fn default_severity(assertion: &Assertion) -> Severity {
    match assertion {
        Assertion::Term(TermAssertion::Forbid(_)) => Severity::Error,
        Assertion::Term(_) | Assertion::Title(_) => Severity::Warning,
        Assertion::Quantity(_)
        | Assertion::Date(_)
        | Assertion::Attribution(_)
        | Assertion::Quote(_) => Severity::Error,
    }
}
