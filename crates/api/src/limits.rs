//! How many guesses a client address may make: office PINs (and the codes for choosing one) and
//! pairing codes. The per-name PIN limit lives in the store beside the PIN (`office_pins.tries`);
//! these are the limits per client address, and the hub-wide ceiling on pairing codes.
//!
//! **Decision:** kept in memory, in fixed windows, counted *before* the guess is checked and given
//! back when it was right, all under one lock, so guesses sent at once cannot get past a limit.
//! A restart forgets them; an attacker on the office network cannot restart the hub. The numbers:
//!
//! - **Office PINs:** [`PIN_TRIES_PER_ADDRESS`] wrong tries (PINs and choose-PIN codes together)
//!   per address per hour. A name locks after 5 wrong tries in 15 minutes
//!   (`office::MAX_WRONG_PINS`), so one address can lock at most two names an hour, not everyone;
//!   a shared office computer where a few people mistype still has room.
//! - **Pairing codes:** [`CODE_TRIES_PER_ADDRESS`] wrong codes per address per 10 minutes, and at
//!   most [`CODE_TRIES_ALL`] wrong codes per 10 minutes from all addresses together. A wrong code
//!   burns no offer (it cannot say which offer it meant), so one attacker no longer cancels
//!   everyone's pairing; the QR code's token (256 bits) is never limited, so pairing by QR goes on
//!   even while typed codes wait.
//!
//! The arithmetic behind the ceiling: codes are uniform over 10^6 and distinct among live offers,
//! so each try matches a given live offer with probability 1 in 10^6. An offer lives 10 minutes
//! (`hub::PAIRING_TTL_MS`), so it overlaps at most two 10-minute windows: at most
//! 2 × [`CODE_TRIES_ALL`] = 40 tries, from any number of addresses, while it is live. The chance
//! that a given offer is guessed is at most 40 in 10^6 (1 in 25,000), and with N offers live at
//! most 40·N in 10^6 that any is. Without the ceiling, many addresses would multiply the tries.
//!
//! IPv6 addresses count by their /64 (one household or device gets a whole /64), IPv4 by address.
//! At most [`MAX_ADDRESSES`] addresses are remembered; while that many are in their window, a new
//! address is refused rather than let the table grow without end.

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::sync::Mutex;

/// Wrong office PIN tries per client address per [`PIN_ADDRESS_WINDOW_MS`].
pub const PIN_TRIES_PER_ADDRESS: u32 = 10;
pub const PIN_ADDRESS_WINDOW_MS: i64 = 60 * 60 * 1000;
/// Wrong pairing codes per client address per [`CODE_WINDOW_MS`].
pub const CODE_TRIES_PER_ADDRESS: u32 = 5;
/// Wrong pairing codes from all addresses together per [`CODE_WINDOW_MS`].
pub const CODE_TRIES_ALL: u32 = 20;
pub const CODE_WINDOW_MS: i64 = 10 * 60 * 1000;
/// Addresses remembered at once.
pub const MAX_ADDRESSES: usize = 16_384;

/// What is being guessed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Guess {
    OfficePin,
    PairingCode,
}

impl Guess {
    fn per_address(self) -> (u32, i64) {
        match self {
            Guess::OfficePin => (PIN_TRIES_PER_ADDRESS, PIN_ADDRESS_WINDOW_MS),
            Guess::PairingCode => (CODE_TRIES_PER_ADDRESS, CODE_WINDOW_MS),
        }
    }
}

/// Whose tries a window counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Who {
    Address(IpAddr),
    Everyone,
}

#[derive(Clone, Copy, Debug)]
struct Window {
    tries: u32,
    ends_at: i64,
}

/// A try that was counted: give it back with [`Tries::give_back`] if it turns out right.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[must_use]
pub(crate) struct Counted {
    guess: Guess,
    who: Who,
    ends_at: i64,
}

/// Refused: too many tries; the window ends at this time (ms).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TooMany {
    pub until: i64,
    /// True when the hub-wide ceiling refused it, not this address's own limit.
    pub everyone: bool,
}

#[derive(Debug, Default)]
pub(crate) struct Tries {
    windows: Mutex<BTreeMap<(Guess, Who), Window>>,
}

impl Tries {
    /// Count one try of `guess` by `client` now, against its address's limit and, for pairing
    /// codes, the hub-wide ceiling. Nothing is counted when either refuses.
    pub(crate) fn count(&self, guess: Guess, client: IpAddr, now: i64) -> Result<Vec<Counted>, TooMany> {
        let mut windows = self.windows.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let (max, window) = guess.per_address();
        let address = Who::Address(address_key(client));
        if windows.len() >= MAX_ADDRESSES && !windows.contains_key(&(guess, address)) {
            windows.retain(|_, w| w.ends_at > now);
            if windows.len() >= MAX_ADDRESSES {
                return Err(TooMany { until: now + window, everyone: true });
            }
        }
        let mut wanted = vec![(address, max, false)];
        if guess == Guess::PairingCode {
            wanted.push((Who::Everyone, CODE_TRIES_ALL, true));
        }
        // Check every window first, then count in all of them: all or nothing.
        for (who, max, everyone) in &wanted {
            if let Some(w) = windows.get(&(guess, *who))
                && w.ends_at > now
                && w.tries >= *max
            {
                return Err(TooMany { until: w.ends_at, everyone: *everyone });
            }
        }
        let mut counted = Vec::new();
        for (who, _, _) in wanted {
            let w = windows.entry((guess, who)).or_insert(Window { tries: 0, ends_at: now + window });
            if w.ends_at <= now {
                *w = Window { tries: 0, ends_at: now + window };
            }
            w.tries += 1;
            counted.push(Counted { guess, who, ends_at: w.ends_at });
        }
        Ok(counted)
    }

