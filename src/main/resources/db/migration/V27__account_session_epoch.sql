-- Every session remembers the epoch it signed in under; raising it ends all sessions of the account
-- (password reset, role revocation), checked by the per-request roles query on every instance.
ALTER TABLE account_user ADD COLUMN session_epoch INT NOT NULL DEFAULT 0;
