//! How well a machine hears a clip: word error rate of a Whisper transcript against the text
//! the clip should say, and word timings taken from that transcript.
//!
//! Both sides go through [`normalise`] first, so that writing conventions do not count as
//! errors: case and punctuation, numbers as digits or words ("14" = "fourteen"), `£20` =
//! "20 pounds", `&` = "and", `%` = "percent", hyphens, and British against American spelling
//! (Whisper writes "behavior" for what the voice said as "behaviour"). UK phone numbers are read
//! digit by digit on both sides, as the voice says them.
//!
//! The transcript is aligned to the reference by a word-level Levenshtein alignment; the
//! substitutions, deletions and insertions are the errors (WER = errors / reference words), and
//! every reference word matched or substituted takes the time of the transcript word it aligns
//! with.

use waymark_content::{TimedSentence, TimedWord};

/// One word Whisper heard, with its time in the clip.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct HeardWord {
    pub word: String,
    /// Seconds from the start of the clip.
    pub start: f64,
    pub end: f64,
}

/// A normalised token and the index of the written (or heard) word it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Token {
    text: String,
    word: usize,
}

/// Result of comparing a transcript with its reference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// Substitutions + deletions + insertions, in normalised tokens.
    pub errors: u32,
    /// Normalised tokens in the reference.
    pub words: u32,
    /// Reference words (as written) that were substituted or not heard, in order, once each.
    pub differ: Vec<String>,
    /// For each written word of the reference: the span of transcript words it aligned with.
    aligned: Vec<Option<(usize, usize)>>,
}

impl Comparison {
    /// Word error rate in percent.
    pub fn wer_percent(&self) -> f64 {
        if self.words == 0 { 0.0 } else { f64::from(self.errors) * 100.0 / f64::from(self.words) }
    }
}

/// The written words of a text: what the reader shows, split at white space.
pub fn written_words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

/// Compare what was heard with the reference text.
pub fn compare(reference: &str, heard: &[HeardWord]) -> Comparison {
    let written = written_words(reference);
    let r = tokens(&written);
    let merged = glue_pieces(heard);
    let heard_words: Vec<&str> = merged.iter().map(|m| m.0.as_str()).collect();
    let h = join_compounds(tokens(&heard_words), &r);
    let ops = align(&r, &h);
    let mut errors = 0u32;
    let mut differ_idx = Vec::new();
    let mut aligned: Vec<Option<(usize, usize)>> = vec![None; written.len()];
    for op in &ops {
        match *op {
            Op::Match(i, j) | Op::Sub(i, j) => {
                if matches!(op, Op::Sub(..)) {
                    errors += 1;
                    differ_idx.push(r[i].word);
                }
                let w = r[i].word;
                let (first, last) = (merged[h[j].word].1, merged[h[j].word].2);
                aligned[w] = Some(match aligned[w] {
                    None => (first, last),
                    Some((a, b)) => (a.min(first), b.max(last)),
                });
            }
            Op::Del(i) => {
                errors += 1;
                differ_idx.push(r[i].word);
            }
            Op::Ins(_) => errors += 1,
        }
    }
    differ_idx.dedup();
    Comparison {
        errors,
        words: u32::try_from(r.len()).unwrap_or(u32::MAX),
        differ: differ_idx.into_iter().map(|i| written[i].to_string()).collect(),
        aligned,
    }
}

/// Whisper splits some written forms over two "words": "2" ".3", "o" "'clock", "A" "-B" "-V".
/// Glue a piece that starts with `.`, `'` or `-` to the word before it; each result keeps the
/// first and last heard word it came from (for its times).
fn glue_pieces(heard: &[HeardWord]) -> Vec<(String, usize, usize)> {
    let mut out: Vec<(String, usize, usize)> = Vec::with_capacity(heard.len());
    for (i, w) in heard.iter().enumerate() {
        let t = w.word.trim();
        match out.last_mut() {
            Some(last)
                if t.starts_with(['.', '\'', '’', '-'])
                    && t.chars().nth(1).is_some_and(char::is_alphanumeric) =>
            {
                last.0.push_str(t);
                last.2 = i;
            }
            _ => out.push((t.to_string(), i, i)),
        }
    }
    out
}

