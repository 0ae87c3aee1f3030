//! YAML front matter of Markdown articles: a first line `---`, YAML, a closing `---` line.

mod plain;

use super::Metadata;
use crate::source::Span;

pub(super) struct FrontMatter {
    pub(super) meta: Metadata,
    /// Where the Markdown body starts: after the closing line.
    pub(super) body_start: usize,
}

#[derive(Debug)]
pub(super) struct FrontMatterError {
    /// Names the line and column in the article file, when known.
    pub(super) message: String,
    pub(super) span: Option<Span>,
}

/// Reads the front matter at byte `start` of `source`, if the file opens with one.
///
/// Keys other than those of [`Metadata`] are allowed and ignored: newsrooms keep many. Plain
/// `key: value` lines are read by [`plain::read`], anything else by serde-saphyr.
pub(super) fn parse(source: &str, start: usize) -> Result<Option<FrontMatter>, FrontMatterError> {
    let mut lines = lines_with_offsets(source, start);
    let yaml_start = match lines.next() {
        Some((_, line)) if is_delimiter(line) => start + line.len(),
        _ => return Ok(None),
    };
    let Some((closing_start, closing_line)) = lines.find(|(_, line)| is_delimiter(line)) else {
        return Err(FrontMatterError {
            message: "the `---` on line 1 opens front matter that no `---` line closes".into(),
            span: Some(Span::new(start, start + 3)),
        });
    };
    let yaml = &source[yaml_start..closing_start];
    let body_start = closing_start + closing_line.len();
    if yaml.trim().is_empty() {
        let meta = Metadata::default();
        return Ok(Some(FrontMatter { meta, body_start }));
    }
    let parsed = match plain::read(yaml) {
        Some(meta) => Ok(meta),
        None => serde_saphyr::from_str::<Metadata>(yaml),
    };
    match parsed {
        Ok(meta) => match meta.date.as_deref() {
            Some(date) if super::parse_publication_date(date).is_none() => {
                let at = yaml_start + yaml.find(date.trim()).unwrap_or_default();
                let line = source[..at].matches('\n').count() + 1;
                Err(FrontMatterError {
                    message: format!(
                        "date '{}' at line {line} is not a date; write YYYY-MM-DD",
                        date.trim()
                    ),
                    span: Some(Span::new(at, at + date.trim().len())),
                })
            }
            _ => Ok(Some(FrontMatter { meta, body_start })),
        },
        Err(error) => {
            let lines_before_yaml = source[..yaml_start].matches('\n').count();
            let message = error.render_with_options(serde_saphyr::render_options! {
                snippets: serde_saphyr::SnippetMode::Off,
                line_offset: lines_before_yaml as u64,
            });
            let span = error
                .location()
                .and_then(|location| location.span().byte_offset())
                .and_then(|offset| usize::try_from(offset).ok())
                .map(|offset| Span::new(yaml_start + offset, yaml_start + offset));
            Err(FrontMatterError { message, span })
        }
    }
}

/// `---` alone on its line (trailing spaces and a CR allowed).
fn is_delimiter(line: &str) -> bool {
    line.trim_end() == "---"
}

/// The lines of `source` from `start` on, each with its line ending and start offset.
fn lines_with_offsets(source: &str, start: usize) -> impl Iterator<Item = (usize, &str)> {
    source[start..]
        .split_inclusive('\n')
        .scan(start, |offset, line| {
            let line_start = *offset;
            *offset += line.len();
            Some((line_start, line))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_known_keys_and_ignores_the_others() {
        let source = "---\ntitle: North Korea supplied Russia\ndate: 2024-01-05\noutlet: Inquirer\ntags: [a, b]\nseo: {x: 1}\n---\nBody.\n";
        let front_matter = parse(source, 0).unwrap().unwrap();
        assert_eq!(
            front_matter.meta.title.as_deref(),
            Some("North Korea supplied Russia")
        );
        assert_eq!(front_matter.meta.date.as_deref(), Some("2024-01-05"));
        assert_eq!(front_matter.meta.outlet.as_deref(), Some("Inquirer"));
        assert_eq!(front_matter.meta.author, None);
        assert_eq!(&source[front_matter.body_start..], "Body.\n");
    }

    #[test]
    fn accepts_crlf_a_bom_offset_and_empty_yaml() {
        let source = "\u{feff}---\r\ndate: 2024-01-05\r\n---\r\nBody.";
        let front_matter = parse(source, 3).unwrap().unwrap();
        assert_eq!(front_matter.meta.date.as_deref(), Some("2024-01-05"));
        assert_eq!(&source[front_matter.body_start..], "Body.");
        let empty = parse("---\n---\n", 0).unwrap().unwrap();
        assert_eq!(empty.meta, Metadata::default());
        assert_eq!(empty.body_start, 8);
    }

    #[test]
    fn a_date_that_is_no_date_is_an_error_not_ignored() {
        let source = "---\ntitle: ok\ndate: yesterday\n---\nBody.\n";
        let error = parse(source, 0).err().unwrap();
        assert_eq!(
            error.message,
            "date 'yesterday' at line 3 is not a date; write YYYY-MM-DD"
        );
        assert_eq!(&source[error.span.unwrap().range()], "yesterday");
    }

    #[test]
    fn no_front_matter_without_an_opening_line() {
        assert!(parse("Body.\n---\n", 0).unwrap().is_none());
        assert!(parse("", 0).unwrap().is_none());
        assert!(parse("----\nx\n", 0).unwrap().is_none());
    }

    #[test]
    fn yaml_errors_name_the_line_in_the_article_file() {
        let source = "---\ntitle: ok\ndate: [unclosed\n---\nBody.\n";
        let error = parse(source, 0).err().unwrap();
        assert!(error.message.contains("line 3"), "{}", error.message);
        let span = error.span.unwrap();
        assert_eq!(span.start, source.find('[').unwrap());
    }

    #[test]
    fn an_unclosed_front_matter_is_an_error() {
        let error = parse("---\ntitle: x\nBody.\n", 0).err().unwrap();
        assert!(error.message.contains("no `---` line closes"));
    }
}
