//! The pasted notice as normalised text cut into sentences, each quoted as
//! written: what the readers of each field ([`cutoffs`](super::cutoffs),
//! [`windows`](super::windows), …) look in.

use super::fields::ParsedField;
use crate::domain::pasted::normal::{original, NormalChar};

/// The normalised text and its sentences.
pub(super) struct Reader<'a> {
    /// The pasted text, as written.
    pub(super) text: &'a str,
    /// The notice's year, for dates written without one.
    pub(super) year: i32,
    /// Lines joined, each line break kept as a `'\n'`.
    pub(super) all: Vec<NormalChar>,
    /// Runs of `all` ending at 。, ; or a line break: the label lines.
    pub(super) sentences: Vec<(usize, usize)>,
    /// Runs of `all` ending at 。 or ; only: a sentence broken across lines
    /// stays whole (the cutoffs, the publicity).
    pub(super) long_sentences: Vec<(usize, usize)>,
}

impl<'a> Reader<'a> {
    pub(super) fn new(text: &'a str, lines: &[Vec<NormalChar>], year: i32) -> Self {
        let mut all = Vec::new();
        for line in lines {
            all.extend_from_slice(line);
            if let Some(last) = line.last() {
                all.push(NormalChar {
                    c: '\n',
                    start: last.end,
                    end: last.end,
                });
            }
        }
        let split = |ends: &[char]| {
            let mut spans = Vec::new();
            let mut start = 0;
            for (i, n) in all.iter().enumerate() {
                if ends.contains(&n.c) {
                    if i > start {
                        spans.push((start, i));
                    }
                    start = i + 1;
                }
            }
            spans
        };
        let sentences = split(&['。', ';', '\n']);
        let long_sentences = split(&['。', ';']);
        Self {
            text,
            year,
            all,
            sentences,
            long_sentences,
        }
    }

    /// The normalised text of a span, line breaks left out.
    pub(super) fn plain(&self, (start, end): (usize, usize)) -> String {
        self.all[start..end]
            .iter()
            .map(|n| n.c)
            .filter(|c| *c != '\n')
            .collect()
    }

    pub(super) fn source(&self, (start, end): (usize, usize)) -> String {
        original(self.text, &self.all[start..end]).to_string()
    }

    pub(super) fn field<T>(&self, value: T, span: (usize, usize)) -> ParsedField<T> {
        ParsedField {
            value,
            source: self.source(span),
        }
    }
}
