//! Cutting a text into pieces at highlighted spans, which may overlap.

use crate::source::Span;

/// A run of text and the marks that cover all of it.
#[derive(Debug, PartialEq, Eq)]
pub struct Piece<'a> {
    pub text: &'a str,
    pub span: Span,
    /// Indices into the marks given to [`pieces`].
    pub marks: Vec<usize>,
}

/// The part `within` of `text`, cut at every start and end of `marks`. Marks are clamped
/// to `within` and to character boundaries; empty ones are ignored.
pub fn pieces<'a>(text: &'a str, within: Span, marks: &[Span]) -> Vec<Piece<'a>> {
    let within = within.clamp_to(text);
    let clamped: Vec<Span> = marks
        .iter()
        .map(|m| {
            let start = m.start.clamp(within.start, within.end);
            Span::new(start, m.end.clamp(start, within.end)).clamp_to(text)
        })
        .collect();
    let mut cuts = vec![within.start, within.end];
    cuts.extend(
        clamped
            .iter()
            .filter(|m| !m.is_empty())
            .flat_map(|m| [m.start, m.end]),
    );
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|pair| {
            let span = Span::new(pair[0], pair[1]);
            Piece {
                text: &text[span.range()],
                span,
                marks: (0..clamped.len())
                    .filter(|&i| !clamped[i].is_empty() && clamped[i].contains(span))
                    .collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut<'a>(text: &'a str, within: Span, marks: &[Span]) -> Vec<(&'a str, Vec<usize>)> {
        pieces(text, within, marks)
            .into_iter()
            .map(|p| (p.text, p.marks))
            .collect()
    }

    #[test]
    fn overlapping_marks_cut_the_text_where_they_start_and_end() {
        let text = "about 550 miles away";
        let marks = [Span::new(6, 15), Span::new(10, 20)];
        assert_eq!(
            cut(text, Span::new(0, 20), &marks),
            [
                ("about ", vec![]),
                ("550 ", vec![0]),
                ("miles", vec![0, 1]),
                (" away", vec![1]),
            ]
        );
    }

    #[test]
    fn marks_outside_or_across_the_range_are_clamped() {
        let text = "one. two three. four";
        let marks = [Span::new(0, 3), Span::new(9, 99), Span::new(7, 7)];
        assert_eq!(
            cut(text, Span::new(5, 15), &marks),
            [("two ", vec![]), ("three.", vec![1])]
        );
    }

    #[test]
    fn spans_inside_a_character_do_not_panic() {
        let text = "Korea’s range";
        let marks = [Span::new(6, 7)];
        let joined: String = cut(text, Span::new(0, text.len()), &marks)
            .into_iter()
            .map(|(piece, _)| piece)
            .collect();
        assert_eq!(joined, text);
    }
}
