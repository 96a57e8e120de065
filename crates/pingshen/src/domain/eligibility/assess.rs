//! The assessment ([`assess`]): the rules of the notice applied to an
//! applicant's answers, one [`Finding`] per rule with the clause it rests
//! on, the [`Verdict`] they add up to ([`verdict_of`]) and the files to hand
//! in. The rules, in the order findings are listed ([`Rule`]): civil
//! servants (「五、相关政策规定」5), scope (「一、评审范围及权限」), the
//! reviewing body ([`reviewing_body`], 「六、申报流程」(四)), education and
//! seniority (「三、评审标准」, 「五、相关政策规定」3), the patent route
//! (「五、相关政策规定」1), county units (「五、相关政策规定」2), defense and
//! composite score ([`defense_required`], 「七、时间安排及报卷地点」,
//! 「四、评价方式」), then the forms and the answers still missing.

use serde::Serialize;

use crate::domain::eligibility::answers::AnswerProblem;
use crate::domain::eligibility::applicant::Applicant;
use crate::domain::eligibility::cutoffs::Cutoffs;
use crate::domain::eligibility::format::{wan, zh};
use crate::domain::eligibility::forms::{forms_for, FormItem};
use crate::domain::eligibility::kinds::{Education, Level, UnitLevel};
use crate::domain::eligibility::patent::{
    patent_reaches, patent_threshold, Patent, MAX_ANNUAL_BENEFIT_YUAN,
};
use crate::domain::eligibility::review::{defense_required, reviewing_body, ReviewingBody};
use crate::domain::eligibility::score::CLAUSE_SCORE;
use crate::domain::eligibility::seniority::{
    anniversary, full_years, national_minimum, Requirement, NATIONAL_MINIMUM_CAVEAT,
};
use crate::domain::order;

const CLAUSE_SCOPE: &str = "「一、评审范围及权限」";
const CLAUSE_CIVIL_SERVANT: &str = "「五、相关政策规定」5";
const CLAUSE_SENIORITY: &str = "「三、评审标准」；「五、相关政策规定」3";
const CLAUSE_EXCEPTIONAL: &str = "「三、评审标准」；「五、报卷说明」1";
const CLAUSE_PATENT: &str = "「五、相关政策规定」1";
const CLAUSE_COUNTY: &str = "「五、相关政策规定」2";
const CLAUSE_DEFENSE: &str = "「七、时间安排及报卷地点」；「四、评价方式」";
const CLAUSE_FORMS: &str = "「五、报卷说明」；「六、申报流程」(四)";
const CLAUSE_FORMS_CITY: &str = "「六、申报流程」(四)2";
const CLAUSE_MISSING: &str = "「三、评审标准」；「五、相关政策规定」4";
const CLAUSE_REVIEW_PROFESSOR: &str = "「一、评审范围及权限」；「六、申报流程」(四)1";
const CLAUSE_REVIEW_OTHER: &str = "「一、评审范围及权限」；「六、申报流程」(四)2";

crate::labelled_enum! {
    /// The overall answer.
    pub serde enum Verdict {
        /// Every rule checked passes (by the national minimum).
        Eligible = "eligible" => "符合",
        /// At least one rule fails.
        Ineligible = "ineligible" => "不符合",
        /// Nothing fails, but something needs checking by a person or an
        /// answer is missing.
        Check = "check" => "需核实",
    }
}

impl Verdict {
    /// The badge the verdict is shown with, as a finding's outcome would be
    /// (`pass`, `fail`, `check`: style/main.css).
    ///
    /// ```
    /// use pingshen::domain::eligibility::Verdict;
    /// assert_eq!(Verdict::Ineligible.badge(), "fail");
    /// ```
    pub fn badge(self) -> &'static str {
        match self {
            Verdict::Eligible => "pass",
            Verdict::Ineligible => "fail",
            Verdict::Check => "check",
        }
    }
}

crate::labelled_enum! {
    /// What one rule says about the applicant.
    pub serde enum FindingOutcome {
        /// The rule is met.
        Pass = "pass" => "符合",
        /// The rule is not met: the applicant is ineligible.
        Fail = "fail" => "不符合",
        /// The app cannot decide; a person must check.
        Check = "check" => "需核实",
        /// Information only; never changes the verdict.
        Info = "info" => "提示",
    }
}

crate::labelled_enum! {
    /// The rules [`assess`] applies, in the order findings are listed.
    #[derive(PartialOrd, Ord)]
    pub serde enum Rule {
        /// Civil servants may not apply (「五、相关政策规定」5).
        CivilServant = "civil-servant" => "公务员限制",
        /// Quality-technical-supervision work in Liaoning
        /// (「一、评审范围及权限」).
        Scope = "scope" => "评审范围",
        /// Who reviews the application (「一、评审范围及权限」,
        /// 「六、申报流程」(四)).
        ReviewingBody = "reviewing-body" => "评审机构",
        /// Education and seniority (「三、评审标准」, 「五、相关政策规定」3).
        Seniority = "seniority" => "学历与资历",
        /// Patent with economic benefit (「五、相关政策规定」1).
        PatentRoute = "patent-route" => "专利效益途径",
        /// County-level units (「五、相关政策规定」2).
        CountyPapers = "county-papers" => "县区单位政策",
        /// Defense (「七、时间安排及报卷地点」).
        Defense = "defense" => "答辩",
        /// Composite score (「四、评价方式」).
        Score = "score" => "综合分数",
        /// Files to hand in (「五、报卷说明」, 「六、申报流程」).
        Forms = "forms" => "报卷材料",
        /// Answers not yet given.
        Missing = "missing" => "待补充信息",
    }
}

/// What one rule says, in plain Chinese, and the clause it rests on.
/// Serialised for the UI and tests; never read back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The rule applied.
    pub rule: Rule,
    /// Its outcome.
    pub outcome: FindingOutcome,
    /// The reason, in plain Chinese.
    pub text: String,
    /// The clause of the notice, e.g. `「五、相关政策规定」5`.
    pub clause: &'static str,
    /// Full years (周年) of seniority counted, for seniority findings that
    /// counted them.
    pub full_years: Option<u32>,
}

/// The result of [`assess`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Assessment {
    /// The overall answer.
    pub verdict: Verdict,
    /// One finding per rule that applies, in [`Rule`] order.
    pub findings: Vec<Finding>,
    /// The files to hand in to the provincial committee; empty when the
    /// applicant is ineligible, when the city's HR department handles the
    /// application, or when the target or unit is not yet known.
    pub forms: Vec<FormItem>,
}

impl Assessment {
    /// The findings of one rule.
    pub fn of(&self, rule: Rule) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.rule == rule)
    }
}

/// The verdict a list of findings adds up to: ineligible if any fails,
/// otherwise "check" if any needs checking, otherwise eligible. Info findings
/// never count.
///
/// ```
/// use pingshen::domain::eligibility::{verdict_of, Finding, FindingOutcome as O, Rule, Verdict};
/// let f = |outcome| Finding {
///     rule: Rule::Scope,
///     outcome,
///     text: String::new(),
///     clause: "「一、评审范围及权限」",
///     full_years: None,
/// };
/// assert_eq!(verdict_of(&[f(O::Pass), f(O::Info)]), Verdict::Eligible);
/// assert_eq!(verdict_of(&[f(O::Pass), f(O::Check)]), Verdict::Check);
/// assert_eq!(verdict_of(&[f(O::Check), f(O::Fail)]), Verdict::Ineligible);
/// ```
pub fn verdict_of(findings: &[Finding]) -> Verdict {
    if findings.iter().any(|f| f.outcome == FindingOutcome::Fail) {
        Verdict::Ineligible
    } else if findings.iter().any(|f| f.outcome == FindingOutcome::Check) {
        Verdict::Check
    } else {
        Verdict::Eligible
    }
}

