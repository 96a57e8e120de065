//! Chinese numerals as official texts write them: the four-numeral years of
//! titles and signatures (二〇二七年) and the one-numeral counts of item
//! numbers and day counts (二、, 不少于五个工作日).

/// The digit a character stands for in a year: an ASCII digit, or one of
/// the Chinese numerals 〇 (also written ○ or 零) to 九.
fn year_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '〇' | '○' | '零' => Some(0),
        _ => small_number(c).filter(|n| *n < 10),
    }
}

/// The year written just before `at` (the index of a 年): four ASCII digits
/// (「2027年」) or four Chinese numerals (「二〇二七年」, also written with
/// ○ or 零), as official documents write years in titles and signatures.
/// `None` if the four characters before `at` are not a year.
///
/// ```
/// use pingshen::domain::pasted::numerals::year_before;
/// let chars: Vec<char> = "关于做好二〇二七年全省".chars().collect();
/// assert_eq!(year_before(&chars, 8), Some(2027));
/// let chars: Vec<char> = "现将2025年元旦".chars().collect();
/// assert_eq!(year_before(&chars, 6), Some(2025));
/// // 〔2025〕 is a document number, not a year followed by 年.
/// let chars: Vec<char> = "十二年".chars().collect();
/// assert_eq!(year_before(&chars, 2), None);
/// ```
pub fn year_before(chars: &[char], at: usize) -> Option<i32> {
    let digits = chars.get(at.checked_sub(4)?..at)?;
    // The character before the four must not be a digit too (「12027年」).
    let before = at.checked_sub(5).and_then(|i| chars.get(i));
    if before.is_some_and(|c| year_digit(*c).is_some()) {
        return None;
    }
    digits
        .iter()
        .try_fold(0i32, |year, c| Some(year * 10 + year_digit(*c)? as i32))
}

/// The count one Chinese numeral writes, 一 to 十 (1–10): the number of an
/// item (「二、春节」) or of days (「不少于五个工作日」).
pub(crate) fn small_number(c: char) -> Option<u32> {
    "一二三四五六七八九十"
        .chars()
        .position(|n| n == c)
        .map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_in_digits_or_numerals() {
        // (text, index of its 年, the year) — read off the text by hand.
        let table: [(&str, usize, Option<i32>); 8] = [
            ("2027年", 4, Some(2027)),
            ("二〇二七年", 4, Some(2027)),
            ("二○二七年", 4, Some(2027)),
            ("二零二五年", 4, Some(2025)),
            ("关于2024年", 6, Some(2024)),
            // Five digits: not a year.
            ("12027年", 5, None),
            ("今年", 1, None),
            ("十二年", 2, None),
        ];
        for (text, at, year) in table {
            let chars: Vec<char> = text.chars().collect();
            assert_eq!(chars[at], '年', "{text}");
            assert_eq!(year_before(&chars, at), year, "{text}");
        }
    }

    #[test]
    fn small_numbers() {
        let table = [
            ('一', Some(1)),
            ('五', Some(5)),
            ('九', Some(9)),
            ('十', Some(10)),
            ('〇', None),
            ('5', None),
            ('百', None),
        ];
        for (c, n) in table {
            assert_eq!(small_number(c), n, "{c}");
        }
    }
}
