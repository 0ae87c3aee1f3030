//! Which entity of a fact sheet, or which built-in role, a speaker is.
//!
//! A speaker is matched by the head of its phrase (see `extract::attribution::head`): an
//! entity's name or alias must end the head ("White House national security spokesperson
//! John Kirby" → kirby), or be followed in it only by nouns that speak for their owner
//! ("White House officials", "interior ministry figures"). A head that speaks for someone
//! else (officials, a spokesperson, a statement, figures) takes the entity named in the rest
//! of the phrase ("officials from the White House", "the agency's statement", "the
//! administration of President Joe Biden"); "the Fed's staff economists" are not the Fed.
//! With no entity, the role noun decides ("Intelligence officials from the United Nations" →
//! official); a named speaker with no role is kept as written ("The Wall Street Journal"); a
//! common noun with neither ("the company", "the report") is unknown, and gives no finding.

use std::ops::Range;

use super::ArticleContext;
use super::normalize::fold;
use crate::extract::Attribution;
use crate::extract::attribution::lexicon::{self, List};
use crate::sheet::Sheet;
use crate::source::Span;

/// Words after which a speaker's phrase names whom the speaker belongs to, not the speaker.
const COMPLEMENT_STARTS: &[&str] = &["of", "from", "at", "for", "with"];

/// Nouns that speak for whoever they belong to: "White House officials", "the agency's
/// spokesperson", "interior ministry figures".
const SPEAKS_FOR_OWNER: &[&str] = &[
    "administration",
    "government",
    "leadership",
    "office",
    "official",
    "officials",
    "press",
    "spokesman",
    "spokespeople",
    "spokesperson",
    "spokeswoman",
    "team",
];

/// The named speakers of one fact sheet.
#[derive(Clone, Debug)]
pub struct SpeakerDirectory {
    entities: Vec<KnownSpeaker>,
}

#[derive(Clone, Debug)]
struct KnownSpeaker {
    id: String,
    name: String,
    role: Option<String>,
    /// The name and the aliases, folded and split into words.
    names: Vec<Vec<String>>,
}

/// What a speaker resolves to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// An entity of the sheet, by index.
    Entity(usize),
    /// A built-in role named by the speaker's noun.
    Role(&'static str),
    /// Neither, but a name: the speaker is kept as written.
    AsWritten,
    /// A common noun that is neither ("the company", "the report"): who it is is unknown.
    Unknown,
}

impl SpeakerDirectory {
    pub fn new(sheet: &Sheet) -> Self {
        let entities = sheet
            .entities
            .iter()
            .map(|entity| KnownSpeaker {
                id: entity.id.clone(),
                name: entity.name.clone(),
                role: entity.role.clone(),
                names: std::iter::once(&entity.name)
                    .chain(&entity.aliases)
                    .map(|name| words(name))
                    .filter(|words| !words.is_empty())
                    .collect(),
            })
            .collect();
        Self { entities }
    }