/// Assesses an applicant against the notice (see the [module
/// documentation](super) and each [`Rule`] for the clauses).
///
/// Rules: civil servants fail (「五、相关政策规定」5); people outside
/// quality-technical-supervision work in Liaoning fail
/// (「一、评审范围及权限」); the reviewing body is named
/// (「一、评审范围及权限」, 「六、申报流程」(四)); education and seniority are
/// checked against the national minimum in full years to the seniority
/// cutoff (「三、评审标准」, 「五、相关政策规定」3); a patent is weighed
/// (「五、相关政策规定」1); county units are told about the relaxed paper
/// rules (「五、相关政策规定」2); defense and composite score are announced
/// (「七、时间安排及报卷地点」, 「四、评价方式」); the files are listed
/// (「五、报卷说明」, 「六、申报流程」); missing answers are listed.
pub fn assess(applicant: &Applicant, cutoffs: &Cutoffs) -> Assessment {
    let a = applicant;
    let mut findings = Vec::new();
    let mut missing: Vec<&'static str> = Vec::new();

    civil_servant(a, &mut findings, &mut missing);
    scope(a, &mut findings, &mut missing);
    for (answered, name) in [
        (a.target.is_some(), "申报级别"),
        (a.unit.is_some(), "单位层级"),
        (a.education.is_some(), "学历"),
    ] {
        if !answered {
            missing.push(name);
        }
    }

    let body = a.target.zip(a.unit).map(|(t, u)| reviewing_body(t, u));
    if let (Some(target), Some(unit)) = (a.target, a.unit) {
        findings.push(reviewing_body_finding(target, unit));
    }

    seniority(a, cutoffs, &mut findings, &mut missing);
    if let Some(patent) = a.patent {
        findings.push(patent_finding(patent, a, cutoffs));
    }
    if a.unit == Some(UnitLevel::County) {
        findings.push(county_finding());
    }
    if let (Some(target), Some(unit)) = (a.target, a.unit) {
        if defense_required(target, unit) {
            findings.extend(defense_and_score(target, unit));
        }
    }

    if !missing.is_empty() {
        findings.push(finding(
            Rule::Missing,
            FindingOutcome::Check,
            format!("还缺少以下信息，暂时无法作出判断：{}。", missing.join("、")),
            CLAUSE_MISSING,
        ));
    }

    let verdict = verdict_of(&findings);
    let mut forms = Vec::new();
    if verdict != Verdict::Ineligible {
        match (body, a.target) {
            (Some(ReviewingBody::ProvincialCommittee), Some(target)) => {
                forms = forms_for(target, a.exceptional, cutoffs.publicity_days);
                let names: Vec<&str> = forms
                    .iter()
                    .map(|f| f.title.split('（').next().unwrap_or(&f.title))
                    .collect();
                findings.push(finding(
                    Rule::Forms,
                    FindingOutcome::Info,
                    format!(
                        "报省评委会需准备 {} 项材料：{}。实行一次性报卷，不得补报；\
                         未经单位、主管部门和人社部门逐级审核报送的材料不予受理。",
                        forms.len(),
                        names.join("、")
                    ),
                    CLAUSE_FORMS,
                ));
            }
            (Some(ReviewingBody::CityHr), _) => findings.push(finding(
                Rule::Forms,
                FindingOutcome::Info,
                "本通知所列附件1–5用于报省评委会的材料；您的申报由当地人社部门安排，\
                 所需材料和报送时间以当地人社部门的通知为准。"
                    .into(),
                CLAUSE_FORMS_CITY,
            )),
            _ => {}
        }
    }
    order::sort_by_key(&mut findings, |f| f.rule);

    Assessment {
        verdict,
        findings,
        forms,
    }
}

fn finding(rule: Rule, outcome: FindingOutcome, text: String, clause: &'static str) -> Finding {
    Finding {
        rule,
        outcome,
        text,
        clause,
        full_years: None,
    }
}

/// What the 破格 finding says of the recommenders the applicant named.
fn recommenders_text(a: &Applicant) -> String {
    let named: Vec<&str> = a
        .recommenders
        .iter()
        .map(|r| r.trim())
        .filter(|r| !r.is_empty())
        .collect();
    match named.len() {
        0 => "尚未填写推荐人。".into(),
        1 => format!("只填写了1名推荐人（{}），还须1名。", named[0]),
        _ => format!("推荐人：{}。", named.join("、")),
    }
}

/// 「五、相关政策规定」5: civil servants may not apply.
fn civil_servant(a: &Applicant, findings: &mut Vec<Finding>, missing: &mut Vec<&'static str>) {
    match a.civil_servant {
        Some(true) => findings.push(finding(
            Rule::CivilServant,
            FindingOutcome::Fail,
            "公务员不得申报本系列（工程系列质量技术监督行业）职称评审。".into(),
            CLAUSE_CIVIL_SERVANT,
        )),
        Some(false) => findings.push(finding(
            Rule::CivilServant,
            FindingOutcome::Pass,
            "不是公务员，不受“公务员不得申报”的限制。".into(),
            CLAUSE_CIVIL_SERVANT,
        )),
        None => missing.push("是否为公务员"),
    }
}

/// 「一、评审范围及权限」: quality-technical-supervision work in Liaoning,
/// whatever the 户籍, region, identity, file or employment relation.
fn scope(a: &Applicant, findings: &mut Vec<Finding>, missing: &mut Vec<&'static str>) {
    match a.in_sector {
        Some(false) => findings.push(finding(
            Rule::Scope,
            FindingOutcome::Fail,
            "本评委会只受理在辽宁省从事质量技术监督工作（计量、质量、标准化、特种设备）的人员；\
             您不在此范围内，不能申报本系列评审（这与户籍、身份等无关）。"
                .into(),
            CLAUSE_SCOPE,
        )),
        Some(true) => {
            let specialty = a
                .specialty
                .map(|s| format!("申报专业：{}。", s.label()))
                .unwrap_or_default();
            findings.push(finding(
                Rule::Scope,
                FindingOutcome::Pass,
                format!(
                    "在辽宁省从事质量技术监督工作，属于评审范围；不受户籍、地域、身份、档案、\
                     人事关系等制约。{specialty}"
                ),
                CLAUSE_SCOPE,
            ));
        }
        None => missing.push("是否在辽宁从事质量技术监督工作"),
    }
    if a.specialty.is_none() {
        missing.push("申报专业");
    }
}

/// 「一、评审范围及权限」 and 「六、申报流程」(四)1/2: who reviews, and the way
/// the files go.
fn reviewing_body_finding(target: Level, unit: UnitLevel) -> Finding {
    let (text, clause) = match (reviewing_body(target, unit), target, unit) {
        (_, Level::ProfessorEngineer, UnitLevel::Provincial) => (
            "正高级工程师由省质监行业高级评审委员会评审（覆盖全省）。省直事业单位、省属企业等\
             申报人员由主管部门盖章后报省市场监管局机关党委办公室（人事处）。"
                .to_string(),
            CLAUSE_REVIEW_PROFESSOR,
        ),
        (_, Level::ProfessorEngineer, _) => (
            "正高级工程师由省质监行业高级评审委员会评审（覆盖全省）。各市申报人员经所在地区\
             市级市场监管、人力资源社会保障部门审核后，由各市市场监管局统一报省市场监管局\
             机关党委办公室（人事处）。"
                .to_string(),
            CLAUSE_REVIEW_PROFESSOR,
        ),
        (ReviewingBody::ProvincialCommittee, _, _) => (
            format!(
                "省直有关部门(单位)的{}由省质监行业高级评审委员会评审：由主管部门盖章后报\
                 省市场监管局机关党委办公室（人事处）。",
                target.label()
            ),
            CLAUSE_REVIEW_OTHER,
        ),
        (ReviewingBody::CityHr, _, _) => (
            format!(
                "省评委会只评审全省正高级和省直有关部门(单位)的副高级及以下资格。您的单位是\
                 {}，申报{}由当地人社部门安排评审，具体要求以人社部门的通知为准，\
                 请向当地人社部门咨询，不要直接报省市场监管局。",
                unit.label(),
                target.label()
            ),
            CLAUSE_REVIEW_OTHER,
        ),
    };
    finding(Rule::ReviewingBody, FindingOutcome::Info, text, clause)
}

