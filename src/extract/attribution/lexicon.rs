//! The word lists attribution reads, in one place. All entries are lower case; look words up
//! with [`is`], [`Membership::of`] or [`role_of`], which fold case. No entry has an
//! apostrophe, so a word with one, straight or curly, is in no list and needs no folding.

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::text::calendar::{MONTHS, WEEKDAYS};
use crate::text::case;
use crate::text::word_lists::{Lists, WordLists};

/// Finite forms of the verbs that report speech or belief: "Kirby said", "said Kirby",
/// "Analysts suggest", "the White House claimed".
const REPORTING_VERBS: &[&str] = &[
    "acknowledge",
    "acknowledged",
    "acknowledges",
    "add",
    "added",
    "adds",
    "allege",
    "alleged",
    "alleges",
    "announced",
    "announces",
    "anticipate",
    "anticipated",
    "anticipates",
    "argue",
    "argued",
    "argues",
    "accuse",
    "accused",
    "accuses",
    "asserted",
    "asserts",
    "cautioned",
    "cautions",
    "believe",
    "believed",
    "believes",
    "called",
    "characterised",
    "characterized",
    "characterizes",
    "claim",
    "claimed",
    "claims",
    "clarified",
    "clarifies",
    "confirmed",
    "confirms",
    "contend",
    "contended",
    "contends",
    "conveyed",
    "conveys",
    "denied",
    "denies",
    "described",
    "describes",
    "disclosed",
    "discloses",
    "emphasised",
    "emphasises",
    "emphasized",
    "emphasizes",
    "estimate",
    "estimated",
    "estimates",
    "explained",
    "explains",
    "forecast",
    "forecasts",
    "highlighted",
    "highlights",
    "indicate",
    "indicated",
    "indicates",
    "informed",
    "informs",
    "insisted",
    "insists",
    "maintained",
    "maintains",
    "mentioned",
    "mentions",
    "noted",
    "notes",
    "predicted",
    "predicts",
    "reported",
    "reports",
    "say",
    "said",
    "says",
    "stated",
    "states",
    "stressed",
    "stresses",
    "suggest",
    "suggested",
    "suggests",
    "tell",
    "tells",
    "told",
    "warn",
    "warned",
    "warns",
    "wrote",
    "writes",
];

/// Verbs that report what a document shows, when their subject is one ("ministry figures
/// showed", "the data show"); with any other subject they report nothing.
const EVIDENCE_VERBS: &[&str] = &["show", "showed", "shown", "shows"];

/// Reporting verbs that come before their speaker in "…, said Kirby."; the others take an
/// object there ("…, called the Key Bridge", "…, highlighted the risk").
const INVERTING_VERBS: &[&str] = &[
    "added",
    "adds",
    "argued",
    "argues",
    "asserted",
    "cautioned",
    "claimed",
    "confirmed",
    "explained",
    "insisted",
    "noted",
    "notes",
    "reported",
    "reports",
    "said",
    "says",
    "stated",
    "warned",
    "warns",
    "writes",
    "wrote",
];

/// Reporting verbs whose object is whom the speaker addressed, never the speaker: "Kirby told
/// reporters", so "…, told Al Jazeera" is no inverted speaker.
const ADDRESSEE_VERBS: &[&str] = &["inform", "informed", "informs", "tell", "tells", "told"];

/// Participles that report speech after a form of "be": "what the Coast Guard is calling an
/// implosion", "officials were describing it as".
const PROGRESSIVE_REPORTING: &[&str] = &[
    "calling",
    "characterizing",
    "claiming",
    "describing",
    "estimating",
    "predicting",
    "reporting",
    "saying",
    "warning",
];

/// Words that pass a statement on from its source: "media reports citing the ministry".
const RELAYING_WORDS: &[&str] = &["citing", "quoting"];

