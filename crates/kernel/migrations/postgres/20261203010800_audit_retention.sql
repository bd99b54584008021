-- The audit log gets a retention period: entries older than MIN_RETENTION_DAYS (365, see
-- audit.rs) may be deleted, younger ones still never. UPDATE and TRUNCATE stay refused. The age
-- is measured with the database's clock, not with a value the caller passes.
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.at < CAST(EXTRACT(EPOCH FROM now()) AS BIGINT) - 365 * 86400 THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only: entries younger than 365 days cannot be deleted';
    END IF;
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
