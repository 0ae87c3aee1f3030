//! The closed word classes of English and the verbs news copy uses most: what the tagger
//! knows before it looks at a word's neighbours.
//!
//! Open classes are not listed: a word that is none of these is a noun or an adjective (the
//! tagger does not tell them apart), unless its ending makes it a verb or an adverb.

use std::sync::LazyLock;

use crate::text::word_lists::{Lists, WordLists};

/// The word lists of this module. Every word of every list is in one table built once,
/// with the lists it belongs to, so that the tagger looks a word up once instead of
/// searching a dozen lists for it (it tags every word of every article it reads).
#[derive(Clone, Copy)]
enum List {
    Determiner,
    Pronoun,
    Preposition,
    Subordinator,
    Auxiliary,
    Adverb,
    LyNotAdverb,
    LightVerb,
    SamePast,
    FallingVerb,
    CapabilityWord,
    IrrealisVerb,
    IrregularVerb,
    IrregularBase,
    Verb,
    Superlative,
    EstNotSuperlative,
    DurationWord,
    NounInIng,
    /// Not written out: the regular inflections of [`List::Verb`], made from it.
    RegularInflection,
}

/// Each list with its words (lower case and sorted, which a test keeps).
const LISTS: &[(List, &[&str])] = &[
    (List::Determiner, DETERMINERS),
    (List::Pronoun, PRONOUNS),
    (List::Preposition, PREPOSITIONS),
    (List::Subordinator, SUBORDINATORS),
    (List::Auxiliary, AUXILIARIES),
    (List::Adverb, ADVERBS),
    (List::LyNotAdverb, LY_NOT_ADVERBS),
    (List::LightVerb, LIGHT_VERBS),
    (List::SamePast, SAME_PAST),
    (List::FallingVerb, FALLING_VERBS),
    (List::CapabilityWord, CAPABILITY_WORDS),
    (List::IrrealisVerb, IRREALIS_VERBS),
    (List::IrregularVerb, IRREGULAR_VERBS),
    (List::IrregularBase, IRREGULAR_BASES),
    (List::Verb, VERBS),
    (List::Superlative, SUPERLATIVES),
    (List::EstNotSuperlative, EST_NOT_SUPERLATIVES),
    (List::DurationWord, DURATION_WORDS),
    (List::NounInIng, NOUNS_IN_ING),
];

/// Every listed word and every regular inflection of a listed verb, with the lists it is in.
static TABLE: LazyLock<WordLists> = LazyLock::new(|| {
    let inflections = regular_inflections();
    WordLists::new(
        LISTS
            .iter()
            .map(|&(list, words)| (list as u32, words))
            .chain([(List::RegularInflection as u32, &inflections[..])]),
    )
});

/// A lower-case word and the lists it is in, looked up once.
#[derive(Clone, Copy)]
pub struct Entry<'a> {
    word: &'a str,
    lists: Lists,
}

impl<'a> Entry<'a> {
    pub fn of(word: &'a str) -> Self {
        Self {
            word,
            lists: TABLE.lists_of(word),
        }
    }

    fn is(self, list: List) -> bool {
        self.lists.contains(list as u32)
    }

    pub fn is_determiner(self) -> bool {
        self.is(List::Determiner)
    }

    pub fn is_pronoun(self) -> bool {
        self.is(List::Pronoun)
    }

    pub fn is_preposition(self) -> bool {
        self.is(List::Preposition)
    }

    /// Words that open a subordinate or relative clause, or a phrase that is read apart
    /// from the clause around it ("after a pause in June").
    pub fn is_subordinator(self) -> bool {
        self.is(List::Subordinator)
    }

    pub fn is_auxiliary(self) -> bool {
        self.is(List::Auxiliary)
    }

    pub fn is_adverb(self) -> bool {
        let word = self.word;
        self.is(List::Adverb)
            || (word.len() > 4 && word.ends_with("ly") && !self.is(List::LyNotAdverb))
    }

    /// "morning", "building": a word in -ing that is only a noun in news copy.
    pub fn is_noun_in_ing(self) -> bool {
        self.is(List::NounInIng)
    }

