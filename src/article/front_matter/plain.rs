//! A fast reader for the plain front matter that articles actually carry: one `key: value` per
//! line, nothing else.
//!
//! serde-saphyr spends some 35,000 instructions on an article's two or three such lines, a fifth
//! of a term job. This reader answers only for a subset of YAML whose meaning is unambiguous, and
//! says "not simple" (`None`) for everything else, which then goes to serde-saphyr unchanged.
//! That is why it is sound: it never has to reproduce YAML's corner cases or serde-saphyr's
//! errors, only the plain lines below, and a property test holds it to serde-saphyr on those.
//!
//! The subset, line by line (a final `\r` is the CRLF line ending):
//! - a blank line (spaces only);
//! - `key:` at the start of the line, then nothing (null) or one space or more and a value. The
//!   key is an ASCII word (a letter, then letters, digits, `_` or `-`) and appears once.
//! - the value is a one-line quoted string without escapes (a `"` string holding no `"` or `\`,
//!   a `'` string no `'`), or a plain scalar that opens with no YAML indicator and holds no `: `, no
//!   ` #` and no final `:`. A plain `~`, `null`, `Null` or `NULL` is null; any other plain text
//!   (`true`, `1.5`, `2024-01-05`) is the string as written, as serde-saphyr gives an
//!   `Option<String>`. The value of another key must not read as an infinite or NaN number,
//!   which serde-saphyr refuses even for a key it ignores.
//!
//! Anything else is not simple: comments, directives, document markers, indented or nested
//! lines, collections, block scalars, anchors, aliases, tags, tabs, control characters and the
//! Unicode line and byte-order marks, duplicate keys, an empty document, and documents beyond
//! the size caps (well inside serde-saphyr's budgets, so none of its limits can be hit here).

use crate::article::Metadata;

/// Larger front matter is not simple.
const MAX_YAML_BYTES: usize = 16 * 1024;
/// More entries are not simple.
const MAX_ENTRIES: usize = 64;
/// A longer key is not simple (YAML caps implicit keys at 1,024 characters).
const MAX_KEY_BYTES: usize = 64;

/// YAML's indicator characters: a plain scalar may not open with one.
const INDICATORS: [char; 19] = [
    '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`',
];

/// The metadata of `yaml` exactly as serde-saphyr reads it, or `None` when `yaml` is not in the
/// plain subset (see the module documentation).
pub(super) fn read(yaml: &str) -> Option<Metadata> {
    if yaml.len() > MAX_YAML_BYTES {
        return None;
    }
    let mut meta = Metadata::default();
    let mut keys = Vec::new();
    for line in yaml.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.bytes().all(|byte| byte == b' ') {
            continue;
        }
        let (key, value) = entry(line)?;
        if keys.len() == MAX_ENTRIES || keys.contains(&key) {
            return None;
        }
        keys.push(key);
        match field(&mut meta, key) {
            Some(field) => *field = value.map(str::to_owned),
            None if value.is_some_and(may_be_non_finite_number) => return None,
            None => {}
        }
    }
    (!keys.is_empty()).then_some(meta)
}

/// The key and value (`None` for null) of a `key: value` line in the subset.
fn entry(line: &str) -> Option<(&str, Option<&str>)> {
    if holds_out_of_subset_characters(line) {
        return None;
    }
    let (key, rest) = line.split_once(':')?;
    if !is_simple_key(key) {
        return None;
    }
    let value = match rest {
        "" => "",
        _ => rest.strip_prefix(' ')?.trim_matches(' '),
    };
    Some((key, scalar(value)?))
}

/// Whether `line` holds a tab, another control character (CR and NEL included) or a character
/// that YAML or its readers may take for a line break, a byte-order mark or a non-printable.
/// Most lines are ASCII: their bytes are checked alone, all of them (a loop that may stop early
/// costs more on lines this short).
fn holds_out_of_subset_characters(line: &str) -> bool {
    let is_ascii_control = |byte: u8| byte < b' ' || byte == 0x7f;
    let is_out_of_subset = |c: char| {
        c.is_control()
            || matches!(
                c,
                '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}'
            )
    };
    let holds_ascii_control = line
        .bytes()
        .fold(false, |found, byte| found | is_ascii_control(byte));
    holds_ascii_control || !line.is_ascii() && line.contains(is_out_of_subset)
}

