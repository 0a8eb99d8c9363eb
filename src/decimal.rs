//! Fixed-point text of a number for the page's messages ("1.5 MB", "12.3 ms", "85%").
//!
//! `format!("{x:.1}")` links core's float formatting (Grisu with a Dragon fallback, ~10 KB of
//! wasm); the few figures the page shows only need an integer and a few decimals.

/// `x` rounded to `places` decimals (at most 6; half away from zero), e.g. `fixed(1.25, 1)` is
/// `"1.3"`. Magnitudes beyond 10¹⁸ saturate; NaN and infinities read "NaN", "inf", "-inf".
pub fn fixed(x: f64, places: u32) -> String {
    if x.is_nan() {
        return "NaN".to_owned();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_owned();
    }
    let places = places.min(6);
    let scale = 10u64.pow(places);
    // `as` saturates; adding one half before `floor` rounds half away from zero.
    let n = (x.abs() * scale as f64 + 0.5).floor() as u64;
    let sign = if x < 0.0 && n > 0 { "-" } else { "" };
    let (int, frac) = (n / scale, n % scale);
    if places == 0 {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac:0width$}", width = places as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::fixed;

    #[test]
    fn rounds_to_the_given_places() {
        assert_eq!(fixed(1.25, 1), "1.3");
        assert_eq!(fixed(1.24, 1), "1.2");
        assert_eq!(fixed(0.04, 1), "0.0");
        assert_eq!(fixed(12.0, 1), "12.0");
        assert_eq!(fixed(99.96, 1), "100.0");
        assert_eq!(fixed(0.5, 0), "1");
        assert_eq!(fixed(84.6, 0), "85");
        assert_eq!(fixed(2.71249, 3), "2.712");
        assert_eq!(fixed(0.05, 2), "0.05");
    }

    #[test]
    fn agrees_with_core_formatting_away_from_ties() {
        let near_tie = |y: f64| ((y - y.floor()) - 0.5).abs() < 1e-6;
        for i in 0..5000 {
            let x = f64::from(i) * 0.7391;
            if !near_tie(x * 10.0) {
                assert_eq!(fixed(x, 1), format!("{x:.1}"), "{x}");
            }
            if !near_tie(x) {
                assert_eq!(fixed(x, 0), format!("{x:.0}"), "{x}");
            }
        }
    }

    #[test]
    fn signs_and_special_values() {
        assert_eq!(fixed(-2.345, 2), "-2.35");
        assert_eq!(fixed(-0.01, 1), "0.0");
        assert_eq!(fixed(f64::NAN, 1), "NaN");
        assert_eq!(fixed(f64::INFINITY, 0), "inf");
        assert_eq!(fixed(f64::NEG_INFINITY, 0), "-inf");
        assert_eq!(fixed(1e30, 0), u64::MAX.to_string());
    }
}
