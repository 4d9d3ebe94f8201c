-- The town's reference data is kept in memory by each portal process (ReferenceCache): any change to one of these
-- tables, from the portal or by hand, tells every listening process at commit to forget what it kept.
CREATE FUNCTION notify_reference_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('reference_changed', TG_TABLE_NAME);
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['town_settings', 'terms_version', 'school', 'document_type', 'consent_question',
                             'school_calendar', 'holiday_period', 'closure', 'activity'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_changed()', t || '_changed', t);
    END LOOP;
END;
$$;
