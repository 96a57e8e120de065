//! The pasted text normalised character by character, each character
//! remembering where it was written, so that a sentence read in normalised
//! form can be quoted as the user pasted it.

/// A character of the normalised text and where it was in the pasted text
/// (byte offsets), so that a sentence can be quoted as written.
#[derive(Clone, Copy, Debug)]
pub(crate) struct NormalChar {
    pub c: char,
    pub start: usize,
    pub end: usize,
}

/// The normalised form of one character; `None` for whitespace, which
/// carries no meaning in Chinese text and is dropped.
pub(crate) fn normalize_char(c: char) -> Option<char> {
    if c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}') {
        return None;
    }
    Some(match c {
        // Dashes and tildes of every width: one range mark.
        '—' | '–' | '‐' | '‑' | '‒' | '―' | '−' | '－' | '~' | '～' | '〜' => '-',
        '｡' => '。',
        // The full-width forms of ASCII (０-９, （）, ：, ，, ；, …).
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    })
}

/// The pasted text as normalised lines.
pub(crate) fn normalized_lines(text: &str) -> Vec<Vec<NormalChar>> {
    let mut lines = vec![Vec::new()];
    for (start, c) in text.char_indices() {
        if matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}') {
            if lines.last().is_some_and(|l| !l.is_empty()) {
                lines.push(Vec::new());
            }
            continue;
        }
        if let Some(n) = normalize_char(c) {
            if let Some(line) = lines.last_mut() {
                line.push(NormalChar {
                    c: n,
                    start,
                    end: start + c.len_utf8(),
                });
            }
        }
    }
    lines.retain(|l| !l.is_empty());
    lines
}

pub(crate) fn line_text(line: &[NormalChar]) -> String {
    line.iter().map(|n| n.c).collect()
}

/// The pasted text of a run of normalised characters, as written.
pub(crate) fn original<'a>(text: &'a str, chars: &[NormalChar]) -> &'a str {
    match (chars.first(), chars.last()) {
        (Some(first), Some(last)) => text.get(first.start..last.end).unwrap_or("").trim(),
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation() {
        let table = [
            ('０', Some('0')),
            ('９', Some('9')),
            ('（', Some('(')),
            ('：', Some(':')),
            ('，', Some(',')),
            ('—', Some('-')),
            ('～', Some('-')),
            ('\u{3000}', None),
            (' ', None),
            ('、', Some('、')),
        ];
        for (c, expected) in table {
            assert_eq!(normalize_char(c), expected, "{c}");
        }
    }

    #[test]
    fn lines_keep_where_each_character_was_written() {
        // 「１月　１日」: the full-width 1 is bytes 0..3, 月 3..6, the
        // ideographic space 6..9 (dropped), the second １ 9..12, 日 12..15.
        let text = "１月\u{3000}１日\r\n\n放假";
        let lines = normalized_lines(text);
        assert_eq!(lines.len(), 2);
        assert_eq!(line_text(&lines[0]), "1月1日");
        assert_eq!(line_text(&lines[1]), "放假");
        let starts: Vec<(usize, usize)> = lines[0].iter().map(|n| (n.start, n.end)).collect();
        assert_eq!(starts, [(0, 3), (3, 6), (9, 12), (12, 15)]);
        assert_eq!(original(text, &lines[0]), "１月\u{3000}１日");
        assert_eq!(original(text, &[]), "");
    }
}
