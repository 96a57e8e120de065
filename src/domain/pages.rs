//! The app's pages and the address that names each. One binary shows them
//! all (`src/ui/mod.rs` switches pages without a page load);
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
        Calculator = "calculator" => "公示期计算",
        Timeline = "timeline" => "报卷时间安排",
        Eligibility = "eligibility" => "申报资格自查",
        Workspace = "workspace" => "单位总览",
        Documents = "documents" => "材料文书",
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

#[cfg(test)]
mod tests {
    use super::Page;

    #[test]
    fn every_page_has_a_static_introduction() {
        let shell = include_str!("../../index.html");
        for &page in Page::ALL {
            let name = page.code();
            assert!(
                shell.contains(&format!("data-intro=\"{name}\"")),
                "index.html: no introduction for {name}"
            );
        }
    }

    #[test]
    fn one_binary_for_every_page() {
        let shell = include_str!("../../index.html");
        let rust: Vec<&str> = shell
            .lines()
            .filter(|l| l.contains("data-trunk") && l.contains("rel=\"rust\""))
            .collect();
        assert_eq!(rust.len(), 1, "index.html: one rust link, {rust:?}");
        assert!(rust[0].contains("data-wasm-opt=\"z\""), "{}", rust[0]);
        assert!(!rust[0].contains("data-type"), "{}", rust[0]);
        assert!(!std::path::Path::new("src/bin").exists(), "no src/bin/");
    }

    #[test]
    fn routes_table_matches_page_from_query() {
        // The same table is checked against scripts/route.js (tests/e2e);
        // its escaped queries (`?%75nit=city`), decoded by the browser, in
        // tests/browser_query.rs.
        let table = include_str!("../../tests/routes.txt");
        let mut checked = 0;
        let mut seen = std::collections::BTreeSet::new();
        for line in table
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        {
            let (query, page) = line.split_once('\t').expect("query<TAB>page");
            if query.contains(['%', '+']) {
                continue;
            }
            let decoded = crate::domain::request::unescaped(query);
            assert_eq!(Page::from_query(&decoded).code(), page, "{query}");
            checked += 1;
            seen.insert(page);
        }
        assert!(checked >= 20, "only {checked} routes");
        assert_eq!(seen.len(), Page::ALL.len(), "every page is in the table");
    }
}
