//! Where a YAML scalar's characters are in the rule file.

use serde_saphyr::Spanned;

use crate::source::Span;

/// A string value from a rule file with enough position information to point at any
/// character inside it.
#[derive(Clone, Debug, PartialEq)]
pub struct Scalar {
    pub value: String,
    /// The whole scalar in the file, quotes included.
    pub span: Span,
    /// File offset of the value's first byte when the value is written out verbatim in the
    /// file (plain scalars, and quoted ones without escapes). Folded, literal and escaped
    /// scalars are not, and positions inside them fall back to the whole scalar.
    verbatim_start: Option<usize>,
}

impl Scalar {
    pub fn new(spanned: &Spanned<String>, file: &str) -> Self {
        let location = spanned.referenced.span();
        let start = location.byte_offset().unwrap_or(0) as usize;
        let len = location.byte_len().unwrap_or(0) as usize;
        let span = Span::new(start.min(file.len()), (start + len).min(file.len()));
        let value = spanned.value.clone();
        let verbatim_start = [span.start, span.start + 1]
            .into_iter()
            .find(|&at| file.get(at..).is_some_and(|rest| rest.starts_with(&value)));
        Self {
            value,
            span,
            verbatim_start,
        }
    }

    /// The file span of `inner`, a span of the value.
    pub fn locate(&self, inner: Span) -> Span {
        match self.verbatim_start {
            Some(start) => inner.shift(start),
            None => self.span,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scalar_of(yaml: &str) -> Scalar {
        #[derive(serde::Deserialize)]
        struct Doc {
            a: Spanned<String>,
        }
        let doc: Doc = serde_saphyr::from_str(yaml).unwrap();
        Scalar::new(&doc.a, yaml)
    }

    #[test]
    fn plain_and_quoted_values_map_character_for_character() {
        for yaml in [
            "a: range ≈ 885 kmz\n",
            "a: \"range ≈ 885 kmz\"\n",
            "a: 'range ≈ 885 kmz'\n",
        ] {
            let scalar = scalar_of(yaml);
            let inner = Span::new(scalar.value.find("kmz").unwrap(), scalar.value.len());
            assert_eq!(&yaml[scalar.locate(inner).range()], "kmz", "{yaml}");
        }
    }

    #[test]
    fn folded_values_fall_back_to_the_whole_scalar() {
        let yaml = "a: >\n  range ≈\n  885 kmz\n";
        let scalar = scalar_of(yaml);
        assert_eq!(scalar.locate(Span::new(0, 1)), scalar.span);
    }
}
