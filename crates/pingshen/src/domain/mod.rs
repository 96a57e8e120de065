//! The rules, pure: no leptos, web-sys, gloo or js-sys (a test checks), and
//! "today" always an argument.

pub mod applicant_form;
pub mod calendar;
pub mod dates;
pub mod decimal;
pub mod documents;
pub mod eligibility;
pub mod holiday_text;
pub mod ics;
pub mod labelled;
pub mod notice;
pub mod notice_text;
pub mod order;
pub mod pages;
pub mod parse;
pub mod pasted;
pub mod publicity;
pub mod request;
pub mod round_facts;
pub mod rounds;
pub mod route;
#[cfg(test)]
pub(crate) mod test_dates;
pub mod text;
pub mod ticks;
pub mod timeline;
pub mod user_agent;
pub mod workspace;
