//! Titles compared by what they say: the office and the organisation.
//!
//! A title is read into its office words ("chairman", "Lt. Gov." → lieutenant governor,
//! "spokesperson" and "spokesman" alike) and its name words (the capitalised words that name
//! a place or an organisation: "Guerrero", "Indian Space Research Organisation"). A written
//! title agrees with an allowed one when its office words are all offices of the allowed title
//! and its name words all name what the allowed title names, in any order and whatever
//! lower-case words stand around them ("chairman of the state-run Indian Space Research
//! Organisation" is "ISRO chairman"; "Acapulco Gov." is not "Governor of Guerrero").

use std::collections::HashSet;

use crate::extract::attribution::lexicon::{self, List};
use crate::sheet::Sheet;

/// Abbreviated titles, as written before a name without their period, and what they stand
/// for.
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("gov", "governor"),
    ("lt", "lieutenant"),
    ("adm", "admiral"),
    ("sen", "senator"),
    ("rep", "representative"),
    ("gen", "general"),
    ("capt", "captain"),
    ("col", "colonel"),
    ("sgt", "sergeant"),
    ("cmdr", "commander"),
    ("pres", "president"),
    ("supt", "superintendent"),
    ("amb", "ambassador"),
    ("atty", "attorney"),
];

/// Office nouns that the speaker lexicon does not list (it reads speakers, not titles).
const OFFICE_NOUNS: &[&str] = &[
    "administrator",
    "admiral",
    "attorney",
    "captain",
    "ceo",
    "chairperson",
    "colonel",
    "commissioner",
    "coordinator",
    "general",
    "governor",
    "lieutenant",
    "manager",
    "mayor",
    "representative",
    "sergeant",
    "superintendent",
];

/// Words that qualify an office and are part of it: a rear admiral is not an admiral.
const OFFICE_QUALIFIERS: &[&str] = &[
    "acting",
    "assistant",
    "deputy",
    "former",
    "interim",
    "rear",
    "vice",
];

/// Nouns that head a speaker's phrase but name an organisation, not an office: "Agency" in
/// "Maui Emergency Management Agency" is part of the organisation's name.
const NOT_OFFICES: &[&str] = &[
    "administration",
    "agency",
    "government",
    "media",
    "ministry",
    "newspaper",
    "office",
    "source",
    "sources",
    "team",
];

/// Variants of one office, folded to the first.
const OFFICE_VARIANTS: &[(&str, &str)] = &[
    ("spokesman", "spokesperson"),
    ("spokeswoman", "spokesperson"),
    ("chairman", "chair"),
    ("chairwoman", "chair"),
    ("chairperson", "chair"),
];

/// Capitalised words that name no place or organisation: when, not where.
const NOT_NAMES: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Whether `word` (any case, with or without its period) is an abbreviated title: "Gov.".
pub fn is_abbreviation(word: &str) -> bool {
    let folded = word.trim_end_matches('.').to_lowercase();
    ABBREVIATIONS.iter().any(|(short, _)| *short == folded)
}

/// Whether `word` ends a title: an office noun, full or abbreviated.
pub fn is_title_noun(word: &str) -> bool {
    let folded = word.trim_end_matches('.').to_lowercase();
    lexicon::is(List::TitleNoun, &folded)
        || OFFICE_NOUNS.contains(&folded.as_str())
        || is_abbreviation(&folded)
}

/// Whether `word` says when rather than where ("Friday Gov. Jane Doe"): not part of a title.
pub fn is_time_word(word: &str) -> bool {
    NOT_NAMES.contains(&word.to_lowercase().as_str())
}

/// A title read for comparison.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TitleReading {
    offices: HashSet<String>,
    names: HashSet<String>,
}

impl TitleReading {
    pub fn new(title: &str) -> Self {
        let mut reading = Self::default();
        for (word, capitalised) in words(title) {
            if let Some(office) = office(&word) {
                reading.offices.insert(office);
            } else if capitalised
                && !lexicon::is(List::Connector, &word)
                && !lexicon::is(List::FunctionWord, &word)
                && !is_time_word(&word)
            {
                reading.names.insert(word);
            }
        }
        reading
    }
}

/// An allowed title, with every way of writing the organisation it names.
#[derive(Clone, Debug)]
pub struct AllowedTitle {
    pub text: String,
    /// Its [`compared_words`], made once rather than for every title an article writes.
    pub words: Vec<String>,
    reading: TitleReading,
}

impl AllowedTitle {
    /// `text`, whose organisation may also be written with the acronym of its capitalised
    /// words ("ISRO") or an alias of the sheet's entity it names.
    pub fn new(text: &str, sheet: &Sheet) -> Self {
        let mut reading = TitleReading::new(text);
        let folded: Vec<String> = words(text).into_iter().map(|(w, _)| w).collect();
        reading.names.extend(acronyms(text));
        for entity in &sheet.entities {
            let name: Vec<String> = words(&entity.name).into_iter().map(|(w, _)| w).collect();
            let named = !name.is_empty() && folded.windows(name.len()).any(|w| w == name);
            if named {
                for alias in &entity.aliases {
                    reading
                        .names
                        .extend(words(alias).into_iter().map(|(w, _)| w));
                }
            }
        }
        Self {
            text: text.to_string(),
            words: compared_words(text),
            reading,
        }
    }

