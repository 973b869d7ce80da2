//! UK alcohol units (DESIGN §6).
//!
//! One UK unit is 10 ml (8 g) of pure alcohol, so `units = ABV% × ml ÷ 1000`. The low-risk
//! guideline is no more than 14 units a week, spread over three or more days.

/// The UK Chief Medical Officers' weekly low-risk limit.
pub const WEEKLY_GUIDELINE_UNITS: f64 = 14.0;

/// Largest single drink volume accepted (5 litres); anything larger is a typing mistake.
pub const MAX_VOLUME_ML: f64 = 5_000.0;

/// A UK pint.
pub const PINT_ML: f64 = 568.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DrinkError {
    /// Volume must be more than 0 and at most [`MAX_VOLUME_ML`].
    VolumeOutOfRange,
    /// ABV must be from 0 to 100 per cent.
    AbvOutOfRange,
    /// Count must be at least 1 (and at most 100 in one entry).
    CountOutOfRange,
}

impl DrinkError {
    /// Plain words for the participant, saying how to put it right.
    #[must_use]
    pub fn message(self) -> &'static str {
        match self {
            DrinkError::VolumeOutOfRange => "The amount must be more than 0 ml and no more than 5 litres.",
            DrinkError::AbvOutOfRange => "The strength (ABV) must be between 0% and 100%.",
            DrinkError::CountOutOfRange => "The number of drinks must be between 1 and 100.",
        }
    }
}

/// Units in `count` drinks of `volume_ml` at `abv_percent`. Rejects impossible values rather
/// than computing nonsense (NaN, negative or infinite inputs included).
pub fn units(volume_ml: f64, abv_percent: f64, count: u32) -> Result<f64, DrinkError> {
    if !(volume_ml.is_finite() && volume_ml > 0.0 && volume_ml <= MAX_VOLUME_ML) {
        return Err(DrinkError::VolumeOutOfRange);
    }
    if !(abv_percent.is_finite() && (0.0..=100.0).contains(&abv_percent)) {
        return Err(DrinkError::AbvOutOfRange);
    }
    if !(1..=100).contains(&count) {
        return Err(DrinkError::CountOutOfRange);
    }
    Ok(abv_percent * volume_ml / 1000.0 * f64::from(count))
}

/// Units rounded to one decimal place, as shown to people (pint of 4% → 2.3).
#[must_use]
pub fn display_units(units: f64) -> f64 {
    (units * 10.0).round() / 10.0
}

/// One kind of drink on the drink diary's first screen: its typical strength and its UK sizes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DrinkPreset {
    pub drink: crate::diary::DrinkType,
    /// Typical strength (ABV %), used until the person changes it. `None` for "Other drink": it
    /// has no typical strength, so the person is asked (a silent 5 % was wrong).
    pub abv_percent: Option<f64>,
    /// UK sizes offered, in millilitres, in the order shown; each has a voiced message
    /// `size-<ml>`.
    pub sizes_ml: &'static [u32],
}

