//! iCalendar export (being written).
