//! CSV, one way for every file Waymark writes (the diary export, the roster, the register):
//! RFC 4180 line endings, fields quoted when needed, and text a spreadsheet would run as a
//! formula defused.

use crate::diary::{DiaryEntryView, DiaryRecord};

const HEADER: &[&str] = &[
    "entry_id",
    "diary",
    "occurred_at_utc",
    "units",
    "spend_pence",
    "drink_type",
    "volume_ml",
    "abv_percent",
    "count",
    "place",
    "with_whom",
    "mood_before",
    "substance",
    "name",
    "amount",
    "route",
    "urge_strength",
    "triggers",
    "coping",
    "own_coping",
    "outcome",
    "strength_after",
    "surfed_minutes",
];

/// Every CSV line ends with this (RFC 4180; Excel and LibreOffice read it).
pub(crate) const LINE_END: &str = "\r\n";

/// Quote a field when needed, and defuse text a spreadsheet would run as a formula.
pub(crate) fn field(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if value.contains([',', '"', '\n', '\r']) { format!("\"{}\"", value.replace('"', "\"\"")) } else { value }
}

fn opt<T: ToString>(value: &Option<T>) -> String {
    value.as_ref().map(ToString::to_string).unwrap_or_default()
}

fn tag<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

pub fn diary(entries: &[DiaryEntryView]) -> String {
    let mut out = HEADER.join(",");
    out.push_str(LINE_END);
    for entry in entries {
        let when = chrono::DateTime::from_timestamp_millis(entry.occurred_at_ms)
            .map(|d| d.format("%Y-%m-%dT%H:%M:%SZ").to_string())
            .unwrap_or_default();
        let mut row = vec![String::new(); HEADER.len()];
        row[0] = entry.entry_id.clone();
        row[2] = when;
        row[3] = format!("{:.1}", entry.units);
        row[4] = entry.spend_pence.to_string();
        match &entry.entry {
            DiaryRecord::Drink { drink } => {
                row[1] = "drink".into();
                row[5] = tag(&drink.drink_type);
                row[6] = drink.volume_ml.to_string();
                row[7] = drink.abv_percent.to_string();
                row[8] = drink.count.to_string();
                row[9] = opt(&drink.place);
                row[10] = opt(&drink.with_whom);
                row[11] = opt(&drink.mood_before);
            }
            DiaryRecord::DrugUse { drug_use } => {
                row[1] = "drug_use".into();
                row[12] = tag(&drug_use.substance);
                row[13] = opt(&drug_use.name);
                row[14] = opt(&drug_use.amount);
                row[15] = drug_use.route.as_ref().map(tag).unwrap_or_default();
            }
            DiaryRecord::Urge { urge } => {
                row[1] = "urge".into();
                row[16] = urge.strength.to_string();
                row[17] = urge
                    .triggers
                    .iter()
                    .map(|t| match &t.text {
                        Some(text) => format!("{}: {text}", tag(&t.kind)),
                        None => tag(&t.kind),
                    })
                    .collect::<Vec<_>>()
                    .join("; ");
                row[18] = urge.coping.join("; ");
                row[19] = opt(&urge.own_coping);
                row[20] = tag(&urge.outcome);
                row[21] = opt(&urge.strength_after);
                row[22] = opt(&urge.surfed_minutes);
            }
        }
        out.push_str(&row.iter().map(|v| field(v)).collect::<Vec<_>>().join(","));
        out.push_str(LINE_END);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(field("pub"), "pub");
        assert_eq!(field("Tom, Ann"), "\"Tom, Ann\"");
        assert_eq!(field("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-1"), "'-1");
    }
}
