//! One cache entry as bytes: a header that identifies it, then the findings as JSON.
//!
//! `MAGIC`, the format version (u32, little-endian), the entry's key (32 bytes), a checksum
//! of the contents (u64, little-endian), their length (u64, little-endian), the contents.
//!
//! The checksum is there to catch a damaged file, not a forged one (whoever can write the
//! cache folder can write anything), so it is a fast 64-bit hash (foldhash, fixed seed)
//! rather than a second BLAKE3: an entry is read on every hit, and BLAKE3 of it was a tenth
//! of a re-run. The key, which names the entry, stays BLAKE3.

use std::hash::BuildHasher;

use crate::check::ArticleResult;

const MAGIC: &[u8] = b"factlint-cache\0";
/// Raised whenever the layout or the contents' shape changes.
const FORMAT: u32 = 2;
const HEADER: usize = MAGIC.len() + 4 + 32 + 8 + 8;

fn checksum(contents: &[u8]) -> u64 {
    foldhash::quality::FixedState::with_seed(0).hash_one(contents)
}

pub fn encode(key: &blake3::Hash, result: &ArticleResult) -> serde_json::Result<Vec<u8>> {
    let contents = serde_json::to_vec(result)?;
    let mut bytes = Vec::with_capacity(HEADER + contents.len());
    bytes.extend(MAGIC);
    bytes.extend(FORMAT.to_le_bytes());
    bytes.extend(key.as_bytes());
    bytes.extend(checksum(&contents).to_le_bytes());
    bytes.extend((contents.len() as u64).to_le_bytes());
    bytes.extend(contents);
    Ok(bytes)
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
    serde_json::from_slice(contents).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::{Finding, Severity};
    use crate::lang::ast::AssertionKind;
    use crate::source::Span;

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
    fn an_entry_reads_back_as_written() {
        let key = blake3::hash(b"key");
        let decoded = decode(&encode(&key, &result()).expect("serializes"), &key).expect("intact");
        assert_eq!(decoded.findings, result().findings);
        assert_eq!(decoded.stories, result().stories);
        assert_eq!(decoded.suppressed, 2);
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
