//! The changes the pages make to the stored document, as plain methods of
//! [`Stored`] (the way Leptos' todomvc keeps them on its `Todos`): a page
//! reads state, calls one of these in the app's `AppState::persist` (wasm32
//! only) and renders, and never searches the document's lists itself.

use std::fmt;

use chrono::{Datelike, NaiveDate};

use super::{EligibilityInput, PaperworkInput, Stored, UserDay, UserYear};
use crate::domain::calendar::{Calendar, ScheduleError, UserOrigin};
use crate::domain::documents;
use crate::domain::notice::Notice;
use crate::domain::order;
use crate::domain::round_facts::{Outcome, PastRound, Standing};
use crate::domain::ticks;
use crate::domain::workspace::{self, Record};

/// Why an applicant's name was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameError {
    /// A new applicant without a name.
    Missing,
    /// An applicant's name erased in the editor.
    Cleared,
}

impl fmt::Display for NameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Missing => write!(f, "请填写申报人姓名"),
            Self::Cleared => write!(f, "姓名不能为空"),
        }
    }
}

impl std::error::Error for NameError {}

/// A name as typed, trimmed; `None` when nothing is left.
fn name_of(text: &str) -> Option<String> {
    let name = text.trim();
    (!name.is_empty()).then(|| name.to_string())
}

/// An applicant's name typed in the editor, trimmed.
///
/// # Errors
///
/// [`NameError::Cleared`] for blank text.
pub fn applicant_name(text: &str) -> Result<String, NameError> {
    name_of(text).ok_or(NameError::Cleared)
}

/// Why user holiday data was not stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HolidayError {
    /// The year's holidays are official: never overwritten.
    Official(i32),
    /// The days contradict themselves (a make-up day on a weekday, …).
    Schedule(ScheduleError),
}

impl fmt::Display for HolidayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Official(year) => write!(f, "{year} 年已有官方节假日数据，不能覆盖"),
            Self::Schedule(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for HolidayError {}

/// Whether the user may store holiday data for `year`: not over the
/// official schedules shipped with the app.
///
/// # Errors
///
/// [`HolidayError::Official`] for a year with official data.
pub fn holidays_open(year: i32) -> Result<(), HolidayError> {
    if Calendar::official().is_official(year) {
        Err(HolidayError::Official(year))
    } else {
        Ok(())
    }
}

/// What [`Stored::start_round`] did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RoundStart {
    /// The round started.
    pub year: i32,
    /// Applicants carried into it (their earlier facts now history).
    pub carried: usize,
    /// Applicants who passed, moved to the past applicants, as
    /// `张三（2026 年度高级工程师通过）`.
    pub passed: Vec<String>,
    /// The documents' earlier publicity facts moved to their history.
    pub paperwork: bool,
    /// The timeline's earlier city date and seal days were reset.
    pub timeline: bool,
}

impl RoundStart {
    /// What happened, in Chinese.
    pub fn text(&self) -> String {
        let year = self.year;
        let mut parts = vec![format!(
            "已开始 {year} 年度：{} 人的上年度公示日期、材料勾选与结果已转入各人的历史记录，本年度从头填写",
            self.carried
        )];
        if !self.passed.is_empty() {
            parts.push(format!(
                "{} 不以同一级别带入 {year} 年度，转入「往届申报人」并保留历史",
                self.passed.join("、")
            ));
        }
        if self.paperwork {
            parts.push("材料文书的上年度公示日期、地点、异议与廉洁审查已转入历史".to_string());
        }
        if self.timeline {
            parts.push("时间安排的上年度市局收件日期与盖章/审核工作日已清空".to_string());
        }
        parts.join("；") + "。"
    }
}

impl Stored {
    // --- the unit's applicants -------------------------------------------

    /// A new applicant named `name` (trimmed), with an id unique at `now_ms`.
    ///
    /// # Errors
    ///
    /// [`NameError::Missing`] for a blank name.
    pub fn new_applicant(&self, name: &str, now_ms: u64) -> Result<Record, NameError> {
        let name = name_of(name).ok_or(NameError::Missing)?;
        Ok(Record {
            id: workspace::new_id(now_ms, &self.applicants),
            name,
            ..Record::default()
        })
    }

