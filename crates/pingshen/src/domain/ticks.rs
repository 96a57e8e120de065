//! Lists of ids that are on: the forms ticked as ready (an applicant's own
//! check and each record of the unit), the applicants left out of the
//! unit's documents. One rule for them all: an id stands once, and turning
//! one id on or off never moves the others.

/// Turns `id` on (added at the end unless already there) or off (removed
/// wherever it stands) in `ticks`; the other ids keep their order.
///
/// ```
/// use pingshen::domain::ticks::toggle;
/// let mut ticks = vec!["form-1".to_string(), "form-3".to_string()];
/// toggle(&mut ticks, "form-5", true);
/// toggle(&mut ticks, "form-1", true); // already on: stays first
/// toggle(&mut ticks, "form-3", false);
/// assert_eq!(ticks, ["form-1", "form-5"]);
/// ```
pub fn toggle(ticks: &mut Vec<String>, id: &str, on: bool) {
    if on {
        if !is_on(ticks, id) {
            ticks.push(id.to_string());
        }
    } else {
        ticks.retain(|t| t != id);
    }
}

/// Whether `id` is on in `ticks`.
pub fn is_on(ticks: &[String], id: &str) -> bool {
    ticks.iter().any(|t| t == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(ids: &[&str]) -> Vec<String> {
        ids.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn toggle_table() {
        let table: [(&[&str], &str, bool, &[&str]); 8] = [
            (&[], "a", true, &["a"]),
            (&[], "a", false, &[]),
            (&["a"], "b", true, &["a", "b"]),
            // On again: in place, not moved to the end, not twice.
            (&["a", "b", "c"], "a", true, &["a", "b", "c"]),
            (&["a", "b", "c"], "b", false, &["a", "c"]),
            (&["a", "b"], "z", false, &["a", "b"]),
            // A list written twice (by an older build) is cleaned by off.
            (&["a", "b", "a"], "a", false, &["b"]),
            (&["a", "b", "a"], "b", true, &["a", "b", "a"]),
        ];
        for (before, id, on, after) in table {
            let mut ticks = list(before);
            toggle(&mut ticks, id, on);
            assert_eq!(ticks, list(after), "{before:?} {id} {on}");
            assert_eq!(is_on(&ticks, id), on, "{before:?} {id} {on}");
        }
    }
}
