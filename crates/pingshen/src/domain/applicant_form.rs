//! The applicant's answers as typed, one form for 资格自查 and the
//! workspace editor: an [`ApplicantDraft`] holds every field as the user
//! gave it (choices as values, dates and the benefit as the text typed);
//! [`ApplicantDraft::parse`] reads the whole draft into an [`Applicant`]
//! and the problems of **every** field at once ([`FormError`], named by
//! [`ApplicantField`]), so fixing one field never hides another's problem
//! and editing one never clears another's.
//!
//! Saving is by field: [`Parsed::write`] sets one field of a stored
//! applicant and leaves the others as they are (another tab may have
//! changed them); [`ApplicantDraft::follow`] takes a stored applicant's
//! values into the fields the user is not typing in.
//!
//! The checks are [`validate`]'s (a title date after today or the seniority
//! cutoff, a patent granted before the title or after the achievements
//! cutoff, 「五、相关政策规定」3: the rules' [`AnswerProblem`]s, each put at
//! its field), after reading each text: dates as `YYYY-MM-DD`, the benefit
//! in 万元 ([`parse_benefit_wan`]).
//!
//! # Example
//!
//! ```
//! use chrono::NaiveDate;
//! use pingshen::domain::applicant_form::{ApplicantDraft, ApplicantField};
//! use pingshen::domain::eligibility::{Applicant, Level, PatentKind};
//!
//! let today = NaiveDate::from_ymd_opt(2024, 7, 20).unwrap();
//! let mut draft = ApplicantDraft::of(&Applicant::default());
//! draft.current_title = Some(Level::Engineer);
//! draft.title_date = "2099-01-01".into();
//! draft.patent_kind = Some(PatentKind::Invention);
//! draft.benefit = "很多".into();
//! use pingshen::domain::{notice::Notice, workspace::cutoffs};
//! let parsed = draft.parse(&cutoffs(&Notice::official_2024(), today));
//! // Both wrong fields are named, each with its own message.
//! assert!(parsed.error(ApplicantField::TitleDate).unwrap().to_string().contains("不能晚于今天"));
//! assert!(parsed.error(ApplicantField::Benefit).unwrap().to_string().contains("不是数字"));
//! // A wrong field is not written; a good one is, alone.
//! let mut stored = Applicant::default();
//! assert!(!parsed.write(ApplicantField::Benefit, &mut stored));
//! assert!(parsed.write(ApplicantField::CurrentTitle, &mut stored));
//! assert_eq!(stored, Applicant { current_title: Some(Level::Engineer), ..Applicant::default() });
//! ```

use std::fmt;

use chrono::NaiveDate;

use crate::domain::dates::{self, DateError};
use crate::domain::eligibility::answers::AnswerProblem;
use crate::domain::eligibility::applicant::Applicant;
use crate::domain::eligibility::cutoffs::Cutoffs;
use crate::domain::eligibility::kinds::{Education, Level, PatentKind, Specialty, UnitLevel};
use crate::domain::eligibility::patent::{
    parse_benefit_wan, patent_fields, BenefitError, Patent, MAX_ANNUAL_BENEFIT_YUAN,
};
use crate::domain::eligibility::seniority::parse_title_date;
use crate::domain::order;

crate::labelled_enum! {
    /// One field of the applicant form, in the order the form asks them.
    /// The code is the form's input id after its prefix (`title-date`,
    /// `ed-title-date`), also `data-field` of its error; the order is the
    /// form's.
    #[derive(PartialOrd, Ord)]
    pub enum ApplicantField {
        /// 是否公务员.
        CivilServant = "civil" => "是否公务员",
        /// 是否在辽宁从事质量技术监督工作.
        InSector = "sector" => "是否在辽宁从事质量技术监督工作",
        /// 申报专业.
        Specialty = "specialty" => "申报专业",
        /// 申报级别.
        Target = "target" => "申报级别",
        /// 所在单位层级.
        Unit = "unit-level" => "所在单位层级",
        /// 最高学历.
        Education = "education" => "最高学历",
        /// 现有职称.
        CurrentTitle = "current-title" => "现有职称",
        /// 取得现职称的日期.
        TitleDate = "title-date" => "取得现职称的日期",
        /// 破格申报.
        Exceptional = "exceptional" => "是否破格申报",
        /// 推荐人1.
        Recommender1 = "recommender-1" => "推荐人1（本专业正高级工程师）",
        /// 推荐人2.
        Recommender2 = "recommender-2" => "推荐人2（本专业正高级工程师）",
        /// 以专利经济效益申报: the kind of patent, or none.
        PatentKind = "patent-kind" => "以专利经济效益申报（可选）",
        /// 年创经济效益（万元）.
        Benefit = "benefit" => "年创经济效益（万元）",
        /// 专利授权日期.
        PatentDate = "patent-date" => "专利授权日期",
    }
}

