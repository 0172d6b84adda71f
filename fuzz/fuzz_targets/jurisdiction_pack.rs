//! The jurisdiction pack loader. Input: one pack file. First byte selects the slot it loads
//! in: even, a country pack; odd, a region pack.
//! A set that loads must answer lookups, duties, redress and help without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tellsafe::duties::PackSet;
use tellsafe::{AgeBand, Category, Timestamp};

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let loaded = if mode % 2 == 0 {
        PackSet::from_json(&[text], &[])
    } else {
        PackSet::from_json(&[], &[text])
    };
    let Ok(set) = loaded else {
        return;
    };
    let today = Timestamp::from_unix_millis(1_800_000_000_000).expect("valid time");
    let countries: Vec<_> = set.countries().collect();
    for country in countries {
        let lookup = set.lookup(country, today);
        for category in Category::ALL {
            let _ = lookup.duty_to_tell(category, AgeBand::Age13To15);
            let _ = lookup.redress_for(category, AgeBand::Age10To12);
        }
        let _ = lookup.help_for();
    }
    let _ = set.message_ids();
});
