//! The reviewed pronunciation lexicon (`xtask/voice/lexicon-<locale>.toml`), applied to a
//! sentence before the engine sees it. Matching is case-sensitive on whole words: an entry
//! matches only where the characters either side are not letters or digits.

use std::path::Path;

use anyhow::{Context, Result};

#[derive(Clone, Debug, serde::Deserialize)]
pub struct Entry {
    pub written: String,
    pub say: String,
    #[allow(dead_code, reason = "read by reviewers, kept in the data")]
    pub why: String,
    /// A word from another language (Welsh) that an English recogniser cannot write: a clip
    /// made only of such words is not put through the English WER gate (it is listed instead).
    #[serde(default)]
    pub not_english: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    /// Longest `written` first, so "Merthyr Tydfil" wins over a shorter entry inside it.
    entries: Vec<Entry>,
}

#[derive(serde::Deserialize)]
struct File {
    entry: Vec<Entry>,
}

impl Lexicon {
    pub fn load(path: &Path) -> Result<Lexicon> {
        let src = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        Lexicon::parse(&src).with_context(|| format!("in {}", path.display()))
    }

    pub fn parse(src: &str) -> Result<Lexicon> {
        let mut entries = toml::from_str::<File>(src)?.entry;
        entries.sort_by_key(|e| std::cmp::Reverse(e.written.len()));
        Ok(Lexicon { entries })
    }

    /// Whether an entry covers this written word (punctuation around it ignored).
    pub fn covers(&self, word: &str) -> bool {
        let w = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '&');
        self.entries.iter().any(|e| e.written.split_whitespace().any(|x| x == w))
    }

    /// Whether every written word of `text` is a reviewed non-English word.
    pub fn only_not_english(&self, text: &str) -> bool {
        let words: Vec<&str> =
            text.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
        !words.is_empty()
            && words.iter().all(|w| self.entries.iter().any(|e| e.not_english && e.written == *w))
    }

    /// The sentence with every entry replaced by what the engine should say.
    pub fn apply(&self, sentence: &str) -> String {
        let mut out = sentence.to_string();
        for e in &self.entries {
            let mut result = String::new();
            let mut rest = out.as_str();
            while let Some(at) = rest.find(&e.written) {
                let before = rest[..at].chars().next_back();
                let after = rest[at + e.written.len()..].chars().next();
                let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
                result.push_str(&rest[..at]);
                if boundary(before) && boundary(after) && !inside_link(&result) {
                    result.push_str(&e.say);
                } else {
                    result.push_str(&e.written);
                }
                rest = &rest[at + e.written.len()..];
            }
            result.push_str(rest);
            out = result;
        }
        out
    }
}

/// True if `prefix` ends inside a `[word](/phonemes/)` link an earlier entry wrote.
fn inside_link(prefix: &str) -> bool {
    prefix.rfind('[').is_some_and(|open| !prefix[open..].contains(')'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_lexicon_parses_and_applies_on_whole_words() {
        let lex =
            Lexicon::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("voice/lexicon-en-GB.toml")).unwrap();
        assert_eq!(lex.apply("Go to A&E now."), "Go to A and E now.");
        assert_eq!(lex.apply("See your GP."), "See your G P.");
        assert_eq!(lex.apply("Mon and Sat"), "Monday and Saturday");
        assert_eq!(lex.apply("GPS and pints"), "GPS and pints");
        assert_eq!(lex.apply("In Merthyr Tydfil."), "In [Merthyr](/mˈɜːθə/) [Tydfil](/tˈɪdvɪl/).");
        assert!(lex.only_not_english("Cymraeg") && !lex.only_not_english("Cymraeg please"));
        assert!(lex.covers("GP,") && lex.covers("Tydfil.") && !lex.covers("Payday"));
    }
}