/// What is wrong with one field of the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormError {
    /// The title date typed is not a date.
    TitleDate(DateError),
    /// The benefit typed is not an amount in 万元.
    Benefit(BenefitError),
    /// The patent date typed is not a date.
    PatentDate(DateError),
    /// A date or amount that reads but breaks a rule
    /// ([`validate`]).
    Answer(AnswerProblem),
}

impl fmt::Display for FormError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TitleDate(e) => write!(f, "取得现职称的日期：{e}"),
            Self::Benefit(e) => e.fmt(f),
            Self::PatentDate(e) => write!(f, "专利取得日期：{e}"),
            Self::Answer(problem) => problem.fmt(f),
        }
    }
}

impl std::error::Error for FormError {}

/// A problem with one answer, to show next to its field
/// ([`ApplicantField`]): what [`validate`] finds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The field the problem is shown at.
    pub field: ApplicantField,
    /// What is wrong.
    pub problem: AnswerProblem,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.problem.fmt(f)
    }
}

impl std::error::Error for FieldError {}

/// Problems with individual answers, to show next to their fields
/// ([`ApplicantField`]): a title date in the future, after the seniority
/// cutoff or before 1950; a patent granted before the current title or
/// after the achievements cutoff (「五、相关政策规定」3); an annual benefit
/// above [`MAX_ANNUAL_BENEFIT_YUAN`]. (Applying for a level already held is
/// a [`Rule::Seniority`](crate::domain::eligibility::Rule::Seniority)
/// failure of [`assess`](crate::domain::eligibility::assess), not a field
/// error.)
///
/// ```
/// use chrono::NaiveDate;
/// use pingshen::domain::applicant_form::{validate, ApplicantField};
/// use pingshen::domain::eligibility::{Applicant, Level};
///
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let applicant = Applicant {
///     current_title: Some(Level::Engineer),
///     title_date: Some(d(2024, 7, 21)),
///     ..Applicant::default()
/// };
/// // Today 2024-07-20: a title obtained tomorrow is a typing error.
/// use pingshen::domain::{notice::Notice, workspace::cutoffs};
/// let errors = validate(&applicant, &cutoffs(&Notice::official_2024(), d(2024, 7, 20)));
/// assert_eq!(errors[0].field, ApplicantField::TitleDate);
/// assert!(errors[0].to_string().contains("不能晚于今天"));
/// ```
pub fn validate(applicant: &Applicant, cutoffs: &Cutoffs) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if let Some(problem) = applicant
        .title_date
        .and_then(|d| AnswerProblem::of_title_date(d, cutoffs))
    {
        errors.push(FieldError {
            field: ApplicantField::TitleDate,
            problem,
        });
    }
    if let Some(patent) = applicant.patent {
        if let Some(problem) = AnswerProblem::of_patent_date(patent, applicant.title_date, cutoffs)
        {
            errors.push(FieldError {
                field: ApplicantField::PatentDate,
                problem,
            });
        }
        if patent.annual_benefit_yuan > MAX_ANNUAL_BENEFIT_YUAN {
            errors.push(FieldError {
                field: ApplicantField::Benefit,
                problem: AnswerProblem::BenefitTooLarge(patent.annual_benefit_yuan),
            });
        }
    }
    errors
}

