-- The places taken and the waiting list are kept on the activity row (issue 22): a sign-up then
-- reads them from the row it locks instead of summing every registration of the activity, and on
-- PostgreSQL the row it locked is the latest version (a sum in the same statement would still see
-- the snapshot from before the lock was granted). Triggers keep them right for every write.
ALTER TABLE activities ADD COLUMN confirmed_people INTEGER NOT NULL DEFAULT 0;
ALTER TABLE activities ADD COLUMN waiting_count INTEGER NOT NULL DEFAULT 0;
UPDATE activities SET
    confirmed_people = (SELECT COALESCE(SUM(people), 0) FROM registrations r WHERE r.activity_id = activities.id AND r.status = 'confirmed'),
    waiting_count = (SELECT COUNT(*) FROM registrations r WHERE r.activity_id = activities.id AND r.status = 'waiting');
CREATE TRIGGER registrations_count_insert AFTER INSERT ON registrations
WHEN NEW.status IN ('confirmed', 'waiting')
BEGIN
    UPDATE activities SET
        confirmed_people = confirmed_people + (CASE WHEN NEW.status = 'confirmed' THEN NEW.people ELSE 0 END),
        waiting_count = waiting_count + (CASE WHEN NEW.status = 'waiting' THEN 1 ELSE 0 END)
    WHERE id = NEW.activity_id;
END;
CREATE TRIGGER registrations_count_update AFTER UPDATE OF status, people, activity_id ON registrations
BEGIN
    UPDATE activities SET
        confirmed_people = confirmed_people - (CASE WHEN OLD.status = 'confirmed' THEN OLD.people ELSE 0 END),
        waiting_count = waiting_count - (CASE WHEN OLD.status = 'waiting' THEN 1 ELSE 0 END)
    WHERE id = OLD.activity_id;
    UPDATE activities SET
        confirmed_people = confirmed_people + (CASE WHEN NEW.status = 'confirmed' THEN NEW.people ELSE 0 END),
        waiting_count = waiting_count + (CASE WHEN NEW.status = 'waiting' THEN 1 ELSE 0 END)
    WHERE id = NEW.activity_id;
END;
CREATE TRIGGER registrations_count_delete AFTER DELETE ON registrations
WHEN OLD.status IN ('confirmed', 'waiting')
BEGIN
    UPDATE activities SET
        confirmed_people = confirmed_people - (CASE WHEN OLD.status = 'confirmed' THEN OLD.people ELSE 0 END),
        waiting_count = waiting_count - (CASE WHEN OLD.status = 'waiting' THEN 1 ELSE 0 END)
    WHERE id = OLD.activity_id;
END;