    /// A copy of the applicant `id` under a new id, named `…（副本）`.
    pub fn copy_of_applicant(&self, id: &str, now_ms: u64) -> Option<Record> {
        self.applicant(id).map(|r| Record {
            id: workspace::new_id(now_ms, &self.applicants),
            name: format!("{}（副本）", r.name),
            ..r.clone()
        })
    }

    /// Adds an applicant at the end.
    pub fn add_applicant(&mut self, record: Record) {
        self.applicants.push(record);
    }

    /// Changes the applicant `id`; `false` when there is none.
    pub fn update_applicant(&mut self, id: &str, change: impl FnOnce(&mut Record)) -> bool {
        match self.applicants.iter_mut().find(|r| r.id == id) {
            Some(record) => {
                change(record);
                true
            }
            None => false,
        }
    }

    /// The applicant `id` and where it stands in the list.
    pub fn applicant_position(&self, id: &str) -> Option<(Record, usize)> {
        let index = self.applicants.iter().position(|r| r.id == id)?;
        Some((self.applicants[index].clone(), index))
    }

    /// Removes the applicant `id`, returning it and where it stood (to
    /// bring it back with [`Stored::restore_applicant`]).
    pub fn remove_applicant(&mut self, id: &str) -> Option<(Record, usize)> {
        let index = self.applicants.iter().position(|r| r.id == id)?;
        Some((self.applicants.remove(index), index))
    }

    /// Puts a removed applicant back where it stood (or last, when the list
    /// has since shrunk), unless an applicant with its id is there again.
    pub fn restore_applicant(&mut self, record: Record, index: usize) {
        if self.applicant(&record.id).is_none() {
            let at = index.min(self.applicants.len());
            self.applicants.insert(at, record);
        }
    }

    /// Ticks the form `form` of the applicant `id` as ready for the round
    /// of `shown`, or unticks it; nothing when the applicant's round-bound
    /// facts are another round's (they are that round's, read-only).
    pub fn tick_applicant_form(&mut self, id: &str, form: &str, on: bool, shown: i32) {
        self.update_round_facts(id, shown, |r| ticks::toggle(&mut r.ticks, form, on));
    }

    /// Sets the posting day of the applicant `id` for the round of `shown`
    /// (check the date with
    /// [`crate::domain::round_facts::check_in_reach`] first); nothing
    /// when the applicant's facts are another round's.
    pub fn set_applicant_posted(&mut self, id: &str, posted: Option<NaiveDate>, shown: i32) {
        self.update_round_facts(id, shown, |r| r.posted = posted);
    }

    /// Changes the round-bound facts of the applicant `id`, bound to the
    /// round of `shown`, only while they count for it.
    fn update_round_facts(&mut self, id: &str, shown: i32, change: impl FnOnce(&mut Record)) {
        self.update_applicant(id, |r| {
            if r.standing(shown).counts() {
                r.bind_to(shown);
                change(r);
            }
        });
    }

    /// Records the result of the round the applicant `id`'s facts belong to
    /// (of the round of `shown` when there are none yet).
    pub fn set_outcome(&mut self, id: &str, outcome: Option<Outcome>, shown: i32) {
        self.update_applicant(id, |r| {
            if r.round.is_none() || !r.has_round_facts() {
                r.round = Some(shown);
            }
            r.outcome = outcome;
        });
    }

    /// Whether any round-bound fact of the unit (an applicant's, the
    /// timeline's, the documents') is from a round before `year`: then the
    /// workspace offers [`Stored::start_round`].
    pub fn has_earlier_round_facts(&self, year: i32) -> bool {
        let earlier = |s: Standing| matches!(s, Standing::Earlier(_));
        self.applicants.iter().any(|r| earlier(r.standing(year)))
            || self.timeline.is_some_and(|t| earlier(t.standing(year)))
            || self
                .paperwork
                .as_ref()
                .is_some_and(|p| earlier(p.standing(year)))
    }