/// The applicant form as typed. Choices are the values picked; the title
/// date, the benefit (万元) and the patent date are the texts typed.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ApplicantDraft {
    /// See [`Applicant::civil_servant`].
    pub civil_servant: Option<bool>,
    /// See [`Applicant::in_sector`].
    pub in_sector: Option<bool>,
    /// See [`Applicant::specialty`].
    pub specialty: Option<Specialty>,
    /// See [`Applicant::target`].
    pub target: Option<Level>,
    /// See [`Applicant::unit`].
    pub unit: Option<UnitLevel>,
    /// See [`Applicant::education`].
    pub education: Option<Education>,
    /// See [`Applicant::current_title`].
    pub current_title: Option<Level>,
    /// The title date as typed (`YYYY-MM-DD` or blank).
    pub title_date: String,
    /// See [`Applicant::exceptional`].
    pub exceptional: bool,
    /// The two recommenders' names as typed.
    pub recommenders: [String; 2],
    /// The patent's kind; `None`: no patent route.
    pub patent_kind: Option<PatentKind>,
    /// The annual benefit as typed, in 万元.
    pub benefit: String,
    /// The day the patent was granted, as typed (blank: not known).
    pub patent_date: String,
}

impl ApplicantDraft {
    /// The form showing `applicant` (the texts as [`ApplicantDraft::parse`]
    /// reads them back).
    ///
    /// ```
    /// use pingshen::domain::applicant_form::ApplicantDraft;
    /// use pingshen::domain::eligibility::{Applicant, Patent, PatentKind};
    /// let a = Applicant {
    ///     patent: Some(Patent { kind: PatentKind::Invention, annual_benefit_yuan: 5_005_000, obtained: None }),
    ///     ..Applicant::default()
    /// };
    /// let draft = ApplicantDraft::of(&a);
    /// assert_eq!(draft.benefit, "500.5");
    /// let today = chrono::NaiveDate::from_ymd_opt(2024, 7, 20).unwrap();
    /// use pingshen::domain::{notice::Notice, workspace::cutoffs};
    /// assert_eq!(draft.parse(&cutoffs(&Notice::official_2024(), today)).applicant, a);
    /// ```
    pub fn of(applicant: &Applicant) -> Self {
        let (patent_kind, benefit, patent_date) = patent_fields(applicant.patent);
        let recommender = |i: usize| applicant.recommenders.get(i).cloned().unwrap_or_default();
        Self {
            civil_servant: applicant.civil_servant,
            in_sector: applicant.in_sector,
            specialty: applicant.specialty,
            target: applicant.target,
            unit: applicant.unit,
            education: applicant.education,
            current_title: applicant.current_title,
            title_date: dates::input_value(applicant.title_date),
            exceptional: applicant.exceptional,
            recommenders: [recommender(0), recommender(1)],
            patent_kind,
            benefit,
            patent_date,
        }
    }

    /// Takes `stored`'s value into every field but those `keep` names (the
    /// one being typed in, or one typed and not yet saved): another tab's
    /// change shows, what the user is typing stays.
    ///
    /// ```
    /// use pingshen::domain::applicant_form::{ApplicantDraft, ApplicantField};
    /// use pingshen::domain::eligibility::{Applicant, Education};
    /// let mut draft = ApplicantDraft::default();
    /// draft.title_date = "2019-0".into(); // being typed
    /// let stored = Applicant { education: Some(Education::Master), ..Applicant::default() };
    /// draft.follow(&stored, |f| f == ApplicantField::TitleDate);
    /// assert_eq!((draft.education, draft.title_date.as_str()), (Some(Education::Master), "2019-0"));
    /// ```
    pub fn follow(&mut self, stored: &Applicant, keep: impl Fn(ApplicantField) -> bool) {
        use ApplicantField as F;
        let fresh = Self::of(stored);
        for &field in ApplicantField::ALL {
            if keep(field) {
                continue;
            }
            match field {
                F::CivilServant => self.civil_servant = fresh.civil_servant,
                F::InSector => self.in_sector = fresh.in_sector,
                F::Specialty => self.specialty = fresh.specialty,
                F::Target => self.target = fresh.target,
                F::Unit => self.unit = fresh.unit,
                F::Education => self.education = fresh.education,
                F::CurrentTitle => self.current_title = fresh.current_title,
                F::TitleDate => self.title_date.clone_from(&fresh.title_date),
                F::Exceptional => self.exceptional = fresh.exceptional,
                F::Recommender1 => self.recommenders[0].clone_from(&fresh.recommenders[0]),
                F::Recommender2 => self.recommenders[1].clone_from(&fresh.recommenders[1]),
                F::PatentKind => self.patent_kind = fresh.patent_kind,
                F::Benefit => self.benefit.clone_from(&fresh.benefit),
                F::PatentDate => self.patent_date.clone_from(&fresh.patent_date),
            }
        }
    }