/// 「三、评审标准」 (national minimum) and 「五、相关政策规定」3 (full years
/// to the seniority cutoff); 破格 per 「五、报卷说明」1.
fn seniority(
    a: &Applicant,
    cutoffs: &Cutoffs,
    findings: &mut Vec<Finding>,
    missing: &mut Vec<&'static str>,
) {
    let date_problem = a
        .title_date
        .and_then(|d| AnswerProblem::of_title_date(d, cutoffs));
    if let Some(message) = &date_problem {
        findings.push(finding(
            Rule::Seniority,
            FindingOutcome::Fail,
            message.to_string(),
            CLAUSE_SENIORITY,
        ));
    }
    let (Some(target), Some(education)) = (a.target, a.education) else {
        return;
    };
    if let Some(current) = a.current_title {
        if current >= target {
            findings.push(finding(
                Rule::Seniority,
                FindingOutcome::Fail,
                format!(
                    "您已取得{}，不能申报{}：申报级别须高于现有职称。",
                    current.label(),
                    target.label()
                ),
                CLAUSE_SENIORITY,
            ));
            return;
        }
    }

    let regular = regular_route(a, target, education, cutoffs, date_problem.is_some());
    if regular.is_none() && a.title_date.is_none() && date_problem.is_none() {
        missing.push("取得现职称的日期");
    }

    if a.exceptional && target == Level::SeniorEngineer {
        let (text, years) = match &regular {
            Some(r) => (format!("按常规条件：{}", r.text), r.full_years),
            None => (format!("说明：{NATIONAL_MINIMUM_CAVEAT}。"), None),
        };
        let mut f = finding(
            Rule::Seniority,
            FindingOutcome::Check,
            format!(
                "破格申报高级工程师：须业绩突出、作出重要贡献，并由2名本专业正高级工程师推荐，\
                 另填《辽宁省破格评定人员审核表》（附件2）。{}本工具无法判断业绩和推荐人的资格，\
                 请单位核实。{text}",
                recommenders_text(a)
            ),
            CLAUSE_EXCEPTIONAL,
        );
        f.full_years = years;
        findings.push(f);
        return;
    }
    findings.extend(regular);
    if a.exceptional {
        findings.push(finding(
            Rule::Seniority,
            FindingOutcome::Check,
            format!(
                "国家基本标准只对高级工程师规定了破格申报；破格申报{}的条件请核对\
                 辽人社职〔2021〕48号，并填写《辽宁省破格评定人员审核表》（附件2）。\
                 说明：依据{NATIONAL_MINIMUM_CAVEAT}。",
                target.label()
            ),
            CLAUSE_EXCEPTIONAL,
        ));
    }
}

/// The ordinary route's finding, or `None` when the date it needs is
/// missing or was rejected.
fn regular_route(
    a: &Applicant,
    target: Level,
    education: Education,
    cutoffs: &Cutoffs,
    bad_date: bool,
) -> Option<Finding> {
    let caveat = format!("说明：以上依据{NATIONAL_MINIMUM_CAVEAT}。");
    let (edu, tgt) = (education.label(), target.label());
    let (outcome, text, years) = match national_minimum(target, education) {
        Requirement::Direct => (
            FindingOutcome::Pass,
            format!("{edu}学历可直接申报{tgt}，不要求现职称年限。{caveat}"),
            None,
        ),
        Requirement::Probation => (
            FindingOutcome::Check,
            format!(
                "{edu}学历申报{tgt}，须在本专业技术岗位见习（从事本专业工作）满1年；\
                 本工具不知道见习起始日期，请由单位核实。{caveat}"
            ),
            None,
        ),
        Requirement::Unreachable => {
            let hint = match target {
                Level::SeniorEngineer => {
                    "高级工程师常规途径须本科及以上学历；如业绩突出、作出重要贡献，\
                     可由2名本专业正高级工程师推荐破格申报（填写附件2）。"
                }
                Level::ProfessorEngineer => "正高级工程师须本科及以上学历。",
                _ => "工程师须大专及以上学历。",
            };
            (
                FindingOutcome::Fail,
                format!("{edu}学历不能按常规途径申报{tgt}：{hint}{caveat}"),
                None,
            )
        }
        Requirement::Title { title, years } => {
            let need = title.label();
            if a.current_title != Some(title) {
                let held = a
                    .current_title
                    .map(|c| format!("您现有职称为{}", c.label()))
                    .unwrap_or_else(|| "您尚未取得职称".to_string());
                (
                    FindingOutcome::Fail,
                    format!(
                        "{edu}学历申报{tgt}，须先取得{need}并满{years}年；{held}，\
                         不能越级申报。{caveat}"
                    ),
                    None,
                )
            } else {
                if bad_date {
                    return None;
                }
                let date = a.title_date?;
                let got = full_years(date, cutoffs.seniority);
                let reached = anniversary(date, years);
                let text = if got >= years {
                    format!(
                        "{edu}学历申报{tgt}，须取得{need}满{years}年。您于{}取得{need}，\
                         至资历计算截止日{}已满{got}周年（{}满{years}周年，不晚于截止日），符合。\
                         {caveat}",
                        zh(date),
                        zh(cutoffs.seniority),
                        zh(reached)
                    )
                } else {
                    format!(
                        "{edu}学历申报{tgt}，须取得{need}满{years}年。您于{}取得{need}，\
                         至资历计算截止日{}只满{got}周年，还差{}年：最早于{}满{years}周年，\
                         晚于本年度资历计算截止日，本年度不符合。{caveat}",
                        zh(date),
                        zh(cutoffs.seniority),
                        years - got,
                        zh(reached)
                    )
                };
                let outcome = if got >= years {
                    FindingOutcome::Pass
                } else {
                    FindingOutcome::Fail
                };
                (outcome, text, Some(got))
            }
        }
    };
    let mut f = finding(Rule::Seniority, outcome, text, CLAUSE_SENIORITY);
    f.full_years = years;
    Some(f)
}