    /// A verb form: an irregular form, or a form of a listed base ("raised", "lands").
    pub fn is_verb_form(self) -> bool {
        self.is(List::IrregularVerb) || self.is(List::RegularInflection)
    }

    /// The bare base form of a listed verb ("launch", "cost"): also a noun in news copy.
    pub fn is_verb_base(self) -> bool {
        self.is(List::Verb) || self.is(List::IrregularBase)
    }
}

pub fn is_coordinator(word: &str) -> bool {
    matches!(word, "and" | "but" | "or" | "nor" | "yet")
}

/// Verbs that carry little meaning of their own and take an event noun as object: "made
/// landfall", "make its touchdown", "took place".
pub fn is_light_verb(word: &str) -> bool {
    Entry::of(word).is(List::LightVerb)
}

/// Verbs whose infinitive states what was meant or tried, not what happened: "had
/// intended to land", "failed to reach".
pub fn is_irrealis_verb(word: &str) -> bool {
    Entry::of(word).is(List::IrrealisVerb)
}

/// Words before an infinitive that make it a capability, not an event: "able to reach".
pub fn is_capability_word(word: &str) -> bool {
    Entry::of(word).is(List::CapabilityWord)
}

/// Words that open a relative clause, whose subject is the noun before it: "which", "who",
/// "that".
pub fn is_relative(word: &str) -> bool {
    ["that", "which", "who"]
        .iter()
        .any(|relative| word.eq_ignore_ascii_case(relative))
}

/// "Russia's", "Kim’s": a possessive.
pub fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}

/// "highest", "deadliest", "worst", "first": the word that makes a phrase a record ("its
/// highest level in 22 years").
pub fn is_superlative(word: &str) -> bool {
    let entry = Entry::of(word);
    entry.is(List::Superlative)
        || (word.len() > 5 && word.ends_with("est") && !entry.is(List::EstNotSuperlative))
}

/// A unit of time as written after a number: "minutes", "hrs", "years".
pub fn is_duration_word(word: &str) -> bool {
    Entry::of(word).is(List::DurationWord)
}

/// "its", "their": a determiner that points back to a noun already named.
pub fn is_possessive_determiner(word: &str) -> bool {
    matches!(
        word,
        "her" | "his" | "its" | "our" | "their" | "my" | "your"
    )
}

/// Verbs of falling: "eased", "weakened", "dropped to".
pub fn is_falling_verb(word: &str) -> bool {
    Entry::of(word).is(List::FallingVerb)
}

/// Verbs whose past is their base: "hit", "cost", "cut".
pub fn is_same_past(word: &str) -> bool {
    Entry::of(word).is(List::SamePast)
}

/// The regular inflections of the listed verbs, made once for the life of the program (in one
/// leaked string, to sit in [`TABLE`] with the written lists): the tagger asks of most words
/// whether they are one, and stripping each suffix to look the stem up cost several lookups a
/// word.
fn regular_inflections() -> Vec<&'static str> {
    let mut text = String::new();
    let mut ends = Vec::new();
    for verb in VERBS {
        for parts in inflections_of(verb) {
            parts.iter().for_each(|part| text.push_str(part));
            ends.push(text.len());
        }
    }
    let text: &'static str = text.leak();
    let mut start = 0;
    ends.into_iter()
        .map(|end| {
            let form = &text[start..end];
            start = end;
            form
        })
        .collect()
}

/// The regular inflections of `verb`, each in parts to be joined: "raised", "raising" (raise),
/// "stopped" (stop), "lands" (land). Every word made of a stem of two bytes or more and a
/// suffix, where the stem is the base, the base without its final "e" (before "ing" and
/// "ed"), or the base with its final ASCII letter doubled.
fn inflections_of(verb: &str) -> Vec<[&str; 3]> {
    let mut forms = Vec::new();
    if verb.len() < 2 {
        return forms;
    }
    let last_ascii = verb.as_bytes()[verb.len() - 1]
        .is_ascii()
        .then(|| &verb[verb.len() - 1..]);
    for suffix in ["ing", "ed", "es", "s", "d"] {
        forms.push([verb, "", suffix]);
        if let Some(stem) = verb.strip_suffix('e')
            && stem.len() >= 2
            && matches!(suffix, "ing" | "ed")
        {
            forms.push([stem, "", suffix]);
        }
        if let Some(last) = last_ascii {
            forms.push([verb, last, suffix]);
        }
    }
    forms
}

