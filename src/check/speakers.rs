//! Which entity of a fact sheet, or which built-in role, a speaker is.
//!
//! A speaker's words are searched for an entity's name or alias ("National Security Council
//! spokesman John Kirby" → kirby, "American officials" → white-house); a name in the head of
//! the phrase wins over one after "of", "from" or "at" ("officials from the White House" is the
//! White House, "Kirby of the White House" is Kirby). With no entity, the speaker's role noun
//! decides ("Intelligence officials from the United Nations" → official); with no role noun it
//! is kept as written ("The Wall Street Journal").

use super::normalize::fold;
use crate::extract::attribution::lexicon;
use crate::sheet::Sheet;

/// Words after which a speaker's phrase names whom the speaker belongs to, not the speaker.
const COMPLEMENT_STARTS: &[&str] = &["of", "from", "at", "for", "with"];

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
    /// Neither: the speaker is kept as written.
    AsWritten,
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

    /// What the speaker written `speaker` resolves to.
    pub fn resolve(&self, speaker: &str) -> Resolution {
        let words = words(speaker);
        let head_end = words
            .iter()
            .position(|w| COMPLEMENT_STARTS.contains(&w.as_str()))
            .unwrap_or(words.len());
        let (head, complement) = words.split_at(head_end);
        // "the administration of President Joe Biden" is "President Joe Biden administration".
        let genitive = complement.first().is_some_and(|w| w == "of");
        let head_noun = head
            .iter()
            .skip_while(|w| ["the", "a", "an"].contains(&w.as_str()));
        let inverted: Vec<String> = complement
            .iter()
            .skip(1)
            .chain(head_noun)
            .cloned()
            .collect();
        let entity = self
            .rightmost_name(head)
            .or_else(|| genitive.then(|| self.rightmost_name(&inverted)).flatten())
            .or_else(|| self.rightmost_name(complement));
        match entity {
            Some(entity) => Resolution::Entity(entity),
            None => lexicon::role_of(words.iter().map(String::as_str))
                .map_or(Resolution::AsWritten, Resolution::Role),
        }
    }

    /// A short, stable name of what `speaker` resolves to: an entity id, a role, or the
    /// speaker as written.
    pub fn describe(&self, speaker: &str) -> String {
        match self.resolve(speaker) {
            Resolution::Entity(index) => self.id(index).to_string(),
            Resolution::Role(role) => role.to_string(),
            Resolution::AsWritten => speaker.to_string(),
        }
    }

    /// The entity whose name ends rightmost in `words` (the head of an English noun phrase is
    /// its last part: "White House spokesperson John Kirby"); the longer name on a tie.
    fn rightmost_name(&self, words: &[String]) -> Option<usize> {
        let mut best: Option<(usize, usize, usize)> = None;
        for (index, entity) in self.entities.iter().enumerate() {
            for name in &entity.names {
                for start in 0..words.len().saturating_sub(name.len() - 1) {
                    if words[start..start + name.len()] == name[..] {
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