/// Word timings for each sentence, from the transcript. `sentences` must hold the exact
/// sentence spans (from sample counts); words get the times of the transcript words they align
/// with, clamped into their sentence, in order; words the transcript missed share the time
/// between their neighbours in proportion to their length. A sentence is never left without
/// word timings when it has words.
pub fn word_timings(sentences: &mut [TimedSentence], heard: &[HeardWord]) {
    let all: String = sentences.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join(" ");
    let cmp = compare(&all, heard);
    let ms = |s: f64| (s * 1000.0).round().max(0.0) as u32;
    let mut index = 0;
    for s in sentences.iter_mut() {
        let written = written_words(&s.text);
        let times: Vec<Option<(u32, u32)>> = written
            .iter()
            .enumerate()
            .map(|(k, _)| {
                cmp.aligned
                    .get(index + k)
                    .copied()
                    .flatten()
                    .map(|(a, b)| (ms(heard[a].start), ms(heard[b].end)))
            })
            .collect();
        index += written.len();
        s.words = fit(&written, &times, s.start_ms, s.end_ms);
    }
}

/// Place words inside `[start, end]`: known times clamped and made increasing, unknown ones
/// spread over the gap they sit in by character count.
fn fit(written: &[&str], times: &[Option<(u32, u32)>], start: u32, end: u32) -> Vec<TimedWord> {
    let n = written.len();
    let mut out: Vec<(u32, u32)> = Vec::with_capacity(n);
    let mut prev = start;
    // Known times, in order: a word never starts before the previous one ends.
    let mut known: Vec<Option<(u32, u32)>> = Vec::with_capacity(n);
    for t in times {
        known.push(t.map(|(a, b)| {
            let a = a.clamp(prev, end);
            let b = b.clamp(a, end);
            prev = b;
            (a, b)
        }));
    }
    let mut i = 0;
    while i < n {
        if let Some(t) = known[i] {
            out.push(t);
            i += 1;
            continue;
        }
        // A run of words with no time: share the gap between the neighbours.
        let from = out.last().map_or(start, |t| t.1);
        let mut j = i;
        while j < n && known[j].is_none() {
            j += 1;
        }
        let to = known.get(j).copied().flatten().map_or(end, |t| t.0).max(from);
        let weights: Vec<u64> = written[i..j].iter().map(|w| w.chars().count().max(1) as u64).collect();
        let total: u64 = weights.iter().sum();
        let span = u64::from(to - from);
        let mut acc = 0u64;
        for w in weights {
            let a = from + u32::try_from(span * acc / total).unwrap_or(0);
            acc += w;
            let b = from + u32::try_from(span * acc / total).unwrap_or(0);
            out.push((a, b));
        }
        i = j;
    }
    written
        .iter()
        .zip(out)
        .map(|(w, (from_ms, to_ms))| TimedWord { word: (*w).to_string(), from_ms, to_ms })
        .collect()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    Match(usize, usize),
    Sub(usize, usize),
    Del(usize),
    Ins(usize),
}

/// Word-level Levenshtein alignment of `r` (reference) and `h` (heard).
fn align(r: &[Token], h: &[Token]) -> Vec<Op> {
    let (n, m) = (r.len(), h.len());
    let mut d = vec![vec![0u32; m + 1]; n + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i as u32;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j as u32;
    }
    for i in 1..=n {
        for j in 1..=m {
            let cost = u32::from(r[i - 1].text != h[j - 1].text);
            d[i][j] = (d[i - 1][j - 1] + cost).min(d[i - 1][j] + 1).min(d[i][j - 1] + 1);
        }
    }
    let (mut i, mut j) = (n, m);
    let mut ops = Vec::new();
    while i > 0 || j > 0 {
        if i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + u32::from(r[i - 1].text != h[j - 1].text) {
            ops.push(if r[i - 1].text == h[j - 1].text {
                Op::Match(i - 1, j - 1)
            } else {
                Op::Sub(i - 1, j - 1)
            });
            i -= 1;
            j -= 1;
        } else if i > 0 && d[i][j] == d[i - 1][j] + 1 {
            ops.push(Op::Del(i - 1));
            i -= 1;
        } else {
            ops.push(Op::Ins(j - 1));
            j -= 1;
        }
    }
    ops.reverse();
    ops
}

