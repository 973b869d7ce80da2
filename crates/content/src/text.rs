//! Plain-text helpers shared by the loader, the linter and the voice-over build: sentence
//! splitting (the unit of read-along highlighting), word counts and a reading-ease score.

/// Splits formatted text into sentences, the unit of voice-over timing and read-along
/// highlighting.
///
/// The rule is deliberately simple, so that a person adding content can predict it:
/// a sentence ends after `.`, `!`, `?` or `…` (plus any closing quotes or brackets) that is
/// followed by whitespace or the end of the text, and at every line break that follows a
/// colon or a blank line. Whitespace inside a sentence is collapsed to single spaces. Avoid
/// abbreviations with full stops ("e.g.", "Mr.") in content: they would split a sentence.
pub fn split_sentences(text: &str) -> Vec<String> {
    let mut sentences = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        current.push(c);
        i += 1;
        let ends_sentence = matches!(c, '.' | '!' | '?' | '…' | ':');
        if ends_sentence {
            // Take closing quotes and brackets with the sentence.
            while i < chars.len() && matches!(chars[i], '"' | '\'' | ')' | '’' | '”' | ']') {
                current.push(chars[i]);
                i += 1;
            }
            let at_break = i >= chars.len() || chars[i].is_whitespace();
            // A colon ends a sentence only at a line break ("Call: 999" stays together).
            let colon_ok = c != ':' || (i < chars.len() && chars[i] == '\n');
            if at_break && colon_ok {
                push_sentence(&mut sentences, &current);
                current.clear();
            }
        } else if c == '\n' && i < chars.len() && chars[i] == '\n' {
            // A blank line is a paragraph break.
            push_sentence(&mut sentences, &current);
            current.clear();
        }
    }
    push_sentence(&mut sentences, &current);
    sentences
}

fn push_sentence(out: &mut Vec<String>, raw: &str) {
    let collapsed = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if !collapsed.is_empty() {
        out.push(collapsed);
    }
}

/// The words of a text: whitespace-separated tokens that contain a letter or digit.
pub fn words(text: &str) -> Vec<&str> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Estimated English syllables in one word (vowel groups, less a silent final "e" and the
/// "-es"/"-ed" endings that add no syllable). Good enough for a reading-ease bound; it is
/// not a dictionary.
pub fn syllables(word: &str) -> usize {
    let w: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect();
    if w.is_empty() {
        // Digits ("999") count as one syllable per digit.
        return word.chars().filter(char::is_ascii_digit).count().max(1);
    }
    if w.len() <= 3 {
        return 1;
    }
    let is_vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut count = 0;
    let mut prev_vowel = false;
    for &c in &w {
        let v = is_vowel(c);
        if v && !prev_vowel {
            count += 1;
        }
        prev_vowel = v;
    }
    let n = w.len();
    let ends = |s: &str| w.iter().rev().take(s.len()).rev().copied().eq(s.chars());
    let silent_e = w[n - 1] == 'e' && !ends("le") && !is_vowel(w[n - 2]);
    let silent_ending = (ends("es") || ends("ed"))
        && !(ends("ted") || ends("ded") || ends("ses") || ends("ces") || ends("zes"))
        && !ends("ies");
    if count > 1 && (silent_e || silent_ending) {
        count -= 1;
    }
    count.max(1)
}

/// Flesch reading ease of a text: `206.835 − 1.015 × words/sentences − 84.6 × syllables/words`.
/// Higher is easier; 70 or more is "fairly easy" (about age 12–13). `None` for a text with no
/// words.
pub fn flesch_reading_ease(text: &str) -> Option<f64> {
    let sentences = split_sentences(text);
    let all_words: Vec<&str> = sentences.iter().flat_map(|s| words(s)).collect();
    if all_words.is_empty() {
        return None;
    }
    let syll: usize = all_words.iter().map(|w| syllables(w)).sum();
    let w = all_words.len() as f64;
    let s = sentences.len().max(1) as f64;
    Some(206.835 - 1.015 * (w / s) - 84.6 * (syll as f64 / w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_after_terminal_punctuation_followed_by_space() {
        assert_eq!(
            split_sentences("Hello there. How are you?\nFine!  Good… ok"),
            vec!["Hello there.", "How are you?", "Fine!", "Good…", "ok"]
        );
        assert_eq!(split_sentences("Version 1.5 is out."), vec!["Version 1.5 is out."]);
        assert_eq!(split_sentences("He said \"stop.\" Then left."), vec!["He said \"stop.\"", "Then left."]);
        assert_eq!(split_sentences("Heading\n\nBody text"), vec!["Heading", "Body text"]);
        assert_eq!(split_sentences("Call: 999 now.\nList:\nOne."), vec!["Call: 999 now.", "List:", "One."]);
        assert!(split_sentences("  \n ").is_empty());
    }

    #[test]
    fn syllable_estimates_are_reasonable() {
        for (w, n) in [
            ("cat", 1),
            ("make", 1),
            ("little", 2),
            ("welcome", 2),
            ("session", 2),
            ("probation", 3),
            ("facilitator", 5),
            ("tried", 1),
            ("wanted", 2),
            ("999", 3),
        ] {
            assert_eq!(syllables(w), n, "{w}");
        }
    }

    #[test]
    fn reading_ease_prefers_short_plain_sentences() {
        let easy = flesch_reading_ease("We are glad you are here. Take your time.").unwrap();
        let hard = flesch_reading_ease(
            "Participation necessitates comprehensive consideration of multidimensional \
             psychological determinants.",
        )
        .unwrap();
        assert!(easy > 90.0, "{easy}");
        assert!(hard < 0.0, "{hard}");
        assert_eq!(flesch_reading_ease(""), None);
    }
}
