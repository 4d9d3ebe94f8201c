package fr.portailfamille.application.households;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.accounts.AuditEventType;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.households.Child;
import fr.portailfamille.domain.households.DocumentStatus;
import fr.portailfamille.domain.households.DocumentType;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.domain.households.MissingItem;
import fr.portailfamille.domain.households.SchoolLevel;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an admin sets up for the dossiers (schools, justificatif types) and the documents the town publishes to families. */
class TownSetUpTest {

    final InMemoryHouseholdsPorts memory = new InMemoryHouseholdsPorts();
    final TownSchools schools = new TownSchools(memory.ports, memory.accounts.ports.audit());
    final TownDocumentTypes types = new TownDocumentTypes(memory.ports, memory.accounts.ports.audit());
    final PublishTownDocument publish = new PublishTownDocument(memory.ports, memory.accounts.ports.audit());
    final ReadDocuments read = new ReadDocuments(memory.ports);
    final Actor admin = new Actor(1, Role.ADMIN, "192.0.2.1");
    final Actor agent = new Actor(2, Role.AGENT, "192.0.2.2");
    final Actor parent = new Actor(3, Role.PARENT);
    static final byte[] PDF = "%PDF-1.4\n% guide de la rentrée\n".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void an_admin_adds_a_school_with_its_levels_renames_it_and_the_rename_is_journaled() {
        assertTrue(schools.save(admin, new TownSchools.Command("", "École Pasteur", List.of(SchoolLevel.CP, SchoolLevel.CE1))).isEmpty());
        var pasteur = schools.list(admin).stream().filter(s -> s.name().equals("École Pasteur")).findFirst().orElseThrow();
        assertEquals(Set.of(SchoolLevel.CP, SchoolLevel.CE1), pasteur.levels());
        assertEquals("CP, CE1", pasteur.levelsText());

        assertTrue(schools.save(admin, new TownSchools.Command("École Pasteur", "École élémentaire Pasteur", List.of(SchoolLevel.CM2))).isEmpty());
        assertTrue(memory.ports.catalogue().schools().contains("École élémentaire Pasteur"));
        assertFalse(memory.ports.catalogue().schools().contains("École Pasteur"));
        var lastEvent = memory.accounts.ports.audit().latest(null, 1).getFirst();
        assertEquals(AuditEventType.TOWN_SETTINGS_CHANGED, lastEvent.type());
        assertEquals("école « École Pasteur » renommée : École élémentaire Pasteur (CM2)", lastEvent.detail());
        assertEquals("192.0.2.1", lastEvent.clientAddress());
    }

    @Test
    void a_school_is_never_named_like_another_nor_blank_and_only_admins_change_schools() {
        int before = memory.ports.catalogue().schools().size();
        assertEquals("Une école porte déjà ce nom : choisissez-en un autre.",
                schools.save(admin, new TownSchools.Command("", " Maternelle Les Tilleuls ", List.of())).asMap().get("name"));
        assertEquals("Le champ « Nom de l'école » est obligatoire.", schools.save(admin, new TownSchools.Command("", " ", List.of())).asMap().get("name"));
        assertTrue(schools.save(admin, new TownSchools.Command("Disparue", "Autre", List.of())).asMap().containsKey("currentName"));
        assertEquals(before, memory.ports.catalogue().schools().size());
        assertThrows(Actor.NotAllowed.class, () -> schools.save(agent, new TownSchools.Command("", "École", List.of())));
        assertThrows(Actor.NotAllowed.class, () -> schools.list(parent));
    }

    @Test
    void a_justificatif_made_required_is_missing_from_the_dossier_and_made_optional_it_is_not() {
        var household = memory.ports.households().add(Household.named("DUPONT"));
        var child = memory.ports.households().addChild(new Child(0, household.id(), "DUPONT", "Léa", LocalDate.of(2019, 3, 1), "", null));
        var completeness = new ChildCompleteness(memory.ports);

        assertTrue(types.save(admin, new TownDocumentTypes.Command("", "Attestation d'assurance scolaire", true, true)).isEmpty());
        var type = memory.ports.catalogue().documentTypes().getLast();
        assertEquals(new DocumentType("attestation-d-assurance-scolaire", "Attestation d'assurance scolaire", true, true), type);
        assertTrue(documentsMissing(completeness, household.id(), child.id()).contains("Justificatif validé : Attestation d'assurance scolaire"));

        assertTrue(types.save(admin, new TownDocumentTypes.Command(type.code(), "Attestation d'assurance scolaire", false, true)).isEmpty());
        assertFalse(documentsMissing(completeness, household.id(), child.id()).contains("Justificatif validé : Attestation d'assurance scolaire"));
        assertEquals("justificatif « Attestation d'assurance scolaire » facultatif, un par enfant",
                memory.accounts.ports.audit().latest(null, 1).getFirst().detail());
    }

    private static List<String> documentsMissing(ChildCompleteness completeness, long household, long child) {
        return completeness.missingItems(household, child).stream().filter(i -> i.kind() == MissingItem.Kind.DOCUMENT)
                .map(ChildCompleteness.Item::label).toList();
    }

    @Test
    void justificatif_types_are_refused_in_french_when_blank_named_like_another_or_gone() {
        int before = memory.ports.catalogue().documentTypes().size();
        assertEquals("Le champ « Nom du justificatif » est obligatoire.", types.save(admin, new TownDocumentTypes.Command("", "", true, false)).asMap().get("label"));
        assertEquals("Un justificatif porte déjà ce nom : modifiez celui de la liste.",
                types.save(admin, new TownDocumentTypes.Command("", "carnet de vaccination", true, true)).asMap().get("label"));
        assertTrue(types.save(admin, new TownDocumentTypes.Command("inconnu", "Autre", true, true)).asMap().containsKey("code"));
        assertEquals(before, memory.ports.catalogue().documentTypes().size());
        assertThrows(Actor.NotAllowed.class, () -> types.save(agent, new TownDocumentTypes.Command("", "Autre", true, true)));
    }

