//! One cache entry as bytes: a header, what the entry answers for (the article's extension
//! and its bytes), then the findings in postcard, a compact binary serde format: a hit
//! decodes a fifth of the instructions JSON took.
//!
//! `MAGIC`, the format version (u32), the run's inputs hash (32 bytes), the lengths of the
//! extension, the article and the contents (u64 each), a checksum of the contents (u64),
//! then the extension, the article and the contents. Numbers are little-endian.
//!
//! An entry holds the very bytes it answers for, and a hit compares them with the article's:
//! whatever an entry is named, it answers only for the exact article it was made from, so
//! its name can come from a fast hash ([`Subject::name`]) instead of BLAKE3, which was a fifth
//! of a re-run. A collision of names is a miss, never a wrong answer. The checksum is there to catch damaged findings, not forged ones (whoever can
//! write the cache folder can write anything), so it is a fast 64-bit hash too.

use std::hash::BuildHasher;

use crate::check::ArticleResult;

const MAGIC: &[u8] = b"factlint-cache\0";
/// Raised whenever the layout or the contents' shape changes.
const FORMAT: u32 = 4;
const HEADER: usize = MAGIC.len() + 4 + 32 + 4 * 8;

/// What an entry answers for: the run's inputs, and the article's extension and bytes.
#[derive(Clone, Copy)]
pub struct Subject<'a> {
    pub inputs: &'a blake3::Hash,
    pub extension: &'a [u8],
    pub article: &'a [u8],
}

impl Subject<'_> {
    /// Names the entry in its generation, from the article's extension and bytes.
    pub fn name(&self) -> u64 {
        let state = foldhash::quality::FixedState::with_seed(0x6661_6374);
        state.hash_one((self.extension, self.article))
    }
}

fn checksum(contents: &[u8]) -> u64 {
    foldhash::quality::FixedState::with_seed(0).hash_one(contents)
}

pub fn encode(subject: &Subject, result: &ArticleResult) -> postcard::Result<Vec<u8>> {
    let contents = postcard::to_stdvec(result)?;
    let parts = [subject.extension, subject.article, &contents];
    let size = HEADER + parts.iter().map(|part| part.len()).sum::<usize>();
    let mut bytes = Vec::with_capacity(size);
    bytes.extend(MAGIC);
    bytes.extend(FORMAT.to_le_bytes());
    bytes.extend(subject.inputs.as_bytes());
    for part in parts {
        bytes.extend((part.len() as u64).to_le_bytes());
    }
    bytes.extend(checksum(&contents).to_le_bytes());
    for part in parts {
        bytes.extend(part);
    }
    Ok(bytes)
}

/// The findings of an intact entry for `subject`; `None` for anything else.
pub fn decode(bytes: &[u8], subject: &Subject) -> Option<ArticleResult> {
    let rest = bytes.strip_prefix(MAGIC)?;
    let (format, rest) = rest.split_first_chunk::<4>()?;
    let (inputs, rest) = rest.split_first_chunk::<32>()?;
    let (extension_length, rest) = take_u64(rest)?;
    let (article_length, rest) = take_u64(rest)?;
    let (contents_length, rest) = take_u64(rest)?;
    let (stored_checksum, rest) = take_u64(rest)?;
    let (extension, rest) = rest.split_at_checked(subject.extension.len())?;
    let (article, contents) = rest.split_at_checked(subject.article.len())?;
    let intact = u32::from_le_bytes(*format) == FORMAT
        && inputs == subject.inputs.as_bytes()
        && extension_length == extension.len() as u64
        && article_length == article.len() as u64
        && contents_length == contents.len() as u64
        && extension == subject.extension
        && article == subject.article
        && checksum(contents) == stored_checksum;
    if !intact {
        return None;
    }
    postcard::from_bytes(contents).ok()
}