    /// Whether the written title says the same office of the same organisation: each office
    /// word and each name word of it is one of this title's.
    pub fn agrees_with(&self, written: &TitleReading) -> bool {
        !written.offices.is_empty()
            && written.offices.is_subset(&self.reading.offices)
            && written.names.is_subset(&self.reading.names)
    }
}

impl AllowedTitle {
    /// Whether `organisation`, read as a title, names only what this title names.
    pub fn names_organisation(&self, organisation: &TitleReading) -> bool {
        !organisation.names.is_empty() && organisation.names.is_subset(&self.reading.names)
    }
}

/// The office `word` (folded) names, abbreviations expanded and variants folded.
fn office(word: &str) -> Option<String> {
    let expanded = ABBREVIATIONS
        .iter()
        .find(|(short, _)| *short == word)
        .map_or(word, |(_, full)| full);
    let folded = OFFICE_VARIANTS
        .iter()
        .find(|(variant, _)| *variant == expanded)
        .map_or(expanded, |(_, office)| office);
    let is_office = (lexicon::is(List::TitleNoun, folded) && !NOT_OFFICES.contains(&folded))
        || OFFICE_NOUNS.contains(&folded)
        || OFFICE_QUALIFIERS.contains(&folded)
        || folded == "spokesperson"
        || folded == "chair";
    is_office.then(|| folded.to_string())
}

/// The words of a title as written titles are compared with allowed ones: split at white
/// space, in lower case, apostrophes straight, without periods ("U.S." is "us").
pub fn compared_words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| w.to_lowercase().replace('’', "'").replace('.', ""))
        .collect()
}

/// The words of a title, folded (no periods, no possessive ending, no hyphen), each with
/// whether it was written with a capital.
fn words(text: &str) -> Vec<(String, bool)> {
    text.split(|c: char| c.is_whitespace() || c == ',' || c == '-')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(|w| {
            let capitalised = w.starts_with(char::is_uppercase);
            let w = w.replace('’', "'");
            let w = w.strip_suffix("'s").unwrap_or(&w);
            (w.replace('.', "").to_lowercase(), capitalised)
        })
        .collect()
}

/// The initials of every run of two or more capitalised words of `text` ("Indian Space
/// Research Organisation" → "isro", "isr", "sro", …), connectors skipped ("Federal Bureau of
/// Investigation" → "fbi").
fn acronyms(text: &str) -> Vec<String> {
    let mut acronyms = Vec::new();
    let capitalised_runs = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty() && !lexicon::is(List::Connector, w))
        .collect::<Vec<_>>();
    let runs = capitalised_runs.split(|w| !w.starts_with(char::is_uppercase));
    for run in runs {
        for start in 0..run.len() {
            for end in start + 2..=run.len() {
                let initials: String = run[start..end]
                    .iter()
                    .filter_map(|w| w.chars().next())
                    .flat_map(char::to_lowercase)
                    .collect();
                acronyms.push(initials);
            }
        }
    }
    acronyms
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::speakers::bundled_sheet;

    fn agrees(written: &str, allowed: &str) -> bool {
        AllowedTitle::new(allowed, &bundled_sheet()).agrees_with(&TitleReading::new(written))
    }

    #[test]
    fn word_order_and_added_adjectives_keep_a_title() {
        let allowed = "National Security Council spokesman";
        assert!(agrees(
            "spokesman for the National Security Council",
            allowed
        ));
        assert!(agrees(
            "spokesperson of the National Security Council",
            allowed
        ));
        assert!(agrees("NSC spokesman", allowed));
        let allowed = "director of the Harbour Research Institute";
        assert!(agrees(
            "director of the state-run Harbour Research Institute",
            allowed
        ));
        assert!(agrees("HRI director", allowed));
    }

    #[test]
    fn another_office_or_organisation_is_another_title() {
        assert!(!agrees(
            "Pentagon spokesman",
            "National Security Council spokesman"
        ));
        assert!(!agrees("Springfield Gov.", "Governor"));
        assert!(!agrees("Lt. Gov. of Shelby County", "Lieutenant Governor"));
        assert!(!agrees("Lt. Gov.", "Governor"));
        assert!(!agrees("director", "spokesman"));
        assert!(agrees("Lt. Gov.", "Lieutenant Governor of Ohio"));
        assert!(agrees("Ohio Gov.", "Governor of Ohio"));
        assert!(agrees("Rear Adm.", "Coast Guard Rear Admiral"));
    }

    #[test]
    fn an_organisation_noun_is_no_office() {
        let allowed = "administrator of the Harbour Safety Agency";
        assert!(!agrees("overseer of the Harbour Safety Agency", allowed));
        assert!(agrees("Harbour Safety Agency administrator", allowed));
    }

    #[test]
    fn aliases_of_a_named_entity_name_it() {
        // The bundled sheet names the White House with the alias "Biden administration".
        assert!(agrees(
            "Biden administration spokesman",
            "White House spokesman"
        ));
    }
}