    /// Reads the whole form, `cutoffs` giving today and the round's
    /// cutoffs: the applicant answered (a wrong field left out: no title
    /// date, no patent without a good benefit, no patent date) and the
    /// problem of every wrong field, each once, in the form's order.
    ///
    /// The title date counts only with a current title
    /// ([`parse_title_date`]); the benefit and patent date
    /// only with a patent kind. A patent date is checked against the title
    /// and the achievements cutoff even while the benefit is wrong.
    pub fn parse(&self, cutoffs: &Cutoffs) -> Parsed {
        let mut errors: Vec<(ApplicantField, FormError)> = Vec::new();
        let title_date =
            parse_title_date(self.current_title, &self.title_date).unwrap_or_else(|e| {
                errors.push((ApplicantField::TitleDate, FormError::TitleDate(e)));
                None
            });
        let (benefit, patent_date) = match self.patent_kind {
            None => (None, None),
            Some(_) => (
                parse_benefit_wan(&self.benefit)
                    .map_err(|e| errors.push((ApplicantField::Benefit, FormError::Benefit(e))))
                    .ok(),
                dates::parse_optional_date(&self.patent_date)
                    .map_err(|e| {
                        errors.push((ApplicantField::PatentDate, FormError::PatentDate(e)))
                    })
                    .ok()
                    .flatten(),
            ),
        };
        let mut applicant = Applicant {
            civil_servant: self.civil_servant,
            in_sector: self.in_sector,
            specialty: self.specialty,
            target: self.target,
            unit: self.unit,
            education: self.education,
            current_title: self.current_title,
            title_date,
            patent: None,
            exceptional: self.exceptional,
            recommenders: self
                .recommenders
                .iter()
                .map(|r| r.trim().to_string())
                .collect(),
        };
        // Blank names at the end are none (as stored without recommenders).
        while applicant.recommenders.last().is_some_and(String::is_empty) {
            applicant.recommenders.pop();
        }
        // The dates are checked with the patent as typed, its benefit or
        // not (a wrong benefit must not hide a wrong date); the patent
        // against a title date only if that one is right.
        let mut checked = Applicant {
            patent: self.patent_kind.map(|kind| Patent {
                kind,
                annual_benefit_yuan: benefit.unwrap_or(0),
                obtained: patent_date,
            }),
            ..applicant.clone()
        };
        let title_errors: Vec<_> = validate(&checked, cutoffs)
            .into_iter()
            .filter(|e| e.field == ApplicantField::TitleDate)
            .collect();
        if !title_errors.is_empty() {
            checked.title_date = None;
        }
        for e in title_errors.into_iter().chain(validate(&checked, cutoffs)) {
            errors.push((e.field, FormError::Answer(e.problem)));
        }
        order::sort_by_key(&mut errors, |(field, _)| *field);
        errors.dedup_by_key(|(field, _)| *field);
        let wrong = |field| errors.iter().any(|(f, _)| *f == field);
        if wrong(ApplicantField::TitleDate) {
            applicant.title_date = None;
        }
        let patent_date = patent_date.filter(|_| !wrong(ApplicantField::PatentDate));
        applicant.patent = match (self.patent_kind, benefit) {
            (Some(kind), Some(annual_benefit_yuan)) => Some(Patent {
                kind,
                annual_benefit_yuan,
                obtained: patent_date,
            }),
            _ => None,
        };
        Parsed {
            applicant,
            patent_kind: self.patent_kind,
            benefit,
            patent_date,
            errors,
        }
    }
}

/// What [`ApplicantDraft::parse`] read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    /// The answers, every wrong field left out (to assess with).
    pub applicant: Applicant,
    /// The patent kind picked.
    pub patent_kind: Option<PatentKind>,
    /// The benefit read, in yuan, if good.
    pub benefit: Option<u64>,
    /// The patent date read, if good and given.
    pub patent_date: Option<NaiveDate>,
    /// Each wrong field's problem, in the form's order.
    pub errors: Vec<(ApplicantField, FormError)>,
}

