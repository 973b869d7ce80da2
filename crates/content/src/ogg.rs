//! Just enough of the Ogg container to read an Ogg Vorbis file's length without decoding it:
//! the sample rate from the Vorbis identification header and the granule position (the
//! sample count) of the last page.

const CAPTURE: &[u8; 4] = b"OggS";

/// Duration in milliseconds of an Ogg Vorbis file, or a short reason it could not be read.
pub fn vorbis_duration_ms(bytes: &[u8]) -> Result<u32, String> {
    if bytes.len() < 27 || &bytes[..4] != CAPTURE {
        return Err("not an Ogg file (no OggS header)".into());
    }
    let segments = usize::from(bytes[26]);
    let payload = 27 + segments;
    let header = bytes.get(payload..payload + 16).ok_or("Ogg file is truncated")?;
    if &header[..7] != b"\x01vorbis" {
        return Err("Ogg file does not hold Vorbis audio (Opus is not supported)".into());
    }
    let rate = u32::from_le_bytes([header[12], header[13], header[14], header[15]]);
    if rate == 0 {
        return Err("Vorbis header has a sample rate of 0".into());
    }
    // Walk back from the end to the last page header with a real granule position.
    let mut end = bytes.len();
    while let Some(at) = find_last(&bytes[..end], CAPTURE) {
        if let Some(g) = bytes.get(at + 6..at + 14) {
            let granule = u64::from_le_bytes([g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7]]);
            if granule != u64::MAX {
                let ms = granule.saturating_mul(1000) / u64::from(rate);
                return u32::try_from(ms).map_err(|_| "Ogg file is impossibly long".to_string());
            }
        }
        end = at;
    }
    Err("Ogg file has no page with a granule position".into())
}

fn find_last(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_non_ogg_without_panicking() {
        assert!(vorbis_duration_ms(b"").is_err());
        assert!(vorbis_duration_ms(b"RIFF....WAVEfmt ").is_err());
        let mut truncated = b"OggS".to_vec();
        truncated.extend([0u8; 23]);
        assert!(vorbis_duration_ms(&truncated).is_err());
    }
}
