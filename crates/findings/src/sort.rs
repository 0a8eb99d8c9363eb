//! One stable sort for the parser and the viewer together.
//!
//! `slice::sort_by` and `sort_by_key` are generic over the element type and the comparator, so
//! each call site gets its own copy of the standard library's sort (~3 KB of wasm each). These
//! sort a list of indices with one `&dyn` comparator — a single copy of the sort in the whole
//! program — and then move the items into that order. The result is that of `slice::sort_by`:
//! stable, equal items keep their order. Meant for short lists (columns, gaps, warnings, library
//! rows): each comparison is an indirect call.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`, like [`slice::sort_by`].
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let mut order = sorted_order(v.len(), &|a, b| cmp(&v[a], &v[b]));
    permute(&mut order, &mut |a, b| v.swap(a, b));
}

/// Sorts `v` stably by `key`, like [`slice::sort_by_key`].
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// The indices `0..n` in the order `cmp` gives them (stable).
fn sorted_order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Swaps items so that the one at `order[i]` ends at `i`, one cycle of the permutation at a time.
/// `order` is used up: each visited slot is set to its own index.
fn permute(order: &mut [usize], swap: &mut dyn FnMut(usize, usize)) {
    for i in 0..order.len() {
        let mut j = i;
        while order[j] != j {
            let k = std::mem::replace(&mut order[j], j);
            if k == i {
                break;
            }
            swap(j, k);
            j = k;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_standard_stable_sort() {
        // Pseudo-random pairs with many equal keys: stability shows in the second field.
        let mut x = 12345u32;
        for n in [0, 1, 2, 3, 7, 20, 33, 100, 1000] {
            let v: Vec<(u32, usize)> = (0..n)
                .map(|i| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    ((x >> 16) % 10, i)
                })
                .collect();
            let mut ours = v.clone();
            sort_by_key(&mut ours, |p| p.0);
            let mut std = v.clone();
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std, "n = {n}");
            let mut ours = v.clone();
            let cmp =
                |a: &(u32, usize), b: &(u32, usize)| (b.0 % 3).cmp(&(a.0 % 3)).then(a.0.cmp(&b.0));
            sort_by(&mut ours, cmp);
            let mut std = v;
            std.sort_by(cmp);
            assert_eq!(ours, std, "n = {n}, by a comparator");
        }
    }
}
