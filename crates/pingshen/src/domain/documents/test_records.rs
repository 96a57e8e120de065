//! The records and the notice the documents' tests share.

use chrono::NaiveDate;

use super::publicity_notice::{publicity_notice, PublicityNotice};
use crate::domain::calendar::Calendar;
use crate::domain::eligibility::{Applicant, Level, Specialty};
use crate::domain::notice::Notice;
use crate::domain::workspace::Record;

pub(super) fn record(name: &str, specialty: Option<Specialty>, target: Option<Level>) -> Record {
    Record {
        id: format!("id-{name}"),
        name: name.into(),
        applicant: Applicant {
            specialty,
            target,
            ..Applicant::default()
        },
        ..Record::default()
    }
}

pub(super) fn two() -> (Record, Record) {
    (
        record(
            "张三",
            Some(Specialty::Metrology),
            Some(Level::SeniorEngineer),
        ),
        record(
            "李四",
            Some(Specialty::SpecialEquipment),
            Some(Level::ProfessorEngineer),
        ),
    )
}

pub(super) fn notice_on(posted: NaiveDate, people: &[&Record]) -> PublicityNotice {
    publicity_notice(
        "某市计量测试所",
        "本所一楼公告栏",
        "人事科王老师，电话024-12345678",
        posted,
        people,
        &Calendar::official(),
        &Notice::official_2024(),
    )
    .unwrap()
}