/// Nouns that carry what their owner states: "ministry figures", "a statement from the
/// agency", "the company's website". The speaker is whoever owns or issued them.
const DOCUMENT_NOUNS: &[&str] = &[
    "analysis",
    "announcement",
    "assessment",
    "assessments",
    "data",
    "estimate",
    "estimates",
    "figures",
    "findings",
    "minutes",
    "numbers",
    "poll",
    "projections",
    "records",
    "release",
    "report",
    "reports",
    "statement",
    "statements",
    "statistics",
    "study",
    "survey",
    "tally",
    "website",
];

/// Title abbreviations before a name, whose period belongs to the name: "Hawaii Gov. Josh
/// Green", "Lt. Gov. Sylvia Luke", "Rear Adm. John Mauger".
const TITLE_ABBREVIATIONS: &[&str] = &[
    "adm", "capt", "col", "dr", "gen", "gov", "lt", "mr", "mrs", "ms", "prof", "rep", "sen", "sgt",
];

/// Present participles that report speech in a clause after a comma: "…, stating that".
const REPORTING_PARTICIPLES: &[&str] = &[
    "adding",
    "alleging",
    "arguing",
    "claiming",
    "emphasising",
    "emphasizing",
    "explaining",
    "highlighting",
    "insisting",
    "noting",
    "saying",
    "stating",
    "stressing",
    "suggesting",
    "warning",
];

/// Nouns naming a built-in role, and the role: "analysts suggest", "officials said".
const ROLE_NOUNS: &[(&str, &str)] = &[
    ("analyst", "analyst"),
    ("analysts", "analyst"),
    ("economist", "analyst"),
    ("economists", "analyst"),
    ("expert", "analyst"),
    ("experts", "analyst"),
    ("researcher", "analyst"),
    ("researchers", "analyst"),
    ("scholar", "analyst"),
    ("scholars", "analyst"),
    ("administration", "official"),
    ("government", "official"),
    ("ministry", "official"),
    ("official", "official"),
    ("officials", "official"),
    ("spokesman", "official"),
    ("spokespeople", "official"),
    ("spokesperson", "official"),
    ("spokeswoman", "official"),
];

/// Two-word names of a role: "the White House said".
const ROLE_NAMES: &[(&str, &str)] = &[("white house", "official")];

/// Nouns that head a speaker's noun phrase or a title without naming a role: "the North Korean
/// leader", "Pentagon press secretary", "the agency".
const TITLE_AND_SPEAKER_NOUNS: &[&str] = &[
    "adviser",
    "advisor",
    "agency",
    "ambassador",
    "chair",
    "chairman",
    "chairwoman",
    "chief",
    "commander",
    "correspondent",
    "diplomat",
    "diplomats",
    "director",
    "editor",
    "envoy",
    "fellow",
    "head",
    "leader",
    "media",
    "minister",
    "newspaper",
    "office",
    "president",
    "professor",
    "secretary",
    "senator",
    "source",
    "sources",
    "team",
];

/// Personal pronouns that stand for a speaker named elsewhere. First and second person outside
/// a quotation are the writer or the reader, never a source.
const PRONOUNS: &[&str] = &["he", "she", "they", "it"];

/// Words that join the parts of a speaker's name: "officials from the United Nations".
const CONNECTORS: &[&str] = &["of", "from", "at", "for", "and", "the"];

/// Words that never belong to a speaker's name, capitalised or not.
const FUNCTION_WORDS: &[&str] = &[
    "a",
    "additionally",
    "after",
    "also",
    "although",
    "an",
    "as",
    "because",
    "before",
    "but",
    "by",
    "her",
    "his",
    "however",
    "i",
    "if",
    "in",
    "its",
    "many",
    "meanwhile",
    "my",
    "on",
    "or",
    "our",
    "so",
    "some",
    "that",
    "their",
    "there",
    "these",
    "this",
    "those",
    "to",
    "we",
    "what",
    "when",
    "which",
    "while",
    "who",
    "with",
    "you",
];