    /// Starts the round of `year` for the unit (开始 YYYY 年度): the people
    /// stay; each applicant's earlier round's facts (posting day, ticks,
    /// exclusion, outcome, the level applied for) move to its read-only
    /// history and are reset; an applicant who passed moves to
    /// [`Stored::past_applicants`] with that history (not carried into the
    /// new round at the same level); the documents' earlier publicity facts
    /// move to their history; the timeline's earlier city date and seal
    /// days are reset. Facts of `year` or later stay. Nothing is deleted.
    pub fn start_round(&mut self, year: i32) -> RoundStart {
        let mut start = RoundStart {
            year,
            ..RoundStart::default()
        };
        let mut kept = Vec::with_capacity(self.applicants.len());
        for mut r in std::mem::take(&mut self.applicants) {
            let Standing::Earlier(past_year) = r.standing(year) else {
                kept.push(r);
                continue;
            };
            let passed = r.outcome == Some(Outcome::Passed);
            r.history.push(PastRound {
                year: past_year,
                target: r.applicant.target,
                posted: r.posted.take(),
                ticks: std::mem::take(&mut r.ticks),
                excluded: std::mem::take(&mut r.excluded),
                outcome: r.outcome.take(),
            });
            r.round = None;
            r.ticks_to_check = false;
            if passed {
                start.passed.push(format!(
                    "{}（{} 年度{}通过）",
                    r.name,
                    past_year,
                    r.applicant.target.map_or("", |l| l.label())
                ));
                self.past_applicants.push(r);
            } else {
                start.carried += 1;
                kept.push(r);
            }
        }
        self.applicants = kept;
        if let Some(p) = self.paperwork.as_mut() {
            if let Standing::Earlier(past_year) = p.standing(year) {
                p.history.push(p.past(past_year));
                p.posted = None;
                p.place.clear();
                p.objections.clear();
                p.integrity_ok = false;
                p.round = None;
                start.paperwork = true;
            }
        }
        if let Some(t) = self.timeline.as_mut() {
            if matches!(t.standing(year), Standing::Earlier(_)) {
                *t = t.in_round(year);
                start.timeline = true;
            }
        }
        start
    }

    // --- the applicant's own check ---------------------------------------

    /// The eligibility page's input, made when first changed.
    pub fn eligibility_mut(&mut self) -> &mut EligibilityInput {
        self.eligibility
            .get_or_insert_with(EligibilityInput::default)
    }

    /// Whether the form `form` of the own check is ticked as ready for the
    /// round of `shown`.
    pub fn form_ticked(&self, form: &str, shown: i32) -> bool {
        self.eligibility
            .as_ref()
            .is_some_and(|e| ticks::is_on(e.ticks_in(shown), form))
    }

    /// Ticks the form `form` of the own check as ready for the round of
    /// `shown`, or unticks it (an earlier round's ticks move to
    /// [`EligibilityInput::previous`] first).
    pub fn tick_form(&mut self, form: &str, on: bool, shown: i32) {
        let own = self.eligibility_mut();
        own.bind_to(shown);
        ticks::toggle(&mut own.ticks, form, on);
    }

    /// Sets the own check's posting day for the round of `shown`.
    pub fn set_own_posted(&mut self, posted: Option<NaiveDate>, shown: i32) {
        let own = self.eligibility_mut();
        own.bind_to(shown);
        own.posted = posted;
    }

    /// Removes the own check's item of achievement at `index`, if any.
    pub fn remove_achievement(&mut self, index: usize) {
        if let Some(e) = self.eligibility.as_mut() {
            if index < e.achievements.len() {
                e.achievements.remove(index);
            }
        }
    }

    // --- the unit's documents --------------------------------------------

    /// The documents' input, made when first changed.
    pub fn paperwork_mut(&mut self) -> &mut PaperworkInput {
        self.paperwork.get_or_insert_with(PaperworkInput::default)
    }

    /// The unit's name as on its seal; empty while not given.
    pub fn unit_name(&self) -> &str {
        self.paperwork.as_ref().map_or("", |p| p.unit_name.as_str())
    }

    /// The applicants the documents of the round of `shown` list
    /// ([`documents::selected`]).
    pub fn selected_applicants(&self, shown: i32) -> Vec<&Record> {
        documents::selected(&self.applicants, shown)
    }

    /// Whether the documents of the round of `shown` list the applicant `id`.
    pub fn is_included(&self, id: &str, shown: i32) -> bool {
        self.applicant(id).is_some_and(|r| !r.excluded_in(shown))
    }

