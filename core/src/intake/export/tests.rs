//! Unit tests of the shared helpers (format tests: `core/tests/exports.rs`).

use super::*;

#[test]
fn tokens_match_whole_ids_only() {
    assert!(contains_token("user 12 posted", "12"));
    assert!(contains_token("(12)", "12"));
    assert!(!contains_token("section 12a", "12"));
    assert!(contains_token("terms 4.12", "12"), "a dot separates tokens");
    assert!(
        !contains_token("user-12", "12"),
        "ids joined by '-' are one token"
    );
    assert!(contains_token("did:plc:abc, then", "did:plc:abc"));
    assert!(!contains_token("anything", ""));
}

#[test]
fn keyword_words_and_category_labels() {
    assert_eq!(keyword_words("KEYWORD_HATE_SPEECH"), "hate speech");
    assert_eq!(
        dsa_category_label("STATEMENT_CATEGORY_PROTECTION_OF_MINORS"),
        Some("Protection of minors")
    );
    assert_eq!(dsa_category_label("STATEMENT_CATEGORY_NOPE"), None);
    // Every category the taxonomy maps to has a label.
    for category in Category::ALL {
        assert!(
            dsa_category_label(&category.info().dsa.category).is_some(),
            "{}",
            category.code()
        );
    }
}

#[test]
fn sla_tier_codes_round_trip_and_order_by_urgency() {
    for tier in SlaTier::ALL {
        assert_eq!(SlaTier::from_code(tier.code()), Some(tier));
    }
    assert!(SlaTier::P0 < SlaTier::P3);
    assert_eq!(SlaTier::from_code("p0"), None);
    assert!(SlaTier::P1.is_high_priority() && !SlaTier::P2.is_high_priority());
}

#[test]
fn review_tiers_map_onto_the_same_sla_names() {
    use crate::intake::review::ReviewTier;
    for tier in ReviewTier::ALL {
        assert_eq!(SlaTier::from(tier).code(), tier.sla_name(), "{tier:?}");
    }
}