/// Words that may stand between a speaker and the verb: "Kirby further said", "The White
/// House has also accused".
const BETWEEN_SPEAKER_AND_VERB: &[&str] = &[
    "again",
    "also",
    "are",
    "been",
    "earlier",
    "explicitly",
    "further",
    "had",
    "has",
    "have",
    "initially",
    "is",
    "later",
    "now",
    "officially",
    "previously",
    "publicly",
    "recently",
    "repeatedly",
    "reportedly",
    "separately",
    "then",
    "was",
    "were",
    "will",
    "would",
];

/// Conjunctions that start a new clause after "…, Kirby said,".
const CONJUNCTIONS: &[&str] = &["and", "but", "or", "while", "as", "because", "although"];

/// Month abbreviations as the tokenizer leaves them ("Dec." is one word), lower case; the
/// full names are in [`MONTHS`].
const MONTH_ABBREVIATIONS: &[&str] = &[
    "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.",
];

/// Words that end the head of a speaker's phrase and start a complement: "officials *from*
/// the United Nations", "sources *familiar* with the matter".
const COMPLEMENT_STARTS: &[&str] = &["at", "by", "familiar", "for", "from", "in", "of", "with"];

/// Ranks and offices written out before a name: "Rear Admiral John Mauger", "State Police
/// Colonel Roland Butler".
const RANKS: &[&str] = &[
    "admiral",
    "captain",
    "chancellor",
    "colonel",
    "commissioner",
    "general",
    "governor",
    "lieutenant",
    "mayor",
    "premier",
    "sergeant",
    "sheriff",
];

/// Which list a word is looked up in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    ReportingVerb,
    ReportingParticiple,
    Pronoun,
    Connector,
    FunctionWord,
    BetweenSpeakerAndVerb,
    Conjunction,
    EvidenceVerb,
    InvertingVerb,
    AddresseeVerb,
    ProgressiveReporting,
    Relaying,
    DocumentNoun,
    TitleAbbreviation,
    /// Role nouns and other nouns that head a speaker or a title.
    SpeakerNoun,
    /// Nouns that end a title ("spokesman", "director"): the same list as speaker nouns.
    TitleNoun,
    /// Names of the days of the week.
    Weekday,
    /// Names of the months, written out or abbreviated.
    Month,
    ComplementStart,
    Rank,
}

/// Whether `word` (any case) is in `list`.
pub fn is(list: List, word: &str) -> bool {
    Membership::of(word).contains(list)
}

/// The lists one word is in, looked up once for a word that is asked about many lists (a
/// sentence's tokens: reading phrases asks each about half a dozen lists, several times).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Membership(Lists);

impl Membership {
    /// The lists `word` (any case) is in.
    pub fn of(word: &str) -> Self {
        let mut buffer = [0; 32];
        Self::of_lower(&case::lower_into(word, &mut buffer))
    }

    /// The lists `lower`, a word already in lower case, is in.
    pub fn of_lower(lower: &str) -> Self {
        Self(TABLE.lists_of(lower))
    }

    pub fn contains(self, list: List) -> bool {
        self.0.contains(list as u32)
    }
}

/// The lists of words, each under its name (role nouns are added to the speaker and title
/// nouns).
pub(super) const LISTS: &[(List, &[&str])] = &[
    (List::ReportingVerb, REPORTING_VERBS),
    (List::ReportingParticiple, REPORTING_PARTICIPLES),
    (List::Pronoun, PRONOUNS),
    (List::Connector, CONNECTORS),
    (List::FunctionWord, FUNCTION_WORDS),
    (List::BetweenSpeakerAndVerb, BETWEEN_SPEAKER_AND_VERB),
    (List::Conjunction, CONJUNCTIONS),
    (List::EvidenceVerb, EVIDENCE_VERBS),
    (List::InvertingVerb, INVERTING_VERBS),
    (List::AddresseeVerb, ADDRESSEE_VERBS),
    (List::ProgressiveReporting, PROGRESSIVE_REPORTING),
    (List::Relaying, RELAYING_WORDS),
    (List::DocumentNoun, DOCUMENT_NOUNS),
    (List::TitleAbbreviation, TITLE_ABBREVIATIONS),
    (List::SpeakerNoun, TITLE_AND_SPEAKER_NOUNS),
    (List::TitleNoun, TITLE_AND_SPEAKER_NOUNS),
    (List::Weekday, &WEEKDAYS),
    (List::Month, &MONTHS),
    (List::Month, MONTH_ABBREVIATIONS),
    (List::ComplementStart, COMPLEMENT_STARTS),
    (List::Rank, RANKS),
];