    /// Lists the applicant `id` in the documents of the round of `shown`,
    /// or leaves it out (nothing while its facts are another round's).
    pub fn set_included(&mut self, id: &str, included: bool, shown: i32) {
        self.update_round_facts(id, shown, |r| r.excluded = !included);
    }

    /// The documents' publicity facts for the round of `shown`, to change;
    /// `None` while they are another round's (read-only until the unit
    /// starts the new round).
    pub fn paperwork_in_round_mut(&mut self, shown: i32) -> Option<&mut PaperworkInput> {
        let p = self.paperwork_mut();
        if !p.standing(shown).counts() {
            return None;
        }
        p.round = Some(shown);
        Some(p)
    }

    // --- year profiles ---------------------------------------------------

    /// The user's profile for `year`.
    pub fn profile(&self, year: i32) -> Option<&Notice> {
        self.profiles.iter().find(|p| p.year == year)
    }

    /// Stores `notice` as the profile of its year, in place of any there
    /// was, the profiles kept by year. Check the year first with
    /// [`Rounds::check_save`](crate::domain::rounds::Rounds::check_save).
    pub fn set_profile(&mut self, notice: Notice) {
        self.remove_profile(notice.year);
        self.profiles.push(notice);
        order::sort_by_key(&mut self.profiles, |p| p.year);
    }

    /// Replaces the profile of `notice`'s year, only if there is one (it
    /// may have been deleted meanwhile in another tab).
    pub fn update_profile(&mut self, notice: Notice) {
        if let Some(p) = self.profiles.iter_mut().find(|p| p.year == notice.year) {
            *p = notice;
        }
    }

    /// Removes the profile of `year`.
    pub fn remove_profile(&mut self, year: i32) {
        self.profiles.retain(|p| p.year != year);
    }

    // --- user holiday data -----------------------------------------------

    /// The user's holiday data for `year`.
    pub fn user_holidays(&self, year: i32) -> Option<&UserYear> {
        self.holidays.iter().find(|y| y.year == year)
    }

    /// Whether `user` may be stored ([`Stored::set_holidays`]), and whether
    /// it would replace data the user gave before.
    ///
    /// # Errors
    ///
    /// [`HolidayError`] for an official year or contradictory days.
    pub fn check_holidays(&self, user: &UserYear) -> Result<bool, HolidayError> {
        holidays_open(user.year)?;
        user.schedule().map_err(HolidayError::Schedule)?;
        Ok(self.user_holidays(user.year).is_some())
    }

    /// Stores `user` as the holiday data of its year, in place of any there
    /// was, the years kept in order. Check it first with
    /// [`Stored::check_holidays`].
    pub fn set_holidays(&mut self, user: UserYear) {
        self.remove_holidays(user.year);
        self.holidays.push(user);
        order::sort_by_key(&mut self.holidays, |y| y.year);
    }

    /// Removes the user's holiday data for `year`.
    pub fn remove_holidays(&mut self, year: i32) {
        self.holidays.retain(|y| y.year != year);
    }

