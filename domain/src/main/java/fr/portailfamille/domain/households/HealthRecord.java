package fr.portailfamille.domain.households;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The «fiche sanitaire» of one child: medical information and vaccinations. Health data: it never goes to the
 * application logs ({@link #toString()} says nothing of it).
 *
 * @param drugAllergies null while the parents have not answered
 * @param bloodGroup    null while not answered; {@link BloodGroup#UNKNOWN} is an answer
 * @param vaccinations  date of the last injection of each vaccine given
 */
public record HealthRecord(long childId, String doctorName, String doctorPhone, Boolean drugAllergies, String drugAllergyDetail,
                           String otherAllergies, String recommendations, Set<ChildhoodIllness> illnesses, BloodGroup bloodGroup,
                           Map<Vaccine, LocalDate> vaccinations) {

    public static final String DOCTOR_PHONE_INVALID = "Saisissez le numéro du médecin traitant avec ses 10 chiffres, par exemple 01 23 45 67 89.";
    public static final String ALLERGY_DETAIL_MISSING = "Précisez les médicaments auxquels l'enfant est allergique.";
    public static final String BEFORE_BIRTH = "La date de la dernière injection ne peut pas précéder la naissance de l'enfant.";
    public static final String IN_FUTURE = "La date de la dernière injection ne peut pas être dans le futur.";

    public HealthRecord {
        if (childId <= 0) throw new IllegalArgumentException("a health record belongs to a stored child");
        doctorName = Texts.optional(doctorName);
        doctorPhone = Texts.optional(doctorPhone);
        drugAllergyDetail = Texts.optional(drugAllergyDetail);
        otherAllergies = Texts.optional(otherAllergies);
        recommendations = Texts.optional(recommendations);
        illnesses = illnesses == null || illnesses.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(illnesses));
        vaccinations = vaccinations == null || vaccinations.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(vaccinations));
    }

    /** Nothing filled in yet. */
    public static HealthRecord empty(long childId) {
        return new HealthRecord(childId, "", "", null, "", "", "", Set.of(), null, Map.of());
    }

    /** «Informations médicales» complete: family doctor and phone, drug allergies answered (with detail if yes), blood group. */
    public boolean medicalComplete() {
        return !doctorName.isEmpty() && !doctorPhone.isEmpty() && drugAllergies != null
                && (!drugAllergies || !drugAllergyDetail.isEmpty()) && bloodGroup != null;
    }

    /** «Vaccinations» complete: every required vaccine has the date of its last injection. */
    public boolean vaccinationsComplete() {
        for (Vaccine vaccine : Vaccine.values()) {
            if (vaccine.required() && !vaccinations.containsKey(vaccine)) return false;
        }
        return true;
    }

    /**
     * What a parent typed that cannot be right, by form field: the doctor's phone, allergies said yes without detail,
     * injection dates before the birth date or after today. Empty when acceptable.
     */
    public Map<String, String> problems(LocalDate birthDate, LocalDate today) {
        var problems = new LinkedHashMap<String, String>();
        if (!doctorPhone.isEmpty() && !isPhone(doctorPhone)) problems.put("doctorPhone", DOCTOR_PHONE_INVALID);
        if (Boolean.TRUE.equals(drugAllergies) && drugAllergyDetail.isEmpty()) problems.put("drugAllergyDetail", ALLERGY_DETAIL_MISSING);
        vaccinations.forEach((vaccine, date) -> {
            if (date.isBefore(birthDate)) problems.put("vaccine_" + vaccine.name(), vaccine.label() + " : " + BEFORE_BIRTH);
            else if (date.isAfter(today)) problems.put("vaccine_" + vaccine.name(), vaccine.label() + " : " + IN_FUTURE);
        });
        return problems;
    }

    /** A French phone number: 10 digits (0 and 9 more), or +33 and 9 digits; spaces, dots and dashes allowed. */
    public static boolean isPhone(String text) {
        String digits = text.replaceAll("[\\s.\\-]", "");
        return digits.matches("0[1-9]\\d{8}") || digits.matches("\\+33[1-9]\\d{8}");
    }

    /** Each field as the staff's audit trail shows it, in the order of the form: label → value. */
    public Map<String, String> asFields() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("Médecin traitant", doctorName);
        fields.put("Téléphone du médecin traitant", doctorPhone);
        fields.put("Allergies médicamenteuses reconnues", drugAllergies == null ? "" : drugAllergies ? "Oui" : "Non");
        fields.put("Précisions sur les allergies médicamenteuses", drugAllergyDetail);
        fields.put("Autres allergies", otherAllergies);
        fields.put("Recommandations des parents", recommendations);
        fields.put("Maladies déjà eues", illnesses.stream().sorted().map(ChildhoodIllness::label).collect(Collectors.joining(", ")));
        fields.put("Groupe sanguin", bloodGroup == null ? "" : bloodGroup.label());
        for (Vaccine vaccine : Vaccine.values()) {
            LocalDate date = vaccinations.get(vaccine);
            fields.put("Vaccin " + vaccine.label(), date == null ? "" : date.toString());
        }
        return fields;
    }

    /** Keeps health data out of logs and exception messages. */
    @Override
    public String toString() {
        return "HealthRecord[childId=" + childId + ", medicalComplete=" + medicalComplete() + ", vaccinationsComplete="
                + vaccinationsComplete() + "]";
    }
}
