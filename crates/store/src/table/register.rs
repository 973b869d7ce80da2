//! What the attendance register prints beyond attendance itself: a group's office and
//! facilitator, and a member's optional case reference (the office's own reference, never a
//! surname). Administration state on the hub, updated in place, never synced (migration 13 in
//! `table::hub`).

use rusqlite::{OptionalExtension, params};

use crate::{Store, StoreError};

impl Store {
    /// A group's (office, facilitator) as the register prints them; `None` for no such group.
    pub fn hub_group_details(&self, group_id: &str) -> Result<Option<(String, String)>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT office, facilitator FROM hub_groups WHERE id = ?1", [group_id], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?)
    }

    /// Set a group's office and facilitator; `false` if there is no such group.
    pub fn hub_set_group_details(
        &self,
        group_id: &str,
        office: &str,
        facilitator: &str,
    ) -> Result<bool, StoreError> {
        let changed = self
            .conn
            .prepare_cached("UPDATE hub_groups SET office = ?2, facilitator = ?3 WHERE id = ?1")?
            .execute(params![group_id, office, facilitator])?;
        Ok(changed == 1)
    }

    /// A member's case reference, if the office gave one.
    pub fn hub_case_ref(&self, member_id: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT case_ref FROM hub_members WHERE id = ?1", [member_id], |r| r.get(0))
            .optional()?
            .flatten())
    }

    /// Set or clear a member's case reference; `false` if there is no such member.
    pub fn hub_set_case_ref(&self, member_id: &str, case_ref: Option<&str>) -> Result<bool, StoreError> {
        let changed = self
            .conn
            .execute("UPDATE hub_members SET case_ref = ?2 WHERE id = ?1", params![member_id, case_ref])?;
        Ok(changed == 1)
    }
}
