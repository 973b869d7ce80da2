//! AUDIT and AUDIT-C scoring (WHO; UK wording). DESIGN §6.
//!
//! Items 1–8 score 0–4; items 9 and 10 score 0, 2 or 4; the total is 0–40. AUDIT-C is items 1–3
//! (0–12) and is positive in the UK at 5 or more.

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Zone {
    /// 0–7
    LowerRisk,
    /// 8–15
    IncreasingRisk,
    /// 16–19
    HigherRisk,
    /// 20–40: possible dependence; refer for specialist help.
    PossibleDependence,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuditError {
    /// AUDIT has 10 answers, AUDIT-C 3.
    WrongNumberOfAnswers { expected: usize, got: usize },
    /// The answer to item `item` (1-based) is not one of its allowed scores.
    InvalidAnswer { item: usize, score: u8 },
}

/// Scores allowed for a 1-based item number.
#[must_use]
pub fn allowed_scores(item: usize) -> &'static [u8] {
    match item {
        1..=8 => &[0, 1, 2, 3, 4],
        9 | 10 => &[0, 2, 4],
        _ => &[],
    }
}

fn check(answers: &[u8], expected: usize) -> Result<u8, AuditError> {
    if answers.len() != expected {
        return Err(AuditError::WrongNumberOfAnswers { expected, got: answers.len() });
    }
    let mut total = 0u8;
    for (i, &score) in answers.iter().enumerate() {
        if !allowed_scores(i + 1).contains(&score) {
            return Err(AuditError::InvalidAnswer { item: i + 1, score });
        }
        total += score;
    }
    Ok(total)
}

/// Total of the 10 AUDIT answers (each given as its score).
pub fn audit_total(answers: &[u8]) -> Result<u8, AuditError> {
    check(answers, 10)
}

/// Total of the 3 AUDIT-C answers.
pub fn audit_c_total(answers: &[u8]) -> Result<u8, AuditError> {
    check(answers, 3)
}

#[must_use]
pub fn zone(total: u8) -> Zone {
    match total {
        0..=7 => Zone::LowerRisk,
        8..=15 => Zone::IncreasingRisk,
        16..=19 => Zone::HigherRisk,
        _ => Zone::PossibleDependence,
    }
}

/// UK threshold: AUDIT-C of 5 or more suggests the full AUDIT.
#[must_use]
pub fn audit_c_positive(total: u8) -> bool {
    total >= 5
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn items_one_to_eight_score_zero_to_four() {
        for item in 1..=8 {
            assert_eq!(allowed_scores(item), &[0, 1, 2, 3, 4], "item {item}");
            let mut answers = [0u8; 10];
            for score in 0..=4 {
                answers[item - 1] = score;
                assert_eq!(audit_total(&answers), Ok(score));
            }
            answers[item - 1] = 5;
            assert_eq!(audit_total(&answers), Err(AuditError::InvalidAnswer { item, score: 5 }));
        }
    }

    #[test]
    fn items_nine_and_ten_score_zero_two_or_four() {
        for item in [9, 10] {
            let mut answers = [0u8; 10];
            for score in [0, 2, 4] {
                answers[item - 1] = score;
                assert_eq!(audit_total(&answers), Ok(score));
            }
            for bad in [1, 3, 5] {
                answers[item - 1] = bad;
                assert_eq!(audit_total(&answers), Err(AuditError::InvalidAnswer { item, score: bad }));
            }
        }
    }

    #[test]
    fn every_zone_boundary() {
        let cases = [
            (0, Zone::LowerRisk),
            (7, Zone::LowerRisk),
            (8, Zone::IncreasingRisk),
            (15, Zone::IncreasingRisk),
            (16, Zone::HigherRisk),
            (19, Zone::HigherRisk),
            (20, Zone::PossibleDependence),
            (40, Zone::PossibleDependence),
        ];
        for (total, expected) in cases {
            assert_eq!(zone(total), expected, "total {total}");
        }
    }

    #[test]
    fn audit_c_is_three_items_and_positive_from_five() {
        assert_eq!(audit_c_total(&[4, 4, 4]), Ok(12));
        assert_eq!(audit_c_total(&[1, 1]), Err(AuditError::WrongNumberOfAnswers { expected: 3, got: 2 }));
        assert!(!audit_c_positive(4));
        assert!(audit_c_positive(5));
    }

    #[test]
    fn the_highest_possible_total_is_forty() {
        assert_eq!(audit_total(&[4; 10]), Ok(40));
        assert_eq!(audit_total(&[4; 9]), Err(AuditError::WrongNumberOfAnswers { expected: 10, got: 9 }));
    }

    proptest! {
        #[test]
        fn any_valid_answer_set_totals_within_zero_to_forty(picks in proptest::collection::vec(0usize..5, 10)) {
            let answers: Vec<u8> = picks.iter().enumerate().map(|(i, &p)| {
                let allowed = allowed_scores(i + 1);
                allowed[p % allowed.len()]
            }).collect();
            let total = audit_total(&answers).unwrap();
            prop_assert!(total <= 40);
            prop_assert_eq!(u32::from(total), answers.iter().map(|&a| u32::from(a)).sum::<u32>());
        }
    }
}