    /// The tries were right (or never checked): they do not count against anyone.
    pub(crate) fn give_back(&self, counted: &[Counted]) {
        let mut windows = self.windows.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        for c in counted {
            if let Some(w) = windows.get_mut(&(c.guess, c.who))
                && w.ends_at == c.ends_at
            {
                w.tries = w.tries.saturating_sub(1);
            }
        }
    }
}

/// "Wait 12 minutes." for a window ending at `until` (rounded up, at least one).
pub(crate) fn wait_words(until: i64, now: i64) -> String {
    match ((until - now).max(0) + 59_999) / 60_000 {
        0 | 1 => "Wait 1 minute.".to_string(),
        n => format!("Wait {n} minutes."),
    }
}

/// The part of an address that names one client: IPv4 whole, IPv6 by its /64.
fn address_key(ip: IpAddr) -> IpAddr {
    match ip.to_canonical() {
        IpAddr::V6(v6) => {
            let bits = u128::from(v6) & !((1u128 << 64) - 1);
            IpAddr::V6(bits.into())
        }
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use std::net::{Ipv4Addr, Ipv6Addr};

    use super::*;

    const A: IpAddr = IpAddr::V4(Ipv4Addr::new(192, 168, 1, 20));
    const B: IpAddr = IpAddr::V4(Ipv4Addr::new(192, 168, 1, 21));

    #[test]
    fn an_address_gets_its_tries_then_waits_for_the_window_and_right_tries_are_given_back() {
        let tries = Tries::default();
        for _ in 0..PIN_TRIES_PER_ADDRESS {
            tries.count(Guess::OfficePin, A, 0).unwrap();
        }
        let refused = tries.count(Guess::OfficePin, A, 1).unwrap_err();
        assert_eq!(refused, TooMany { until: PIN_ADDRESS_WINDOW_MS, everyone: false });
        // Another address, and another kind of guess, are not affected.
        tries.count(Guess::OfficePin, B, 1).unwrap();
        tries.count(Guess::PairingCode, A, 1).unwrap();
        // The window passes.
        let counted = tries.count(Guess::OfficePin, A, PIN_ADDRESS_WINDOW_MS).unwrap();
        tries.give_back(&counted);
        for _ in 0..PIN_TRIES_PER_ADDRESS {
            tries.count(Guess::OfficePin, A, PIN_ADDRESS_WINDOW_MS + 1).unwrap();
        }
        assert!(tries.count(Guess::OfficePin, A, PIN_ADDRESS_WINDOW_MS + 2).is_err());
    }

    #[test]
    fn pairing_codes_from_many_addresses_meet_one_ceiling() {
        let tries = Tries::default();
        let mut refused = 0;
        for i in 0..CODE_TRIES_ALL + 10 {
            let client = IpAddr::V4(Ipv4Addr::new(10, 0, (i / 250) as u8, (i % 250) as u8));
            match tries.count(Guess::PairingCode, client, 5) {
                Ok(_) => {}
                Err(too_many) => {
                    assert!(too_many.everyone);
                    refused += 1;
                }
            }
        }
        assert_eq!(refused, 10);
        // A refused try counted nowhere: a fresh address is refused by the ceiling, not its own.
        assert!(tries.count(Guess::PairingCode, A, 6).unwrap_err().everyone);
    }

    #[test]
    fn waits_are_said_in_whole_minutes() {
        assert_eq!(wait_words(60_000, 0), "Wait 1 minute.");
        assert_eq!(wait_words(1, 0), "Wait 1 minute.");
        assert_eq!(wait_words(0, 5), "Wait 1 minute.");
        assert_eq!(wait_words(15 * 60_000, 1), "Wait 15 minutes.");
    }

    #[test]
    fn ipv6_addresses_count_by_their_64() {
        let a = IpAddr::V6("2001:db8:1:2:aaaa::1".parse::<Ipv6Addr>().unwrap());
        let b = IpAddr::V6("2001:db8:1:2:bbbb::9".parse::<Ipv6Addr>().unwrap());
        let c = IpAddr::V6("2001:db8:1:3::1".parse::<Ipv6Addr>().unwrap());
        assert_eq!(address_key(a), address_key(b));
        assert_ne!(address_key(a), address_key(c));
        let mapped = IpAddr::V6(Ipv4Addr::new(192, 168, 1, 20).to_ipv6_mapped());
        assert_eq!(address_key(mapped), A);
    }
}
