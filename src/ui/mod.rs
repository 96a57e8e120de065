//! The pages and their widgets. Each page reads the shared
//! [`AppState`](crate::state::AppState), calls the domain and renders; the
//! state and routing live in [`crate::app`], which mounts the header
//! (`header.rs`) and the round note (`round_note.rs`) here.

mod applicant_form;
mod calculator;
mod documents;
mod eligibility;
pub(crate) mod handoff;
mod handoff_receive;
mod header;
mod month_calendar;
mod paste_holidays;
mod paste_notice;
mod round_note;
mod timeline;
pub(crate) mod widgets;
mod workspace;
mod years;

pub use calculator::Calculator;
pub use documents::Documents;
pub use eligibility::Eligibility;
pub use handoff_receive::HandoffReceive;
pub use header::Header;
pub use round_note::RoundNote;
pub use timeline::Timeline;
pub use workspace::Workspace;
pub use years::Years;