/// An ASCII word that is no null (serde-saphyr refuses a null key).
fn is_simple_key(key: &str) -> bool {
    key.len() <= MAX_KEY_BYTES
        && !is_null(key)
        && key.starts_with(|c: char| c.is_ascii_alphabetic())
        && key
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'-')
}

/// The value of a trimmed scalar in the subset (`Some(None)` for null), `None` outside it.
fn scalar(text: &str) -> Option<Option<&str>> {
    if let Some(quoted) = text.strip_prefix('"') {
        return without_escapes(quoted, '"', &['"', '\\']).map(Some);
    }
    if let Some(quoted) = text.strip_prefix('\'') {
        return without_escapes(quoted, '\'', &['\'']).map(Some);
    }
    if is_null(text) {
        return Some(None);
    }
    let opens_with_indicator = text.starts_with(INDICATORS);
    let holds_comment_or_mapping =
        text.contains(" #") || text.contains(": ") || text.ends_with(':');
    (!opens_with_indicator && !holds_comment_or_mapping).then_some(Some(text))
}

/// YAML's plain spellings of null.
fn is_null(plain: &str) -> bool {
    matches!(plain, "" | "~" | "null" | "Null" | "NULL")
}

/// What precedes the closing `quote` that ends `quoted`, if none of `escapes` is in it: a `"`
/// string escapes with `\`, a `'` string by doubling the quote.
fn without_escapes<'t>(quoted: &'t str, quote: char, escapes: &[char]) -> Option<&'t str> {
    let inner = quoted.strip_suffix(quote)?;
    (!inner.contains(escapes)).then_some(inner)
}

/// Whether serde-saphyr might read `value` as an infinite or NaN float (`.nan`, `-.inf`,
/// `1e999`), which it refuses for the value of an unknown key: to skip such a value, it types it.
fn may_be_non_finite_number(value: &str) -> bool {
    let unsigned = value.strip_prefix(['+', '-']).unwrap_or(value);
    unsigned.starts_with('.') || value.parse::<f64>().is_ok_and(f64::is_infinite)
}

