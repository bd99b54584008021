-- The places taken and the waiting list are kept on the activity row (issue 22): a sign-up then
-- reads them from the row it locks instead of summing every registration of the activity, and on
-- PostgreSQL the row it locked is the latest version (a sum in the same statement would still see
-- the snapshot from before the lock was granted). A trigger keeps them right for every write.
ALTER TABLE activities ADD COLUMN confirmed_people BIGINT NOT NULL DEFAULT 0;
ALTER TABLE activities ADD COLUMN waiting_count BIGINT NOT NULL DEFAULT 0;
UPDATE activities SET
    confirmed_people = (SELECT COALESCE(SUM(people), 0) FROM registrations r WHERE r.activity_id = activities.id AND r.status = 'confirmed'),
    waiting_count = (SELECT COUNT(*) FROM registrations r WHERE r.activity_id = activities.id AND r.status = 'waiting');
CREATE FUNCTION registrations_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE activities SET
            confirmed_people = confirmed_people - (CASE WHEN OLD.status = 'confirmed' THEN OLD.people ELSE 0 END),
            waiting_count = waiting_count - (CASE WHEN OLD.status = 'waiting' THEN 1 ELSE 0 END)
        WHERE id = OLD.activity_id AND OLD.status IN ('confirmed', 'waiting');
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        UPDATE activities SET
            confirmed_people = confirmed_people + (CASE WHEN NEW.status = 'confirmed' THEN NEW.people ELSE 0 END),
            waiting_count = waiting_count + (CASE WHEN NEW.status = 'waiting' THEN 1 ELSE 0 END)
        WHERE id = NEW.activity_id AND NEW.status IN ('confirmed', 'waiting');
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER registrations_count_insert AFTER INSERT ON registrations
    FOR EACH ROW EXECUTE FUNCTION registrations_count();
CREATE TRIGGER registrations_count_update AFTER UPDATE OF status, people, activity_id ON registrations
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.people IS DISTINCT FROM NEW.people
        OR OLD.activity_id IS DISTINCT FROM NEW.activity_id)
    EXECUTE FUNCTION registrations_count();
CREATE TRIGGER registrations_count_delete AFTER DELETE ON registrations
    FOR EACH ROW EXECUTE FUNCTION registrations_count();
