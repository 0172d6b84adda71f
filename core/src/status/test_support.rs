//! Builders shared by the status tests.

use super::decision::{Action, ActionSet, AutomatedDecision, Decision, DisclosureLevel, GroundRef, Grounds};
use crate::timestamp::Timestamp;

/// Milliseconds in a day.
pub const DAY: i64 = 86_400_000;

/// A timestamp `ms` after 2026-01-01T00:00:00Z.
pub fn t(ms: i64) -> Timestamp {
    Timestamp::from_unix_millis(1_767_225_600_000 + ms).unwrap()
}

/// A valid decision with these actions at `at`, full disclosure, no holds.
pub fn decision(actions: &[Action], at: Timestamp) -> Decision {
    Decision {
        actions: ActionSet::of(actions.iter().copied()),
        grounds: Some(Grounds::Terms {
            clause: GroundRef::new("terms 4.2").unwrap(),
        }),
        automated_detection: false,
        automated_decision: AutomatedDecision::NotAutomated,
        holds: Default::default(),
        disclosure: DisclosureLevel::Full,
        decided_at: at,
    }
}

/// Differential checks of a hand-written `Deserialize` against the derive it replaces: both
/// read the same mutated JSON objects and must accept the same ones, with equal values.
pub mod differential {
    use proptest::prelude::*;
    use serde::Serialize;
    use serde::de::DeserializeOwned;
    use serde_json::Value;

    /// One JSON object as key / raw-JSON pairs, so repeated keys and any order can be written.
    pub type Pairs = Vec<(String, String)>;

    /// Values that are wrong for every field, added to each pool.
    const JUNK: [&str; 8] = [
        "null",
        "1",
        "-1",
        "true",
        "\"bogus\"",
        "{}",
        "[]",
        "{\"decide\":null}",
    ];

    /// The pairs of an object value.
    pub fn pairs_of(value: &Value) -> Pairs {
        let Value::Object(map) = value else {
            panic!("not an object")
        };
        map.iter().map(|(k, v)| (k.clone(), v.to_string())).collect()
    }

    /// The JSON text of `pairs`.
    pub fn render(pairs: &Pairs) -> String {
        let body: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{}:{v}", Value::String(k.clone())))
            .collect();
        format!("{{{}}}", body.join(","))
    }

    /// Keys and values to mutate with: everything in the samples, `extra`, tag codes and junk.
    pub struct Pools {
        /// Keys.
        pub keys: Vec<String>,
        /// Raw JSON values.
        pub values: Vec<String>,
    }

    impl Pools {
        /// Pools from sample objects plus `tags` (codes, written as strings).
        pub fn new(samples: &[Pairs], tags: &[&str]) -> Pools {
            let mut keys = vec!["extra".to_owned()];
            let mut values: Vec<String> = JUNK.iter().map(|v| (*v).to_owned()).collect();
            values.extend(tags.iter().map(|t| format!("\"{t}\"")));
            for (k, v) in samples.iter().flatten() {
                if !keys.contains(k) {
                    keys.push(k.clone());
                }
                if !values.contains(v) {
                    values.push(v.clone());
                }
            }
            Pools { keys, values }
        }
    }

    /// One edit of an object. Indices are taken modulo the current lengths.
    #[derive(Debug, Clone)]
    pub enum Mutation {
        /// Drop the pair at this index.
        Remove(usize),
        /// Insert (pool key, pool value) at this position.
        Insert(usize, usize, usize),
        /// Repeat the pair at this index at the end.
        Repeat(usize),
        /// Give the pair at this index a pool value.
        Replace(usize, usize),
        /// Swap two pairs.
        Swap(usize, usize),
    }

