//! Articles: reading a file, taking its metadata and prose, and mapping the prose back to the
//! file's bytes.
//!
//! `Article::source` is the file exactly as on disk (a UTF-8 BOM and CRLF line endings kept), so
//! every span [`ExtractedText::source_span`] returns is a byte range of the file itself.

mod error;
mod front_matter;
mod html;
mod markdown;
mod offsets;
mod text_file;
mod walk;

use std::path::{Path, PathBuf};

pub use error::ArticleError;
pub use offsets::ExtractedText;
pub use walk::{ArticlePaths, Exclude, collect_paths};

use crate::files;
use crate::source::Span;

/// How many leading bytes are searched for a NUL byte to tell binary files from text.
const BINARY_SNIFF_LEN: usize = 8 * 1024;

/// The extensions factlint reads, in any case, and their formats.
const EXTENSIONS: [(&str, Format); 5] = [
    ("txt", Format::Text),
    ("md", Format::Markdown),
    ("markdown", Format::Markdown),
    ("html", Format::Html),
    ("htm", Format::Html),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

impl Format {
    /// The format named by the file's extension, if it is one factlint reads.
    pub fn from_path(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?;
        EXTENSIONS
            .iter()
            .find(|(name, _)| extension.eq_ignore_ascii_case(name))
            .map(|&(_, format)| format)
    }
}

/// What an article says about itself: front matter in Markdown, `<title>` and `<meta>` in HTML,
/// the headline in plain text.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct Metadata {
    pub title: Option<String>,
    /// As written; ISO 8601 (`2024-01-05`) is expected.
    pub date: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Article {
    pub path: PathBuf,
    /// The file as on disk, byte for byte.
    pub source: String,
    pub format: Format,
    pub meta: Metadata,
    /// The prose that checks run on.
    pub body: ExtractedText,
    /// The headline's span in `body.text`, if the article has one.
    pub headline: Option<Span>,
}

impl Article {
    /// Reads the regular file at `path`, refused when larger than `limit` bytes.
    pub fn read(path: &Path, limit: u64) -> Result<Article, ArticleError> {
        Article::from_owned_bytes(path, Article::read_bytes(path, limit)?)
    }

    /// The bytes of the regular file at `path`, refused when larger than `limit` bytes, for
    /// [`Article::from_owned_bytes`].
    pub fn read_bytes(path: &Path, limit: u64) -> Result<Vec<u8>, ArticleError> {
        files::read_limited(path, limit, "an article").map_err(|source| ArticleError::Io {
            path: path.to_path_buf(),
            source,
        })
    }

    /// Reads an article from its bytes; `path` names it and its extension picks the format.
    /// A file with an unknown extension is read as plain text.
    pub fn from_bytes(path: &Path, bytes: &[u8]) -> Result<Article, ArticleError> {
        check_is_text(path, bytes)?;
        let source = std::str::from_utf8(bytes)
            .map_err(|error| not_utf8(path, error))?
            .to_owned();
        Article::from_source(path, source)
    }

    /// [`Article::from_bytes`] for bytes the caller owns, which become the article's source
    /// without a copy.
    pub fn from_owned_bytes(path: &Path, bytes: Vec<u8>) -> Result<Article, ArticleError> {
        check_is_text(path, &bytes)?;
        let source =
            String::from_utf8(bytes).map_err(|error| not_utf8(path, error.utf8_error()))?;
        Article::from_source(path, source)
    }

    fn from_source(path: &Path, source: String) -> Result<Article, ArticleError> {
        // The BOM stays in `source` so that offsets are offsets into the file.
        let content_start = if source.starts_with('\u{feff}') {
            '\u{feff}'.len_utf8()
        } else {
            0
        };
        let format = Format::from_path(path).unwrap_or(Format::Text);
        let Extracted {
            meta,
            body,
            headline,
        } = match format {
            Format::Text => text_file::extract(&source, content_start),
            Format::Markdown => markdown::extract(&source, content_start).map_err(|error| {
                ArticleError::FrontMatter {
                    path: path.to_path_buf(),
                    message: error.message,
                    span: error.span,
                }
            })?,
            Format::Html => html::extract(&source, content_start),
        };
        Ok(Article {
            path: path.to_path_buf(),
            source,
            format,
            meta,
            body,
            headline,
        })
    }
}

/// `2024-01-05`, or the date part of `2024-01-05T03:07:00+08:00`: an article's own date.
pub fn parse_publication_date(text: &str) -> Option<jiff::civil::Date> {
    crate::lang::ast::Moment::from_iso(text).map(crate::lang::ast::Moment::day)
}

/// Refuses UTF-16 and binary files, before they are read as UTF-8.
fn check_is_text(path: &Path, bytes: &[u8]) -> Result<(), ArticleError> {
    if files::is_utf16(bytes) {
        return Err(ArticleError::Utf16 {
            path: path.to_path_buf(),
        });
    }
    let sniffed = &bytes[..bytes.len().min(BINARY_SNIFF_LEN)];
    if memchr::memchr(0, sniffed).is_some() {
        return Err(ArticleError::Binary {
            path: path.to_path_buf(),
        });
    }
    Ok(())
}

fn not_utf8(path: &Path, error: std::str::Utf8Error) -> ArticleError {
    ArticleError::NotUtf8 {
        path: path.to_path_buf(),
        offset: error.valid_up_to(),
    }
}

/// What a format's reader takes from a file.
struct Extracted {
    meta: Metadata,
    body: ExtractedText,
    headline: Option<Span>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(name: &str, source: &str) -> Article {
        Article::from_bytes(Path::new(name), source.as_bytes()).unwrap()
    }

    /// The span of `word` in the body maps back to `word` at `file_offset` in the file.
    fn assert_word_at(article: &Article, word: &str, file_offset: usize) {
        let start = article.body.text.find(word).expect(word);
        let span = article
            .body
            .source_span(Span::new(start, start + word.len()));
        assert_eq!(span, Span::new(file_offset, file_offset + word.len()));
        assert_eq!(&article.source[span.range()], word);
    }

    #[test]
    fn every_format_maps_words_back_to_the_file() {
        let txt = "'Concerning escalation': Russia used North Korean ballistic missiles\nOn Dec. 30, Kirby said.\n";
        let article = read("corpus/001.txt", txt);
        assert_eq!(article.format, Format::Text);
        assert_word_at(&article, "Kirby", txt.find("Kirby").unwrap());

        let md = "---\ntitle: Concerning escalation\ndate: 2024-01-04\n---\n# Concerning *escalation*\n\nOn Dec. 30, **Kirby** said.\n";
        let article = read("corpus/001.md", md);
        assert_eq!(article.format, Format::Markdown);
        assert_eq!(article.meta.date.as_deref(), Some("2024-01-04"));
        assert_word_at(&article, "Kirby", md.find("Kirby").unwrap());
        assert_word_at(&article, "escalation", md.rfind("escalation").unwrap());

        let html = "<h1>Concerning</h1><p>On Dec.&nbsp;30, &ldquo;Kirby&rdquo; said.</p>";
        let article = read("page.htm", html);
        assert_eq!(article.format, Format::Html);
        assert_eq!(
            article.body.text,
            "Concerning\n\nOn Dec.\u{a0}30, “Kirby” said."
        );
        assert_word_at(&article, "Kirby", html.find("Kirby").unwrap());
    }

    #[test]
    fn a_bom_stays_in_the_source_but_not_in_the_body() {
        for name in ["a.txt", "a.md", "a.html"] {
            let source = "\u{feff}Kirby said.";
            let article = read(name, source);
            assert_eq!(article.source, source, "{name}");
            assert_eq!(article.body.text, "Kirby said.", "{name}");
            assert_word_at(&article, "Kirby", 3);
            assert_word_at(&article, "said", 9);
        }
    }

    #[test]
    fn crlf_is_kept_and_offsets_count_it() {
        let source = "North Korea supplied Russia with missiles\r\n\r\nKirby said.\r\n";
        let article = read("a.md", source);
        assert_eq!(article.body.text, source);
        assert_eq!(
            &article.body.text[article.headline.unwrap().range()],
            "North Korea supplied Russia with missiles"
        );
        assert_word_at(&article, "Kirby", 45);
    }

    #[test]
    fn an_empty_file_is_an_empty_article() {
        for name in ["empty.txt", "empty.md", "empty.html"] {
            let article = read(name, "");
            assert_eq!(article.body.text, "");
            assert_eq!(article.headline, None);
            assert_eq!(article.meta, Metadata::default());
        }
    }

    #[test]
    fn binary_and_latin1_files_are_refused_with_one_line() {
        let binary = Article::from_bytes(Path::new("x.txt"), b"PK\x03\x04\0\0data").unwrap_err();
        assert!(matches!(binary, ArticleError::Binary { .. }));
        assert_eq!(binary.path(), Path::new("x.txt"));
        assert!(binary.to_string().starts_with("looks like a binary file"));

        let latin1 = Article::from_bytes(Path::new("corpus/x.md"), b"Caf\xe9 au lait").unwrap_err();
        assert!(matches!(latin1, ArticleError::NotUtf8 { offset: 3, .. }));
        assert_eq!(
            latin1.to_string(),
            "not valid UTF-8 (invalid byte at offset 3); factlint reads UTF-8 articles only"
        );
    }

    #[test]
    fn owned_bytes_are_read_as_borrowed_ones_are() {
        let files: [(&str, &[u8]); 5] = [
            ("a.md", b"---\ntitle: T\n---\n# Kirby *said*.\r\n"),
            ("x.txt", b"PK\x03\x04\0\0data"),
            ("x.md", b"Caf\xe9 au lait"),
            ("a.txt", b"\xff\xfeK\0"),
            ("x.md", b"---\ntitle: [\n---\nBody.\n"),
        ];
        for (name, bytes) in files {
            let path = Path::new(name);
            let borrowed = Article::from_bytes(path, bytes);
            let owned = Article::from_owned_bytes(path, bytes.to_vec());
            match (borrowed, owned) {
                (Ok(borrowed), Ok(owned)) => {
                    assert_eq!(
                        (borrowed.source, borrowed.body, borrowed.meta),
                        (owned.source, owned.body, owned.meta)
                    );
                }
                (Err(borrowed), Err(owned)) => {
                    assert_eq!(borrowed.to_string(), owned.to_string(), "{name}");
                }
                (borrowed, owned) => panic!("{name}: {borrowed:?} against {owned:?}"),
            }
        }
    }

    #[test]
    fn a_utf16_article_is_called_utf16_not_binary() {
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Kirby".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let error = Article::from_bytes(Path::new("a.txt"), &utf16).unwrap_err();
        assert!(matches!(error, ArticleError::Utf16 { .. }), "{error}");
    }

    #[test]
    fn a_front_matter_error_names_the_file_and_line() {
        let error = Article::from_bytes(Path::new("corpus/x.md"), b"---\ntitle: [\n---\nBody.\n")
            .unwrap_err();
        let message = error.to_string();
        assert!(
            error.path() == Path::new("corpus/x.md")
                && message.starts_with("invalid front matter: "),
            "{message}"
        );
        assert!(message.contains("line 2"), "{message}");
        assert!(!message.contains('\n'), "{message}");
    }

    #[test]
    fn formats_are_named_by_extensions_in_any_case() {
        for (name, format) in [
            ("a.txt", Some(Format::Text)),
            ("corpus/a.MD", Some(Format::Markdown)),
            ("a.Markdown", Some(Format::Markdown)),
            ("a.HTML", Some(Format::Html)),
            ("a.htm", Some(Format::Html)),
            ("a.rst", None),
            ("md", None),
            ("a.mdx", None),
        ] {
            assert_eq!(Format::from_path(Path::new(name)), format, "{name}");
        }
    }

    #[test]
    fn unknown_extensions_are_read_as_text() {
        let article = read("notes.rst", "Headline\nKirby said.");
        assert_eq!(article.format, Format::Text);
        assert_eq!(article.meta.title.as_deref(), Some("Headline"));
    }

    #[test]
    fn a_missing_file_is_an_io_error_naming_it() {
        let error = Article::read(Path::new("/nonexistent/factlint/a.md"), files::MB).unwrap_err();
        assert!(matches!(error, ArticleError::Io { .. }));
        assert_eq!(error.path(), Path::new("/nonexistent/factlint/a.md"));
        assert!(error.to_string().starts_with("cannot read: "));
    }

    /// Random snippets full of markup characters: reading never panics, and every sentence
    /// and token maps to a slice of the file on character boundaries.
    #[test]
    fn arbitrary_input_maps_to_char_boundaries() {
        const PIECES: &[&str] = &[
            "<p>",
            "</p>",
            "<h1>",
            "</h1>",
            "<br>",
            "<script>",
            "</script>",
            "<!--",
            "-->",
            "&amp;",
            "&copy",
            "&#8217;",
            "&",
            ";",
            "#",
            "# ",
            "---\n",
            "*",
            "**",
            "_",
            "[",
            "]",
            "(",
            ")",
            "!",
            "`",
            "```\n",
            "\\",
            "\n",
            "\r\n",
            " ",
            "U.S.",
            "Dec.",
            ". ",
            "? ",
            "“",
            "”",
            "’",
            "…",
            "é",
            "€",
            "Kirby",
            "said",
            "550",
            "1,000",
            "\u{feff}",
            "> ",
            "- ",
            "1. ",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for round in 0..3000 {
            let len = next() % 40;
            let source: String = (0..len)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect();
            let name = ["a.txt", "a.md", "a.html"][round % 3];
            let Ok(article) = Article::from_bytes(Path::new(name), source.as_bytes()) else {
                continue;
            };
            let document = crate::text::Document::new(&article.body.text);
            let spans = document.sentences.iter().map(|s| s.span);
            for span in spans.chain(document.tokens.iter().map(|t| t.span)) {
                let mapped = article.body.source_span(span);
                assert!(source.get(mapped.range()).is_some(), "{source:?} {span:?}");
            }
        }
    }
}
