//! Which applicants the documents cover, and where each one's files go.

use crate::domain::route::Route;
use crate::domain::workspace::Record;

/// The applicants the unit's documents cover for the round of `shown`:
/// every record but those left out of that round's documents (列入文书的
/// 申报人), in the records' order. A record left out in another round is
/// listed again: a round's choice is that round's. Every document — the
/// publicity notice, the 公示情况说明, 附件5 and the bags — takes this.
///
/// ```
/// use pingshen::domain::documents::selected;
/// use pingshen::domain::workspace::Record;
/// let records = vec![
///     Record { id: "a".into(), name: "甲".into(), excluded: true, round: Some(2027), ..Record::default() },
///     Record { id: "b".into(), name: "乙".into(), ..Record::default() },
///     Record { id: "c".into(), name: "丙".into(), excluded: true, round: Some(2026), ..Record::default() },
/// ];
/// let names: Vec<&str> = selected(&records, 2027).iter().map(|r| r.name.as_str()).collect();
/// assert_eq!(names, ["乙", "丙"]);
/// ```
pub fn selected(records: &[Record], shown: i32) -> Vec<&Record> {
    records.iter().filter(|r| !r.excluded_in(shown)).collect()
}

/// The route of a record's files ([`Route::of_applicant`]).
pub fn route_of(record: &Record) -> Option<Route> {
    Route::of_applicant(&record.applicant)
}