impl Parsed {
    /// The problem of `field`, if it is wrong.
    pub fn error(&self, field: ApplicantField) -> Option<&FormError> {
        self.errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, e)| e)
    }

    /// Sets `field` of `stored` to the value read, and nothing else of it;
    /// `false` (and `stored` unchanged) while the field is wrong, or when a
    /// patent date or kind has no patent to go to yet (neither `stored`
    /// has one nor the benefit typed reads: a patent needs its benefit).
    ///
    /// A patent part goes into `stored`'s patent; without one, the patent
    /// read (kind, benefit and the date if good) is stored.
    pub fn write(&self, field: ApplicantField, stored: &mut Applicant) -> bool {
        use ApplicantField as F;
        if self.error(field).is_some() {
            return false;
        }
        let a = &self.applicant;
        match field {
            F::CivilServant => stored.civil_servant = a.civil_servant,
            F::InSector => stored.in_sector = a.in_sector,
            F::Specialty => stored.specialty = a.specialty,
            F::Target => stored.target = a.target,
            F::Unit => stored.unit = a.unit,
            F::Education => stored.education = a.education,
            F::CurrentTitle => stored.current_title = a.current_title,
            F::TitleDate => stored.title_date = a.title_date,
            F::Exceptional => stored.exceptional = a.exceptional,
            F::Recommender1 | F::Recommender2 => {
                let i = usize::from(field == F::Recommender2);
                if stored.recommenders.len() < 2 {
                    stored.recommenders.resize(2, String::new());
                }
                stored.recommenders[i] = a.recommenders.get(i).cloned().unwrap_or_default();
            }
            F::PatentKind | F::Benefit | F::PatentDate => {
                let Some(kind) = self.patent_kind else {
                    // No patent route: the kind removes the patent; a
                    // benefit or date is not asked.
                    if field == F::PatentKind {
                        stored.patent = None;
                    }
                    return true;
                };
                match (&mut stored.patent, a.patent) {
                    (Some(patent), _) => match field {
                        F::PatentKind => patent.kind = kind,
                        F::Benefit => patent.annual_benefit_yuan = self.benefit.unwrap_or_default(),
                        _ => patent.obtained = self.patent_date,
                    },
                    (None, Some(read)) => stored.patent = Some(read),
                    (None, None) => return false,
                }
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ApplicantField as F;

    use crate::domain::eligibility::tests as rules;
    use crate::domain::test_dates::d;

    /// The 2024 notice's cutoffs (「五、相关政策规定」3: achievements
    /// 2024-07-31, seniority 2024-12-31), today 2024-07-20.
    fn cutoffs() -> Cutoffs {
        rules::cutoffs_2024(d(2024, 7, 20))
    }

    /// An engineer since 2019-06-01 claiming an invention worth 600 万元.
    fn draft() -> ApplicantDraft {
        ApplicantDraft {
            target: Some(Level::SeniorEngineer),
            current_title: Some(Level::Engineer),
            title_date: "2019-06-01".into(),
            patent_kind: Some(PatentKind::Invention),
            benefit: "600".into(),
            patent_date: "2021-03-01".into(),
            ..ApplicantDraft::default()
        }
    }

    type Edit = fn(&mut ApplicantDraft);

    /// Every wrong field is named, whatever else is wrong: (the edit, the
    /// fields wrong with a word of each message).
    #[test]
    fn every_wrong_field_is_named_table() {
        let table: [(Edit, &[(ApplicantField, &str)]); 11] = [
            (|_| {}, &[]),
            (
                |a| a.title_date = "2019-02-30".into(),
                &[(F::TitleDate, "不是有效日期")],
            ),
            // Today is 2024-07-20.
            (
                |a| a.title_date = "2024-07-21".into(),
                &[(F::TitleDate, "不能晚于今天")],
            ),
            (|a| a.benefit = "很多".into(), &[(F::Benefit, "不是数字")]),
            (|a| a.benefit = " ".into(), &[(F::Benefit, "请填写")]),
            (|a| a.benefit = "-5".into(), &[(F::Benefit, "负数")]),
            // 1000 亿元 = 100000000 万元 is the most.
            (
                |a| a.benefit = "100000000.0001".into(),
                &[(F::Benefit, "1000 亿元")],
            ),
            // Before the title (2019-06-01), after the cutoff (2024-07-31).
            (
                |a| a.patent_date = "2019-05-31".into(),
                &[(F::PatentDate, "不晚于取得现职称")],
            ),
            (
                |a| a.patent_date = "2024-08-01".into(),
                &[(F::PatentDate, "晚于申报材料截止日")],
            ),
            // Two wrong at once: both said, the benefit's not hiding the date's.
            (
                |a| {
                    a.benefit = "很多".into();
                    a.patent_date = "明天".into();
                },
                &[(F::Benefit, "不是数字"), (F::PatentDate, "不是有效日期")],
            ),
            (
                |a| {
                    a.title_date = "2099-01-01".into();
                    a.benefit = "abc".into();
                    a.patent_date = "2024-08-01".into();
                },
                &[
                    (F::TitleDate, "不能晚于今天"),
                    (F::Benefit, "不是数字"),
                    (F::PatentDate, "晚于申报材料截止日"),
                ],
            ),
        ];
        for (edit, expected) in table {
            let mut draft = draft();
            edit(&mut draft);
            let parsed = draft.parse(&cutoffs());
            let got: Vec<_> = parsed.errors.iter().map(|(f, _)| *f).collect();
            let want: Vec<_> = expected.iter().map(|(f, _)| *f).collect();
            assert_eq!(got, want, "{draft:?}");
            for (field, word) in expected {
                let text = parsed.error(*field).unwrap().to_string();
                assert!(text.contains(word), "{text}");
            }
        }
    }

    /// What is left out of the answers while a field is wrong.
    #[test]
    fn a_wrong_field_is_left_out_of_the_answers() {
        let parsed = draft().parse(&cutoffs());
        // 600 万元 = 6,000,000 元.
        assert_eq!(
            parsed.applicant.patent,
            Some(Patent {
                kind: PatentKind::Invention,
                annual_benefit_yuan: 6_000_000,
                obtained: Some(d(2021, 3, 1)),
            })
        );
        assert_eq!(parsed.applicant.title_date, Some(d(2019, 6, 1)));
        let mut wrong = draft();
        wrong.title_date = "2099-01-01".into();
        wrong.patent_date = "2024-08-01".into();
        let parsed = wrong.parse(&cutoffs());
        assert_eq!(parsed.applicant.title_date, None);
        assert_eq!(parsed.applicant.patent.unwrap().obtained, None);
        // No current title: the date is not asked, whatever it says.
        let mut untitled = draft();
        untitled.current_title = None;
        untitled.title_date = "不是日期".into();
        let parsed = untitled.parse(&cutoffs());
        assert_eq!(
            (parsed.applicant.title_date, parsed.errors.len()),
            (None, 0)
        );
        // No patent kind: benefit and date are not asked.
        let mut no_patent = draft();
        no_patent.patent_kind = None;
        no_patent.benefit = "很多".into();
        let parsed = no_patent.parse(&cutoffs());
        assert_eq!((parsed.applicant.patent, parsed.errors.len()), (None, 0));
    }

    /// The patent as typed: (kind, benefit in 万元, date, the patent read
    /// as (yuan, date), every message). Amounts: 1 万元 = 10,000 元.
    #[test]
    fn patent_entries_table() {
        type Case = (
            Option<PatentKind>,
            &'static str,
            &'static str,
            Option<(u64, Option<NaiveDate>)>,
            &'static [&'static str],
        );
        let inv = Some(PatentKind::Invention);
        const NOT_A_DATE: &str =
            "专利取得日期：“明天”不是有效日期，请按 年-月-日 填写，例如 2024-07-24";
        let table: [Case; 8] = [
            (None, "", "", None, &[]),
            // No patent route: what is left typed is not asked.
            (None, "很多", "明天", None, &[]),
            (inv, "50", "", Some((500_000, None)), &[]),
            (
                inv,
                " 0.0001 ",
                "2023-06-01",
                Some((1, Some(d(2023, 6, 1)))),
                &[],
            ),
            (inv, "", "", None, &["请填写年经济效益（万元）"]),
            (
                inv,
                "100000001",
                "",
                None,
                &["年经济效益超过 1000 亿元，请核对（单位：万元）"],
            ),
            // Both wrong: both said (the benefit's does not hide the date's).
            (
                inv,
                "-1",
                "明天",
                None,
                &["年经济效益（万元）：不能为负数", NOT_A_DATE],
            ),
            // A wrong date leaves the patent without one.
            (inv, "1", "明天", Some((10_000, None)), &[NOT_A_DATE]),
        ];
        for (kind, benefit, date, patent, messages) in table {
            let draft = ApplicantDraft {
                patent_kind: kind,
                benefit: benefit.into(),
                patent_date: date.into(),
                ..ApplicantDraft::default()
            };
            let parsed = draft.parse(&cutoffs());
            let got = parsed
                .applicant
                .patent
                .map(|p| (p.annual_benefit_yuan, p.obtained));
            assert_eq!(got, patent, "{benefit:?} {date:?}");
            let said: Vec<String> = parsed.errors.iter().map(|(_, e)| e.to_string()).collect();
            assert_eq!(said, *messages, "{benefit:?} {date:?}");
            // Shown again, it reads the same.
            let again = ApplicantDraft::of(&parsed.applicant).parse(&cutoffs());
            assert_eq!(again.applicant, parsed.applicant);
        }
    }

    /// A stored applicant (another tab's) with its own values everywhere.
    fn other_tabs() -> Applicant {
        Applicant {
            specialty: Some(Specialty::Metrology),
            education: Some(Education::Master),
            target: Some(Level::SeniorEngineer),
            current_title: Some(Level::Engineer),
            title_date: Some(d(2018, 1, 1)),
            recommenders: vec!["王".into(), "李".into()],
            patent: Some(Patent {
                kind: PatentKind::UtilityModel,
                annual_benefit_yuan: 7_000_000,
                obtained: Some(d(2020, 1, 1)),
            }),
            ..Applicant::default()
        }
    }

    /// Writing one field changes that field of the stored applicant and
    /// nothing else: (field, the stored applicant as expected after).
    #[test]
    fn write_sets_one_field_only_table() {
        let mut typed = draft();
        typed.specialty = Some(Specialty::Quality);
        typed.recommenders = ["张".into(), String::new()];
        let parsed = typed.parse(&cutoffs());
        let table: [(ApplicantField, Edit2); 7] = [
            (F::Specialty, |a| a.specialty = Some(Specialty::Quality)),
            (F::TitleDate, |a| a.title_date = Some(d(2019, 6, 1))),
            (F::Recommender1, |a| a.recommenders[0] = "张".into()),
            (F::Recommender2, |a| a.recommenders[1] = String::new()),
            (F::PatentKind, |a| {
                a.patent.as_mut().unwrap().kind = PatentKind::Invention
            }),
            // 600 万元.
            (F::Benefit, |a| {
                a.patent.as_mut().unwrap().annual_benefit_yuan = 6_000_000
            }),
            (F::PatentDate, |a| {
                a.patent.as_mut().unwrap().obtained = Some(d(2021, 3, 1))
            }),
        ];
        for (field, expect) in table {
            let mut stored = other_tabs();
            assert!(parsed.write(field, &mut stored), "{field:?}");
            let mut expected = other_tabs();
            expect(&mut expected);
            assert_eq!(stored, expected, "{field:?}");
        }
    }

    type Edit2 = fn(&mut Applicant);

    #[test]
    fn a_wrong_field_is_not_written() {
        let mut typed = draft();
        typed.benefit = "很多".into();
        typed.title_date = "2099-01-01".into();
        let parsed = typed.parse(&cutoffs());
        for field in [F::Benefit, F::TitleDate] {
            let mut stored = other_tabs();
            assert!(!parsed.write(field, &mut stored));
            assert_eq!(stored, other_tabs());
        }
        // The date is good but there is no patent to put it in: a stored
        // applicant without a patent gets none from a wrong benefit.
        let mut stored = Applicant::default();
        assert!(!parsed.write(F::PatentDate, &mut stored));
        assert!(!parsed.write(F::PatentKind, &mut stored));
        assert_eq!(stored, Applicant::default());
        // Other fields still write.
        assert!(parsed.write(F::CurrentTitle, &mut stored));
        assert_eq!(stored.current_title, Some(Level::Engineer));
    }

    #[test]
    fn a_patent_is_made_from_what_is_typed_or_removed_with_its_kind() {
        let parsed = draft().parse(&cutoffs());
        let mut stored = Applicant::default();
        assert!(parsed.write(F::Benefit, &mut stored));
        assert_eq!(stored.patent, parsed.applicant.patent);
        let mut none = draft();
        none.patent_kind = None;
        let mut stored = other_tabs();
        assert!(none.parse(&cutoffs()).write(F::PatentKind, &mut stored));
        assert_eq!(stored.patent, None);
        // Without a patent kind, a benefit or date has nothing to write.
        let mut stored = other_tabs();
        assert!(none.parse(&cutoffs()).write(F::Benefit, &mut stored));
        assert_eq!(stored, other_tabs());
    }

    #[test]
    fn follow_takes_the_stored_values_but_the_kept_fields() {
        let mut typed = draft();
        typed.benefit = "很多".into();
        typed.follow(&other_tabs(), |f| f == F::Benefit);
        let mut expected = ApplicantDraft::of(&other_tabs());
        expected.benefit = "很多".into();
        assert_eq!(typed, expected);
        // Nothing kept: the stored applicant's form, read back unchanged.
        typed.follow(&other_tabs(), |_| false);
        assert_eq!(typed.parse(&cutoffs()).applicant, other_tabs());
    }

    #[test]
    fn codes_are_unique_and_the_order_is_the_forms() {
        let mut codes: Vec<_> = ApplicantField::ALL.iter().map(|f| f.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), ApplicantField::ALL.len());
        let mut sorted = ApplicantField::ALL.to_vec();
        sorted.sort();
        assert_eq!(sorted, ApplicantField::ALL);
    }

    #[test]
    fn a_patent_date_must_follow_the_title_and_precede_the_cutoff() {
        let cutoffs = rules::cutoffs_2024(d(2024, 7, 20));
        let with_date = |obtained| {
            let mut a = rules::base();
            a.patent = Some(Patent {
                kind: PatentKind::Invention,
                annual_benefit_yuan: 6_000_000,
                obtained,
            });
            validate(&a, &cutoffs)
        };
        assert!(with_date(None).is_empty());
        assert!(with_date(Some(d(2020, 3, 1))).is_empty());
        assert!(
            with_date(Some(d(2024, 7, 31))).is_empty(),
            "the cutoff itself counts"
        );
        let early = with_date(Some(d(2019, 12, 30)));
        assert_eq!(early[0].field, ApplicantField::PatentDate);
        assert!(
            early[0].to_string().contains("不晚于取得现职称"),
            "{}",
            early[0]
        );
        let late = with_date(Some(d(2024, 8, 1)));
        assert!(
            late[0].to_string().contains("晚于申报材料截止日"),
            "{}",
            late[0]
        );
    }

    #[test]
    fn validate_table() {
        let c = rules::cutoffs();
        let table: [(rules::Edit, &[(ApplicantField, &str)]); 8] = [
            (rules::noop, &[]),
            (|a| a.title_date = Some(d(2024, 6, 15)), &[]),
            (
                |a| a.title_date = Some(d(2024, 6, 16)),
                &[(ApplicantField::TitleDate, "不能晚于今天")],
            ),
            (
                |a| a.title_date = Some(d(1949, 12, 31)),
                &[(ApplicantField::TitleDate, "不能早于1950年")],
            ),
            (|a| a.title_date = Some(d(1950, 1, 1)), &[]),
            (
                |a| {
                    a.patent = Some(Patent {
                        kind: PatentKind::Invention,
                        annual_benefit_yuan: MAX_ANNUAL_BENEFIT_YUAN,
                        obtained: None,
                    })
                },
                &[],
            ),
            (
                |a| {
                    a.patent = Some(Patent {
                        kind: PatentKind::UtilityModel,
                        annual_benefit_yuan: MAX_ANNUAL_BENEFIT_YUAN + 1,
                        obtained: None,
                    })
                },
                &[(ApplicantField::Benefit, "超过1000亿元")],
            ),
            // Already holding the target: a finding of assess, not a field error.
            (|a| a.current_title = Some(Level::SeniorEngineer), &[]),
        ];
        for (edit, expected) in table {
            let mut a = rules::base();
            edit(&mut a);
            let errors = validate(&a, &c);
            assert_eq!(errors.len(), expected.len(), "{errors:?}");
            for (e, (field, text)) in errors.iter().zip(expected) {
                assert_eq!(e.field, *field);
                assert!(e.to_string().contains(text), "{e}");
            }
        }
        // After the seniority cutoff, assessed in 2025.
        let mut a = rules::base();
        a.title_date = Some(d(2025, 1, 2));
        let later = rules::cutoffs_2024(d(2025, 2, 1));
        let errors = validate(&a, &later);
        assert_eq!(errors.len(), 1);
        assert!(errors[0]
            .to_string()
            .contains("不能晚于资历计算截止日（2024年12月31日）"));
    }
}
