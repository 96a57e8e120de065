//! Reading the province's evaluation notice (not yet written).