const SUPERLATIVES: &[&str] = &["best", "first", "least", "most", "worst"];

/// Words of six letters or more in "-est" that are not superlatives.
const EST_NOT_SUPERLATIVES: &[&str] = &[
    "arrest",
    "attest",
    "behest",
    "conquest",
    "contest",
    "detest",
    "digest",
    "earnest",
    "forest",
    "harvest",
    "honest",
    "ingest",
    "inquest",
    "interest",
    "invest",
    "manifest",
    "midwest",
    "modest",
    "northwest",
    "protest",
    "request",
    "southwest",
    "suggest",
    "unrest",
];

const NOUNS_IN_ING: &[&str] = &[
    "building",
    "buildings",
    "ceiling",
    "clothing",
    "evening",
    "evenings",
    "lightning",
    "morning",
    "mornings",
    "pudding",
    "wedding",
    "weddings",
];

const DURATION_WORDS: &[&str] = &[
    "day", "days", "decade", "decades", "hour", "hours", "hr", "hrs", "min", "mins", "minute",
    "minutes", "month", "months", "second", "seconds", "week", "weeks", "year", "years", "yr",
    "yrs",
];

const DETERMINERS: &[&str] = &[
    "a", "all", "an", "another", "any", "both", "each", "either", "every", "few", "her", "his",
    "its", "many", "most", "much", "my", "neither", "no", "other", "our", "several", "some",
    "such", "that", "the", "their", "these", "this", "those", "whose", "your",
];

const PRONOUNS: &[&str] = &[
    "he",
    "her",
    "herself",
    "him",
    "himself",
    "i",
    "it",
    "itself",
    "me",
    "myself",
    "one",
    "she",
    "someone",
    "something",
    "them",
    "themselves",
    "they",
    "us",
    "we",
    "you",
];

const PREPOSITIONS: &[&str] = &[
    "about",
    "above",
    "across",
    "against",
    "along",
    "amid",
    "among",
    "around",
    "at",
    "behind",
    "below",
    "beneath",
    "beside",
    "besides",
    "between",
    "beyond",
    "by",
    "despite",
    "down",
    "during",
    "except",
    "for",
    "from",
    "in",
    "inside",
    "into",
    "like",
    "near",
    "of",
    "off",
    "on",
    "onto",
    "out",
    "outside",
    "over",
    "past",
    "per",
    "than",
    "through",
    "throughout",
    "to",
    "toward",
    "towards",
    "under",
    "up",
    "upon",
    "via",
    "with",
    "within",
    "without",
];

const SUBORDINATORS: &[&str] = &[
    "after",
    "although",
    "as",
    "because",
    "before",
    "following",
    "how",
    "if",
    "since",
    "that",
    "though",
    "unless",
    "until",
    "when",
    "whenever",
    "where",
    "whereas",
    "whether",
    "which",
    "while",
    "who",
    "whom",
];

const AUXILIARIES: &[&str] = &[
    "am", "are", "be", "been", "being", "can", "could", "did", "do", "does", "had", "has", "have",
    "having", "is", "may", "might", "must", "shall", "should", "was", "were", "will", "would",
];

const ADVERBS: &[&str] = &[
    "aboard",
    "abroad",
    "adrift",
    "afloat",
    "again",
    "ago",
    "ahead",
    "almost",
    "alone",
    "already",
    "also",
    "altogether",
    "always",
    "ashore",
    "back",
    "even",
    "ever",
    "far",
    "here",
    "instead",
    "just",
    "later",
    "meanwhile",
    "nearby",
    "never",
    "not",
    "now",
    "often",
    "onboard",
    "once",
    "only",
    "overseas",
    "perhaps",
    "quite",
    "rather",
    "respectively",
    "so",
    "soon",
    "still",
    "then",
    "there",
    "thus",
    "today",
    "together",
    "tomorrow",
    "tonight",
    "too",
    "very",
    "yesterday",
];