    @Test
    void a_document_to_every_family_is_stored_once_and_reaches_households_created_after_it() {
        var dupont = memory.ports.households().add(Household.named("DUPONT"));
        var result = assertInstanceOf(PublishTownDocument.Result.Published.class,
                publish.publish(agent, new PublishTownDocument.Command("Guide de la rentrée 2026", null, "guide.pdf", PDF, false)));
        var guide = result.document();
        assertTrue(guide.toEveryFamily());
        assertEquals("Guide de la rentrée 2026.pdf", guide.fileName());
        var martin = memory.ports.households().add(Household.named("MARTIN"));
        for (var household : List.of(dupont, martin)) {
            assertEquals(List.of(guide), read.list(familyOf(household), household.id()).published());
            var download = read.downloadTownDocument(familyOf(household), household.id(), guide.id());
            assertArrayEquals(PDF, download.content());
            assertEquals(List.of(), memory.ports.documents().ofHousehold(household.id()), "no copy per household");
        }
        assertEquals(List.of(guide), publish.published(agent));
        var event = memory.accounts.ports.audit().latest(null, 1).getFirst();
        assertEquals(AuditEventType.TOWN_DOCUMENT_PUBLISHED, event.type());
        assertEquals("« Guide de la rentrée 2026 » à toutes les familles", event.detail());
    }

    @Test
    void a_document_to_one_household_is_read_by_that_household_only() {
        var dupont = memory.ports.households().add(Household.named("DUPONT"));
        var martin = memory.ports.households().add(Household.named("MARTIN"));
        var result = assertInstanceOf(PublishTownDocument.Result.Published.class,
                publish.publish(agent, new PublishTownDocument.Command("Attestation de présence", martin.id(), "a.pdf", PDF, false)));
        long id = result.document().id();
        assertEquals(List.of(), read.list(familyOf(dupont), dupont.id()).published());
        assertThrows(Actor.NotAllowed.class, () -> read.downloadTownDocument(familyOf(dupont), dupont.id(), id));
        assertThrows(Actor.NotAllowed.class, () -> read.downloadTownDocument(familyOf(dupont), martin.id(), id));
        assertArrayEquals(PDF, read.downloadTownDocument(familyOf(martin), martin.id(), id).content());
        assertEquals(List.of("Famille DUPONT", "Famille MARTIN"), publish.households(agent).stream().map(Household::name).toList());
    }

    @Test
    void a_withdrawn_document_is_gone_for_every_family_and_the_withdrawal_is_journaled() {
        var dupont = memory.ports.households().add(Household.named("DUPONT"));
        var guide = assertInstanceOf(PublishTownDocument.Result.Published.class,
                publish.publish(agent, new PublishTownDocument.Command("Guide", null, "g.pdf", PDF, false))).document();
        assertThrows(Actor.NotAllowed.class, () -> publish.withdraw(parent, guide.id()));
        assertEquals(java.util.Optional.of(guide), publish.withdraw(agent, guide.id()));
        assertEquals(List.of(), read.list(familyOf(dupont), dupont.id()).published());
        assertThrows(Actor.NotAllowed.class, () -> read.downloadTownDocument(familyOf(dupont), dupont.id(), guide.id()));
        var event = memory.accounts.ports.audit().latest(null, 1).getFirst();
        assertEquals(AuditEventType.TOWN_DOCUMENT_WITHDRAWN, event.type());
        assertEquals("« Guide » à toutes les familles", event.detail());
        assertEquals(java.util.Optional.empty(), publish.withdraw(agent, guide.id()), "withdrawn once");
        assertEquals(List.of(), publish.published(agent));
    }

    /** A parent signed in, linked to the household. */
    private Actor familyOf(Household household) {
        long account = 100 + household.id();
        memory.ports.households().link(account, household.id());
        return new Actor(account, Role.PARENT);
    }

    @Test
    void only_a_pdf_with_a_title_for_a_known_household_is_published_and_a_refusal_stores_nothing() {
        var dupont = memory.ports.households().add(Household.named("DUPONT"));
        var png = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
        assertEquals("Un document de la ville doit être un fichier PDF : enregistrez-le au format PDF puis envoyez-le de nouveau.",
                errors(new PublishTownDocument.Command("Photo", null, "photo.png", png, false)).get("file"));
        assertEquals(UploadedFile.TOO_LARGE, errors(new PublishTownDocument.Command("Gros", null, "gros.pdf", PDF, true)).get("file"));
        assertEquals(UploadedFile.EMPTY, errors(new PublishTownDocument.Command("Vide", null, "vide.pdf", new byte[0], false)).get("file"));
        assertEquals("Le champ « Titre du document » est obligatoire.", errors(new PublishTownDocument.Command(" ", null, "g.pdf", PDF, false)).get("title"));
        assertTrue(errors(new PublishTownDocument.Command("Guide", 999L, "g.pdf", PDF, false)).containsKey("household"));
        assertEquals(List.of(), memory.ports.townDocuments().readableBy(dupont.id()));
        assertThrows(Actor.NotAllowed.class, () -> publish.publish(parent, new PublishTownDocument.Command("Guide", null, "g.pdf", PDF, false)));
    }

    private java.util.Map<String, String> errors(PublishTownDocument.Command command) {
        return assertInstanceOf(PublishTownDocument.Result.Invalid.class, publish.publish(agent, command)).errors().asMap();
    }
}