    /// Any mutation.
    pub fn mutation() -> impl Strategy<Value = Mutation> {
        let i = 0usize..64;
        prop_oneof![
            i.clone().prop_map(Mutation::Remove),
            (i.clone(), i.clone(), i.clone()).prop_map(|(k, v, p)| Mutation::Insert(k, v, p)),
            i.clone().prop_map(Mutation::Repeat),
            (i.clone(), i.clone()).prop_map(|(a, v)| Mutation::Replace(a, v)),
            (i.clone(), i).prop_map(|(a, b)| Mutation::Swap(a, b)),
        ]
    }

    /// `pairs` after `mutations`.
    pub fn mutate(mut pairs: Pairs, mutations: &[Mutation], pools: &Pools) -> Pairs {
        for m in mutations {
            let n = pairs.len();
            match *m {
                Mutation::Remove(i) if n > 0 => {
                    pairs.remove(i % n);
                }
                Mutation::Insert(k, v, p) => pairs.insert(
                    p % (n + 1),
                    (
                        pools.keys[k % pools.keys.len()].clone(),
                        pools.values[v % pools.values.len()].clone(),
                    ),
                ),
                Mutation::Repeat(i) if n > 0 => pairs.push(pairs[i % n].clone()),
                Mutation::Replace(i, v) if n > 0 => {
                    pairs[i % n].1 = pools.values[v % pools.values.len()].clone()
                }
                Mutation::Swap(a, b) if n > 0 => pairs.swap(a % n, b % n),
                _ => {}
            }
        }
        pairs
    }

    /// Every single-mutation variant of `pairs` (removals, insertions at both ends, repeats,
    /// replacements, reversal).
    pub fn single_mutations(pairs: &Pairs, pools: &Pools) -> Vec<Pairs> {
        let mut out = vec![pairs.clone()];
        let n = pairs.len();
        let mut edits = Vec::new();
        for i in 0..n {
            edits.push(Mutation::Remove(i));
            edits.push(Mutation::Repeat(i));
            for v in 0..pools.values.len() {
                edits.push(Mutation::Replace(i, v));
            }
        }
        for k in 0..pools.keys.len() {
            for v in 0..pools.values.len() {
                edits.push(Mutation::Insert(k, v, 0));
                edits.push(Mutation::Insert(k, v, n));
            }
        }
        out.extend(
            edits
                .iter()
                .map(|m| mutate(pairs.clone(), std::slice::from_ref(m), pools)),
        );
        out.push(pairs.iter().rev().cloned().collect());
        out
    }

    /// Reads `text` with the new (`New`) and the derived (`Old`) deserializer, asserts they agree
    /// and, when both accept, that the values serialize alike. Returns whether it was accepted.
    pub fn agree<New, Old>(text: &str) -> bool
    where
        New: DeserializeOwned + Serialize,
        Old: DeserializeOwned + Serialize,
    {
        let new = serde_json::from_str::<New>(text);
        let old = serde_json::from_str::<Old>(text);
        match (&new, &old) {
            (Ok(n), Ok(o)) => {
                assert_eq!(
                    serde_json::to_value(n).unwrap(),
                    serde_json::to_value(o).unwrap(),
                    "values differ for {text}"
                );
                true
            }
            (Err(_), Err(_)) => false,
            _ => panic!(
                "new {:?} but derived {:?} for {text}",
                new.as_ref().map(|_| ()),
                old.as_ref().map(|_| ())
            ),
        }
    }

    /// Runs [`agree`] on every single mutation of every sample; asserts both outcomes occur.
    pub fn agree_on_single_mutations<New, Old>(samples: &[Pairs], pools: &Pools)
    where
        New: DeserializeOwned + Serialize,
        Old: DeserializeOwned + Serialize,
    {
        let (mut accepted, mut refused) = (0, 0);
        for sample in samples {
            for pairs in single_mutations(sample, pools) {
                if agree::<New, Old>(&render(&pairs)) {
                    accepted += 1;
                } else {
                    refused += 1;
                }
            }
        }
        assert!(
            accepted > samples.len() && refused > samples.len(),
            "{accepted} accepted, {refused} refused"
        );
    }
}
