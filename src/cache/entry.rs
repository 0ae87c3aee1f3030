//! One cache entry as bytes: a header that identifies it, then the findings in postcard,
//! a compact binary serde format: a hit decodes a fifth of the instructions JSON took.
//!
//! `MAGIC`, the format version (u32, little-endian), the entry's key (32 bytes), a checksum
//! of the contents (u64, little-endian), their length (u64, little-endian), the contents.
//!
//! The checksum is there to catch a damaged file, not a forged one (whoever can write the
//! cache folder can write anything), so it is a fast 64-bit hash (foldhash, fixed seed)
//! rather than a second BLAKE3: an entry is read on every hit, and BLAKE3 of it was a tenth
//! of a re-run. The key, which names the entry, stays BLAKE3.

use std::fs::File;
use std::hash::BuildHasher;
use std::io::{self, Read};

use crate::check::ArticleResult;

const MAGIC: &[u8] = b"factlint-cache\0";
/// Raised whenever the layout or the contents' shape changes.
const FORMAT: u32 = 3;
const HEADER: usize = MAGIC.len() + 4 + 32 + 8 + 8;
/// Most entries (1 to 4 KB for an article of the generated corpora) are read in one call.
const FIRST_READ: usize = 4096;

fn checksum(contents: &[u8]) -> u64 {
    foldhash::quality::FixedState::with_seed(0).hash_one(contents)
}

pub fn encode(key: &blake3::Hash, result: &ArticleResult) -> postcard::Result<Vec<u8>> {
    let contents = postcard::to_stdvec(result)?;
    let mut bytes = Vec::with_capacity(HEADER + contents.len());
    bytes.extend(MAGIC);
    bytes.extend(FORMAT.to_le_bytes());
    bytes.extend(key.as_bytes());
    bytes.extend(checksum(&contents).to_le_bytes());
    bytes.extend((contents.len() as u64).to_le_bytes());
    bytes.extend(contents);
    Ok(bytes)
}

/// The bytes of an entry `file`. Its header says how long it is, so a whole entry is read
/// without asking for the file's size or reading again to see its end: a hit costs three
/// system calls, not five. The buffer grows with what the file holds, never with what a
/// damaged header claims; a file shorter than it says is read to its end, and [`decode`]
/// calls that a miss.
pub fn read(mut file: File) -> io::Result<Vec<u8>> {
    let mut bytes = vec![0; FIRST_READ];
    let mut filled = 0;
    loop {
        let read = match file.read(&mut bytes[filled..]) {
            Ok(read) => read,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(error),
        };
        filled += read;
        let whole = declared_size(&bytes[..filled]).is_some_and(|size| filled >= size);
        if read == 0 || whole {
            bytes.truncate(filled);
            return Ok(bytes);
        }
        if filled == bytes.len() {
            bytes.resize(bytes.len() * 2, 0);
        }
    }
}

/// The size of the entry whose first bytes are `start`, once its header is all there.
fn declared_size(start: &[u8]) -> Option<usize> {
    let length = start.get(HEADER - 8..HEADER)?;
    let length = u64::from_le_bytes(length.try_into().ok()?);
    Some(HEADER.saturating_add(usize::try_from(length).unwrap_or(usize::MAX)))
}

/// The findings of an intact entry with this key; `None` for anything else.
pub fn decode(bytes: &[u8], key: &blake3::Hash) -> Option<ArticleResult> {
    let rest = bytes.strip_prefix(MAGIC)?;
    let (format, rest) = rest.split_first_chunk::<4>()?;
    let (stored_key, rest) = rest.split_first_chunk::<32>()?;
    let (stored_checksum, rest) = rest.split_first_chunk::<8>()?;
    let (length, contents) = rest.split_first_chunk::<8>()?;
    let intact = u32::from_le_bytes(*format) == FORMAT
        && blake3::Hash::from_bytes(*stored_key) == *key
        && u64::from_le_bytes(*length) == contents.len() as u64
        && checksum(contents) == u64::from_le_bytes(*stored_checksum);
    if !intact {
        return None;
    }
    postcard::from_bytes(contents).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::NotApplicable;
    use crate::check::statements::Statement;
    use crate::finding::{Finding, Fix, FoundSpeaker, Label, Severity};
    use crate::lang::ast::AssertionKind;
    use crate::source::Span;

    fn open(path: &std::path::Path) -> File {
        File::open(path).expect("opened")
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
        let key = blake3::hash(b"key");
        let decoded = decode(&encode(&key, &full).expect("serializes"), &key).expect("intact");
        let as_json = |result: &ArticleResult| serde_json::to_string(result).expect("serializes");
        assert_eq!(as_json(&decoded), as_json(&full));
    }

    #[test]
    fn an_entry_reads_back_as_written() {
        let key = blake3::hash(b"key");
        let decoded = decode(&encode(&key, &result()).expect("serializes"), &key).expect("intact");
        assert_eq!(decoded.findings, result().findings);
        assert_eq!(decoded.stories, result().stories);
        assert_eq!(decoded.suppressed, 2);
    }

    #[test]
    fn an_entry_file_is_read_whole_whatever_its_size() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let key = blake3::hash(b"key");
        let mut large = result();
        large.findings = vec![result().findings[0].clone(); 1000];
        let (small, large) = (encode(&key, &result()), encode(&key, &large));
        let (small, large) = (small.expect("serializes"), large.expect("serializes"));
        assert!(small.len() < FIRST_READ && large.len() > 2 * FIRST_READ);
        for bytes in [small, large] {
            let path = folder.path().join("entry");
            std::fs::write(&path, &bytes).expect("written");
            assert_eq!(
                read(open(&path)).expect("read"),
                bytes,
                "{} bytes",
                bytes.len()
            );
        }
    }

    #[test]
    fn a_damaged_size_reads_only_what_the_file_holds() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let key = blake3::hash(b"key");
        let mut bytes = encode(&key, &result()).expect("serializes");
        bytes[HEADER - 8..HEADER].copy_from_slice(&u64::MAX.to_le_bytes());
        let path = folder.path().join("entry");
        std::fs::write(&path, &bytes).expect("written");
        let damaged = read(open(&path)).expect("read");
        assert_eq!(damaged, bytes);
        assert!(decode(&damaged, &key).is_none());
        let cut = &encode(&key, &result()).expect("serializes")[..HEADER + 3];
        std::fs::write(&path, cut).expect("written");
        assert_eq!(read(open(&path)).expect("read"), cut);
    }

    #[test]
    fn a_short_broken_or_foreign_entry_is_a_miss() {
        let key = blake3::hash(b"key");
        let bytes = encode(&key, &result()).expect("serializes");
        for cut in [0, 10, HEADER - 1, HEADER, bytes.len() - 1] {
            assert!(decode(&bytes[..cut], &key).is_none(), "cut at {cut}");
        }
        for flipped in [0, MAGIC.len(), MAGIC.len() + 4, HEADER - 1, HEADER + 5] {
            let mut broken = bytes.clone();
            broken[flipped] ^= 1;
            assert!(decode(&broken, &key).is_none(), "byte {flipped} flipped");
        }
        assert!(decode(&bytes, &blake3::hash(b"another key")).is_none());
        let mut longer = bytes.clone();
        longer.push(b' ');
        assert!(decode(&longer, &key).is_none());
    }
}
