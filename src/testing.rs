//! The bundled corpus for unit tests: the five seed articles as they are in `corpus/`.

/// The corpus files, in order: 000 (no front matter) … 004.
const CORPUS: [&str; 5] = [
    include_str!("../corpus/000_b7fad44d27600f07.md"),
    include_str!("../corpus/001_f57fd56798eb5d08.md"),
    include_str!("../corpus/002_f5a9c8bcc7db6ed9.md"),
    include_str!("../corpus/003_235389ed2c6fc7d0.md"),
    include_str!("../corpus/004_a4bf3128148b1bfc.md"),
];

/// Seed article `index` as published: the corpus file below its front matter.
pub fn seed(index: usize) -> &'static str {
    let file = CORPUS[index];
    match file.strip_prefix("---\n") {
        Some(rest) => {
            let end = rest.find("\n---\n").expect("front matter is closed");
            &rest[end + "\n---\n".len()..]
        }
        None => file,
    }
}