    /// The user's data for `date`'s year with `date` set to a day off or a
    /// make-up working day named `name` (blank: `自行添加`), in place of
    /// whatever that date was. A year without data becomes single days: the
    /// rest of the year stays estimated.
    pub fn holidays_with_day(&self, date: NaiveDate, name: &str, off: bool) -> UserYear {
        let mut user = self
            .user_holidays(date.year())
            .cloned()
            .unwrap_or(UserYear {
                year: date.year(),
                days: vec![],
                origin: UserOrigin::SingleDays,
            });
        user.days.retain(|d| d.date != date);
        user.days.push(UserDay {
            date,
            name: name_of(name).unwrap_or_else(|| "自行添加".to_string()),
            off,
        });
        order::sort_by_key(&mut user.days, |d| d.date);
        user
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::domain::test_dates::d;

    fn record(id: &str, name: &str) -> Record {
        Record {
            id: id.into(),
            name: name.into(),
            ..Record::default()
        }
    }

    fn unit(ids: &[&str]) -> Stored {
        Stored {
            applicants: ids.iter().map(|id| record(id, id)).collect(),
            ..Stored::default()
        }
    }

    fn ids(s: &Stored) -> Vec<&str> {
        s.applicants.iter().map(|r| r.id.as_str()).collect()
    }

    #[test]
    fn new_and_copied_applicants_table() {
        let s = unit(&["a5", "a5-1"]);
        let table = [
            ("张三", Ok(("a5-2", "张三"))),
            ("  李四 ", Ok(("a5-2", "李四"))),
            ("", Err(NameError::Missing)),
            ("   ", Err(NameError::Missing)),
        ];
        for (name, expected) in table {
            let made = s.new_applicant(name, 5);
            let made = made.as_ref().map(|r| (r.id.as_str(), r.name.as_str()));
            assert_eq!(made, expected.as_ref().copied(), "{name:?}");
        }
        assert_eq!(NameError::Missing.to_string(), "请填写申报人姓名");
        let copy = s.copy_of_applicant("a5-1", 5).unwrap();
        assert_eq!(
            (copy.id.as_str(), copy.name.as_str()),
            ("a5-2", "a5-1（副本）")
        );
        assert_eq!(s.copy_of_applicant("zz", 5), None);
        for (text, expected) in [
            (" 王五 ", Ok("王五".to_string())),
            ("", Err(NameError::Cleared)),
            (" \t", Err(NameError::Cleared)),
        ] {
            assert_eq!(applicant_name(text), expected, "{text:?}");
        }
        assert_eq!(NameError::Cleared.to_string(), "姓名不能为空");
    }

    #[test]
    fn update_remove_and_restore_applicants_table() {
        // (ids, id removed, where it stood, restored at, ids after removing,
        // ids after restoring)
        type Case<'a> = (
            &'a [&'a str],
            &'a str,
            Option<usize>,
            usize,
            &'a [&'a str],
            &'a [&'a str],
        );
        let table: [Case; 5] = [
            (
                &["a", "b", "c"],
                "b",
                Some(1),
                1,
                &["a", "c"],
                &["a", "b", "c"],
            ),
            (
                &["a", "b", "c"],
                "a",
                Some(0),
                0,
                &["b", "c"],
                &["a", "b", "c"],
            ),
            (
                &["a", "b", "c"],
                "c",
                Some(2),
                2,
                &["a", "b"],
                &["a", "b", "c"],
            ),
            // The list shrank meanwhile: back at the end.
            (
                &["a", "b", "c"],
                "b",
                Some(1),
                9,
                &["a", "c"],
                &["a", "c", "b"],
            ),
            (&["a"], "zz", None, 0, &["a"], &["a"]),
        ];
        for (before, id, stood, at, removed, restored) in table {
            let mut s = unit(before);
            let found = s.applicant_position(id);
            let out = s.remove_applicant(id);
            assert_eq!(found, out, "{before:?} {id}");
            assert_eq!(out.as_ref().map(|(_, i)| *i), stood, "{before:?} {id}");
            assert_eq!(ids(&s), removed, "{before:?} {id}");
            if let Some((r, _)) = out {
                s.restore_applicant(r.clone(), at);
                assert_eq!(ids(&s), restored, "{before:?} {id}");
                // Restoring again (the record is back) changes nothing.
                s.restore_applicant(r, 0);
                assert_eq!(ids(&s), restored, "{before:?} {id}");
            }
        }
        let mut s = unit(&["a", "b"]);
        assert!(s.update_applicant("b", |r| r.name = "乙".into()));
        assert!(!s.update_applicant("zz", |r| r.name = "丙".into()));
        assert_eq!(s.applicant("b").unwrap().name, "乙");
        assert_eq!(s.applicant("a").unwrap().name, "a");
    }

    #[test]
    fn form_ticks_table() {
        // (ticks before, form, on, ticks after) for a record and the own check.
        let table: [(&[&str], &str, bool, &[&str]); 4] = [
            (&[], "form-1", true, &["form-1"]),
            (&["form-1", "form-3"], "form-1", true, &["form-1", "form-3"]),
            (&["form-1", "form-3"], "form-1", false, &["form-3"]),
            (&["form-3"], "form-5", false, &["form-3"]),
        ];
        let list = |t: &[&str]| t.iter().map(ToString::to_string).collect::<Vec<_>>();
        for (before, form, on, after) in table {
            let mut s = unit(&["a", "b"]);
            s.update_applicant("a", |r| r.ticks = list(before));
            s.tick_applicant_form("a", form, on, 2024);
            s.tick_applicant_form("zz", form, on, 2024);
            assert_eq!(s.applicant("a").unwrap().ticks, list(after));
            assert!(s.applicant("b").unwrap().ticks.is_empty());

            let mut s = Stored::default();
            if !before.is_empty() {
                s.eligibility_mut().ticks = list(before);
            }
            s.tick_form(form, on, 2024);
            assert_eq!(s.eligibility.as_ref().unwrap().ticks, list(after));
            assert_eq!(s.form_ticked(form, 2024), on);
        }
        assert!(!Stored::default().form_ticked("form-1", 2024));
    }

    #[test]
    fn documents_include_and_exclude_table() {
        // (steps of (id, included), listed ids)
        type Steps<'a> = &'a [(&'a str, bool)];
        let table: [(Steps, &[&str]); 5] = [
            (&[], &["a", "b", "c"]),
            (&[("b", false)], &["a", "c"]),
            (&[("b", false), ("b", false)], &["a", "c"]),
            (&[("b", false), ("a", false), ("b", true)], &["b", "c"]),
            (&[("zz", true)], &["a", "b", "c"]),
        ];
        for (steps, listed) in table {
            let mut s = unit(&["a", "b", "c"]);
            for (id, on) in steps {
                s.set_included(id, *on, 2024);
                assert_eq!(s.is_included(id, 2024), *on && *id != "zz");
            }
            let shown: Vec<&str> = s
                .selected_applicants(2024)
                .iter()
                .map(|r| r.id.as_str())
                .collect();
            assert_eq!(shown, listed, "{steps:?}");
        }
        let mut s = Stored::default();
        assert_eq!(s.unit_name(), "");
        s.paperwork_mut().unit_name = "某所".into();
        assert_eq!(s.unit_name(), "某所");
    }

    #[test]
    fn profiles_table() {
        let p = |year: i32, place: &str| {
            let mut n = crate::domain::rounds::project(
                &Notice::official_2024(),
                year,
                &crate::domain::calendar::Calendar::official(),
            );
            n.place = place.into();
            n
        };
        let mut s = Stored::default();
        s.set_profile(p(2027, "一"));
        s.set_profile(p(2025, "二"));
        s.set_profile(p(2027, "三"));
        let years: Vec<(i32, &str)> = s
            .profiles
            .iter()
            .map(|n| (n.year, n.place.as_str()))
            .collect();
        assert_eq!(years, [(2025, "二"), (2027, "三")]);
        s.update_profile(p(2025, "四"));
        s.update_profile(p(2026, "五")); // none to update: not added
        assert_eq!(s.profile(2025).unwrap().place, "四");
        assert!(s.profile(2026).is_none());
        s.remove_profile(2027);
        s.remove_profile(2030);
        assert_eq!(s.profiles.len(), 1);
    }

    #[test]
    fn holidays_table() {
        let year = |y: i32, days: Vec<UserDay>| UserYear {
            year: y,
            days,
            origin: UserOrigin::File,
        };
        let day = |date, off| UserDay {
            date,
            name: "节".into(),
            off,
        };
        let mut s = Stored::default();
        s.set_holidays(year(2027, vec![day(d(2027, 1, 1), true)]));
        let table = [
            (year(2024, vec![]), Err(HolidayError::Official(2024))),
            (year(2028, vec![]), Ok(false)),
            (year(2027, vec![]), Ok(true)),
        ];
        for (user, expected) in table {
            assert_eq!(s.check_holidays(&user), expected, "{}", user.year);
        }
        // A make-up working day on a Monday contradicts itself.
        let weekday = year(2028, vec![day(d(2028, 3, 6), false)]);
        let err = s.check_holidays(&weekday).unwrap_err();
        assert!(matches!(err, HolidayError::Schedule(_)), "{err:?}");
        assert_eq!(
            HolidayError::Official(2024).to_string(),
            "2024 年已有官方节假日数据，不能覆盖"
        );
        assert_eq!(holidays_open(2024), Err(HolidayError::Official(2024)));
        assert_eq!(holidays_open(2027), Ok(()));

        // Days added one by one: (date, name, off) → the year's days after.
        let steps = [
            (
                d(2027, 5, 3),
                "",
                true,
                vec![(1, 1, "节"), (5, 3, "自行添加")],
            ),
            (
                d(2027, 2, 1),
                " 春节 ",
                true,
                vec![(1, 1, "节"), (2, 1, "春节"), (5, 3, "自行添加")],
            ),
            (
                d(2027, 1, 1),
                "元旦",
                false,
                vec![(1, 1, "元旦"), (2, 1, "春节"), (5, 3, "自行添加")],
            ),
        ];
        for (date, name, off, expected) in steps {
            let user = s.holidays_with_day(date, name, off);
            assert_eq!(
                user.origin,
                UserOrigin::File,
                "an existing year keeps its origin"
            );
            let days: Vec<(u32, u32, &str)> = user
                .days
                .iter()
                .map(|d| (d.date.month(), d.date.day(), d.name.as_str()))
                .collect();
            assert_eq!(days, expected);
            assert_eq!(user.days.iter().find(|x| x.date == date).unwrap().off, off);
            s.set_holidays(user);
        }
        let fresh = s.holidays_with_day(d(2029, 10, 1), "国庆", true);
        assert_eq!(
            (fresh.year, fresh.origin, fresh.days.len()),
            (2029, UserOrigin::SingleDays, 1)
        );
        s.set_holidays(fresh);
        s.set_holidays(year(2026, vec![]));
        let years: Vec<i32> = s.holidays.iter().map(|y| y.year).collect();
        assert_eq!(years, [2026, 2027, 2029]);
        s.remove_holidays(2027);
        assert!(s.user_holidays(2027).is_none());
        assert!(s.user_holidays(2029).is_some());
    }
}

#[cfg(test)]
mod round_tests {
    use super::*;
    use crate::domain::eligibility::Level;
    use crate::domain::notice::UnitKind;
    use crate::store::TimelineInput;

    use crate::domain::test_dates::d;

    fn person(
        id: &str,
        round: Option<i32>,
        posted: Option<NaiveDate>,
        outcome: Option<Outcome>,
    ) -> Record {
        let mut r = Record {
            id: id.into(),
            name: id.into(),
            round,
            posted,
            outcome,
            ticks: if posted.is_some() {
                vec!["form-1".into()]
            } else {
                vec![]
            },
            ..Record::default()
        };
        r.applicant.target = Some(Level::SeniorEngineer);
        r
    }

    /// A unit's 2026 work, at the start of the 2027 round.
    fn unit_2026() -> Stored {
        Stored {
            applicants: vec![
                person(
                    "passed",
                    Some(2026),
                    Some(d(2026, 7, 20)),
                    Some(Outcome::Passed),
                ),
                person(
                    "again",
                    Some(2026),
                    Some(d(2026, 7, 21)),
                    Some(Outcome::NotPassed),
                ),
                person("unrecorded", Some(2026), Some(d(2026, 7, 21)), None),
                person("new", None, None, None),
                person("already-2027", Some(2027), Some(d(2027, 7, 20)), None),
            ],
            timeline: Some(TimelineInput {
                unit: UnitKind::CityUnit,
                city_deadline: Some(d(2026, 7, 24)),
                seal_days: None,
                round: Some(2026),
            }),
            paperwork: Some(PaperworkInput {
                unit_name: "某所".into(),
                contact: "人事科".into(),
                place: "一楼".into(),
                posted: Some(d(2026, 7, 20)),
                round: Some(2026),
                ..PaperworkInput::default()
            }),
            ..Stored::default()
        }
    }

    #[test]
    fn starting_a_round_keeps_the_people_and_moves_last_rounds_facts_to_history() {
        let before = unit_2026();
        assert!(before.has_earlier_round_facts(2027));
        assert!(!before.has_earlier_round_facts(2026));
        let mut s = before.clone();
        let start = s.start_round(2027);
        assert_eq!(start.carried, 2);
        assert_eq!(start.passed, ["passed（2026 年度高级工程师通过）"]);
        assert!(start.paperwork && start.timeline);
        assert!(
            start.text().contains("已开始 2027 年度"),
            "{}",
            start.text()
        );
        // (id, still on the list, round, posted, ticks, history years)
        type Case<'a> = (
            &'a str,
            bool,
            Option<i32>,
            Option<NaiveDate>,
            usize,
            &'a [i32],
        );
        let table: [Case; 5] = [
            ("passed", false, None, None, 0, &[2026]),
            ("again", true, None, None, 0, &[2026]),
            ("unrecorded", true, None, None, 0, &[2026]),
            ("new", true, None, None, 0, &[]),
            (
                "already-2027",
                true,
                Some(2027),
                Some(d(2027, 7, 20)),
                1,
                &[],
            ),
        ];
        for (id, listed, round, posted, ticks, history) in table {
            let r = s
                .applicants
                .iter()
                .chain(&s.past_applicants)
                .find(|r| r.id == id)
                .unwrap();
            assert_eq!(s.applicant(id).is_some(), listed, "{id}");
            assert_eq!(
                (r.round, r.posted, r.ticks.len()),
                (round, posted, ticks),
                "{id}"
            );
            let years: Vec<i32> = r.history.iter().map(|h| h.year).collect();
            assert_eq!(years, history, "{id}");
        }
        // History keeps what was: the posting day, ticks, level and outcome.
        let again = s.applicant("again").unwrap();
        assert_eq!(again.history[0].posted, Some(d(2026, 7, 21)));
        assert_eq!(again.history[0].ticks, ["form-1"]);
        assert_eq!(again.history[0].outcome, Some(Outcome::NotPassed));
        assert_eq!(again.history[0].target, Some(Level::SeniorEngineer));
        assert_eq!(again.outcome, None);
        // The people themselves carry over.
        assert_eq!(
            again.applicant,
            before.applicant("again").unwrap().applicant
        );
        // The documents keep the unit and contact; the publicity is history.
        let p = s.paperwork.as_ref().unwrap();
        assert_eq!(
            (p.unit_name.as_str(), p.contact.as_str()),
            ("某所", "人事科")
        );
        assert_eq!((p.posted, p.place.as_str()), (None, ""));
        assert_eq!(p.history[0].posted, Some(d(2026, 7, 20)));
        // The timeline keeps the unit kind, not last round's date.
        let t = s.timeline.unwrap();
        assert_eq!((t.unit, t.city_deadline), (UnitKind::CityUnit, None));
        // Done: nothing earlier is left, and doing it again changes nothing.
        assert!(!s.has_earlier_round_facts(2027));
        let again_start = s.clone().start_round(2027);
        assert_eq!((again_start.carried, again_start.passed.len()), (0, 0));
        // The document still validates (ids unique across both lists).
        assert_eq!(s.validate(), Ok(()));
    }

    #[test]
    fn another_rounds_facts_are_read_only_until_the_round_is_started() {
        let mut s = unit_2026();
        s.tick_applicant_form("again", "form-3", true, 2027);
        s.set_applicant_posted("again", Some(d(2027, 7, 19)), 2027);
        s.set_included("again", false, 2027);
        assert_eq!(s.applicant("again").unwrap(), &unit_2026().applicants[1]);
        assert!(s.paperwork_in_round_mut(2027).is_none());
        // A record without facts takes the round it is first given.
        s.set_applicant_posted("new", Some(d(2027, 7, 19)), 2027);
        let new = s.applicant("new").unwrap();
        assert_eq!((new.round, new.posted), (Some(2027), Some(d(2027, 7, 19))));
        // The outcome belongs to the round of the facts it is recorded on.
        s.set_outcome("unrecorded", Some(Outcome::NotApplied), 2027);
        assert_eq!(s.applicant("unrecorded").unwrap().round, Some(2026));
    }

    /// The self-check: ticking in a new round starts it, last round's kept.
    #[test]
    fn the_own_check_starts_a_new_round_when_ticked_in_it() {
        let mut s = Stored::default();
        s.tick_form("form-1", true, 2026);
        s.set_own_posted(Some(d(2026, 7, 20)), 2026);
        assert!(s.form_ticked("form-1", 2026));
        assert!(!s.form_ticked("form-1", 2027));
        s.tick_form("form-3", true, 2027);
        let own = s.eligibility.as_ref().unwrap();
        assert_eq!(
            (own.round, own.ticks.clone()),
            (Some(2027), vec!["form-3".to_string()])
        );
        let previous = own.previous.as_ref().unwrap();
        assert_eq!(
            (previous.year, previous.posted),
            (2026, Some(d(2026, 7, 20)))
        );
        assert_eq!(previous.ticks, ["form-1"]);
    }
}
