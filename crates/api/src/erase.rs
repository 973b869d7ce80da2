//! A phone that erases itself tells the hub, if it can reach it (issue 11 point 4).
//!
//! **Decision.** `POST /device/v1/forget` with the phone's credential revokes that one device,
//! exactly as the facilitator's "remove phone" on the roster does
//! ([`Hub::revoke_device`]): the credential stops working and the device shows as removed. The
//! participant's events stay on the hub — removing a *person* is the facilitator's decision
//! ([`Hub::remove_member`], the logged exception to the append-only log). The phone erases
//! itself whatever the hub answers (it may be out of reach); a later "remove phone" by the
//! facilitator covers a phone that could not tell.

use crate::hub::credential_hash;
use crate::{Code, Error, Hub, RevokeResult};

impl Hub {
    /// Revoke the device this credential belongs to (the phone is erasing itself).
    pub fn forget_device(&self, credential: &str) -> Result<RevokeResult, Error> {
        let mut store = self.api.store()?;
        let Some(auth) = store.hub_device_by_credential(&credential_hash(credential))? else {
            return Err(Error {
                code: Code::Unauthorized,
                message: "This phone is not paired with this hub (or was already removed).".into(),
            });
        };
        let revoked =
            store.hub_revoke_device(&auth.device.member_id, &auth.device.device_id, (self.api.clock)())?;
        Ok(RevokeResult { revoked: crate::count(revoked) })
    }
}