/// Every word of every list, with the lists it is in: each word of every sentence is looked
/// up, so once, not list by list.
static TABLE: LazyLock<WordLists> = LazyLock::new(|| {
    let role_nouns: Vec<&str> = ROLE_NOUNS.iter().map(|(noun, _)| *noun).collect();
    let role_lists = [List::SpeakerNoun, List::TitleNoun].map(|list| (list, role_nouns.as_slice()));
    let lists = LISTS.iter().copied().chain(role_lists);
    WordLists::new(lists.map(|(list, words)| (list as u32, words)))
});

/// The built-in role a speaker's words name, from its first role noun ("Intelligence
/// officials from the United Nations" → official, "Analysts" → analyst).
pub fn role_of<'w>(words: impl IntoIterator<Item = &'w str>) -> Option<&'static str> {
    let words: Vec<Cow<str>> = words.into_iter().map(case::lower).collect();
    let pairs = words.windows(2).map(|pair| pair.join(" "));
    let by_name = pairs
        .into_iter()
        .find_map(|pair| ROLE_NAMES.iter().find(|(name, _)| *name == pair));
    let by_noun = || {
        words
            .iter()
            .find_map(|w| ROLE_NOUNS.iter().find(|(noun, _)| noun == w))
    };
    by_name.or_else(by_noun).map(|(_, role)| *role)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_word_is_found_in_its_list() {
        for &(list, words) in LISTS {
            for word in words {
                assert!(is(list, word), "{word} in {list:?}");
            }
        }
        for (noun, _) in ROLE_NOUNS {
            assert!(
                is(List::SpeakerNoun, noun) && is(List::TitleNoun, noun),
                "{noun}"
            );
        }
        assert!(!is(List::Pronoun, "said") && !is(List::ReportingVerb, "he"));
    }

    /// Lookups do not fold apostrophes, which is right only while no entry has one.
    #[test]
    fn no_listed_word_has_an_apostrophe() {
        let names = ROLE_NAMES.iter().map(|(name, _)| *name);
        let role_nouns = ROLE_NOUNS.iter().map(|(noun, _)| *noun);
        let listed = LISTS.iter().flat_map(|(_, words)| words.iter().copied());
        for word in listed.chain(role_nouns).chain(names) {
            assert!(!word.contains(['\'', '’']), "{word}");
        }
        assert!(!is(List::ReportingVerb, "said’") && !is(List::Pronoun, "he’s"));
    }

    #[test]
    fn lookups_fold_case() {
        assert!(is(List::ReportingVerb, "Said"));
        assert!(is(List::SpeakerNoun, "Analysts"));
        assert!(is(List::Pronoun, "He"));
        assert!(!is(List::ReportingVerb, "launched"));
    }

    #[test]
    fn roles_come_from_role_nouns_and_names() {
        let words = |s: &'static str| s.split(' ');
        assert_eq!(
            role_of(words("Intelligence officials from the United Nations")),
            Some("official")
        );
        assert_eq!(role_of(words("Analysts")), Some("analyst"));
        assert_eq!(role_of(words("the White House")), Some("official"));
        assert_eq!(role_of(words("The Wall Street Journal")), None);
    }
}
