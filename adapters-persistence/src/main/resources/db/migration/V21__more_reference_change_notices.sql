-- Régies and démarche forms join the reference data kept in memory (V20).
CREATE TRIGGER cash_office_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON cash_office
    FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_changed();
CREATE TRIGGER demarche_form_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON demarche_form
    FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_changed();