/// Words in -ly that are nouns or adjectives, not adverbs.
const LY_NOT_ADVERBS: &[&str] = &[
    "assembly",
    "bully",
    "daily",
    "early",
    "elderly",
    "family",
    "friendly",
    "holy",
    "italy",
    "likely",
    "monthly",
    "only",
    "quarterly",
    "rally",
    "reply",
    "supply",
    "weekly",
    "yearly",
];

const CAPABILITY_WORDS: &[&str] = &[
    "able",
    "built",
    "capable",
    "certified",
    "designed",
    "equipped",
    "meant",
    "rated",
];

const FALLING_VERBS: &[&str] = &[
    "cooled",
    "cooling",
    "declined",
    "declining",
    "decreased",
    "decreasing",
    "diminished",
    "diminishing",
    "dipped",
    "dipping",
    "dropped",
    "dropping",
    "eased",
    "easing",
    "fallen",
    "falling",
    "fell",
    "lessened",
    "shrank",
    "shrinking",
    "shrunk",
    "slowed",
    "slowing",
    "subsided",
    "subsiding",
    "weakened",
    "weakening",
];

const SAME_PAST: &[&str] = &[
    "cost", "cut", "hit", "hurt", "let", "put", "quit", "set", "shut", "split", "spread",
];

const LIGHT_VERBS: &[&str] = &[
    "carried",
    "carries",
    "carry",
    "carrying",
    "conduct",
    "conducted",
    "conducting",
    "conducts",
    "did",
    "do",
    "does",
    "doing",
    "had",
    "has",
    "have",
    "having",
    "made",
    "make",
    "makes",
    "making",
    "take",
    "taken",
    "takes",
    "taking",
    "took",
];

const IRREALIS_VERBS: &[&str] = &[
    "aim",
    "aimed",
    "aiming",
    "aims",
    "attempt",
    "attempted",
    "attempting",
    "attempts",
    "fail",
    "failed",
    "failing",
    "fails",
    "hope",
    "hoped",
    "hopes",
    "hoping",
    "intend",
    "intended",
    "intending",
    "intends",
    "plan",
    "planned",
    "planning",
    "plans",
    "seek",
    "seeking",
    "seeks",
    "sought",
    "tried",
    "tries",
    "try",
    "trying",
    "want",
    "wanted",
    "wanting",
    "wants",
];

/// Irregular verb forms that are not also common nouns ("left", "set", "cost" and "hit" are
/// bases; they are in [`IRREGULAR_BASES`]).
const IRREGULAR_VERBS: &[&str] = &[
    "arose",
    "ate",
    "became",
    "began",
    "begun",
    "bled",
    "bore",
    "bought",
    "broke",
    "broken",
    "brought",
    "built",
    "came",
    "caught",
    "chose",
    "chosen",
    "dealt",
    "done",
    "drawn",
    "drew",
    "driven",
    "drove",
    "dug",
    "fallen",
    "fed",
    "fell",
    "felt",
    "fled",
    "flew",
    "flown",
    "fought",
    "found",
    "froze",
    "gave",
    "given",
    "gone",
    "got",
    "gotten",
    "grew",
    "grown",
    "heard",
    "held",
    "hid",
    "hidden",
    "hung",
    "kept",
    "knew",
    "known",
    "laid",
    "lain",
    "lay",
    "led",
    "left",
    "lit",
    "lost",
    "lying",
    "meant",
    "met",
    "paid",
    "ran",
    "rang",
    "risen",
    "rose",
    "said",
    "sank",
    "sat",
    "saw",
    "says",
    "seen",
    "sent",
    "shook",
    "shot",
    "shown",
    "slept",
    "slid",
    "sold",
    "sought",
    "spent",
    "spoke",
    "spoken",
    "spun",
    "standing",
    "stands",
    "stole",
    "stood",
    "struck",
    "stuck",
    "sunk",
    "swam",
    "swept",
    "swore",
    "sworn",
    "taught",
    "thought",
    "threw",
    "thrown",
    "told",
    "took",
    "understood",
    "went",
    "wept",
    "woke",
    "won",
    "wore",
    "written",
    "wrote",
];

