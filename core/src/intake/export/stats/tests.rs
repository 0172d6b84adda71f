use super::*;

fn at(period: &str, offset_ms: i64) -> Timestamp {
    period.parse::<Period>().unwrap().start().plus_millis(offset_ms)
}

/// `n` bullying reports in 2026-11 by 13-15-year-olds, tier P3, each reviewed after
/// `i` minutes and decided (removal) after `2i` minutes.
fn records(n: usize) -> Vec<StatsRecord> {
    (0..n)
        .map(|i| {
            let received = at("2026-11", 1_000 * i as i64);
            let minute = 60_000 * (i as i64 + 1);
            StatsRecord {
                received_at: received,
                category: Category::Bullying,
                status: StateKind::Decided,
                age_band: AgeBand::Age13To15,
                decision: Some(ActionSet::of([Action::Remove])),
                sla_tier: SlaTier::P3,
                first_review_at: Some(received.plus_millis(minute)),
                first_decided_at: Some(received.plus_millis(2 * minute)),
                appeal: None,
            }
        })
        .collect()
}

fn stats(records: &[StatsRecord]) -> TransparencyStats {
    transparency_stats("2026-11".parse().unwrap(), records, None, StatsConfig::default()).unwrap()
}

/// Every published count is 0 or at least k, and every published table total is 0 or ≥ k.
fn assert_safe(s: &TransparencyStats) {
    for (name, table) in s.tables() {
        for cell in &table.cells {
            if let Some(c) = cell.count {
                assert!(c == 0 || c >= s.k, "{name}.{} = {c}", cell.key);
            }
        }
        if let Some(total) = table.total {
            assert!(total == 0 || total >= s.k, "{name} total {total}");
        }
    }
}

#[test]
fn nine_reports_publish_nothing_but_zeros_withheld_too() {
    let s = stats(&records(9));
    assert_safe(&s);
    assert_eq!(s.by_category.total, None);
    assert!(s.by_category.cells.iter().all(|c| c.count.is_none()));
    let p3 = s.times.iter().find(|t| t.tier == SlaTier::P3).unwrap();
    assert_eq!(
        p3.time_to_first_review.p50_ms, None,
        "no median over fewer than k"
    );
    assert_eq!(p3.time_to_decision.p95_ms, None);
}

#[test]
fn ten_reports_publish_the_cell_and_the_medians() {
    let s = stats(&records(10));
    assert_safe(&s);
    assert_eq!(s.by_category.total, Some(10));
    assert_eq!(s.by_category.count("bullying"), Some(10));
    assert_eq!(s.by_decision.count("remove"), Some(10));
    let p3 = s.times.iter().find(|t| t.tier == SlaTier::P3).unwrap();
    // Minutes 1..=10: the nearest-rank median is minute 5, p95 minute 10.
    assert_eq!(p3.time_to_first_review.p50_ms, Some(5 * 60_000));
    assert_eq!(p3.time_to_first_review.p95_ms, Some(10 * 60_000));
    assert_eq!(p3.time_to_decision.p50_ms, Some(10 * 60_000));
}

#[test]
fn eleven_reports_with_one_odd_one_out_hide_it_and_its_complement() {
    let mut rs = records(11);
    rs[0].category = Category::Spam;
    rs[0].age_band = AgeBand::Age10To12;
    let s = stats(&rs);
    assert_safe(&s);
    assert_eq!(s.by_category.total, Some(11));
    // spam = 1 is primary; bullying = 10 would give it away as 11 - 10, so it is hidden too.
    assert!(s.by_category.is_suppressed("spam"));
    assert!(s.by_category.is_suppressed("bullying"));
    assert_eq!(s.by_category.count("hate"), Some(0));
    assert!(s.by_age_band.is_suppressed("10-12") && s.by_age_band.is_suppressed("13-15"));
    // The remaining tables have one cell of 11.
    assert_eq!(s.by_decision.count("remove"), Some(11));
}

#[test]
fn records_outside_the_period_are_ignored_and_quarters_add_months() {
    let mut rs = records(10);
    rs.extend(records(10).into_iter().map(|mut r| {
        r.received_at = at("2026-12", 0);
        r
    }));
    rs.push(StatsRecord {
        received_at: at("2027-01", 0),
        ..records(1).remove(0)
    });
    assert_eq!(stats(&rs).by_category.total, Some(10));
    let q4 = transparency_stats("2026-Q4".parse().unwrap(), &rs, None, StatsConfig::default()).unwrap();
    assert_eq!(q4.by_category.total, Some(20));
}

#[test]
fn appeals_and_intake_are_suppressed_and_the_duplicate_rate_needs_both_cells() {
    let mut rs = records(30);
    for r in rs.iter_mut().take(12) {
        r.appeal = Some(AppealOutcome::Upheld);
    }
    rs[12].appeal = Some(AppealOutcome::Reversed);
    let mut counts = IntakeCounts {
        accepted: 30,
        duplicates: 3,
        ..IntakeCounts::default()
    };
    counts.rejections.insert("schema_invalid", 25);
    counts.rejections.insert("clock_skew", 2);
    let s = transparency_stats(
        "2026-11".parse().unwrap(),
        &rs,
        Some(&counts),
        StatsConfig::default(),
    )
    .unwrap();
    assert_safe(&s);
    assert!(s.appeals.is_suppressed("reversed") && s.appeals.is_suppressed("upheld"));
    let intake = s.intake.as_ref().unwrap();
    assert!(intake.rejections.is_suppressed("clock_skew"));
    assert!(intake.rejections.is_suppressed("schema_invalid"));
    assert_eq!(intake.duplicate_rate, None, "3 duplicates would be rate x total");
    counts.duplicates = 10;
    let s = transparency_stats(
        "2026-11".parse().unwrap(),
        &rs,
        Some(&counts),
        StatsConfig::default(),
    )
    .unwrap();
    assert_eq!(s.intake.unwrap().duplicate_rate, Some(10.0 / 40.0));
}

#[test]
fn k_below_two_is_refused() {
    let err = transparency_stats("2026-11".parse().unwrap(), &[], None, StatsConfig { k: 1 });
    assert_eq!(err.unwrap_err(), StatsError::ThresholdTooLow { min: MIN_K });
}

#[test]
fn csv_has_one_row_per_cell_and_marks_suppression() {
    let mut rs = records(11);
    rs[0].category = Category::Spam;
    let s = stats(&rs);
    let csv = s.to_csv().unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        ["period", "table", "key", "value", "suppressed"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let find = |table: &str, key: &str| {
        rows.iter()
            .find(|r| &r[1] == table && &r[2] == key)
            .unwrap_or_else(|| panic!("{table}.{key}"))
            .clone()
    };
    assert_eq!(&find("by_category", "spam")[3], "");
    assert_eq!(&find("by_category", "spam")[4], "true");
    assert_eq!(&find("by_category", "total")[3], "11");
    assert_eq!(&find("by_decision", "remove")[3], "11");
    assert_eq!(&find("time_to_first_review_p50_ms", "P3")[3], "360000");
    assert!(rows.iter().all(|r| &r[0] == "2026-11"));
    let cells: usize = s.tables().iter().map(|(_, t)| t.cells.len() + 1).sum();
    assert_eq!(rows.len(), cells + SlaTier::ALL.len() * 4);
}