/// The drink diary's kinds, in the order shown. The UI's copy is generated from this
/// (`ui/src/lib/api-types.ts`, `DRINK_PRESETS`).
pub const DRINK_PRESETS: &[DrinkPreset] = {
    use crate::diary::DrinkType::*;
    const BEER: &[u32] = &[568, 284, 330, 440, 500];
    &[
        DrinkPreset { drink: Beer, abv_percent: Some(4.0), sizes_ml: BEER },
        DrinkPreset { drink: Cider, abv_percent: Some(4.5), sizes_ml: BEER },
        DrinkPreset { drink: Wine, abv_percent: Some(12.0), sizes_ml: &[125, 175, 250] },
        DrinkPreset { drink: Spirits, abv_percent: Some(40.0), sizes_ml: &[25, 35, 50] },
        DrinkPreset { drink: Alcopop, abv_percent: Some(4.0), sizes_ml: &[275, 330] },
        DrinkPreset { drink: Other, abv_percent: None, sizes_ml: &[568, 330, 175, 25] },
    ]
};

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn published_uk_figures() {
        let one = |ml, abv| display_units(units(ml, abv, 1).unwrap());
        assert_eq!(one(PINT_ML, 4.0), 2.3, "pint of 4% beer");
        assert_eq!(one(175.0, 12.0), 2.1, "175 ml of 12% wine");
        assert_eq!(one(25.0, 40.0), 1.0, "25 ml of 40% spirit");
        assert_eq!(one(440.0, 4.5), 2.0, "440 ml can of 4.5%");
    }

    #[test]
    fn every_drink_type_has_one_preset_whose_sizes_and_strength_are_accepted() {
        use crate::diary::DrinkType;
        for drink in [
            DrinkType::Beer,
            DrinkType::Cider,
            DrinkType::Wine,
            DrinkType::Spirits,
            DrinkType::Alcopop,
            DrinkType::Other,
        ] {
            let presets: Vec<_> = DRINK_PRESETS.iter().filter(|p| p.drink == drink).collect();
            assert_eq!(presets.len(), 1, "{drink:?}");
            for &ml in presets[0].sizes_ml {
                assert!(
                    units(f64::from(ml), presets[0].abv_percent.unwrap_or(5.0), 1).is_ok(),
                    "{drink:?} {ml} ml"
                );
            }
        }
        let pint = DRINK_PRESETS[0];
        assert_eq!((pint.sizes_ml[0], pint.abv_percent), (568, Some(4.0)), "a pint of 4 % beer comes first");
        assert_eq!(f64::from(pint.sizes_ml[0]), PINT_ML);
    }

    #[test]
    fn out_of_range_inputs_are_refused() {
        assert_eq!(units(0.0, 4.0, 1), Err(DrinkError::VolumeOutOfRange));
        assert_eq!(units(-5.0, 4.0, 1), Err(DrinkError::VolumeOutOfRange));
        assert_eq!(units(5_000.1, 4.0, 1), Err(DrinkError::VolumeOutOfRange));
        assert_eq!(units(f64::NAN, 4.0, 1), Err(DrinkError::VolumeOutOfRange));
        assert_eq!(units(500.0, 100.1, 1), Err(DrinkError::AbvOutOfRange));
        assert_eq!(units(500.0, -0.1, 1), Err(DrinkError::AbvOutOfRange));
        assert_eq!(units(500.0, f64::INFINITY, 1), Err(DrinkError::AbvOutOfRange));
        assert_eq!(units(500.0, 4.0, 0), Err(DrinkError::CountOutOfRange));
        assert!(units(5_000.0, 100.0, 1).is_ok(), "the limits themselves are allowed");
        assert_eq!(units(500.0, 0.0, 1), Ok(0.0), "alcohol-free drinks count as 0 units");
    }

    proptest! {
        #[test]
        fn units_scale_linearly_with_count(ml in 1.0f64..5000.0, abv in 0.0f64..100.0, n in 1u32..100) {
            let one = units(ml, abv, 1).unwrap();
            let many = units(ml, abv, n).unwrap();
            prop_assert!((many - one * f64::from(n)).abs() < 1e-9 * many.max(1.0));
        }

        #[test]
        fn units_are_never_negative_and_never_exceed_pure_alcohol(ml in 0.001f64..5000.0, abv in 0.0f64..100.0) {
            let u = units(ml, abv, 1).unwrap();
            prop_assert!(u >= 0.0);
            // 100% ABV: every 10 ml is one unit.
            prop_assert!(u <= ml / 10.0 + 1e-9);
        }

        #[test]
        fn stronger_or_bigger_is_never_fewer_units(ml in 1.0f64..2500.0, abv in 0.0f64..50.0, dml in 0.0f64..2500.0, dabv in 0.0f64..50.0) {
            let base = units(ml, abv, 1).unwrap();
            prop_assert!(units(ml + dml, abv, 1).unwrap() >= base);
            prop_assert!(units(ml, abv + dabv, 1).unwrap() >= base);
        }
    }
}
