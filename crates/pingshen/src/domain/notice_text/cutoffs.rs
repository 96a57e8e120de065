//! The two cutoffs of 「五、相关政策规定」3: achievements (申报材料, 业绩)
//! and seniority (资历), each from the words that name it.

use chrono::NaiveDate;

use super::fields::ParsedField;
use super::sentences::Reader;
use crate::domain::pasted::tokens::read_date;

impl Reader<'_> {
    /// Both cutoffs, `[achievements, seniority]`, read from the words that
    /// name them: each 截止/截至 takes the first date after it (before the
    /// next 截止), and belongs to the topic named nearest before it in its
    /// clause (业绩 or 申报材料: the achievements; 资历: the seniority). So
    /// 「申报材料…截止时间为7月31日，资历计算截止时间为12月31日」 gives each
    /// its own date, whatever joins the two. The first of each kind counts.
    pub(super) fn cutoffs(&self) -> [Option<ParsedField<NaiveDate>>; 2] {
        const TOPICS: [(&str, usize); 3] = [("申报材料", 0), ("业绩", 0), ("资历", 1)];
        let mut found: [Option<ParsedField<NaiveDate>>; 2] = [None, None];
        for &(start, end) in &self.long_sentences {
            // The sentence without its line breaks, each char's index in `all`.
            let at: Vec<usize> = (start..end).filter(|&i| self.all[i].c != '\n').collect();
            let chars: Vec<char> = at.iter().map(|&i| self.all[i].c).collect();
            let marks: Vec<usize> = (0..chars.len().saturating_sub(1))
                .filter(|&i| chars[i] == '截' && matches!(chars[i + 1], '止' | '至'))
                .collect();
            let mut clause_start = 0;
            for (k, &mark) in marks.iter().enumerate() {
                let next_mark = marks.get(k + 1).copied().unwrap_or(chars.len());
                let date = (mark + 2..next_mark).find_map(|j| {
                    let starts_number = chars[j].is_ascii_digit() && !chars[j - 1].is_ascii_digit();
                    if !starts_number {
                        return None;
                    }
                    let (written, after) = read_date(&chars, j)?;
                    let date = NaiveDate::from_ymd_opt(
                        written.year.unwrap_or(self.year),
                        written.month?,
                        written.day,
                    )?;
                    Some((date, after))
                });
                let Some((date, after)) = date else {
                    continue;
                };
                let before: String = chars[clause_start..mark].iter().collect();
                let topic = TOPICS
                    .iter()
                    .filter_map(|(word, kind)| before.rfind(word).map(|i| (i + word.len(), *kind)))
                    .max()
                    .map(|(_, kind)| kind);
                if let Some(kind) = topic {
                    if found[kind].is_none() {
                        let from = (clause_start..mark)
                            .find(|&i| !matches!(chars[i], ',' | ';' | ':'))
                            .unwrap_or(clause_start);
                        found[kind] = Some(self.field(date, (at[from], at[after - 1] + 1)));
                    }
                }
                clause_start = after;
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::notice_text::test_text::{replaced, unofficial_2024, NOTICE_2024};
    use crate::domain::notice_text::{parse_evaluation_notice, ParsedField};
    use crate::domain::test_dates::d;
    use chrono::NaiveDate;

    #[test]
    fn a_cutoff_or_publicity_sentence_broken_across_lines_is_still_read() {
        let text = replaced(
            NOTICE_2024,
            &[
                ("的截止时间为2024年7月31日", "的截止时间为2024年\n7月31日"),
                ("资历计算截止时间为", "资历计算\n截止时间为"),
                ("公示时间不少于5个工作日", "公示时间不少于\n5个工作日"),
            ],
        );
        let parsed = parse_evaluation_notice(&text).unwrap();
        assert_eq!(parsed.to_notice(), Ok(unofficial_2024()));
        let source = &parsed.achievements_cutoff.as_ref().unwrap().source;
        assert!(source.ends_with("2024年\n7月31日"), "{source}");
    }

    #[test]
    fn each_cutoff_is_read_from_the_words_that_name_it() {
        let achievements = "申报材料(包括业绩、论文、著作、成果、奖励等)的截止时间为2024年7月31日";
        let seniority = "资历计算截止时间为2024年12月31日";
        let both = format!("{achievements};{seniority}");
        // (the sentence as the notice of some year might write it)
        let forms = [
            // Joined by a comma: the seniority was read as 07-31 before.
            format!("{achievements},{seniority}"),
            format!("{achievements},{seniority}"),
            // Full-width comma, 截至 for 截止.
            format!("{achievements}，资历计算截至时间为2024年12月31日"),
            // The seniority first.
            format!("{seniority},{achievements}"),
            // 截止 with the date straight after it.
            "业绩成果截止到2024年7月31日,资历截止到2024年12月31日".to_string(),
            // Over two lines, the break inside the second date.
            format!("{achievements},资历计算截止时间为2024年\n12月31日"),
        ];
        for form in forms {
            let text = replaced(NOTICE_2024, &[(both.as_str(), form.as_str())]);
            let parsed = parse_evaluation_notice(&text).unwrap();
            let value = |f: &Option<ParsedField<NaiveDate>>| f.as_ref().map(|f| f.value);
            assert_eq!(
                value(&parsed.achievements_cutoff),
                Some(d(2024, 7, 31)),
                "{form}"
            );
            assert_eq!(
                value(&parsed.seniority_cutoff),
                Some(d(2024, 12, 31)),
                "{form}"
            );
            let source = &parsed.seniority_cutoff.as_ref().unwrap().source;
            assert!(source.starts_with("资历"), "{form}: {source}");
        }
        // A 截止 with no date gives nothing, and never the next clause's date.
        let later = "申报材料截止时间另行通知,资历计算截止时间为2024年12月31日";
        let text = replaced(NOTICE_2024, &[(both.as_str(), later)]);
        let parsed = parse_evaluation_notice(&text).unwrap();
        assert_eq!(parsed.achievements_cutoff, None);
        assert_eq!(
            parsed.seniority_cutoff.map(|f| f.value),
            Some(d(2024, 12, 31))
        );
    }
}