    /// The index of the entity with id `id`.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.entities.iter().position(|e| e.id == id)
    }

    pub fn id(&self, index: usize) -> &str {
        &self.entities[index].id
    }

    pub fn name(&self, index: usize) -> &str {
        &self.entities[index].name
    }

    pub fn role(&self, index: usize) -> Option<&str> {
        self.entities[index].role.as_deref()
    }

    /// Whether `text` names entity `index` (its name or an alias, as whole words).
    pub fn is_named_in(&self, index: usize, text: &str) -> bool {
        let words = words(text);
        self.entities[index]
            .names
            .iter()
            .any(|name| words.windows(name.len()).any(|w| w == name.as_slice()))
    }

    /// What the speaker phrase `speaker` resolves to, its head being its words before any
    /// complement ("Kirby" of "Kirby of the White House").
    pub fn resolve(&self, speaker: &str) -> Resolution {
        let words = words(speaker);
        let head_end = (1..words.len())
            .find(|&i| COMPLEMENT_STARTS.contains(&words[i].as_str()))
            .unwrap_or(words.len());
        let head_start = usize::from(words.first().is_some_and(|w| is_determiner(w)));
        let named = is_named(speaker);
        self.resolve_words(&words, head_start..head_end.max(head_start), named)
    }

    /// What the speaker phrase `speaker` with head `head` (a part of it) resolves to.
    /// The attributions of `around` whose speaker is known (an entity, a role or a name),
    /// in order, each with its resolved speaker, its head and what it resolves to.
    pub fn known_speakers<'a>(
        &'a self,
        article: &'a ArticleContext,
        around: &'a [&'a Attribution],
    ) -> impl Iterator<Item = (&'a Attribution, Span, Span, Resolution)> + 'a {
        around.iter().filter_map(move |&a| {
            let speaker = a.resolved?;
            let head = a.head.unwrap_or(speaker);
            let resolution = self.resolve_head(article.text(speaker), article.text(head));
            (resolution != Resolution::Unknown).then_some((a, speaker, head, resolution))
        })
    }

    pub fn resolve_head(&self, speaker: &str, head: &str) -> Resolution {
        let words = words(speaker);
        let head_words = words_of_head(head);
        let head_end = (head_words.len()..=words.len())
            .rev()
            .find(|&end| words[end - head_words.len()..end] == head_words[..])
            .unwrap_or(words.len());
        let head_start = head_end - head_words.len().min(head_end);
        self.resolve_words(&words, head_start..head_end, is_named(head))
    }

    fn resolve_words(&self, words: &[String], head: Range<usize>, named: bool) -> Resolution {
        let head_words = &words[head.clone()];
        let speaks_for_owner = |w: &String| {
            SPEAKS_FOR_OWNER.contains(&w.as_str()) || lexicon::is(List::DocumentNoun, w)
        };
        // A name that ends the head, or is followed in it only by nouns that speak for it.
        let in_head = self.rightmost_name(&words[..head.end], |end| {
            end == head.end || words[end..head.end].iter().all(speaks_for_owner)
        });
        let owner = || {
            // "the chair of the board", "the agency's officials": a title or role speaks for
            // its organisation.
            let speaks_for = head_words
                .last()
                .is_some_and(|w| speaks_for_owner(w) || lexicon::is(List::SpeakerNoun, w))
                || lexicon::role_of(head_words.iter().map(String::as_str)).is_some();
            if !speaks_for {
                return None;
            }
            // "The administration of President Joe Biden" is the "Joe Biden administration".
            let complement = &words[head.end..];
            let inverted: Vec<String> = complement
                .iter()
                .skip(1)
                .chain(head_words)
                .cloned()
                .collect();
            let genitive = complement.first().is_some_and(|w| w == "of");
            genitive
                .then(|| self.rightmost_name(&inverted, |_| true))
                .flatten()
                .or_else(|| self.rightmost_name(words, |_| true))
        };
        if let Some(entity) = in_head.or_else(owner) {
            return Resolution::Entity(entity);
        }
        let role_words = if head_words.last().is_some_and(speaks_for_owner) {
            words
        } else {
            head_words
        };
        match lexicon::role_of(role_words.iter().map(String::as_str)) {
            Some(role) => Resolution::Role(role),
            None if named => Resolution::AsWritten,
            None => Resolution::Unknown,
        }
    }

    /// A short, stable name of what `speaker` resolves to: an entity id, a role, or the
    /// speaker as written.
    pub fn describe(&self, speaker: &str) -> String {
        match self.resolve(speaker) {
            Resolution::Entity(index) => self.id(index).to_string(),
            Resolution::Role(role) => role.to_string(),
            Resolution::AsWritten | Resolution::Unknown => speaker.to_string(),
        }
    }

    /// The entity whose name ends rightmost in `words` where `ends_well` allows its end (the
    /// head of an English noun phrase is its last part: "White House spokesperson John
    /// Kirby"); the longer name on a tie.
    fn rightmost_name(&self, words: &[String], ends_well: impl Fn(usize) -> bool) -> Option<usize> {
        let mut best: Option<(usize, usize, usize)> = None;
        for (index, entity) in self.entities.iter().enumerate() {
            for name in &entity.names {
                for start in 0..words.len().saturating_sub(name.len() - 1) {
                    if words[start..start + name.len()] == name[..] && ends_well(start + name.len())
                    {
                        let key = (start + name.len(), name.len(), index);
                        if best.is_none_or(|(end, len, _)| (key.0, key.1) > (end, len)) {
                            best = Some(key);
                        }
                    }
                }
            }
        }
        best.map(|(_, _, index)| index)
    }
}

/// The words of a head, without a leading determiner.
fn words_of_head(head: &str) -> Vec<String> {
    let mut words = words(head);
    if words.first().is_some_and(|w| is_determiner(w)) {
        words.remove(0);
    }
    words
}

fn is_determiner(word: &str) -> bool {
    ["the", "a", "an"].contains(&word)
}

/// Whether a speaker's words, past a determiner, are a name (capitalised).
fn is_named(text: &str) -> bool {
    text.split_whitespace()
        .find(|w| !is_determiner(&w.to_lowercase()))
        .is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// Folded words, without the periods of acronyms ("U.S." → "us") or possessive endings.
fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let w = w.strip_suffix("'s").unwrap_or(w);
            w.replace('.', "")
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The bundled fact sheet, for unit tests of the checks that read entities.
#[cfg(test)]
pub(super) fn bundled_sheet() -> Sheet {
    let path = std::path::Path::new("rules/nk-missiles.yaml");
    let text = include_str!("../../rules/nk-missiles.yaml").to_string();
    crate::sheet::compile_sheet(path, text, &[]).expect("the bundled sheet is valid")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speakers_resolve_to_entities_roles_or_themselves() {
        let sheet = bundled_sheet();
        let directory = SpeakerDirectory::new(&sheet);
        let describe = |s: &str| directory.describe(s);
        assert_eq!(
            describe("White House national security spokesperson John Kirby"),
            "kirby"
        );
        assert_eq!(describe("the spokesman"), "kirby");
        assert_eq!(describe("American officials"), "white-house");
        assert_eq!(describe("The Biden administration"), "white-house");
        assert_eq!(
            describe("Intelligence officials from the United Nations"),
            "official"
        );
        assert_eq!(describe("officials from the White House"), "white-house");
        assert_eq!(describe("Kirby of the White House"), "kirby");
        assert_eq!(
            describe("The administration of President Joe Biden"),
            "white-house"
        );
        assert_eq!(describe("Analysts"), "analyst");
        assert_eq!(describe("Jenny Town"), "town");
        assert_eq!(
            describe("The Wall Street Journal"),
            "The Wall Street Journal"
        );
    }
}
