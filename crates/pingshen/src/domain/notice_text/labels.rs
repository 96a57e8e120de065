//! Values after their label (报卷地点:, 联系人:, 联系电话:, 传真:), joined
//! across a line break that cuts them.

use super::fields::{NoticeField, ParsedField};
use super::sentences::Reader;
use super::warnings::{NoticeWarning, NoticeWarningKind};

impl Reader<'_> {
    /// The text after `label:`, up to the next `,` `;` `。` or line break.
    /// A value the line break cuts (nothing after the label, or ending in
    /// `-`, `(`, 转 or 、, or with a bracket left open) goes on on the next
    /// line; a place whose line ends without 。 before a line that is no
    /// label is warned about.
    pub(super) fn labelled(
        &self,
        field: NoticeField,
        labels: &[&str],
        warnings: &mut Vec<NoticeWarning>,
    ) -> Option<ParsedField<String>> {
        let chars: Vec<char> = self.all.iter().map(|n| n.c).collect();
        labels.iter().find_map(|label| {
            let label: Vec<char> = label.chars().collect();
            let at = chars
                .windows(label.len() + 1)
                .position(|w| w[..label.len()] == label[..] && w[label.len()] == ':')?;
            let value_start = at + label.len() + 1;
            // A line that starts with a label of its own (「联系人:」).
            let is_label_line = |from: usize| {
                chars
                    .get(from..)
                    .unwrap_or(&[])
                    .iter()
                    .take(8)
                    .take_while(|c| **c != '\n')
                    .any(|c| *c == ':')
            };
            let mut value = String::new();
            let mut i = value_start;
            let mut joins = 0;
            while let Some(&c) = chars.get(i) {
                if matches!(c, ',' | ';' | '。') {
                    break;
                }
                if c == '\n' {
                    let open = value.matches('(').count() > value.matches(')').count();
                    let cut =
                        value.is_empty() || open || value.ends_with(['-', '(', ')', '转', '、']);
                    if !cut || joins == 2 || is_label_line(i + 1) {
                        break;
                    }
                    joins += 1;
                } else {
                    value.push(c);
                }
                i += 1;
            }
            if value.is_empty() {
                return None;
            }
            let parsed = self.field(value, (at, i));
            if field == NoticeField::Place && chars.get(i) == Some(&'\n') && !is_label_line(i + 1) {
                warnings.push(NoticeWarning {
                    kind: NoticeWarningKind::CutValue(field),
                    source: parsed.source.clone(),
                });
            }
            Some(parsed)
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::notice_text::test_text::{replaced, warning_kinds, NOTICE_2024};
    use crate::domain::notice_text::{parse_evaluation_notice, NoticeField, NoticeWarningKind};

    #[test]
    fn a_labelled_value_cut_by_a_line_break_is_joined_or_warned_about() {
        let phone = "联系电话:(024)96315-1-5113";
        for cut in [
            "联系电话:(024)96315-\n1-5113",
            "联系电话:\n(024)96315-1-5113",
            "联系电话:(024)\n96315-1-5113",
            "联系电话:(024\n)96315-1-5113",
        ] {
            let parsed = parse_evaluation_notice(&replaced(NOTICE_2024, &[(phone, cut)])).unwrap();
            assert_eq!(
                parsed.contact_phone.map(|p| p.value).as_deref(),
                Some("(024)96315-1-5113"),
                "{cut}"
            );
        }
        // A place broken before its end cannot be told from a whole one:
        // read up to the break, and warned about.
        let place = "报卷地点:省市场监管局1009房间。";
        let parsed = parse_evaluation_notice(&replaced(
            NOTICE_2024,
            &[(place, "报卷地点:省市场监管局\n1009房间。")],
        ))
        .unwrap();
        assert_eq!(
            parsed.place.as_ref().map(|p| p.value.as_str()),
            Some("省市场监管局")
        );
        assert_eq!(
            warning_kinds(&parsed),
            [NoticeWarningKind::CutValue(NoticeField::Place)]
        );
        // The 2024 notice itself has no warning.
        assert_eq!(parse_evaluation_notice(NOTICE_2024).unwrap().warnings, []);
    }
}