/// 「五、相关政策规定」1: one patent with enough annual benefit supports an
/// application, while the other conditions are still met; like every
/// achievement it counts only when granted after the current title and by
/// the achievements cutoff (「五、相关政策规定」3, [`AnswerProblem::of_patent_date`]).
fn patent_finding(patent: Patent, a: &Applicant, cutoffs: &Cutoffs) -> Finding {
    let target = a.target;
    let benefit = patent.annual_benefit_yuan;
    if benefit > MAX_ANNUAL_BENEFIT_YUAN {
        return finding(
            Rule::PatentRoute,
            FindingOutcome::Check,
            format!("年创经济效益 {benefit} 元超过1000亿元，数额异常，请核对（单位为元）。"),
            CLAUSE_PATENT,
        );
    }
    let reached = patent_reaches(benefit);
    let head = format!(
        "一项国家{}，年创经济效益{}：",
        patent.kind.label(),
        wan(benefit)
    );
    let level_part = match reached {
        Some(level) => format!(
            "达到可申报{}的标准（{}以上）",
            level.label(),
            wan(patent_threshold(level).unwrap_or(0))
        ),
        None => "未达到300万元，不能作为专利效益途径的依据".to_string(),
    };
    let date_problem = AnswerProblem::of_patent_date(patent, a.title_date, cutoffs);
    let (outcome, target_part) = match target {
        _ if date_problem.is_some() => (
            FindingOutcome::Info,
            format!(
                "；但{}，不能作为专利效益途径的依据",
                date_problem.map(|p| p.to_string()).unwrap_or_default()
            ),
        ),
        None => (FindingOutcome::Info, String::new()),
        Some(t) if t < Level::Engineer => (
            FindingOutcome::Info,
            format!(
                "；专利效益途径只适用于工程师及以上，与申报{}无关",
                t.label()
            ),
        ),
        Some(t) if reached.is_some_and(|r| r >= t) => {
            (FindingOutcome::Pass, format!("，可支持申报{}", t.label()))
        }
        Some(t) => (
            FindingOutcome::Info,
            format!(
                "；申报{}需年创经济效益{}以上，未达到",
                t.label(),
                wan(patent_threshold(t).unwrap_or(0))
            ),
        ),
    };
    finding(
        Rule::PatentRoute,
        outcome,
        format!(
            "{head}{level_part}{target_part}。此途径须在符合其他条件的同时适用（学历、资历等条件仍须满足）。"
        ),
        CLAUSE_PATENT,
    )
}

/// 「五、相关政策规定」2: relaxed paper and award rules for county units.
fn county_finding() -> Finding {
    finding(
        Rule::CountyPapers,
        FindingOutcome::Info,
        "县区及以下单位淡化论文、奖项要求：起草行业标准、地方标准可按省级论文对待，\
         起草国家标准可按国家级论文对待；程序文件、检验规程、工作方案、参与起草标准等\
         可作为工作经历条件之一。"
            .into(),
        CLAUSE_COUNTY,
    )
}

