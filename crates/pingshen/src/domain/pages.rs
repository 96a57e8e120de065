//! The app's pages and the address that names each. One binary shows them
//! all (the app's `src/app.rs` switches pages without a page load);
//! `scripts/route.js` names the page on `<html data-page>` before the body is
//! parsed, with the same rule as [`Page::from_query`].

crate::labelled_enum! {
    /// The pages, chosen by the query string so that every URL works at the
    /// site root without server rewrites. The code is the page's name: its
    /// `data-page` and `data-intro` in the static shell and, except for the
    /// calculator at the site root, its `page=` value. The label is the
    /// page's own heading (its first `<h2>`), which names it when it is
    /// announced to screen readers after a change of page.
    pub enum Page {
        /// 公示计算: when a publicity ends, or the latest day to post it.
        Calculator = "calculator" => "公示期计算",
        /// 时间安排: a unit's window and key dates.
        Timeline = "timeline" => "报卷时间安排",
        /// 资格自查: one applicant's verdict.
        Eligibility = "eligibility" => "申报资格自查",
        /// 单位总览: the unit's applicants.
        Workspace = "workspace" => "单位总览",
        /// 材料文书 (opened from 单位总览): the documents for the applicants
        /// selected.
        Documents = "documents" => "材料文书",
        /// 年度数据: year profiles and holiday data.
        Years = "years" => "节假日数据",
    }
}

impl Page {
    /// The page a query string asks for: a `unit` parameter means the
    /// timeline (shared timeline links carry no `page=`), else the `page=`
    /// value, else the calculator. `scripts/route.js` makes the same choice to
    /// show the page's introduction before any script; `tests/routes.txt` is
    /// checked against both.
    ///
    /// ```
    /// use pingshen::domain::pages::Page;
    /// use pingshen::domain::request::Query;
    /// let page = |pairs: &[(&str, &str)]| Page::from_query(&Query::from_pairs(pairs.iter().copied()));
    /// assert_eq!(page(&[("unit", "city"), ("today", "2024-07-20")]), Page::Timeline);
    /// assert_eq!(page(&[("page", "workspace")]), Page::Workspace);
    /// assert_eq!(page(&[("posted", "2024-07-24")]), Page::Calculator);
    /// ```
    pub fn from_query(query: &crate::domain::request::Query) -> Self {
        let has = |key: &str, value: Option<&str>| query.has(key, value);
        if has("unit", None) || has("page", Some("timeline")) {
            Page::Timeline
        } else if has("page", Some("eligibility")) {
            Page::Eligibility
        } else if has("page", Some("workspace")) {
            Page::Workspace
        } else if has("page", Some("documents")) {
            Page::Documents
        } else if has("page", Some("years")) {
            Page::Years
        } else {
            Page::Calculator
        }
    }
}