/// Bases of irregular verbs whose past is the same word or which are common nouns too.
const IRREGULAR_BASES: &[&str] = &[
    "become", "begin", "break", "bring", "build", "buy", "come", "cost", "cut", "do", "fall",
    "find", "fly", "get", "give", "go", "grow", "hit", "hold", "hurt", "keep", "know", "lead",
    "leave", "let", "lose", "make", "meet", "pay", "put", "quit", "rise", "run", "say", "see",
    "sell", "send", "set", "shut", "sink", "speak", "spend", "split", "spread", "stand", "strike",
    "take", "teach", "tell", "think", "throw", "win", "write",
];

/// Regular verbs of news copy, base forms. Their inflections are verbs; the bare base is a
/// verb only where the context asks for one ("to land", "they land", "had cost").
const VERBS: &[&str] = &[
    "accept",
    "accuse",
    "add",
    "admit",
    "affect",
    "agree",
    "allow",
    "announce",
    "appear",
    "approve",
    "arrest",
    "arrive",
    "ask",
    "assess",
    "attack",
    "avoid",
    "back",
    "ban",
    "battle",
    "believe",
    "blame",
    "blast",
    "block",
    "boost",
    "burn",
    "call",
    "cancel",
    "capsize",
    "cause",
    "change",
    "charge",
    "check",
    "cite",
    "claim",
    "clear",
    "climb",
    "close",
    "collapse",
    "collide",
    "comment",
    "complete",
    "confirm",
    "consider",
    "contain",
    "continue",
    "cool",
    "cover",
    "crash",
    "create",
    "criticize",
    "cross",
    "cut",
    "damage",
    "decide",
    "declare",
    "decline",
    "delay",
    "deliver",
    "deny",
    "deploy",
    "describe",
    "destroy",
    "detect",
    "develop",
    "die",
    "disappear",
    "discover",
    "displace",
    "dispute",
    "drop",
    "ease",
    "elect",
    "emerge",
    "end",
    "enter",
    "erupt",
    "escape",
    "establish",
    "estimate",
    "evacuate",
    "examine",
    "exceed",
    "expand",
    "expect",
    "experience",
    "explain",
    "explode",
    "face",
    "file",
    "finish",
    "fire",
    "flee",
    "follow",
    "force",
    "form",
    "gain",
    "gather",
    "guide",
    "halt",
    "happen",
    "head",
    "help",
    "hike",
    "hire",
    "hope",
    "identify",
    "implode",
    "improve",
    "include",
    "increase",
    "indicate",
    "injure",
    "insist",
    "intensify",
    "issue",
    "join",
    "jump",
    "kill",
    "land",
    "last",
    "launch",
    "lie",
    "lift",
    "list",
    "live",
    "locate",
    "look",
    "lower",
    "maintain",
    "manage",
    "mark",
    "measure",
    "mention",
    "miss",
    "monitor",
    "move",
    "name",
    "need",
    "note",
    "notice",
    "observe",
    "occur",
    "offer",
    "open",
    "oppose",
    "order",
    "pass",
    "pause",
    "peak",
    "pick",
    "place",
    "plan",
    "plunge",
    "point",
    "post",
    "praise",
    "predict",
    "prepare",
    "press",
    "prevent",
    "produce",
    "promise",
    "prompt",
    "propose",
    "prove",
    "provide",
    "publish",
    "pull",
    "push",
    "raise",
    "rank",
    "reach",
    "receive",
    "record",
    "recover",
    "reduce",
    "reflect",
    "refuse",
    "reject",
    "release",
    "rely",
    "remain",
    "remove",
    "repeat",
    "replace",
    "reply",
    "report",
    "request",
    "require",
    "rescue",
    "resign",
    "respond",
    "restore",
    "resume",
    "retire",
    "return",
    "reveal",
    "roar",
    "rule",
    "rush",
    "sail",
    "save",
    "schedule",
    "search",
    "seem",
    "seize",
    "serve",
    "settle",
    "shift",
    "shrink",
    "signal",
    "sit",
    "slam",
    "slip",
    "slow",
    "smash",
    "soar",
    "spark",
    "start",
    "state",
    "stay",
    "stop",
    "strengthen",
    "struggle",
    "submerge",
    "succeed",
    "suffer",
    "suggest",
    "support",
    "surge",
    "survive",
    "suspend",
    "tackle",
    "target",
    "tighten",
    "top",
    "total",
    "touch",
    "track",
    "travel",
    "trigger",
    "tumble",
    "turn",
    "unveil",
    "urge",
    "use",
    "vanish",
    "visit",
    "vote",
    "wait",
    "walk",
    "want",
    "warn",
    "watch",
    "weaken",
    "welcome",
    "work",
    "worry",
    "wreck",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_ending_in_two_equal_bytes_of_one_character_is_no_doubled_consonant() {
        // '𨚚' is F0 A8 9A 9A: its last two bytes are equal, its last two characters are not.
        assert!(!Entry::of("a𨚚s").is_verb_form());
        assert!(Entry::of("stopped").is_verb_form());
    }

    #[test]
    fn every_list_is_sorted_and_lower_case() {
        assert_eq!(
            LISTS.len(),
            List::NounInIng as usize + 1,
            "every list is in LISTS"
        );
        for &(_, list) in LISTS {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
            assert!(list.iter().all(|w| w.to_lowercase() == *w), "{list:?}");
        }
    }

    /// How the tagger found a regular inflection before [`regular_inflections`]: the base of
    /// `word` by stripping each suffix and looking the stem up.
    fn base_of(word: &str) -> Option<&'static str> {
        let find = |stem: &str| TABLE.find(stem, List::Verb as u32);
        for suffix in ["ing", "ed", "es", "s", "d"] {
            let Some(stem) = word.strip_suffix(suffix) else {
                continue;
            };
            if stem.len() < 2 {
                continue;
            }
            // A doubled final consonant ("stopp"): two equal ASCII letters.
            let mut last = stem.chars().rev();
            let doubled = stem.len() > 2
                && matches!((last.next(), last.next()), (Some(a), Some(b)) if a == b && a.is_ascii());
            let found = find(stem)
                .or_else(|| {
                    matches!(suffix, "ing" | "ed")
                        .then(|| find(&format!("{stem}e")))
                        .flatten()
                })
                .or_else(|| doubled.then(|| find(&stem[..stem.len() - 1])).flatten());
            if found.is_some() {
                return found;
            }
        }
        None
    }

    #[test]
    fn the_regular_inflections_are_the_words_whose_stripped_stem_is_a_listed_verb() {
        let mut words: Vec<String> = regular_inflections()
            .iter()
            .map(|w| w.to_string())
            .collect();
        // Every prefix of every listed word, with every suffix and a doubled last letter.
        for &(_, list) in LISTS {
            for word in list.iter() {
                for end in 1..=word.len() {
                    let prefix = &word[..end];
                    let last = &prefix[end - 1..];
                    for suffix in ["", "e", "ing", "ed", "es", "s", "d", "eing", "eed"] {
                        words.push(format!("{prefix}{suffix}"));
                        words.push(format!("{prefix}{last}{suffix}"));
                    }
                }
            }
        }
        words.extend(["a𨚚s", "ééing", "dd", "ddd", "ing", "sing", "Raised"].map(String::from));
        for word in &words {
            assert_eq!(
                Entry::of(word).is(List::RegularInflection),
                base_of(word).is_some(),
                "{word}"
            );
        }
    }
    #[test]
    fn regular_inflections_of_listed_verbs_are_verbs() {
        for form in [
            "raised",
            "raises",
            "raising",
            "stopped",
            "planning",
            "hiked",
            "lands",
            "landed",
            "touched",
            "collapsed",
            "said",
            "struck",
        ] {
            assert!(Entry::of(form).is_verb_form(), "{form}");
        }
        for word in ["ranges", "hikers", "rates", "kings", "sing"] {
            assert!(!Entry::of(word).is_verb_form(), "{word}");
        }
    }
}
