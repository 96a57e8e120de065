//! The items of a notice: each starts at its heading (「二、春节：」,
//! numbered or not) and its days carry that holiday's name.

use super::lines::{continues_sentence, is_date_line, without_dateline};
use super::mentions::ItemContext;
use super::parsed::ParsedItems;
use super::sentence::Reader;
use crate::domain::pasted::normal::NormalChar;
use crate::domain::pasted::numerals::small_number;

/// The holidays the State Council's notice names, longest first so that a
/// heading is matched by its whole name.
pub(super) const HOLIDAY_NAMES: [&str; 7] = [
    "中秋节",
    "国庆节",
    "清明节",
    "劳动节",
    "端午节",
    "元旦",
    "春节",
];

/// An item heading at `i`: the index where it starts (its numbering
/// included), the index after its colon, and the holiday name.
fn heading_at(chars: &[char], i: usize) -> Option<(usize, usize, String)> {
    let mut j = i;
    let mut name = String::new();
    loop {
        let found = HOLIDAY_NAMES.iter().find(|n| {
            let n: Vec<char> = n.chars().collect();
            chars.get(j..j + n.len()) == Some(&n[..])
        })?;
        j += found.chars().count();
        name.push_str(found);
        match chars.get(j) {
            Some(':') => break,
            Some(&c @ ('、' | '和' | '及')) => {
                name.push(c);
                j += 1;
            }
            _ => return None,
        }
    }
    Some((numbering_start(chars, i), j + 1, name))
}

/// Where the numbering before a heading starts (「二、」, 「(二)」, 「2.」), or
/// `i` if there is none.
fn numbering_start(chars: &[char], i: usize) -> usize {
    let is_numeral = |c: &char| small_number(*c).is_some() || c.is_ascii_digit();
    let numerals_before = |end: usize| {
        chars[..end]
            .iter()
            .rev()
            .take_while(|c| is_numeral(c))
            .count()
    };
    match i.checked_sub(1).and_then(|p| chars.get(p)) {
        Some('、' | '.') => {
            let n = numerals_before(i - 1);
            if n > 0 {
                i - 1 - n
            } else {
                i
            }
        }
        Some(')') => {
            let n = numerals_before(i - 1);
            if n > 0 && i >= n + 2 && chars[i - 2 - n] == '(' {
                i - 2 - n
            } else {
                i
            }
        }
        _ => i,
    }
}

/// Reads the body lines of a notice (everything after the title).
pub(super) fn parse_lines(year: i32, text: &str, lines: &[Vec<NormalChar>]) -> ParsedItems {
    let mut body: Vec<NormalChar> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let line = without_dateline(line);
        if is_date_line(line) && !continues_sentence(lines.get(i + 1)) {
            continue;
        }
        body.extend_from_slice(line);
    }
    let plain: Vec<char> = body.iter().map(|n| n.c).collect();
    // Items: (start of the heading, start of the content, name).
    let mut headings: Vec<(usize, usize, String)> = Vec::new();
    let mut i = 0;
    while i < plain.len() {
        match heading_at(&plain, i) {
            Some((start, content, name)) => {
                headings.push((start, content, name));
                i = content;
            }
            None => i += 1,
        }
    }
    let mut segments: Vec<(usize, usize, String)> = Vec::new();
    let first_start = headings.first().map_or(plain.len(), |h| h.0);
    segments.push((0, first_start, String::new()));
    for (k, (_, content, name)) in headings.iter().enumerate() {
        let end = headings.get(k + 1).map_or(plain.len(), |next| next.0);
        segments.push((*content, end.max(*content), name.clone()));
    }
    let mut reader = Reader {
        text,
        items: ParsedItems::default(),
    };
    for (start, end, name) in segments {
        let mut context = ItemContext::new(year);
        let segment = &body[start..end];
        for sentence in segment.split_inclusive(|n| matches!(n.c, '。' | '!' | '?')) {
            reader.sentence(sentence, &name, &mut context);
        }
    }
    reader.items
}
