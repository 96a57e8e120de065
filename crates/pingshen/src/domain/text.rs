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
