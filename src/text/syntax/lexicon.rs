//! The closed word classes of English and the verbs news copy uses most: what the tagger
//! knows before it looks at a word's neighbours.
//!
//! Open classes are not listed: a word that is none of these is a noun or an adjective (the
//! tagger does not tell them apart), unless its ending makes it a verb or an adverb.

/// Lists are lower case and sorted, for binary search.
fn listed(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
}

pub fn is_determiner(word: &str) -> bool {
    listed(DETERMINERS, word)
}

pub fn is_pronoun(word: &str) -> bool {
    listed(PRONOUNS, word)
}

pub fn is_preposition(word: &str) -> bool {
    listed(PREPOSITIONS, word)
}

pub fn is_coordinator(word: &str) -> bool {
    matches!(word, "and" | "but" | "or" | "nor" | "yet")
}

/// Words that open a subordinate or relative clause, or a phrase that is read apart from
/// the clause around it ("after a pause in June").
pub fn is_subordinator(word: &str) -> bool {
    listed(SUBORDINATORS, word)
}

pub fn is_auxiliary(word: &str) -> bool {
    listed(AUXILIARIES, word)
}

pub fn is_adverb(word: &str) -> bool {
    listed(ADVERBS, word)
        || (word.len() > 4 && word.ends_with("ly") && !listed(LY_NOT_ADVERBS, word))
}

/// Verbs that carry little meaning of their own and take an event noun as object: "made
/// landfall", "make its touchdown", "took place".
pub fn is_light_verb(word: &str) -> bool {
    listed(LIGHT_VERBS, word)
}

/// Verbs whose infinitive states what was meant or tried, not what happened: "had
/// intended to land", "failed to reach".
pub fn is_irrealis_verb(word: &str) -> bool {
    listed(IRREALIS_VERBS, word)
}

/// Words before an infinitive that make it a capability, not an event: "able to reach".
pub fn is_capability_word(word: &str) -> bool {
    listed(CAPABILITY_WORDS, word)
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
    listed(SUPERLATIVES, word)
        || (word.len() > 5 && word.ends_with("est") && !listed(EST_NOT_SUPERLATIVES, word))
}

/// "morning", "building": a word in -ing that is only a noun in news copy.
pub fn is_noun_in_ing(word: &str) -> bool {
    listed(NOUNS_IN_ING, word)
}

/// A unit of time as written after a number: "minutes", "hrs", "years".
pub fn is_duration_word(word: &str) -> bool {
    listed(DURATION_WORDS, word)
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
    listed(FALLING_VERBS, word)
}

/// Verbs whose past is their base: "hit", "cost", "cut".
pub fn is_same_past(word: &str) -> bool {
    listed(SAME_PAST, word)
}

/// A verb form: an irregular form, or a form of a listed base ("raised", "lands").
pub fn is_verb_form(word: &str) -> bool {
    listed(IRREGULAR_VERBS, word) || base_of(word).is_some_and(|base| listed(VERBS, base))
}

/// The bare base form of a listed verb ("launch", "cost"): also a noun in news copy.
pub fn is_verb_base(word: &str) -> bool {
    listed(VERBS, word) || listed(IRREGULAR_BASES, word)
}

/// Whether `word` is a regular inflection of a listed base: "raised" (raise), "hiking"
/// (hike), "stopped" (stop), "lands" (land).
fn base_of(word: &str) -> Option<&'static str> {
    let find = |stem: &str| VERBS.binary_search(&stem).ok().map(|index| VERBS[index]);
    for suffix in ["ing", "ed", "es", "s", "d"] {
        let Some(stem) = word.strip_suffix(suffix) else {
            continue;
        };
        if stem.len() < 2 {
            continue;
        }
        // A doubled final consonant ("stopp"): two equal ASCII letters, so that the cut below
        // stays on a character boundary whatever the word.
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
        assert!(!is_verb_form("a𨚚s"));
        assert!(is_verb_form("stopped"));
    }

    #[test]
    fn every_list_is_sorted_and_lower_case_for_binary_search() {
        let lists = [
            DETERMINERS,
            PRONOUNS,
            PREPOSITIONS,
            SUBORDINATORS,
            AUXILIARIES,
            ADVERBS,
            LY_NOT_ADVERBS,
            LIGHT_VERBS,
            SAME_PAST,
            FALLING_VERBS,
            CAPABILITY_WORDS,
            IRREALIS_VERBS,
            IRREGULAR_VERBS,
            IRREGULAR_BASES,
            VERBS,
            SUPERLATIVES,
            EST_NOT_SUPERLATIVES,
            DURATION_WORDS,
            NOUNS_IN_ING,
        ];
        for list in lists {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
            assert!(list.iter().all(|w| w.to_lowercase() == *w), "{list:?}");
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
            assert!(is_verb_form(form), "{form}");
        }
        for word in ["ranges", "hikers", "rates", "kings", "sing"] {
            assert!(!is_verb_form(word), "{word}");
        }
    }
}
