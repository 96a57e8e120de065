//! The publicity's working days of 「六、申报流程」(三): 「公示时间不少于N个工作日」.

use super::fields::ParsedField;
use super::sentences::Reader;
use crate::domain::pasted::numerals::small_number;

impl Reader<'_> {
    /// 「公示时间不少于N个工作日」.
    pub(super) fn publicity_working_days(&self) -> Option<ParsedField<u32>> {
        self.long_sentences.iter().find_map(|&span| {
            let plain: Vec<char> = self.plain(span).chars().collect();
            let text: String = plain.iter().collect();
            if !text.contains("公示") {
                return None;
            }
            let mark: Vec<char> = "不少于".chars().collect();
            let at = plain.windows(mark.len()).position(|w| w == &mark[..])? + mark.len();
            let digits: String = plain[at..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .collect();
            let (number, len) = if digits.is_empty() {
                (small_number(*plain.get(at)?)?, 1)
            } else {
                (digits.parse().ok()?, digits.chars().count())
            };
            let rest: String = plain[at + len..].iter().take(4).collect();
            rest.trim_start_matches('个')
                .starts_with("工作日")
                .then(|| self.field(number, span))
        })
    }
}
