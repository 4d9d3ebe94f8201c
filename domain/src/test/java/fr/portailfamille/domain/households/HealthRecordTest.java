package fr.portailfamille.domain.households;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HealthRecordTest {

    static final LocalDate BIRTH = LocalDate.of(2018, 3, 14);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static HealthRecord medical(String doctor, String phone, Boolean allergies, String detail, BloodGroup group) {
        return new HealthRecord(1, doctor, phone, allergies, detail, "", "", Set.of(), group, Map.of());
    }

    static HealthRecord vaccinated(Vaccine vaccine, LocalDate date) {
        return new HealthRecord(1, "", "", null, "", "", "", Set.of(), null, Map.of(vaccine, date));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "null", value = {
            "all answered,                 Dr Martin, 01 23 45 67 89, false, '',          O_POS,   true",
            "allergic with detail,         Dr Martin, 01 23 45 67 89, true,  Pénicilline, UNKNOWN, true",
            "allergic without detail,      Dr Martin, 01 23 45 67 89, true,  '',          O_POS,   false",
            "allergies not answered,       Dr Martin, 01 23 45 67 89, null,  '',          O_POS,   false",
            "no doctor,                    '',        01 23 45 67 89, false, '',          O_POS,   false",
            "no doctor phone,              Dr Martin, '',             false, '',          O_POS,   false",
            "no blood group,               Dr Martin, 01 23 45 67 89, false, '',          null,    false"})
    void medical_information_is_complete_only_when_every_answer_is_given(String name, String doctor, String phone, Boolean allergies,
                                                                         String detail, BloodGroup group, boolean complete) {
        assertEquals(complete, medical(doctor, phone, allergies, detail, group).medicalComplete());
    }

    @Test
    void vaccinations_are_complete_with_the_dtp_alone_and_not_without_it() {
        assertTrue(vaccinated(Vaccine.DTP, BIRTH.plusMonths(2)).vaccinationsComplete());
        assertFalse(vaccinated(Vaccine.ROR, BIRTH.plusMonths(12)).vaccinationsComplete());
        assertFalse(HealthRecord.empty(1).vaccinationsComplete());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"2018-03-13, " + HealthRecord.BEFORE_BIRTH, "2026-11-24, " + HealthRecord.IN_FUTURE})
    void an_injection_before_birth_or_in_the_future_is_refused_in_french(LocalDate date, String message) {
        assertEquals(Map.of("vaccine_BCG", Vaccine.BCG.label() + " : " + message), vaccinated(Vaccine.BCG, date).problems(BIRTH, TODAY));
    }

    @ParameterizedTest
    @CsvSource({"2018-03-14", "2026-11-23", "2020-01-01"})
    void an_injection_on_the_birth_date_today_or_between_is_accepted(LocalDate date) {
        assertEquals(Map.of(), vaccinated(Vaccine.DTP, date).problems(BIRTH, TODAY));
    }

    @ParameterizedTest
    @CsvSource({"01 23 45 67 89, true", "01.23.45.67.89, true", "+33 1 23 45 67 89, true", "0123456789, true",
            "12345, false", "00 23 45 67 89, false", "01 23 45 67 8a, false"})
    void the_doctors_phone_must_look_like_a_french_number(String phone, boolean valid) {
        var problems = medical("Dr Martin", phone, false, "", BloodGroup.A_POS).problems(BIRTH, TODAY);
        assertEquals(valid ? Map.of() : Map.of("doctorPhone", HealthRecord.DOCTOR_PHONE_INVALID), problems);
    }

    @Test
    void allergies_said_yes_need_their_detail() {
        assertEquals(Map.of("drugAllergyDetail", HealthRecord.ALLERGY_DETAIL_MISSING),
                medical("Dr Martin", "0123456789", true, " ", BloodGroup.A_POS).problems(BIRTH, TODAY));
    }

    @Test
    void health_data_never_shows_in_to_string() {
        String text = medical("Dr Secret", "0123456789", true, "Pénicilline", BloodGroup.AB_NEG).toString();
        assertFalse(text.contains("Secret") || text.contains("Pénicilline") || text.contains("AB"), text);
    }

    @Test
    void fields_list_every_value_for_the_audit_trail() {
        var fields = new HealthRecord(1, "Dr Martin", "0123456789", true, "Pénicilline", "", "", Set.of(ChildhoodIllness.VARICELLE,
                ChildhoodIllness.ASTHME), BloodGroup.O_NEG, Map.of(Vaccine.DTP, BIRTH)).asFields();
        assertEquals("Oui", fields.get("Allergies médicamenteuses reconnues"));
        assertEquals("Asthme, Varicelle", fields.get("Maladies déjà eues"));
        assertEquals("O−", fields.get("Groupe sanguin"));
        assertEquals("2018-03-14", fields.get("Vaccin " + Vaccine.DTP.label()));
        assertEquals("", fields.get("Vaccin " + Vaccine.BCG.label()));
    }
}