/// The field of `meta` that `key` names, if any; serde-saphyr ignores the other keys.
fn field<'m>(meta: &'m mut Metadata, key: &str) -> Option<&'m mut Option<String>> {
    match key {
        "title" => Some(&mut meta.title),
        "date" => Some(&mut meta.date),
        "outlet" => Some(&mut meta.outlet),
        "url" => Some(&mut meta.url),
        "author" => Some(&mut meta.author),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn serde_saphyr(yaml: &str) -> Metadata {
        serde_saphyr::from_str::<Metadata>(yaml).unwrap()
    }

    #[test]
    fn reads_plain_and_quoted_values_as_serde_saphyr_does() {
        let yaml = "title: \"'Concerning escalation': Russia used missiles\"\r\n\
                    date: 2024-01-05   \n\
                    \n   \n\
                    outlet: USA TODAY\n\
                    url: https://example.com/a#b?c=d,e\n\
                    author: 'Swapna \"V\" Ramaswamy: C# \\ fan'\n\
                    slug: north-korea\n";
        let meta = read(yaml).unwrap();
        assert_eq!(
            meta.title.as_deref(),
            Some("'Concerning escalation': Russia used missiles")
        );
        assert_eq!(meta.url.as_deref(), Some("https://example.com/a#b?c=d,e"));
        assert_eq!(meta, serde_saphyr(yaml));
    }

    #[test]
    fn null_words_are_none_and_other_plain_words_are_strings_as_written() {
        for null in [
            "title:",
            "title: ~",
            "title: null",
            "title: Null",
            "title: NULL",
        ] {
            let yaml = format!("{null}\ndate: x\n");
            assert_eq!(read(&yaml).unwrap().title, None, "{null}");
            assert_eq!(serde_saphyr(&yaml).title, None, "{null}");
        }
        for word in [
            "true", "no", "1.5", "0x10", "+1", ".inf", "nULL", "~x", "\"\"", "''",
        ] {
            let yaml = format!("title: {word}\n");
            assert_eq!(read(&yaml), Some(serde_saphyr(&yaml)), "{word}");
        }
    }

    #[test]
    fn anything_outside_the_plain_subset_is_not_simple() {
        let not_simple = [
            ("comment line", "# note\ntitle: x\n"),
            ("comment after a value", "title: x # note\n"),
            ("comment after a quote", "title: \"x\" # note\n"),
            ("anchor", "title: &a x\n"),
            ("alias", "title: *a\n"),
            ("tag", "title: !!str 1\n"),
            ("flow sequence", "tags: [a, b]\n"),
            ("flow mapping", "seo: {x: 1}\n"),
            ("block sequence", "tags:\n- a\n"),
            ("nested indentation", "seo:\n  x: 1\n"),
            ("indented key", " title: x\n"),
            ("literal block scalar", "title: |\n  x\n"),
            ("folded block scalar", "title: >\n  x\n"),
            ("multi-line plain value", "title: x\n  y\n"),
            ("multi-line quoted value", "title: \"x\n  y\"\n"),
            ("double-quote escape", "title: \"x\\ty\"\n"),
            ("doubled single quote", "title: 'it''s'\n"),
            ("quote inside a double-quoted value", "title: \"a\"b\"\n"),
            ("text after a closing quote", "title: \"a\" b\n"),
            ("`: ` in a plain value", "title: a: b\n"),
            ("final `:` in a plain value", "title: a:\n"),
            ("value opening with an indicator", "title: @x\n"),
            ("value opening with `-`", "title: -x\n"),
            ("value opening with `%`", "title: %x\n"),
            ("duplicate known key", "title: a\ntitle: b\n"),
            ("duplicate unknown key", "slug: a\nslug: b\n"),
            ("tab", "title:\tx\n"),
            ("tab in a value", "title: a\tb\n"),
            ("bare CR", "title: a\rdate: b\n"),
            ("next line (U+0085)", "title: a\u{85}b\n"),
            ("line separator (U+2028)", "title: a\u{2028}b\n"),
            ("byte-order mark", "\u{feff}title: a\n"),
            ("document start marker", "--- \ntitle: a\n"),
            ("document end marker", "title: a\n...\n"),
            ("directive", "%YAML 1.2\ntitle: a\n"),
            ("explicit key", "? title\n: a\n"),
            ("no space after the colon", "title:x\n"),
            ("space before the colon", "title : x\n"),
            ("quoted key", "\"title\": x\n"),
            ("key opening with a digit", "1st: x\n"),
            ("key with other characters", "og.title: x\n"),
            ("no key", "just text\n"),
            ("empty document", "\n  \n"),
            ("too large", &"x: y\n".repeat(MAX_YAML_BYTES / 4)),
            (
                "too many entries",
                &(0..=MAX_ENTRIES)
                    .map(|i| format!("k{i}: v\n"))
                    .collect::<String>(),
            ),
            ("NaN for an unknown key", "weight: .nan\n"),
            ("infinity for an unknown key", "weight: 1e999\n"),
            (
                "too long a key",
                &format!("{}: v\n", "k".repeat(MAX_KEY_BYTES + 1)),
            ),
        ];
        for (class, yaml) in not_simple {
            assert_eq!(read(yaml), None, "{class}: {yaml:?}");
        }
    }

    /// Front matter lines, simple and tricky.
    fn tricky_line() -> impl Strategy<Value = String> {
        let key = prop::sample::select(vec![
            "title",
            "date",
            "outlet",
            "url",
            "author",
            "tags",
            "og-title",
            "x_1",
            "null",
            "Null",
            "true",
            "false",
            "on",
            "no",
            "y",
            "Title",
            "~",
            "1a",
            "-x",
            "? title",
            " title",
            "\"title\"",
            "ti tle",
            "<<",
            "",
        ]);
        let separator = prop::sample::select(vec![":", ": ", ":  ", ":\t", " :", "", ": #c"]);
        let piece = prop::sample::select(vec![
            "North",
            "Korea",
            " ",
            "  ",
            ":",
            ": ",
            " #",
            "#",
            "'",
            "\"",
            "''",
            "\\",
            "\\n",
            "-",
            "- ",
            "[",
            "]",
            "{",
            "}",
            "&a",
            "*a",
            "!",
            "!!str ",
            "|",
            ">",
            "%",
            "@",
            "`",
            ",",
            "?",
            "~",
            "null",
            "NULL",
            "Null",
            "true",
            "yes",
            "1.5",
            "0x10",
            "-7",
            ".nan",
            "2024-01-05",
            "é",
            "’",
            "“",
            "\u{a0}",
            "\u{3000}",
            "\u{85}",
            "\u{2028}",
            "\u{feff}",
            "\u{7f}",
            "\t",
            "\r",
            "$",
            "${X}",
            "---",
            "...",
            "http://x.y/z?a=b",
            "\"x\"",
            "'x'",
        ]);
        let value = prop::collection::vec(piece, 0..6).prop_map(|pieces| pieces.concat());
        let ending = prop::sample::select(vec!["", " ", "\r", " # c", "  "]);
        let entry = (key, separator, value, ending)
            .prop_map(|(key, separator, value, ending)| format!("{key}{separator}{value}{ending}"));
        let other_line = prop::sample::select(vec![
            "",
            "  ",
            "# comment",
            "---",
            "--- x",
            "...",
            "%YAML 1.2",
            "- item",
            "  nested: x",
            "\tx: y",
            "tags: [a, b]",
            "seo: {x: 1}",
            "title: |",
            "  block",
            "? title",
            ": x",
        ])
        .prop_map(str::to_owned);
        prop_oneof![3 => simple_line(), 3 => entry, 1 => other_line]
    }

    /// Lines in the subset, in many spellings.
    fn simple_line() -> impl Strategy<Value = String> {
        let key = prop::sample::select(vec!["title", "date", "outlet", "url", "author", "slug"]);
        let word = prop::sample::select(vec![
            "North",
            "Korea’s",
            "C#",
            "a:b",
            "it's",
            "\"x\"",
            "2024-01-05",
            "1.5",
            "true",
            "~x",
            "é",
            "[x]",
            "a,b",
            "50%",
            "@x",
            "-x",
            "&a",
            "\\",
        ]);
        let words = prop::collection::vec(word, 1..5);
        let value = prop_oneof![
            words
                .clone()
                .prop_map(|words| format!("Re {}", words.join(" "))),
            words
                .clone()
                .prop_map(|words| format!("\"{}\"", words.join(" ").replace(['"', '\\'], ""))),
            words.prop_map(|words| format!("'{}'", words.join("  ").replace('\'', ""))),
            Just("~".to_owned()),
            Just(String::new()),
        ];
        let spaces = prop::sample::select(vec![" ", "   "]);
        let ending = prop::sample::select(vec!["", " ", "\r"]);
        (key, spaces, value, ending)
            .prop_map(|(key, spaces, value, ending)| format!("{key}:{spaces}{value}{ending}"))
    }

    fn document(line: impl Strategy<Value = String>) -> impl Strategy<Value = String> {
        prop::collection::vec(line, 0..8).prop_map(|lines| lines.join("\n") + "\n")
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        #[test]
        fn whenever_the_fast_path_answers_serde_saphyr_gives_the_same(yaml in document(tricky_line())) {
            if let Some(fast) = read(&yaml) {
                let slow = serde_saphyr::from_str::<Metadata>(&yaml);
                prop_assert!(matches!(&slow, Ok(meta) if *meta == fast), "{yaml:?}: {fast:?} but {slow:?}");
            }
        }

        #[test]
        fn the_fast_path_answers_for_the_plain_subset(yaml in document(simple_line())) {
            let slow = serde_saphyr::from_str::<Metadata>(&yaml);
            match read(&yaml) {
                Some(fast) => prop_assert!(matches!(&slow, Ok(meta) if *meta == fast), "{yaml:?}: {fast:?} but {slow:?}"),
                // Only duplicate keys or no key at all leave the subset.
                None => prop_assert!(yaml.trim().is_empty() || slow.is_err(), "{yaml:?}"),
            }
        }
    }
}
