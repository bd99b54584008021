-- Wrong second-factor codes are counted per account (not per session): the count within the
-- current 15-minute window, when that window began, and until when the second step is locked.
ALTER TABLE users ADD COLUMN mfa_failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN mfa_window_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN mfa_locked_until INTEGER NOT NULL DEFAULT 0;

-- sessions.mfa_passed now means "this session passed the second step", not "needs none": whether
-- the step is needed is worked out on every request from the current roles, so a role that adds
-- the need asks for it before the next protected page. Sessions that were marked only because
-- the person needed no second step lose the mark (people without TOTP never passed one).
UPDATE sessions SET mfa_passed = 0
WHERE user_id IN (SELECT id FROM users WHERE totp_enabled = 0);