/// Normalised tokens of a list of words (see the module docs).
fn tokens(words: &[&str]) -> Vec<Token> {
    let mut out = Vec::new();
    let mut phone = false;
    for (i, w) in words.iter().enumerate() {
        for t in normalise(w, &mut phone) {
            // "per cent" is one word when written as "%" or "percent".
            if t == "cent" && out.last().is_some_and(|p: &Token| p.text == "per") {
                if let Some(p) = out.last_mut() {
                    p.text = "percent".into();
                }
                continue;
            }
            out.push(Token { text: t, word: i });
        }
    }
    out
}

/// A word written as one that Whisper writes as two ("passphrase" as "pass phrase",
/// "Waymark" as "way mark") is one heard token again.
fn join_compounds(heard: Vec<Token>, reference: &[Token]) -> Vec<Token> {
    let known: std::collections::BTreeSet<&str> = reference.iter().map(|t| t.text.as_str()).collect();
    let mut out: Vec<Token> = Vec::with_capacity(heard.len());
    let mut it = heard.into_iter().peekable();
    // And the other way: "a count" heard as "account", "in to" as "into".
    let pairs: std::collections::BTreeMap<String, (&str, &str)> = reference
        .windows(2)
        .map(|w| (undouble(&format!("{}{}", w[0].text, w[1].text)), (w[0].text.as_str(), w[1].text.as_str())))
        .collect();
    while let Some(t) = it.next() {
        if !known.contains(t.text.as_str())
            && let Some((a, b)) = pairs.get(&undouble(&t.text))
        {
            out.push(Token { text: (*a).to_string(), word: t.word });
            out.push(Token { text: (*b).to_string(), word: t.word });
            continue;
        }
        if let Some(next) = it.peek() {
            let joined = format!("{}{}", t.text, next.text);
            if known.contains(joined.as_str())
                && !(known.contains(t.text.as_str()) && known.contains(next.text.as_str()))
            {
                it.next();
                out.push(Token { text: joined, word: t.word });
                continue;
            }
        }
        out.push(t);
    }
    out
}

