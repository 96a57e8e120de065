//! User text as the documents and summaries print it.

/// One line of user text: control characters and line/paragraph separators
/// become spaces and the ends are trimmed, so a name can never break a
/// one-line-per-applicant layout.
///
/// ```
/// use pingshen::domain::text::one_line;
/// assert_eq!(one_line(" 张三\n李四\u{2028} "), "张三 李四");
/// ```
pub fn one_line(text: &str) -> String {
    let line: String = text
        .chars()
        .map(|c| {
            if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
                ' '
            } else {
                c
            }
        })
        .collect();
    line.trim().to_string()
}

/// The year written just before `at` (the index of a 年): four ASCII digits
/// (「2027年」) or four Chinese numerals (「二〇二七年」, also written with
/// ○ or 零), as official documents write years in titles and signatures.
/// `None` if the four characters before `at` are not a year.
///
/// ```
/// use pingshen::domain::text::year_before;
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
    let digit = |c: char| match c {
        '0'..='9' => c.to_digit(10),
        '〇' | '○' | '零' => Some(0),
        '一' => Some(1),
        '二' => Some(2),
        '三' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        _ => None,
    };
    if before.is_some_and(|c| digit(*c).is_some()) {
        return None;
    }
    digits
        .iter()
        .try_fold(0i32, |year, c| Some(year * 10 + digit(*c)? as i32))
}
