//! A line of normalised text as tokens: date phrases `[YYYY年][M月]D日`
//! with any part left out, bracketed annotations, range marks (至, 到, -),
//! list marks (、, 和, 及), clause marks, numbers and other characters.

/// A date as written: any part may be left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct WrittenDate {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Token {
    Date(WrittenDate),
    /// An annotation in brackets, e.g. `农历除夕、周二`.
    Note(String),
    /// `-`, `至` or `到`.
    RangeMark(char),
    /// `、`, `和` or `及`.
    ListMark(char),
    /// `,`, `;` or `:`.
    ClauseMark,
    Number(u32),
    Text(char),
}

/// The digits at `i`: their value (saturating) and how many there are.
fn read_digits(chars: &[char], i: usize) -> (u32, usize) {
    let digits = chars
        .get(i..)
        .unwrap_or(&[])
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let run = chars.get(i..i + digits).unwrap_or(&[]);
    let value = run.iter().fold(0u32, |n, c| {
        n.saturating_mul(10)
            .saturating_add(c.to_digit(10).unwrap_or(0))
    });
    (value, digits)
}

/// A date at `i` (`[YYYY年][M月]D日`) and the index after it.
pub(crate) fn read_date(chars: &[char], i: usize) -> Option<(WrittenDate, usize)> {
    let (first, first_len) = read_digits(chars, i);
    let after = i + first_len;
    let day_at = |j: usize| -> Option<(u32, usize)> {
        let (day, len) = read_digits(chars, j);
        ((1..=2).contains(&len) && chars.get(j + len) == Some(&'日')).then_some((day, j + len + 1))
    };
    match chars.get(after) {
        Some('年') if first_len == 4 => {
            let (month, month_len) = read_digits(chars, after + 1);
            let month_end = after + 1 + month_len;
            if !(1..=2).contains(&month_len) || chars.get(month_end) != Some(&'月') {
                return None;
            }
            let (day, next) = day_at(month_end + 1)?;
            let year = i32::try_from(first).ok()?;
            Some((
                WrittenDate {
                    year: Some(year),
                    month: Some(month),
                    day,
                },
                next,
            ))
        }
        Some('月') if first_len <= 2 => {
            let (day, next) = day_at(after + 1)?;
            Some((
                WrittenDate {
                    year: None,
                    month: Some(first),
                    day,
                },
                next,
            ))
        }
        Some('日') if first_len <= 2 => Some((
            WrittenDate {
                year: None,
                month: None,
                day: first,
            },
            after + 1,
        )),
        _ => None,
    }
}

pub(crate) fn tokenize(chars: &[char]) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            if let Some((date, next)) = read_date(chars, i) {
                tokens.push(Token::Date(date));
                i = next;
            } else {
                let (number, len) = read_digits(chars, i);
                tokens.push(Token::Number(number));
                i += len;
            }
            continue;
        }
        match c {
            '(' => {
                if let Some(close) = chars[i + 1..].iter().position(|c| *c == ')') {
                    tokens.push(Token::Note(chars[i + 1..i + 1 + close].iter().collect()));
                    i += close + 2;
                    continue;
                }
                tokens.push(Token::Text(c));
            }
            '-' => {
                tokens.push(Token::RangeMark('-'));
                while chars.get(i + 1) == Some(&'-') {
                    i += 1;
                }
            }
            '至' | '到' => tokens.push(Token::RangeMark(c)),
            '、' | '和' | '及' => tokens.push(Token::ListMark(c)),
            ',' | ';' | ':' => tokens.push(Token::ClauseMark),
            _ => tokens.push(Token::Text(c)),
        }
        i += 1;
    }
    tokens
}

/// The dates among `tokens`, in order.
pub(crate) fn dates_of(tokens: &[Token]) -> Vec<&WrittenDate> {
    tokens
        .iter()
        .filter_map(|t| match t {
            Token::Date(d) => Some(d),
            _ => None,
        })
        .collect()
}

/// The words of a run of tokens: its text outside dates, numbers and notes.
pub(crate) fn words(tokens: &[Token]) -> String {
    tokens
        .iter()
        .filter_map(|t| match t {
            Token::Text(c) | Token::RangeMark(c) | Token::ListMark(c) => Some(*c),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: Option<i32>, month: Option<u32>, day: u32) -> WrittenDate {
        WrittenDate { year, month, day }
    }

    #[test]
    fn date_phrases_with_any_part_left_out() {
        // (text, the date read at 0 and the index after it) — by hand.
        let table = [
            (
                "2018年12月30日至",
                Some((date(Some(2018), Some(12), 30), 11)),
            ),
            ("10月1日", Some((date(None, Some(10), 1), 5))),
            ("7日放假", Some((date(None, None, 7), 2))),
            // Not a date: a year without a month, a three-digit day, no 日.
            ("2024年第01版", None),
            ("123日", None),
            ("10月", None),
        ];
        for (text, expected) in table {
            let chars: Vec<char> = text.chars().collect();
            assert_eq!(read_date(&chars, 0), expected, "{text}");
        }
    }

    #[test]
    fn a_clause_as_tokens() {
        let chars: Vec<char> = "10月1日(周二)至7日放假,共7天".chars().collect();
        assert_eq!(
            tokenize(&chars),
            [
                Token::Date(date(None, Some(10), 1)),
                Token::Note("周二".into()),
                Token::RangeMark('至'),
                Token::Date(date(None, None, 7)),
                Token::Text('放'),
                Token::Text('假'),
                Token::ClauseMark,
                Token::Text('共'),
                Token::Number(7),
                Token::Text('天'),
            ]
        );
        let tokens = tokenize(&"1月1日、2日和3日--4日".chars().collect::<Vec<_>>());
        assert_eq!(dates_of(&tokens).len(), 4);
        // A run of dashes is one range mark; list marks are words too.
        assert_eq!(words(&tokens), "、和-");
    }
}
