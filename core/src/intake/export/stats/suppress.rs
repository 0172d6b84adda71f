//! Small-cell suppression for one-dimensional count tables.
//!
//! Primary suppression hides every cell with `0 < count < k`. Complementary suppression then
//! hides more cells until the hidden cells are at least two and add up to at least `k`, so the
//! published total minus the published cells gives only a sum that cannot be split back into
//! a small cell. A table whose total is below `k` is withheld whole. Zero cells stay visible
//! and are never used as complements: a hidden zero next to one hidden small cell would let
//! the small cell be read off the total.

use serde::Serialize;

/// One cell: `count` is `None` when suppressed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cell {
    /// The key (a stable code).
    pub key: String,
    /// The count, or `None` when suppressed.
    pub count: Option<u64>,
}

/// A table of counts that partition one total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Table {
    /// The total, or `None` when the whole table is withheld.
    pub total: Option<u64>,
    /// The cells, in a stable key order.
    pub cells: Vec<Cell>,
}

impl Table {
    /// The published count of `key` (`None` when suppressed or absent).
    pub fn count(&self, key: &str) -> Option<u64> {
        self.cells.iter().find(|c| c.key == key).and_then(|c| c.count)
    }

    /// Whether `key` is suppressed.
    pub fn is_suppressed(&self, key: &str) -> bool {
        self.cells.iter().any(|c| c.key == key && c.count.is_none())
    }
}

/// Suppresses `raw` (key, count) cells with threshold `k` (k ≥ 1).
pub fn suppress(raw: &[(String, u64)], k: u64) -> Table {
    let total: u64 = raw.iter().map(|(_, c)| c).sum();
    let publish_all = |total| Table {
        total,
        cells: raw
            .iter()
            .map(|(key, count)| Cell {
                key: key.clone(),
                count: (total.is_some()).then_some(*count),
            })
            .collect(),
    };
    if total == 0 {
        return publish_all(Some(0));
    }
    if total < k {
        return publish_all(None);
    }
    let mut hidden: Vec<bool> = raw.iter().map(|(_, c)| *c > 0 && *c < k).collect();
    let hidden_sum = |hidden: &[bool]| -> u64 {
        raw.iter()
            .zip(hidden)
            .filter(|(_, h)| **h)
            .map(|((_, c), _)| c)
            .sum()
    };
    let mut withhold_total = false;
    loop {
        let count = hidden.iter().filter(|h| **h).count();
        if count == 0 || (count >= 2 && hidden_sum(&hidden) >= k) {
            break;
        }
        let complement = raw
            .iter()
            .enumerate()
            .filter(|(i, (_, c))| !hidden[*i] && *c > 0)
            .min_by_key(|(i, (_, c))| (*c, *i))
            .map(|(i, _)| i);
        match complement {
            Some(i) => hidden[i] = true,
            None => {
                // Unreachable for a total ≥ k (a lone hidden cell would equal the total),
                // kept so no input can publish a derivable cell.
                withhold_total = true;
                break;
            }
        }
    }
    Table {
        total: (!withhold_total).then_some(total),
        cells: raw
            .iter()
            .zip(&hidden)
            .map(|((key, count), h)| Cell {
                key: key.clone(),
                count: (!h).then_some(*count),
            })
            .collect(),
    }
}

/// Nearest-rank percentile `p` (0 < p ≤ 100) of sorted `values`; `None` when empty.
pub fn percentile(sorted: &[i64], p: u32) -> Option<i64> {
    if sorted.is_empty() {
        return None;
    }
    let n = sorted.len() as u64;
    let rank = (u64::from(p) * n).div_ceil(100).max(1);
    let index = usize::try_from(rank - 1)
        .unwrap_or(usize::MAX)
        .min(sorted.len() - 1);
    sorted.get(index).copied()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn table(counts: &[u64]) -> Vec<(String, u64)> {
        counts
            .iter()
            .enumerate()
            .map(|(i, c)| (format!("k{i}"), *c))
            .collect()
    }

    /// What someone holding the published table learns about the hidden cells: their sum.
    fn hidden_sum(t: &Table, raw: &[(String, u64)]) -> Option<u64> {
        let published: u64 = t.cells.iter().filter_map(|c| c.count).sum();
        t.total.map(|total| {
            assert_eq!(
                total - published,
                raw.iter()
                    .zip(&t.cells)
                    .filter(|(_, c)| c.count.is_none())
                    .map(|((_, n), _)| n)
                    .sum::<u64>()
            );
            total - published
        })
    }

    #[test]
    fn nearest_rank_percentiles() {
        let v: Vec<i64> = (1..=10).collect();
        assert_eq!(percentile(&v, 50), Some(5));
        assert_eq!(percentile(&v, 95), Some(10));
        assert_eq!(percentile(&[7], 50), Some(7));
        assert_eq!(percentile(&[], 50), None);
    }

    #[test]
    fn one_small_cell_takes_the_smallest_nonzero_complement() {
        let raw = table(&[3, 0, 40, 12]);
        let t = suppress(&raw, 10);
        assert_eq!(t.total, Some(55));
        assert_eq!(
            t.cells.iter().map(|c| c.count).collect::<Vec<_>>(),
            vec![None, Some(0), Some(40), None]
        );
    }

    #[test]
    fn two_tiny_cells_whose_sum_is_small_get_a_complement() {
        // 1 + 1 = 2 < k: with only those two hidden, both would be read as 1.
        let raw = table(&[1, 1, 30, 50]);
        let t = suppress(&raw, 10);
        assert_eq!(t.count("k2"), None);
        assert_eq!(t.count("k3"), Some(50));
    }

    #[test]
    fn a_total_below_k_withholds_the_table() {
        let t = suppress(&table(&[4, 5]), 10);
        assert_eq!(t.total, None);
        assert!(t.cells.iter().all(|c| c.count.is_none()));
        let t = suppress(&table(&[0, 0]), 10);
        assert_eq!(t.total, Some(0));
    }

    proptest! {
        #[test]
        fn no_small_cell_is_published_or_derivable(
            counts in proptest::collection::vec(prop_oneof![Just(0u64), 1u64..12, 10u64..200], 1..8),
            k in 2u64..15,
        ) {
            let raw = table(&counts);
            let t = suppress(&raw, k);
            for cell in &t.cells {
                if let Some(c) = cell.count {
                    prop_assert!(c == 0 || c >= k, "published small cell");
                }
            }
            let hidden = t.cells.iter().filter(|c| c.count.is_none()).count();
            if t.total.is_some() && hidden > 0 {
                prop_assert!(hidden >= 2, "a lone hidden cell is total minus the rest");
                prop_assert!(hidden_sum(&t, &raw).unwrap_or(0) >= k, "hidden cells sum below k");
            }
            if let Some(total) = t.total {
                prop_assert!(total == 0 || total >= k);
            }
        }
    }
}