/// 「七、时间安排及报卷地点」 (defense) and 「四、评价方式」 (composite score)
/// for the applicants who take the defense.
fn defense_and_score(target: Level, unit: UnitLevel) -> [Finding; 2] {
    let who = if target == Level::ProfessorEngineer {
        "全省申报正高级工程师的人员"
    } else {
        "省直申报高级工程师的人员"
    };
    debug_assert!(defense_required(target, unit));
    [
        finding(
            Rule::Defense,
            FindingOutcome::Info,
            format!("{who}须参加答辩，答辩的具体时间、地点另行通知。"),
            CLAUSE_DEFENSE,
        ),
        finding(
            Rule::Score,
            FindingOutcome::Info,
            "高级参评人员综合分数为100分：量化赋分占50%，答辩分占50%；\
             评委会根据综合分数投票确定是否具备申报级别的资格。"
                .into(),
            CLAUSE_SCORE,
        ),
    ]
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use FindingOutcome as O;

    use crate::domain::applicant_form::{validate, ApplicantField};
    use crate::domain::eligibility::kinds::PatentKind;
    use crate::domain::eligibility::tests::{
        base, check_labelled, cutoffs, cutoffs_2024, noop, Edit,
    };
    use crate::domain::test_dates::d;

    /// 「五、相关政策规定」3 (notice 2024): achievements — the patent too —
    /// count only when obtained after the current title (取得现级别资格后)
    /// and by 申报材料…截止时间为2024年7月31日, the 31st itself included.
    /// The title here dates from 2018-01-01 (`patent`).
    #[test]
    fn a_patent_outside_the_achievements_window_supports_nothing() {
        let cutoffs = cutoffs_2024(d(2024, 7, 20));
        // (obtained, outcome, text present, text absent)
        let table: [(Option<NaiveDate>, FindingOutcome, &str, &str); 6] = [
            (None, O::Pass, "可支持申报高级工程师", "不能计入"),
            (
                Some(d(2024, 7, 31)),
                O::Pass,
                "可支持申报高级工程师",
                "不能计入",
            ),
            (
                Some(d(2018, 1, 2)),
                O::Pass,
                "可支持申报高级工程师",
                "不能计入",
            ),
            (
                Some(d(2024, 8, 1)),
                O::Info,
                "晚于申报材料截止日2024年7月31日",
                "可支持申报",
            ),
            (
                Some(d(2018, 1, 1)),
                O::Info,
                "不晚于取得现职称的日期2018年1月1日",
                "可支持申报",
            ),
            (
                Some(d(2017, 12, 31)),
                O::Info,
                "不晚于取得现职称的日期2018年1月1日",
                "可支持申报",
            ),
        ];
        for (obtained, outcome, present, absent) in table {
            let mut a = base();
            patent(&mut a, Level::SeniorEngineer, Level::Engineer, 6_000_000);
            a.patent.as_mut().unwrap().obtained = obtained;
            let result = assess(&a, &cutoffs);
            let f = result
                .findings
                .iter()
                .find(|f| f.rule == Rule::PatentRoute)
                .unwrap();
            assert_eq!(f.outcome, outcome, "{obtained:?}: {}", f.text);
            assert!(f.text.contains(present), "{obtained:?}: {}", f.text);
            assert!(!f.text.contains(absent), "{obtained:?}: {}", f.text);
            // The field error says the same as the finding.
            let errors = validate(&a, &cutoffs);
            assert_eq!(
                errors.iter().any(|e| e.field == ApplicantField::PatentDate),
                outcome == O::Info,
                "{obtained:?}: {errors:?}"
            );
        }
    }

    #[test]
    fn the_exceptional_finding_names_the_recommenders() {
        let mut a = base();
        a.exceptional = true;
        let text = |a: &Applicant| {
            assess(a, &cutoffs_2024(d(2024, 7, 20)))
                .findings
                .iter()
                .map(|f| f.text.clone())
                .collect::<String>()
        };
        assert!(text(&a).contains("尚未填写推荐人"));
        a.recommenders = vec!["王工".into(), " ".into()];
        assert!(text(&a).contains("只填写了1名推荐人（王工）"));
        a.recommenders = vec!["王工".into(), "李工".into()];
        assert!(text(&a).contains("推荐人：王工、李工"));
    }

    fn set(a: &mut Applicant, target: Level, edu: Education, title: Option<Level>) {
        a.target = Some(target);
        a.education = Some(edu);
        a.current_title = title;
    }

    fn patent(a: &mut Applicant, target: Level, title: Level, yuan: u64) {
        a.target = Some(target);
        a.current_title = Some(title);
        a.title_date = Some(d(2018, 1, 1));
        a.patent = Some(Patent {
            kind: PatentKind::Invention,
            annual_benefit_yuan: yuan,
            obtained: None,
        });
    }

    const SENIOR: &[&str] = &["form-1", "form-3", "publicity-report", "form-5"];
    const PROFESSOR: &[&str] = &["form-1", "form-3", "form-4", "publicity-report", "form-5"];
    const EXCEPTIONAL: &[&str] = &["form-1", "form-2", "form-3", "publicity-report", "form-5"];
    const NONE: &[&str] = &[];

    struct Case {
        name: &'static str,
        edit: Edit,
        today: Option<NaiveDate>,
        verdict: Verdict,
        /// Findings that must be present.
        has: &'static [(Rule, FindingOutcome)],
        /// Rules that must have no finding.
        lacks: &'static [Rule],
        /// The forms, exactly.
        forms: &'static [&'static str],
        /// Full years on the seniority finding that counted them.
        years: Option<u32>,
        /// Text that some finding of the rule must contain.
        texts: &'static [(Rule, &'static str)],
    }

    const CASE: Case = Case {
        name: "",
        edit: noop,
        today: None,
        verdict: Verdict::Eligible,
        has: &[],
        lacks: &[],
        forms: SENIOR,
        years: None,
        texts: &[],
    };

    fn cases() -> Vec<Case> {
        vec![
            Case {
                name: "provincial 高工: 本科 + 工程师 + 5 full years",
                has: &[
                    (Rule::CivilServant, O::Pass),
                    (Rule::Scope, O::Pass),
                    (Rule::ReviewingBody, O::Info),
                    (Rule::Seniority, O::Pass),
                    (Rule::Defense, O::Info),
                    (Rule::Score, O::Info),
                    (Rule::Forms, O::Info),
                ],
                lacks: &[Rule::CountyPapers, Rule::PatentRoute, Rule::Missing],
                years: Some(5),
                texts: &[
                    (Rule::Seniority, NATIONAL_MINIMUM_CAVEAT),
                    (Rule::Seniority, "2024年12月31日满5周年"),
                    (Rule::ReviewingBody, "主管部门盖章"),
                    (Rule::Defense, "省直申报高级工程师"),
                    (Rule::Score, "50%"),
                    (Rule::Forms, "一次性报卷"),
                ],
                ..CASE
            },
            Case {
                name: "boundary: title 2020-01-01 is 4 full years at 2024-12-31",
                edit: |a| a.title_date = Some(d(2020, 1, 1)),
                verdict: Verdict::Ineligible,
                has: &[(Rule::Seniority, O::Fail)],
                forms: NONE,
                years: Some(4),
                texts: &[
                    (Rule::Seniority, "还差1年"),
                    (Rule::Seniority, "2025年1月1日"),
                    (Rule::Seniority, "晚于本年度资历计算截止日"),
                    (Rule::Seniority, NATIONAL_MINIMUM_CAVEAT),
                ],
                ..CASE
            },
            Case {
                name: "civil servant",
                edit: |a| a.civil_servant = Some(true),
                verdict: Verdict::Ineligible,
                has: &[(Rule::CivilServant, O::Fail), (Rule::Seniority, O::Pass)],
                lacks: &[Rule::Forms],
                forms: NONE,
                texts: &[(Rule::CivilServant, "公务员不得申报")],
                ..CASE
            },
            Case {
                name: "out of sector",
                edit: |a| a.in_sector = Some(false),
                verdict: Verdict::Ineligible,
                has: &[(Rule::Scope, O::Fail)],
                lacks: &[Rule::Forms],
                forms: NONE,
                texts: &[(Rule::Scope, "质量技术监督工作")],
                ..CASE
            },
            Case {
                name: "civil servant and out of sector",
                edit: |a| {
                    a.civil_servant = Some(true);
                    a.in_sector = Some(false);
                },
                verdict: Verdict::Ineligible,
                has: &[(Rule::CivilServant, O::Fail), (Rule::Scope, O::Fail)],
                forms: NONE,
                ..CASE
            },
            Case {
                name: "city 工程师 is routed to the city's HR department",
                edit: |a| {
                    a.unit = Some(UnitLevel::City);
                    set(
                        a,
                        Level::Engineer,
                        Education::Bachelor,
                        Some(Level::AssistantEngineer),
                    );
                    a.title_date = Some(d(2020, 7, 1));
                },
                has: &[
                    (Rule::ReviewingBody, O::Info),
                    (Rule::Seniority, O::Pass),
                    (Rule::Forms, O::Info),
                ],
                lacks: &[Rule::Defense, Rule::Score, Rule::CountyPapers],
                forms: NONE,
                years: Some(4),
                texts: &[
                    (Rule::ReviewingBody, "当地人社部门安排"),
                    (Rule::ReviewingBody, "市级单位"),
                    (Rule::Forms, "以当地人社部门的通知为准"),
                ],
                ..CASE
            },
            Case {
                name: "county 助理工程师: 大专 + 技术员 + 2 years, city HR, county papers",
                edit: |a| {
                    a.unit = Some(UnitLevel::County);
                    set(
                        a,
                        Level::AssistantEngineer,
                        Education::College,
                        Some(Level::Technician),
                    );
                    a.title_date = Some(d(2022, 12, 31));
                },
                has: &[
                    (Rule::ReviewingBody, O::Info),
                    (Rule::CountyPapers, O::Info),
                    (Rule::Seniority, O::Pass),
                ],
                lacks: &[Rule::Defense, Rule::Score],
                forms: NONE,
                years: Some(2),
                texts: &[
                    (Rule::ReviewingBody, "当地人社部门"),
                    (Rule::CountyPapers, "按省级论文对待"),
                    (Rule::CountyPapers, "国家级论文"),
                ],
                ..CASE
            },
            Case {
                name: "city 高工: city HR, no defense",
                edit: |a| a.unit = Some(UnitLevel::City),
                lacks: &[Rule::Defense, Rule::Score, Rule::CountyPapers],
                forms: NONE,
                texts: &[(Rule::ReviewingBody, "当地人社部门安排")],
                ..CASE
            },
            Case {
                name: "county 高工: county papers, no defense",
                edit: |a| a.unit = Some(UnitLevel::County),
                has: &[(Rule::CountyPapers, O::Info)],
                lacks: &[Rule::Defense, Rule::Score],
                forms: NONE,
                ..CASE
            },
            Case {
                name: "provincial 工程师: province reviews, no defense, no 附件4",
                edit: |a| {
                    set(
                        a,
                        Level::Engineer,
                        Education::Bachelor,
                        Some(Level::AssistantEngineer),
                    );
                },
                lacks: &[Rule::Defense, Rule::Score],
                years: Some(5),
                texts: &[(Rule::ReviewingBody, "省直有关部门(单位)的工程师")],
                ..CASE
            },
            Case {
                name: "正高 by the patent route (provincial)",
                edit: |a| {
                    patent(
                        a,
                        Level::ProfessorEngineer,
                        Level::SeniorEngineer,
                        10_000_000,
                    )
                },
                has: &[
                    (Rule::PatentRoute, O::Pass),
                    (Rule::Defense, O::Info),
                    (Rule::Score, O::Info),
                    (Rule::Seniority, O::Pass),
                ],
                forms: PROFESSOR,
                years: Some(6),
                texts: &[
                    (Rule::PatentRoute, "正高级工程师"),
                    (Rule::PatentRoute, "1000万元"),
                    (Rule::PatentRoute, "在符合其他条件的同时"),
                    (Rule::Defense, "全省申报正高级工程师"),
                    (Rule::ReviewingBody, "省直事业单位"),
                ],
                ..CASE
            },
            Case {
                name: "正高 patent 1 yuan below 10,000,000",
                edit: |a| {
                    patent(
                        a,
                        Level::ProfessorEngineer,
                        Level::SeniorEngineer,
                        9_999_999,
                    )
                },
                has: &[(Rule::PatentRoute, O::Info)],
                forms: PROFESSOR,
                texts: &[
                    (Rule::PatentRoute, "达到可申报高级工程师"),
                    (Rule::PatentRoute, "未达到"),
                    (Rule::PatentRoute, "999.9999万元"),
                ],
                ..CASE
            },
            Case {
                name: "正高 patent 1 yuan above 10,000,000",
                edit: |a| {
                    patent(
                        a,
                        Level::ProfessorEngineer,
                        Level::SeniorEngineer,
                        10_000_001,
                    )
                },
                has: &[(Rule::PatentRoute, O::Pass)],
                forms: PROFESSOR,
                texts: &[(Rule::PatentRoute, "可支持申报正高级工程师")],
                ..CASE
            },
            Case {
                name: "正高 by a utility-model patent",
                edit: |a| {
                    patent(
                        a,
                        Level::ProfessorEngineer,
                        Level::SeniorEngineer,
                        12_000_000,
                    );
                    a.patent.as_mut().unwrap().kind = PatentKind::UtilityModel;
                },
                has: &[(Rule::PatentRoute, O::Pass)],
                forms: PROFESSOR,
                texts: &[(Rule::PatentRoute, "实用新型专利")],
                ..CASE
            },
            Case {
                name: "patent route does not replace seniority (正高, 高工 only 4 years)",
                edit: |a| {
                    patent(
                        a,
                        Level::ProfessorEngineer,
                        Level::SeniorEngineer,
                        50_000_000,
                    );
                    a.title_date = Some(d(2020, 6, 1));
                },
                verdict: Verdict::Ineligible,
                has: &[(Rule::PatentRoute, O::Pass), (Rule::Seniority, O::Fail)],
                forms: NONE,
                years: Some(4),
                ..CASE
            },
            Case {
                name: "高工 patent exactly 5,000,000",
                edit: |a| patent(a, Level::SeniorEngineer, Level::Engineer, 5_000_000),
                has: &[(Rule::PatentRoute, O::Pass)],
                texts: &[(
                    Rule::PatentRoute,
                    "达到可申报高级工程师的标准（500万元以上）",
                )],
                ..CASE
            },
            Case {
                name: "高工 patent 1 yuan below 5,000,000",
                edit: |a| patent(a, Level::SeniorEngineer, Level::Engineer, 4_999_999),
                has: &[(Rule::PatentRoute, O::Info)],
                texts: &[
                    (Rule::PatentRoute, "达到可申报工程师"),
                    (Rule::PatentRoute, "500万元以上，未达到"),
                ],
                ..CASE
            },
            Case {
                name: "高工 patent 1 yuan above 5,000,000",
                edit: |a| patent(a, Level::SeniorEngineer, Level::Engineer, 5_000_001),
                has: &[(Rule::PatentRoute, O::Pass)],
                ..CASE
            },
            Case {
                name: "工程师 patent exactly 3,000,000",
                edit: |a| patent(a, Level::Engineer, Level::AssistantEngineer, 3_000_000),
                has: &[(Rule::PatentRoute, O::Pass)],
                lacks: &[Rule::Defense],
                texts: &[(Rule::PatentRoute, "300万元")],
                ..CASE
            },
            Case {
                name: "工程师 patent 1 yuan below 3,000,000",
                edit: |a| patent(a, Level::Engineer, Level::AssistantEngineer, 2_999_999),
                has: &[(Rule::PatentRoute, O::Info)],
                texts: &[(Rule::PatentRoute, "未达到300万元")],
                ..CASE
            },
            Case {
                name: "工程师 patent 1 yuan above 3,000,000",
                edit: |a| patent(a, Level::Engineer, Level::AssistantEngineer, 3_000_001),
                has: &[(Rule::PatentRoute, O::Pass)],
                ..CASE
            },
            Case {
                name: "patent for 助理工程师 does not apply",
                edit: |a| {
                    set(a, Level::AssistantEngineer, Education::Master, None);
                    a.title_date = None;
                    a.patent = Some(Patent {
                        kind: PatentKind::Invention,
                        annual_benefit_yuan: 20_000_000,
                        obtained: None,
                    });
                },
                has: &[(Rule::PatentRoute, O::Info), (Rule::Seniority, O::Pass)],
                texts: &[(Rule::PatentRoute, "只适用于工程师及以上")],
                ..CASE
            },
            Case {
                name: "absurd patent benefit is checked",
                edit: |a| {
                    a.patent = Some(Patent {
                        kind: PatentKind::Invention,
                        annual_benefit_yuan: MAX_ANNUAL_BENEFIT_YUAN + 1,
                        obtained: None,
                    })
                },
                verdict: Verdict::Check,
                has: &[(Rule::PatentRoute, O::Check)],
                texts: &[(Rule::PatentRoute, "数额异常")],
                ..CASE
            },
            Case {
                name: "Feb 29 start: 工程师 needs 4 years, 2020-02-29 has 4",
                edit: |a| {
                    set(
                        a,
                        Level::Engineer,
                        Education::College,
                        Some(Level::AssistantEngineer),
                    );
                    a.title_date = Some(d(2020, 2, 29));
                },
                years: Some(4),
                has: &[(Rule::Seniority, O::Pass)],
                texts: &[(Rule::Seniority, "2024年2月29日满4周年")],
                ..CASE
            },
            Case {
                name: "Feb 29 start: 高工 needs 5, qualifies on 2025-02-28",
                edit: |a| a.title_date = Some(d(2020, 2, 29)),
                verdict: Verdict::Ineligible,
                has: &[(Rule::Seniority, O::Fail)],
                forms: NONE,
                years: Some(4),
                texts: &[(Rule::Seniority, "最早于2025年2月28日满5周年")],
                ..CASE
            },
            Case {
                name: "高工 by 博士 + 工程师 + 2 years",
                edit: |a| {
                    a.education = Some(Education::Doctorate);
                    a.title_date = Some(d(2022, 12, 31));
                },
                years: Some(2),
                has: &[(Rule::Seniority, O::Pass)],
                ..CASE
            },
            Case {
                name: "高工 by 博士, one day short of 2 years",
                edit: |a| {
                    a.education = Some(Education::Doctorate);
                    a.title_date = Some(d(2023, 1, 1));
                },
                verdict: Verdict::Ineligible,
                years: Some(1),
                forms: NONE,
                texts: &[(Rule::Seniority, "还差1年")],
                ..CASE
            },
            Case {
                name: "工程师 by 硕士 + 助理 + 2 years",
                edit: |a| {
                    set(
                        a,
                        Level::Engineer,
                        Education::Master,
                        Some(Level::AssistantEngineer),
                    );
                    a.title_date = Some(d(2022, 12, 31));
                },
                years: Some(2),
                ..CASE
            },
            Case {
                name: "工程师 by 博士 directly, no title",
                edit: |a| {
                    set(a, Level::Engineer, Education::Doctorate, None);
                    a.title_date = None;
                },
                has: &[(Rule::Seniority, O::Pass)],
                lacks: &[Rule::Missing],
                texts: &[(Rule::Seniority, "可直接申报工程师")],
                ..CASE
            },
            Case {
                name: "技术员 by 本科 directly",
                edit: |a| {
                    set(a, Level::Technician, Education::Bachelor, None);
                    a.title_date = None;
                },
                has: &[(Rule::Seniority, O::Pass)],
                ..CASE
            },
            Case {
                name: "技术员 by 大专 needs probation: check",
                edit: |a| {
                    set(a, Level::Technician, Education::College, None);
                    a.title_date = None;
                },
                verdict: Verdict::Check,
                has: &[(Rule::Seniority, O::Check)],
                texts: &[
                    (Rule::Seniority, "见习"),
                    (Rule::Seniority, NATIONAL_MINIMUM_CAVEAT),
                ],
                ..CASE
            },
            Case {
                name: "助理工程师 by 本科 needs probation: check",
                edit: |a| {
                    set(a, Level::AssistantEngineer, Education::Bachelor, None);
                    a.title_date = None;
                },
                verdict: Verdict::Check,
                has: &[(Rule::Seniority, O::Check)],
                ..CASE
            },
            Case {
                name: "助理工程师 by 中专 + 技术员 + 4 years",
                edit: |a| {
                    set(
                        a,
                        Level::AssistantEngineer,
                        Education::Secondary,
                        Some(Level::Technician),
                    );
                    a.title_date = Some(d(2020, 12, 31));
                },
                years: Some(4),
                ..CASE
            },
            Case {
                name: "助理工程师 by 中专 + 技术员, only 3 years",
                edit: |a| {
                    set(
                        a,
                        Level::AssistantEngineer,
                        Education::Secondary,
                        Some(Level::Technician),
                    );
                    a.title_date = Some(d(2021, 1, 1));
                },
                verdict: Verdict::Ineligible,
                years: Some(3),
                forms: NONE,
                texts: &[(Rule::Seniority, "还差1年")],
                ..CASE
            },
            Case {
                name: "中专 cannot reach 正高",
                edit: |a| {
                    set(
                        a,
                        Level::ProfessorEngineer,
                        Education::Secondary,
                        Some(Level::SeniorEngineer),
                    );
                },
                verdict: Verdict::Ineligible,
                has: &[(Rule::Seniority, O::Fail)],
                forms: NONE,
                texts: &[(Rule::Seniority, "中专学历不能按常规途径申报正高级工程师")],
                ..CASE
            },
            Case {
                name: "中专 cannot reach 工程师",
                edit: |a| {
                    set(
                        a,
                        Level::Engineer,
                        Education::Secondary,
                        Some(Level::AssistantEngineer),
                    );
                },
                verdict: Verdict::Ineligible,
                has: &[(Rule::Seniority, O::Fail)],
                forms: NONE,
                ..CASE
            },
            Case {
                name: "大专 高工 without 破格: fail, points to 破格",
                edit: |a| a.education = Some(Education::College),
                verdict: Verdict::Ineligible,
                has: &[(Rule::Seniority, O::Fail)],
                forms: NONE,
                texts: &[(Rule::Seniority, "破格")],
                ..CASE
            },
            Case {
                name: "大专 高工 破格: check, 附件2",
                edit: |a| {
                    a.education = Some(Education::College);
                    a.exceptional = true;
                },
                verdict: Verdict::Check,
                has: &[(Rule::Seniority, O::Check)],
                forms: EXCEPTIONAL,
                texts: &[
                    (Rule::Seniority, "附件2"),
                    (Rule::Seniority, "2名本专业正高级工程师"),
                ],
                ..CASE
            },
            Case {
                name: "本科 高工 破格 with full seniority is still check",
                edit: |a| a.exceptional = true,
                verdict: Verdict::Check,
                has: &[(Rule::Seniority, O::Check)],
                forms: EXCEPTIONAL,
                years: Some(5),
                ..CASE
            },
            Case {
                name: "破格 工程师: check against provincial rules, 附件2",
                edit: |a| {
                    set(
                        a,
                        Level::Engineer,
                        Education::Bachelor,
                        Some(Level::AssistantEngineer),
                    );
                    a.exceptional = true;
                },
                verdict: Verdict::Check,
                has: &[(Rule::Seniority, O::Pass), (Rule::Seniority, O::Check)],
                forms: EXCEPTIONAL,
                texts: &[(Rule::Seniority, "辽人社职〔2021〕48号")],
                ..CASE
            },
            Case {
                name: "破格 正高: 附件2 and 附件4",
                edit: |a| {
                    set(
                        a,
                        Level::ProfessorEngineer,
                        Education::Bachelor,
                        Some(Level::SeniorEngineer),
                    );
                    a.exceptional = true;
                },
                verdict: Verdict::Check,
                forms: &[
                    "form-1",
                    "form-2",
                    "form-3",
                    "form-4",
                    "publicity-report",
                    "form-5",
                ],
                ..CASE
            },
            Case {
                name: "nothing answered",
                edit: |a| *a = Applicant::default(),
                verdict: Verdict::Check,
                has: &[(Rule::Missing, O::Check)],
                lacks: &[
                    Rule::CivilServant,
                    Rule::Scope,
                    Rule::ReviewingBody,
                    Rule::Seniority,
                    Rule::Defense,
                    Rule::Forms,
                ],
                forms: NONE,
                texts: &[
                    (Rule::Missing, "是否为公务员"),
                    (Rule::Missing, "申报级别"),
                    (Rule::Missing, "学历"),
                    (Rule::Missing, "单位层级"),
                    (Rule::Missing, "申报专业"),
                ],
                ..CASE
            },
            Case {
                name: "title date missing for a title route",
                edit: |a| a.title_date = None,
                verdict: Verdict::Check,
                has: &[(Rule::Missing, O::Check)],
                texts: &[(Rule::Missing, "取得现职称的日期")],
                ..CASE
            },
            Case {
                name: "unit missing: no reviewing body, no forms",
                edit: |a| a.unit = None,
                verdict: Verdict::Check,
                has: &[(Rule::Missing, O::Check), (Rule::Seniority, O::Pass)],
                lacks: &[Rule::ReviewingBody, Rule::Defense, Rule::Forms],
                forms: NONE,
                texts: &[(Rule::Missing, "单位层级")],
                ..CASE
            },
            Case {
                name: "civil servant unanswered",
                edit: |a| a.civil_servant = None,
                verdict: Verdict::Check,
                lacks: &[Rule::CivilServant],
                texts: &[(Rule::Missing, "是否为公务员")],
                ..CASE
            },
            Case {
                name: "missing answers and a failure: ineligible",
                edit: |a| {
                    a.civil_servant = Some(true);
                    a.specialty = None;
                },
                verdict: Verdict::Ineligible,
                has: &[(Rule::Missing, O::Check), (Rule::CivilServant, O::Fail)],
                forms: NONE,
                ..CASE
            },
            Case {
                name: "title date after today",
                edit: |a| a.title_date = Some(d(2024, 6, 16)),
                verdict: Verdict::Ineligible,
                has: &[(Rule::Seniority, O::Fail)],
                lacks: &[Rule::Missing],
                forms: NONE,
                texts: &[(
                    Rule::Seniority,
                    "取得现职称的日期（2024年6月16日）不能晚于今天",
                )],
                ..CASE
            },
            Case {
                name: "title date after the seniority cutoff (assessed in 2025)",
                edit: |a| a.title_date = Some(d(2025, 1, 15)),
                today: Some(d(2025, 3, 1)),
                verdict: Verdict::Ineligible,
                has: &[(Rule::Seniority, O::Fail)],
                forms: NONE,
                texts: &[(Rule::Seniority, "不能晚于资历计算截止日")],
                ..CASE
            },
            Case {
                name: "title date before 1950",
                edit: |a| a.title_date = Some(d(1949, 12, 31)),
                verdict: Verdict::Ineligible,
                forms: NONE,
                texts: &[(Rule::Seniority, "不能早于1950年")],
                ..CASE
            },
            Case {
                name: "applying for the level already held",
                edit: |a| a.current_title = Some(Level::SeniorEngineer),
                verdict: Verdict::Ineligible,
                has: &[(Rule::Seniority, O::Fail)],
                forms: NONE,
                texts: &[(Rule::Seniority, "您已取得高级工程师")],
                ..CASE
            },
            Case {
                name: "applying below the level held",
                edit: |a| {
                    set(
                        a,
                        Level::Engineer,
                        Education::Bachelor,
                        Some(Level::ProfessorEngineer),
                    )
                },
                verdict: Verdict::Ineligible,
                forms: NONE,
                texts: &[(Rule::Seniority, "申报级别须高于现有职称")],
                ..CASE
            },
            Case {
                name: "skipping a level: 助理 applying for 高工",
                edit: |a| a.current_title = Some(Level::AssistantEngineer),
                verdict: Verdict::Ineligible,
                forms: NONE,
                texts: &[(Rule::Seniority, "须先取得工程师并满5年")],
                ..CASE
            },
            Case {
                name: "no title for a title route",
                edit: |a| {
                    a.current_title = None;
                    a.title_date = None;
                },
                verdict: Verdict::Ineligible,
                lacks: &[Rule::Missing],
                forms: NONE,
                texts: &[(Rule::Seniority, "您尚未取得职称")],
                ..CASE
            },
            Case {
                name: "city 正高: province reviews via the city bureau, defense, 附件4",
                edit: |a| {
                    a.unit = Some(UnitLevel::City);
                    set(
                        a,
                        Level::ProfessorEngineer,
                        Education::Master,
                        Some(Level::SeniorEngineer),
                    );
                },
                has: &[(Rule::Defense, O::Info), (Rule::Score, O::Info)],
                lacks: &[Rule::CountyPapers],
                forms: PROFESSOR,
                texts: &[(Rule::ReviewingBody, "由各市市场监管局统一报省市场监管局")],
                ..CASE
            },
            Case {
                name: "county 正高: county papers and defense",
                edit: |a| {
                    a.unit = Some(UnitLevel::County);
                    set(
                        a,
                        Level::ProfessorEngineer,
                        Education::Doctorate,
                        Some(Level::SeniorEngineer),
                    );
                },
                has: &[(Rule::CountyPapers, O::Info), (Rule::Defense, O::Info)],
                forms: PROFESSOR,
                ..CASE
            },
        ]
    }

    #[test]
    fn applicant_table() {
        let cases = cases();
        assert!(cases.len() >= 40, "only {} cases", cases.len());
        for case in cases {
            let name = case.name;
            let mut a = base();
            (case.edit)(&mut a);
            let mut c = cutoffs();
            if let Some(today) = case.today {
                c.today = today;
            }
            let result = assess(&a, &c);
            let dump = format!("{name}\n{:#?}", result.findings);

            assert_eq!(result.verdict, case.verdict, "{dump}");
            assert_eq!(result.verdict, verdict_of(&result.findings), "{dump}");
            for f in &result.findings {
                assert!(!f.clause.is_empty(), "{dump}");
                assert!(f.clause.starts_with('「'), "{dump}");
                assert!(!f.text.is_empty(), "{dump}");
            }
            for &(rule, outcome) in case.has {
                assert!(
                    result
                        .findings
                        .iter()
                        .any(|f| f.rule == rule && f.outcome == outcome),
                    "missing {rule:?}/{outcome:?}: {dump}"
                );
            }
            for &rule in case.lacks {
                assert!(
                    result.of(rule).next().is_none(),
                    "unexpected {rule:?}: {dump}"
                );
            }
            let ids: Vec<&str> = result.forms.iter().map(|f| f.id).collect();
            assert_eq!(ids, case.forms, "{dump}");
            if let Some(years) = case.years {
                assert!(
                    result
                        .of(Rule::Seniority)
                        .any(|f| f.full_years == Some(years)),
                    "full years {years}: {dump}"
                );
            }
            for &(rule, text) in case.texts {
                assert!(
                    result.of(rule).any(|f| f.text.contains(text)),
                    "{rule:?} should say “{text}”: {dump}"
                );
            }
            // Findings are listed in rule order.
            assert!(
                result.findings.windows(2).all(|w| w[0].rule <= w[1].rule),
                "{dump}"
            );
            // Every seniority finding of a route carries the caveat.
            for f in result.of(Rule::Seniority) {
                if !f.text.starts_with("取得现职称的日期") && !f.text.starts_with("您已取得")
                {
                    assert!(f.text.contains(NATIONAL_MINIMUM_CAVEAT), "{dump}");
                }
            }
        }
    }

    #[test]
    fn defense_only_for_professor_and_provincial_senior() {
        use Level::*;
        use UnitLevel::*;
        // Each row written out by hand from the notice, one per (target, unit):
        // - defense: 「七、时间安排及报卷地点」 last paragraph, 「全省申报正高级工程师
        //   及省直申报高级工程师资格评审人员须参加答辩」: every 正高 applicant
        //   (全省 = whatever unit level), and 高工 only for 省直 units.
        // - province reviews: 「一、评审范围及权限」, the committee takes 「全省正高级」
        //   and 「省直有关部门(单位)副高级及以下」; 「六」(四)2 「各市副高资格及以下由
        //   当地人社部门安排」 (city and county units).
        // - county papers: 「五、相关政策规定」2 「县区及以下单位淡化论文、奖项要求」.
        // (target, unit, must defend, province reviews, county papers)
        let table = [
            (Technician, Provincial, false, true, false),
            (Technician, City, false, false, false),
            (Technician, County, false, false, true),
            (AssistantEngineer, Provincial, false, true, false),
            (AssistantEngineer, City, false, false, false),
            (AssistantEngineer, County, false, false, true),
            (Engineer, Provincial, false, true, false),
            (Engineer, City, false, false, false),
            (Engineer, County, false, false, true),
            // 「省直申报高级工程师」: defends.
            (SeniorEngineer, Provincial, true, true, false),
            // 高工 from a city or county unit: not 省直, no defense, city HR.
            (SeniorEngineer, City, false, false, false),
            (SeniorEngineer, County, false, false, true),
            // 「全省申报正高级工程师」: defends whatever the unit, province reviews.
            (ProfessorEngineer, Provincial, true, true, false),
            (ProfessorEngineer, City, true, true, false),
            (ProfessorEngineer, County, true, true, true),
        ];
        // Every (target, unit) pair appears exactly once.
        assert_eq!(table.len(), Level::ALL.len() * UnitLevel::ALL.len());
        for &target in Level::ALL {
            for &unit in UnitLevel::ALL {
                assert_eq!(
                    table
                        .iter()
                        .filter(|r| r.0 == target && r.1 == unit)
                        .count(),
                    1,
                    "{target:?} {unit:?}"
                );
            }
        }
        for (target, unit, defends, province, county_papers) in table {
            let name = format!("{target:?} at {unit:?}");
            let mut a = base();
            a.target = Some(target);
            a.unit = Some(unit);
            let result = assess(&a, &cutoffs());
            assert_eq!(defense_required(target, unit), defends, "{name}");
            assert_eq!(
                result.of(Rule::Defense).count(),
                usize::from(defends),
                "{name}"
            );
            assert_eq!(
                result.of(Rule::Score).count(),
                usize::from(defends),
                "{name}"
            );
            assert_eq!(
                result.of(Rule::CountyPapers).count(),
                usize::from(county_papers),
                "{name}"
            );
            let expected_body = if province {
                ReviewingBody::ProvincialCommittee
            } else {
                ReviewingBody::CityHr
            };
            assert_eq!(reviewing_body(target, unit), expected_body, "{name}");
        }
    }

    #[test]
    fn verdicts_findings_and_rules_have_codes_labels_and_serde_names() {
        check_labelled(Verdict::ALL, Verdict::code, Verdict::label);
        check_labelled(
            FindingOutcome::ALL,
            FindingOutcome::code,
            FindingOutcome::label,
        );
        check_labelled(Rule::ALL, Rule::code, Rule::label);
        assert_eq!(
            Verdict::ALL
                .iter()
                .map(|v| (v.code(), v.label()))
                .collect::<Vec<_>>(),
            [
                ("eligible", "符合"),
                ("ineligible", "不符合"),
                ("check", "需核实")
            ]
        );
        assert_eq!(
            Rule::ALL.iter().map(|r| r.code()).collect::<Vec<_>>(),
            [
                "civil-servant",
                "scope",
                "reviewing-body",
                "seniority",
                "patent-route",
                "county-papers",
                "defense",
                "score",
                "forms",
                "missing"
            ]
        );
    }
}
