-- The audit log gets a retention period: entries older than MIN_RETENTION_DAYS (365, see
-- audit.rs) may be deleted, younger ones still never. UPDATE stays refused. The age is measured
-- with the database's clock, not with a value the caller passes.
DROP TRIGGER audit_log_no_delete;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
WHEN OLD.at >= CAST(strftime('%s', 'now') AS INTEGER) - 365 * 86400
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: entries younger than 365 days cannot be deleted'); END;