/// A spelling with doubled letters made single ("account" → "acount"), so a joined pair of
/// words matches the way the one word is written.
fn undouble(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Contractions in full, so "I'm" and "I am" are the same words.
fn expand_contraction(w: &str) -> Vec<String> {
    let whole = match w {
        "can't" | "cannot" => Some("can not"),
        "won't" => Some("will not"),
        "it's" => Some("it is"),
        "that's" => Some("that is"),
        "there's" => Some("there is"),
        "here's" => Some("here is"),
        "what's" => Some("what is"),
        "let's" => Some("let us"),
        _ => None,
    };
    if let Some(full) = whole {
        return full.split(' ').map(String::from).collect();
    }
    // A possessive is heard as a plural and the other way round ("units goal", "unit's goal").
    if let Some(stem) = w.strip_suffix("'s")
        && !stem.is_empty()
    {
        return vec![format!("{stem}s")];
    }
    for (end, full) in [("n't", "not"), ("'m", "am"), ("'re", "are"), ("'ve", "have"), ("'ll", "will")] {
        if let Some(stem) = w.strip_suffix(end)
            && !stem.is_empty()
        {
            return vec![stem.to_string(), full.to_string()];
        }
    }
    vec![w.to_string()]
}

/// One written word as spoken tokens. `phone` carries "inside a phone number" across words.
fn normalise(word: &str, phone: &mut bool) -> Vec<String> {
    // An initialism ("GP", "RAR", "NHS") is said letter by letter, and Whisper writes it as
    // "GP" or "R.A.R.": both become single letters.
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    let initialism = (2..=4).contains(&letters.len())
        && letters.iter().all(|c| c.is_uppercase())
        && word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | ',' | ':' | ';' | '!' | '?' | '\'' | ')' | '('))
        && !matches!(word.trim_matches(|c: char| !c.is_alphabetic()), "OK" | "I" | "PIN");
    if initialism {
        *phone = false;
        return letters.iter().map(|c| c.to_lowercase().to_string()).collect();
    }
    let lower = word.to_lowercase().replace(['’', '‘'], "'");
    let mut out = Vec::new();
    let mut pieces: Vec<String> = Vec::new();
    // Split into letter runs (with inner apostrophes), number runs (with inner . and ,) and
    // the symbols that are spoken.
    let chars: Vec<char> = lower.chars().collect();
    let mut k = 0;
    let mut was_phone = false;
    while k < chars.len() {
        let c = chars[k];
        if c.is_alphabetic() {
            let mut s = String::new();
            while k < chars.len()
                && (chars[k].is_alphabetic()
                    || (chars[k] == '\'' && k + 1 < chars.len() && chars[k + 1].is_alphabetic()))
            {
                s.push(chars[k]);
                k += 1;
            }
            pieces.push(s);
        } else if c.is_ascii_digit() {
            let mut s = String::new();
            while k < chars.len()
                && (chars[k].is_ascii_digit()
                    || (matches!(chars[k], '.' | ',')
                        && k + 1 < chars.len()
                        && chars[k + 1].is_ascii_digit()
                        && !s.is_empty()))
            {
                s.push(chars[k]);
                k += 1;
            }
            let digits: String = s.chars().filter(|c| c.is_ascii_digit()).collect();
            let is_phone = (*phone && !s.contains('.')) || (digits.starts_with('0') && digits.len() >= 3);
            if is_phone || digits == "999" || digits == "111" {
                was_phone = is_phone;
                pieces.extend(digits.chars().map(|d| digit_word(d).to_string()));
            } else {
                pieces.extend(number_words(&s));
            }
        } else {
            match c {
                '&' => pieces.push("and".into()),
                '©' => pieces.push("copyright".into()),
                // "3-4 units" is "3 to 4 units".
                '-' if k > 0
                    && chars[k - 1].is_ascii_digit()
                    && chars.get(k + 1).is_some_and(char::is_ascii_digit) =>
                {
                    pieces.push("to".into());
                }
                '%' => pieces.push("percent".into()),
                '£' => {
                    // "£20" → "20 pounds": the currency word goes after the number.
                    let mut s = String::new();
                    k += 1;
                    while k < chars.len() && (chars[k].is_ascii_digit() || chars[k] == '.' || chars[k] == ',')
                    {
                        s.push(chars[k]);
                        k += 1;
                    }
                    let s = s.trim_end_matches(['.', ',']).to_string();
                    if !s.is_empty() {
                        pieces.extend(number_words(&s));
                    }
                    pieces.push("pounds".into());
                    continue;
                }
                _ => {}
            }
            k += 1;
        }
    }
    *phone = was_phone;
    for p in pieces {
        for q in expand_contraction(&p) {
            out.push(canonical_spelling(&q));
        }
    }
    out
}

/// One spelling for words British and American English write differently, and for a few
/// words Whisper writes in another way.
fn canonical_spelling(w: &str) -> String {
    match w {
        "ok" => return "okay".into(),
        "programme" | "programmes" => return w.replace("programme", "program"),
        "alright" => return "all right".replace(' ', ""),
        "all" => return "all".into(),
        "ml" | "millilitre" | "millilitres" | "milliliter" => return "milliliters".into(),
        "cancelled" => return "canceled".into(),
        // Words that sound the same: a listener cannot tell them apart either.
        "scent" => return "sent".into(),
        "fones" => return "phones".into(),
        "ate" => return "eight".into(),
        "hear" => return "here".into(),
        "offence" | "licence" | "defence" => return w.replace("ence", "ense"),
        // Short day names are said in full.
        "mon" => return "monday".into(),
        "tue" | "tues" => return "tuesday".into(),
        "wed" => return "wednesday".into(),
        "thu" | "thur" | "thurs" => return "thursday".into(),
        "fri" => return "friday".into(),
        "sat" => return "saturday".into(),
        "sun" => return "sunday".into(),
        _ => {}
    }
    let mut s = w.to_string();
    for (gb, us) in [("our", "or"), ("ourite", "orite"), ("tre", "ter"), ("yse", "yze")] {
        if let Some(stem) = s.strip_suffix(gb)
            && stem.len() >= 3
        {
            s = format!("{stem}{us}");
        }
    }
    for (gb, us) in
        [("ise", "ize"), ("ised", "ized"), ("ises", "izes"), ("ising", "izing"), ("isation", "ization")]
    {
        if let Some(stem) = s.strip_suffix(gb)
            && stem.len() >= 3
        {
            s = format!("{stem}{us}");
            break;
        }
    }
    s
}

