//! One stable sort for every list the app orders (a size rule, not a
//! notice rule: no clause).
//!
//! The standard library's `sort_by` is generic: every element type and
//! comparison compiles its own copy of the sort (about 3.5 KB of wasm each,
//! nine copies in the app). These functions sort the items' *positions*
//! with one compiled sort and then move the items into place, so the app
//! carries the sort once. The order is exactly `slice::sort_by`'s: stable,
//! equal items keep the order they came in.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, stably (as `slice::sort_by`).
///
/// # Example
///
/// ```
/// use pingshen::domain::order::sort_by;
///
/// let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd')];
/// sort_by(&mut v, |x, y| x.0.cmp(&y.0));
/// // Equal keys keep their order: 'b' before 'd', 'a' before 'c'.
/// assert_eq!(v, [(1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
/// ```
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    {
        let items = &*items;
        sort_positions(&mut order, &|a, b| compare(&items[a], &items[b]));
    }
    permute(items, &mut order);
}

/// Sorts `items` by the key `key` gives, stably (as `slice::sort_by_key`).
///
/// # Example
///
/// ```
/// use pingshen::domain::order::sort_by_key;
///
/// let mut years = vec![2026, 2024, 2025];
/// sort_by_key(&mut years, |y| *y);
/// assert_eq!(years, [2024, 2025, 2026]);
/// ```
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order (as `slice::sort`).
///
/// # Example
///
/// ```
/// use pingshen::domain::order::sort;
///
/// let mut words = vec!["乙", "甲", "丙"];
/// sort(&mut words);
/// assert_eq!(words, ["丙", "乙", "甲"]); // by code point: 丙 U+4E19, 乙 U+4E59, 甲 U+7532
/// ```
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The one compiled sort: positions, compared through `compare`.
#[inline(never)]
fn sort_positions(order: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| compare(a, b));
}

/// Moves `items[order[k]]` to position `k` for every `k`, following each
/// cycle of the permutation with swaps (`order` is used up: each position
/// done points to itself).
fn permute<T>(items: &mut [T], order: &mut [usize]) {
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = at;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An item: its key and its place in the input.
    type Item = (u8, char);

    /// Lists worked by hand: (input, sorted by the number, ties in input order).
    #[test]
    fn sorts_stably_like_the_standard_sort() {
        let cases: &[(&[Item], &[Item])] = &[
            (&[], &[]),
            (&[(1, 'a')], &[(1, 'a')]),
            (&[(2, 'a'), (1, 'b')], &[(1, 'b'), (2, 'a')]),
            (
                &[(1, 'a'), (1, 'b'), (1, 'c')],
                &[(1, 'a'), (1, 'b'), (1, 'c')],
            ),
            (
                &[(3, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (3, 'e'), (0, 'f')],
                &[(0, 'f'), (1, 'b'), (1, 'd'), (2, 'c'), (3, 'a'), (3, 'e')],
            ),
            // A reversed list: one cycle of swaps after another.
            (
                &[(4, 'a'), (3, 'b'), (2, 'c'), (1, 'd'), (0, 'e')],
                &[(0, 'e'), (1, 'd'), (2, 'c'), (3, 'b'), (4, 'a')],
            ),
            // A rotation: a single cycle through every position.
            (
                &[(1, 'a'), (2, 'b'), (3, 'c'), (0, 'd')],
                &[(0, 'd'), (1, 'a'), (2, 'b'), (3, 'c')],
            ),
        ];
        for (input, want) in cases {
            let mut v = input.to_vec();
            sort_by_key(&mut v, |x| x.0);
            assert_eq!(&v, want, "{input:?}");
        }
    }

    /// Items that are not `Copy` (moved, not copied) come out whole.
    #[test]
    fn moves_owned_items() {
        let mut v: Vec<String> = ["丁", "甲", "丙", "乙"].map(String::from).to_vec();
        sort(&mut v);
        // By code point: 丁 U+4E01, 丙 U+4E19, 乙 U+4E59, 甲 U+7532.
        assert_eq!(v, ["丁", "丙", "乙", "甲"]);
    }
}
