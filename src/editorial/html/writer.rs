//! A small HTML writer that escapes everything it is given.
//!
//! Article and rule text is untrusted. Tag and attribute names are `&'static str`, so only
//! the program's own literals can become markup; every text and attribute value goes through
//! [`escape`]. Elements are written by closures, so every tag that is opened is closed.

use std::fmt::Write as _;

/// An HTML document being written.
#[derive(Debug, Default)]
pub struct Html {
    out: String,
}

/// Attributes of an element: names are literals, values are escaped.
pub type Attrs<'a> = &'a [(&'static str, &'a str)];

impl Html {
    /// Markup written by the program itself (the doctype, the style sheet).
    pub fn trusted(&mut self, markup: &'static str) {
        self.out.push_str(markup);
    }

    /// Escaped text.
    pub fn text(&mut self, text: &str) {
        escape(text, &mut self.out);
    }

    /// `<tag attrs>…</tag>`, the content written by `content`.
    pub fn el(&mut self, tag: &'static str, attrs: Attrs, content: impl FnOnce(&mut Self)) {
        self.open(tag, attrs);
        content(self);
        let _ = write!(self.out, "</{tag}>");
    }

    /// `<tag attrs>text</tag>`.
    pub fn text_el(&mut self, tag: &'static str, attrs: Attrs, text: &str) {
        self.el(tag, attrs, |h| h.text(text));
    }

    /// An element without content (`<meta>`).
    pub fn void(&mut self, tag: &'static str, attrs: Attrs) {
        self.open(tag, attrs);
    }

    fn open(&mut self, tag: &'static str, attrs: Attrs) {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs {
            let _ = write!(self.out, " {name}=\"");
            escape(value, &mut self.out);
            self.out.push('"');
        }
        self.out.push('>');
    }

    pub fn finish(self) -> String {
        self.out
    }
}

/// Escapes the characters that could end a text or a quoted attribute value.
fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attribute_values_are_escaped() {
        let mut html = Html::default();
        html.el("p", &[("title", "\"><script>x</script>")], |h| {
            h.text("<img src=x onerror='alert(1)'> & more");
        });
        assert_eq!(
            html.finish(),
            "<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">\
             &lt;img src=x onerror=&#39;alert(1)&#39;&gt; &amp; more</p>"
        );
    }

    #[test]
    fn nested_elements_are_closed_in_order() {
        let mut html = Html::default();
        html.el("ul", &[], |h| h.text_el("li", &[("class", "a")], "one"));
        html.void("meta", &[("charset", "utf-8")]);
        assert_eq!(
            html.finish(),
            "<ul><li class=\"a\">one</li></ul><meta charset=\"utf-8\">"
        );
    }
}