fn digit_word(d: char) -> &'static str {
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        [d.to_digit(10).unwrap_or(0) as usize]
}

/// "2.3" → two point three; "1,250" → one thousand two hundred fifty ("and" dropped).
fn number_words(s: &str) -> Vec<String> {
    let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
    let whole: String = whole.chars().filter(char::is_ascii_digit).collect();
    let mut out = match whole.parse::<u64>() {
        Ok(n) if n < 1_000_000_000 => int_words(n),
        _ => whole.chars().map(|d| digit_word(d).to_string()).collect(),
    };
    if !frac.is_empty() {
        out.push("point".into());
        out.extend(frac.chars().filter(char::is_ascii_digit).map(|d| digit_word(d).to_string()));
    }
    out
}

fn int_words(n: u64) -> Vec<String> {
    const ONES: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] =
        ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    let mut out = Vec::new();
    if n >= 1_000_000 {
        out.extend(int_words(n / 1_000_000));
        out.push("million".into());
        if n.is_multiple_of(1_000_000) {
            return out;
        }
    }
    let n = n % 1_000_000;
    if n >= 1000 {
        out.extend(int_words(n / 1000));
        out.push("thousand".into());
        if n.is_multiple_of(1000) {
            return out;
        }
    }
    let n = n % 1000;
    if n >= 100 {
        out.push(ONES[(n / 100) as usize].into());
        out.push("hundred".into());
        if n.is_multiple_of(100) {
            return out;
        }
    }
    let n = n % 100;
    if n < 20 {
        if n > 0 || out.is_empty() {
            out.push(ONES[n as usize].into());
        }
    } else {
        out.push(TENS[(n / 10) as usize].into());
        if !n.is_multiple_of(10) {
            out.push(ONES[(n % 10) as usize].into());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heard(text: &str) -> Vec<HeardWord> {
        text.split_whitespace()
            .enumerate()
            .map(|(i, w)| HeardWord { word: w.into(), start: i as f64 * 0.5, end: i as f64 * 0.5 + 0.4 })
            .collect()
    }

    fn norm(text: &str) -> String {
        tokens(&written_words(text)).into_iter().map(|t| t.text).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn writing_conventions_are_not_errors() {
        assert_eq!(
            norm("A pint of 4% beer is 2.3 units."),
            "a pint of four percent beer is two point three units"
        );
        assert_eq!(norm("It costs £20."), norm("It costs 20 pounds"));
        assert_eq!(norm("A&E"), norm("A and E"));
        assert_eq!(norm("Behaviour, colour, centre, realise"), norm("behavior color center realize"));
        assert_eq!(norm("drink-free days"), "drink free days");
        assert_eq!(
            norm("Drinkline: 0300 123 1110."),
            "drinkline zero three zero zero one two three one one one zero"
        );
        assert_eq!(norm("NHS 111"), "n h s one one one");
        assert_eq!(norm("14 units, 1,250 people"), "fourteen units one thousand two hundred fifty people");
        assert_eq!(norm("I'm don’t, it's"), "i am do not it is");
        assert_eq!(norm("RAR record, GP"), "r a r record g p");
        assert_eq!(norm("R.A.R. OK"), "r a r okay");
        assert_eq!(norm("ABV per cent, 25 ml"), "a b v percent twenty five milliliters");
        assert_eq!(norm("Mon Cancelled"), "monday canceled");
        assert_eq!(norm("your units goal, AUDIT ©"), norm("your unit's goal, audit copyright"));
        assert_eq!(norm("offence, cannot"), norm("offense, can not"));
        assert_eq!(norm("PIN"), "pin");
        assert_eq!(norm("3-4 units"), norm("3 to 4 units"));
        assert_eq!(norm("Ate"), norm("8"));
    }

    #[test]
    fn pieces_whisper_splits_are_glued_back() {
        let heard = |ws: &[&str]| -> Vec<HeardWord> {
            ws.iter()
                .enumerate()
                .map(|(i, w)| HeardWord { word: (*w).into(), start: i as f64, end: i as f64 + 0.5 })
                .collect()
        };
        let c = compare(
            "A pint is 2.3 units, at 10 o'clock.",
            &heard(&["A", "pint", "is", "2", ".3", "units,", "at", "10", "o", "'clock."]),
        );
        assert_eq!(c.errors, 0, "{c:?}");
        let c = compare("Strength, ABV per cent", &heard(&["Strength", "A", "-B", "-V", "-Percent."]));
        assert_eq!(c.errors, 0, "{c:?}");
        let c = compare(
            "Type the passphrase in Waymark.",
            &heard(&["Type", "the", "pass", "phrase", "in", "way", "mark."]),
        );
        assert_eq!(c.errors, 0, "{c:?}");
        let c = compare(
            "It gets a count. Put them in to hear it.",
            &heard(&["It", "gets", "account.", "Put", "them", "into", "here", "it."]),
        );
        assert_eq!(c.errors, 0, "{c:?}");
        let c = compare("Strength, ABV per cent", &heard(&["Strength", "A", "-B", "-V", "-Percent."]));
        // The glued word takes the time of all its pieces.
        assert_eq!(c.aligned[1], Some((1, 4)));
    }

    #[test]
    fn word_error_rate_counts_substitutions_deletions_and_insertions() {
        let c = compare("Feeling angry.", &heard("Fee Ling Han Bridge"));
        // "Fee Ling" is "Feeling" in two pieces; "Han Bridge" is one wrong word and one extra.
        assert_eq!((c.errors, c.words), (2, 2));
        assert_eq!(c.differ, ["angry."]);
        let c = compare("Feeling angry.", &heard("Felling Han Bridge"));
        assert_eq!((c.errors, c.words), (3, 2));
        assert_eq!(c.differ, ["Feeling", "angry."]);
        let c = compare("Payday", &heard("Payday."));
        assert_eq!((c.errors, c.words), (0, 1));
        assert!(c.differ.is_empty());
        let c = compare("See your doctor today.", &heard("See your today"));
        assert_eq!((c.errors, c.words), (1, 4));
        assert_eq!(c.differ, ["doctor"]);
        assert!((c.wer_percent() - 25.0).abs() < 1e-9);
        // An initialism counts its letters: "GP" missed is two of five.
        let c = compare("See your GP today.", &heard("See your today"));
        assert_eq!((c.errors, c.words), (2, 5));
    }

    #[test]
    fn word_timings_stay_inside_their_sentence_and_increase() {
        let mut s = vec![
            TimedSentence { text: "One two.".into(), start_ms: 100, end_ms: 900, words: vec![] },
            TimedSentence { text: "Three four five.".into(), start_ms: 1200, end_ms: 2400, words: vec![] },
        ];
        // Whisper misses "four" and puts "one" before the speech starts.
        let h = vec![
            HeardWord { word: "One".into(), start: 0.0, end: 0.4 },
            HeardWord { word: "two.".into(), start: 0.4, end: 0.85 },
            HeardWord { word: "Three".into(), start: 1.3, end: 1.6 },
            HeardWord { word: "five.".into(), start: 2.0, end: 2.6 },
        ];
        word_timings(&mut s, &h);
        let w: Vec<(&str, u32, u32)> =
            s.iter().flat_map(|s| &s.words).map(|w| (w.word.as_str(), w.from_ms, w.to_ms)).collect();
        assert_eq!(
            w,
            [
                ("One", 100, 400),
                ("two.", 400, 850),
                ("Three", 1300, 1600),
                ("four", 1600, 2000),
                ("five.", 2000, 2400)
            ]
        );
    }

    #[test]
    fn words_with_nothing_heard_share_the_sentence() {
        let mut s = vec![TimedSentence { text: "Aa bbbb.".into(), start_ms: 0, end_ms: 600, words: vec![] }];
        word_timings(&mut s, &[]);
        let w: Vec<(u32, u32)> = s[0].words.iter().map(|w| (w.from_ms, w.to_ms)).collect();
        assert_eq!(w, [(0, 171), (171, 600)], "2 and 5 characters share 600 ms");
    }
}
