//! The 附件5 summary table (《申报质量技术监督专业技术资格人员汇总表》,
//! 「六、申报流程」(四)) as rows, as CSV for its electronic copy and as
//! text to paste into a spreadsheet.

use chrono::NaiveDate;

use super::selection::route_of;
use crate::domain::eligibility::{self, Level, Specialty};
use crate::domain::route::Route;
use crate::domain::text::one_line;
use crate::domain::workspace::Record;

/// The columns of the 附件5 summary table (《申报质量技术监督专业技术资格
/// 人员汇总表》, 「六、申报流程」(四)), in order.
pub const SUMMARY_COLUMNS: [&str; 11] = [
    "序号",
    "姓名",
    "单位",
    "专业",
    "申报级别",
    "现职称",
    "取得现职称时间",
    "学历",
    "是否破格",
    "资历（周年）",
    "备注",
];

/// One row per record for the 附件5 summary table (「六、申报流程」(四)), in
/// [`SUMMARY_COLUMNS`] order. Cells are the record's own text (names are
/// not altered; [`summary_csv`] escapes them); unknown answers give empty
/// cells. 现职称 is `无` when the applicant holds no title
/// ([`eligibility::Applicant::current_title`] is `None`). 资历 is the full
/// years (周年) from the title date to `seniority_cutoff`
/// (「五、相关政策规定」3, [`eligibility::full_years`]), empty without a title
/// date. 备注 carries the record's notes.
///
/// Only applicants whose files go to the province are listed
/// ([`Route::goes_to_province`]; a record whose unit level is not known yet
/// is listed, to be checked): the table goes with the files to the
/// provincial committee. 单位 is the record's own unit, else `unit_name`.
pub fn summary_rows(
    unit_name: &str,
    records: &[&Record],
    seniority_cutoff: NaiveDate,
) -> Vec<Vec<String>> {
    records
        .iter()
        .filter(|r| route_of(r).is_none_or(Route::goes_to_province))
        .enumerate()
        .map(|(i, r)| {
            let a = &r.applicant;
            let unit = if one_line(&r.unit_name).is_empty() {
                unit_name
            } else {
                &r.unit_name
            };
            vec![
                (i + 1).to_string(),
                r.name.clone(),
                unit.to_string(),
                a.specialty.map_or("", Specialty::label).to_string(),
                a.target.map_or("", Level::label).to_string(),
                a.current_title.map_or("无", Level::label).to_string(),
                a.title_date.map(|d| d.to_string()).unwrap_or_default(),
                a.education
                    .map_or("", eligibility::Education::label)
                    .to_string(),
                if a.exceptional { "是" } else { "否" }.to_string(),
                a.title_date
                    .map(|d| eligibility::full_years(d, seniority_cutoff).to_string())
                    .unwrap_or_default(),
                r.notes.clone(),
            ]
        })
        .collect()
}

