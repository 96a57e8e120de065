//! Eligibility (being written).