/// A little-endian `u64` off the front of `bytes`, and the rest.
fn take_u64(bytes: &[u8]) -> Option<(u64, &[u8])> {
    let (number, rest) = bytes.split_first_chunk::<8>()?;
    Some((u64::from_le_bytes(*number), rest))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::NotApplicable;
    use crate::check::statements::Statement;
    use crate::finding::{Finding, Fix, FoundSpeaker, Label, Severity};
    use crate::lang::ast::AssertionKind;
    use crate::source::Span;

    const ARTICLE: &[u8] = b"The range is 885 km.";

    fn subject(inputs: &blake3::Hash) -> Subject<'_> {
        Subject {
            inputs,
            extension: b"md",
            article: ARTICLE,
        }
    }

    fn result() -> ArticleResult {
        let finding = Finding::new(
            "story/fact".into(),
            AssertionKind::Term,
            Severity::Warning,
            Span::new(3, 9),
            "a message".into(),
            "a label",
        );
        ArticleResult {
            findings: vec![finding],
            stories: vec!["story".into()],
            suppressed: 2,
            ..ArticleResult::default()
        }
    }

    #[test]
    fn every_part_of_a_result_reads_back_as_written() {
        let mut finding = result().findings.remove(0);
        let span = Span::new(1, 4);
        finding.labels = vec![Label {
            span,
            text: "a “label”".into(),
        }];
        finding.expected = Some("expected".into());
        finding.help = Some("help".into());
        finding.note = Some("note".into());
        finding.source = Some("source".into());
        finding.fix = Some(Fix {
            span,
            replacement: "fix".into(),
        });
        finding.speaker = Some(FoundSpeaker {
            span,
            text: "the officials".into(),
            head: "officials".into(),
            resolved_to: "official".into(),
        });
        let full = ArticleResult {
            findings: vec![finding],
            not_applicable: vec![NotApplicable {
                story: "other".into(),
                reason: "no mention of \"Morocco\"".into(),
            }],
            mentioned: vec!["story/fact".into()],
            statements: vec![Statement {
                fact: "story/fact".into(),
                sentence: Span::new(0, 20),
                stated: vec![span, Span::new(6, 9)],
            }],
            ..result()
        };
        let inputs = blake3::hash(b"inputs");
        let subject = subject(&inputs);
        let bytes = encode(&subject, &full).expect("serializes");
        let decoded = decode(&bytes, &subject).expect("intact");
        let as_json = |result: &ArticleResult| serde_json::to_string(result).expect("serializes");
        assert_eq!(as_json(&decoded), as_json(&full));
    }

    #[test]
    fn an_entry_reads_back_as_written() {
        let inputs = blake3::hash(b"inputs");
        let subject = subject(&inputs);
        let bytes = encode(&subject, &result()).expect("serializes");
        let decoded = decode(&bytes, &subject).expect("intact");
        assert_eq!(decoded.findings, result().findings);
        assert_eq!(decoded.stories, result().stories);
        assert_eq!(decoded.suppressed, 2);
    }

    #[test]
    fn an_entry_answers_only_for_the_inputs_extension_and_bytes_it_was_made_for() {
        let inputs = blake3::hash(b"inputs");
        let bytes = encode(&subject(&inputs), &result()).expect("serializes");
        let other_inputs = blake3::hash(b"other inputs");
        let same_length = b"The range is 985 km.";
        let others = [
            Subject {
                inputs: &other_inputs,
                ..subject(&inputs)
            },
            Subject {
                extension: b"txt",
                ..subject(&inputs)
            },
            Subject {
                extension: b"",
                ..subject(&inputs)
            },
            Subject {
                article: same_length,
                ..subject(&inputs)
            },
            Subject {
                article: &ARTICLE[..ARTICLE.len() - 1],
                ..subject(&inputs)
            },
            Subject {
                article: b"",
                ..subject(&inputs)
            },
        ];
        for other in &others {
            assert!(decode(&bytes, other).is_none(), "{:?}", other.article);
        }
    }

    #[test]
    fn a_short_broken_or_foreign_entry_is_a_miss() {
        let inputs = blake3::hash(b"inputs");
        let subject = subject(&inputs);
        let bytes = encode(&subject, &result()).expect("serializes");
        for cut in [0, 10, HEADER - 1, HEADER, HEADER + 5, bytes.len() - 1] {
            assert!(decode(&bytes[..cut], &subject).is_none(), "cut at {cut}");
        }
        let article = HEADER + subject.extension.len();
        let contents = article + ARTICLE.len();
        let flips = [
            0,
            MAGIC.len(),
            MAGIC.len() + 4,
            HEADER - 1,
            HEADER,
            article,
            contents,
        ];
        for flipped in flips.into_iter().chain([bytes.len() - 1]) {
            let mut broken = bytes.clone();
            broken[flipped] ^= 1;
            assert!(
                decode(&broken, &subject).is_none(),
                "byte {flipped} flipped"
            );
        }
        let mut longer = bytes.clone();
        longer.push(b' ');
        assert!(decode(&longer, &subject).is_none());
    }

    #[test]
    fn names_differ_with_the_extension_and_the_bytes() {
        let inputs = blake3::hash(b"inputs");
        let name = |extension, article| {
            let subject = Subject {
                inputs: &inputs,
                extension,
                article,
            };
            subject.name()
        };
        assert_eq!(name(b"md", ARTICLE), name(b"md", ARTICLE));
        assert_ne!(name(b"md", ARTICLE), name(b"txt", ARTICLE));
        assert_ne!(name(b"md", ARTICLE), name(b"m", b"dThe range is 885 km."));
        assert_ne!(name(b"md", ARTICLE), name(b"md", b"The range is 985 km."));
    }
}