/// A cell a spreadsheet would take for a formula (starts with `=`, `+`,
/// `-`, `@`, tab or CR) gets a leading apostrophe.
fn guard_formula(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// One RFC 4180 field: quoted when it holds a comma, a quote, CR or LF,
/// with quotes doubled.
fn csv_field(cell: &str) -> String {
    quoted_if(cell, &[',', '"', '\r', '\n'])
}

/// `cell`, in double quotes (inner quotes doubled) when it holds any of
/// `specials`.
fn quoted_if(cell: &str, specials: &[char]) -> String {
    if cell.contains(specials) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

/// The 附件5 table as text to paste into Excel or WPS, where the clipboard
/// is the only way out (an in-app browser drops the CSV download):
/// tab-separated, as spreadsheets copy and paste their cells, a line per
/// row (`\n`), no byte-order mark; a cell holding a tab, a line break or a
/// quote is quoted as in CSV; the same formula guard as [`summary_csv`].
///
/// ```
/// use pingshen::domain::documents::summary_tsv;
/// let tsv = summary_tsv(&[vec!["1".into(), "李四, \"老李\"".into(), "=1+1".into()]]);
/// assert!(tsv.starts_with("序号\t姓名\t"));
/// assert!(tsv.ends_with("1\t\"李四, \"\"老李\"\"\"\t'=1+1\n"));
/// ```
pub fn summary_tsv(rows: &[Vec<String>]) -> String {
    let header: Vec<String> = SUMMARY_COLUMNS.iter().map(|c| c.to_string()).collect();
    let mut out = String::new();
    for row in std::iter::once(&header).chain(rows) {
        let fields: Vec<String> = row
            .iter()
            .map(|c| quoted_if(&guard_formula(c), &['\t', '"', '\r', '\n']))
            .collect();
        out.push_str(&fields.join("\t"));
        out.push('\n');
    }
    out
}

/// The 附件5 electronic copy (「六、申报流程」(四): 另附电子版) as CSV: a
/// UTF-8 byte-order mark (so Excel and WPS read the Chinese correctly), the
/// [`SUMMARY_COLUMNS`] header, then `rows`; RFC 4180 quoting, CRLF after
/// every line, and a formula-injection guard (a cell starting with `=`, `+`,
/// `-`, `@`, tab or CR gets a leading apostrophe).
///
/// ```
/// use pingshen::domain::documents::summary_csv;
/// let csv = summary_csv(&[vec!["1".into(), "王\"五\"".into(), "=1+1".into()]]);
/// assert!(csv.starts_with("\u{FEFF}序号,姓名,"));
/// assert!(csv.ends_with("1,\"王\"\"五\"\"\",'=1+1\r\n"));
/// ```
pub fn summary_csv(rows: &[Vec<String>]) -> String {
    let mut out = String::from("\u{FEFF}");
    let header = SUMMARY_COLUMNS
        .iter()
        .map(|c| c.to_string())
        .collect::<Vec<_>>();
    for row in std::iter::once(&header).chain(rows) {
        let fields: Vec<String> = row.iter().map(|c| csv_field(&guard_formula(c))).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The file name of the 附件5 electronic copy: `附件5-汇总表-{unit}-{year}.csv`,
/// with characters unsafe in file names (`/ \ : * ? " < > |`, control
/// characters, whitespace runs) removed or collapsed and the unit name cut to
/// 40 characters; without a unit name, `附件5-汇总表-{year}.csv`.
///
/// ```
/// use pingshen::domain::documents::summary_filename;
/// assert_eq!(summary_filename("沈阳/计量:所", 2024), "附件5-汇总表-沈阳计量所-2024.csv");
/// assert_eq!(summary_filename(" ../ ", 2024), "附件5-汇总表-2024.csv");
/// ```
pub fn summary_filename(unit_name: &str, year: i32) -> String {
    let cleaned: String = unit_name
        .chars()
        .filter(|c| !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|'))
        .map(|c| {
            if c.is_control() || c.is_whitespace() {
                ' '
            } else {
                c
            }
        })
        .collect();
    let cleaned: String = cleaned
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_matches(|c: char| c == '.' || c == ' ')
        .chars()
        .take(40)
        .collect();
    let cleaned = cleaned.trim_matches(|c: char| c == '.' || c == ' ');
    if cleaned.is_empty() {
        format!("附件5-汇总表-{year}.csv")
    } else {
        format!("附件5-汇总表-{cleaned}-{year}.csv")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::documents::test_records::record;
    use crate::domain::documents::{bag_checklist, DocumentError};
    use crate::domain::eligibility::{Applicant, Education};
    use crate::domain::test_dates::d;

    /// A small RFC 4180 reader for the tests: strict about CRLF between
    /// records, quotes only around whole fields.
    fn parse_csv(text: &str) -> Vec<Vec<String>> {
        let mut rows = Vec::new();
        let mut row = Vec::new();
        let mut field = String::new();
        let mut chars = text.chars().peekable();
        let mut quoted = false;
        let mut at_start = true;
        while let Some(c) = chars.next() {
            if quoted {
                if c == '"' {
                    if chars.peek() == Some(&'"') {
                        chars.next();
                        field.push('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    field.push(c);
                }
                continue;
            }
            match c {
                '"' if at_start => {
                    quoted = true;
                    at_start = false;
                }
                '"' => panic!("a quote inside an unquoted field"),
                ',' => {
                    row.push(std::mem::take(&mut field));
                    at_start = true;
                }
                '\r' => {
                    assert_eq!(chars.next(), Some('\n'), "CR without LF");
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                    at_start = true;
                }
                '\n' => panic!("a bare LF ends a record"),
                _ => {
                    field.push(c);
                    at_start = false;
                }
            }
        }
        assert!(!quoted, "an unterminated quoted field");
        assert!(
            row.is_empty() && field.is_empty(),
            "the last record lacks CRLF"
        );
        rows
    }

    /// 附件5 lists only applicants whose files go to the province, each with
    /// its own unit; a city-HR applicant has no provincial bag.
    #[test]
    fn the_summary_and_bags_follow_the_route() {
        let mut to_province = record(
            "甲",
            Some(Specialty::Quality),
            Some(Level::ProfessorEngineer),
        );
        to_province.applicant.unit = Some(eligibility::UnitLevel::County);
        to_province.unit_name = "某县质监站".into();
        let mut city_hr = record("乙", Some(Specialty::Quality), Some(Level::SeniorEngineer));
        city_hr.applicant.unit = Some(eligibility::UnitLevel::City);
        let unknown = record("丙", Some(Specialty::Quality), Some(Level::Engineer));
        let rows = summary_rows(
            "某市局",
            &[&to_province, &city_hr, &unknown],
            d(2024, 12, 31),
        );
        let listed: Vec<(&str, &str)> = rows
            .iter()
            .map(|r| (r[1].as_str(), r[2].as_str()))
            .collect();
        assert_eq!(listed, [("甲", "某县质监站"), ("丙", "某市局")]);
        assert_eq!(rows[1][0], "2", "numbered after the filter");
        assert!(matches!(
            bag_checklist(&city_hr, 2024),
            Err(DocumentError::CityHr { .. })
        ));
        let bag = bag_checklist(&to_province, 2024).unwrap();
        assert!(bag.items.iter().any(|i| i.id == "form-4"));
    }

    #[test]
    fn names_survive_csv_escaping() {
        let names = [
            "张三",
            "王\"五\"",
            "李,四",
            "赵\r\n六",
            "孙\n七",
            "<b>钱八</b>",
            "吴 九, \"小吴\"\n<script>",
            "O'Brien",
        ];
        let records: Vec<Record> = names
            .iter()
            .map(|n| record(n, Some(Specialty::Quality), Some(Level::Engineer)))
            .collect();
        let refs: Vec<&Record> = records.iter().collect();
        let rows = summary_rows("某市\"质监\",站", &refs, d(2024, 12, 31));
        let csv = summary_csv(&rows);
        assert!(csv.starts_with('\u{FEFF}'));
        assert!(csv.ends_with("\r\n"));
        let parsed = parse_csv(csv.strip_prefix('\u{FEFF}').unwrap());
        assert_eq!(parsed.len(), 1 + names.len(), "one row per applicant");
        assert_eq!(parsed[0], SUMMARY_COLUMNS);
        for (i, (row, name)) in parsed[1..].iter().zip(names).enumerate() {
            assert_eq!(row.len(), SUMMARY_COLUMNS.len());
            assert_eq!(row[0], (i + 1).to_string());
            assert_eq!(row[1], name);
            assert_eq!(row[2], "某市\"质监\",站");
            assert_eq!(row[3], "质量");
            assert_eq!(row[4], "工程师");
        }
        assert_eq!(parsed[1..], rows[..]);
    }

    #[test]
    fn the_formula_guard_defuses_cells() {
        // (cell, as written in the CSV)
        let table = [
            ("=1+1", "'=1+1"),
            (
                "=HYPERLINK(\"http://x\",\"点我\")",
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\"",
            ),
            ("+86 24", "'+86 24"),
            ("-1", "'-1"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "\"'\r=1\""),
            ("a=b", "a=b"),
            ("张-三", "张-三"),
            ("", ""),
        ];
        for (cell, written) in table {
            let csv = summary_csv(&[vec![cell.to_string()]]);
            let body = csv.split_once("\r\n").unwrap().1;
            assert_eq!(body, format!("{written}\r\n"), "{cell:?}");
            let parsed = parse_csv(body);
            let back = &parsed[0][0];
            if cell.is_empty() || !cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                assert_eq!(back, cell);
            } else {
                assert_eq!(back, &format!("'{cell}"));
            }
        }
    }

    #[test]
    fn summary_rows_fill_what_is_known() {
        let full = Record {
            id: "a".into(),
            name: "张三".into(),
            applicant: Applicant {
                specialty: Some(Specialty::Standardization),
                target: Some(Level::SeniorEngineer),
                education: Some(Education::Bachelor),
                current_title: Some(Level::Engineer),
                title_date: Some(d(2019, 12, 31)),
                exceptional: true,
                ..Applicant::default()
            },
            notes: "县区单位".into(),
            ..Record::default()
        };
        let mut leap = full.clone();
        leap.applicant.title_date = Some(d(2020, 2, 29));
        leap.applicant.exceptional = false;
        let empty = Record {
            id: "b".into(),
            name: "李四".into(),
            ..Record::default()
        };
        let rows = summary_rows("质监站", &[&full, &leap, &empty], d(2024, 12, 31));
        let want: [[&str; 11]; 3] = [
            [
                "1",
                "张三",
                "质监站",
                "标准化",
                "高级工程师",
                "工程师",
                "2019-12-31",
                "本科",
                "是",
                "5",
                "县区单位",
            ],
            [
                "2",
                "张三",
                "质监站",
                "标准化",
                "高级工程师",
                "工程师",
                "2020-02-29",
                "本科",
                "否",
                "4",
                "县区单位",
            ],
            ["3", "李四", "质监站", "", "", "无", "", "", "否", "", ""],
        ];
        assert_eq!(rows, want);
        let csv = summary_csv(&rows);
        assert_eq!(csv.matches("\r\n").count(), 4);
        assert!(csv.contains("\r\n3,李四,质监站,,,无,,,否,,\r\n"), "{csv}");
        assert_eq!(
            summary_csv(&[]),
            format!("\u{FEFF}{}\r\n", SUMMARY_COLUMNS.join(","))
        );
    }

    #[test]
    fn summary_filenames_are_safe() {
        let table = [
            (
                "某市计量测试所",
                2024,
                "附件5-汇总表-某市计量测试所-2024.csv",
            ),
            ("沈阳/计量:所", 2024, "附件5-汇总表-沈阳计量所-2024.csv"),
            ("a\\b*c?d\"e<f>g|h", 2025, "附件5-汇总表-abcdefgh-2025.csv"),
            (
                "  大连 \n 质监\t站  ",
                2024,
                "附件5-汇总表-大连 质监 站-2024.csv",
            ),
            ("..", 2024, "附件5-汇总表-2024.csv"),
            ("", 2024, "附件5-汇总表-2024.csv"),
            (" ../../etc ", 2024, "附件5-汇总表-etc-2024.csv"),
        ];
        for (unit, year, want) in table {
            assert_eq!(summary_filename(unit, year), want, "{unit:?}");
        }
        let long = "长".repeat(100);
        assert_eq!(
            summary_filename(&long, 2024),
            format!("附件5-汇总表-{}-2024.csv", "长".repeat(40))
        );
    }
}
