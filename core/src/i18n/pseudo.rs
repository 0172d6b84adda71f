//! The pseudo-locale `en-XA`: English with accented letters and doubled vowels, generated
//! at load time (a Fluent transform on text, never on placeables), so it can never be out
//! of date with `en`. It makes hard-coded strings, clipped text and fixed-width layouts
//! visible: the text is still readable and about a third longer.

use std::borrow::Cow;

/// Maps one ASCII letter to an accented look-alike.
fn accent(c: char) -> char {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

/// The transform given to the Fluent bundle of a pseudo-locale.
pub(crate) fn transform(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        out.push(accent(c));
        if "aeiouAEIOU".contains(c) {
            out.push(accent(c));
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_letter_changes_and_nothing_else_does() {
        for c in ('a'..='z').chain('A'..='Z') {
            assert_ne!(accent(c), c, "{c} is not accented");
        }
        assert_eq!(
            transform("1 + 2, ok?")
                .chars()
                .filter(|c| c.is_ascii_punctuation())
                .count(),
            3
        );
        assert_eq!(accent('7'), '7');
    }

    #[test]
    fn text_gets_longer() {
        let text = "People at the app will look at what you sent.";
        assert!(transform(text).chars().count() * 10 >= text.chars().count() * 13);
    }
}
