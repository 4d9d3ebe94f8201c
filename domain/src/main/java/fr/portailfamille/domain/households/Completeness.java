package fr.portailfamille.domain.households;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule «before any booking, the dossier of the child is complete»: medical information, vaccinations, at least
 * one emergency contact, an answer to every current required consent and every required justificatif validated and
 * not expired. The list is empty when the child can be booked.
 */
public final class Completeness {

    public static final String MEDICAL = "Informations médicales de la fiche sanitaire";
    public static final String VACCINATIONS = "Vaccinations et injections (au moins le DTP)";
    public static final String EMERGENCY_CONTACT = "Une personne à contacter en cas d'urgence";

    private Completeness() {
    }

    public record Dossier(Child child, HealthRecord health, List<AuthorisedContact> contacts, List<ConsentAnswer> answers,
                          List<SupportingDocument> documents) {
    }

    public record TownRequirements(List<ConsentQuestion> questions, List<DocumentType> documentTypes) {
    }

    public static List<MissingItem> missing(Dossier dossier, TownRequirements town, LocalDate today) {
        var missing = new ArrayList<MissingItem>();
        HealthRecord health = dossier.health() == null ? HealthRecord.empty(dossier.child().id()) : dossier.health();
        if (!health.medicalComplete()) missing.add(new MissingItem(MissingItem.Kind.MEDICAL, MEDICAL, ""));
        if (!health.vaccinationsComplete()) missing.add(new MissingItem(MissingItem.Kind.VACCINATIONS, VACCINATIONS, ""));
        if (dossier.contacts().stream().noneMatch(AuthorisedContact::emergency)) {
            missing.add(new MissingItem(MissingItem.Kind.EMERGENCY_CONTACT, EMERGENCY_CONTACT, ""));
        }
        for (ConsentQuestion question : town.questions()) {
            if (question.required() && dossier.answers().stream().noneMatch(a -> a.answers(question))) {
                missing.add(new MissingItem(MissingItem.Kind.CONSENT, "Consentement : " + question.label(), question.code()));
            }
        }
        for (DocumentType type : town.documentTypes()) {
            if (type.required() && dossier.documents().stream().noneMatch(d -> d.typeCode().equals(type.code())
                    && d.covers(dossier.child().id()) && !d.fromTown() && d.inForceOn(today))) {
                missing.add(new MissingItem(MissingItem.Kind.DOCUMENT, "Justificatif validé : " + type.label(), type.code()));
            }
        }
        return List.copyOf(missing);
    }
}
