package fr.portailfamille.application.demarches;

import fr.portailfamille.application.demarches.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.demarches.DemarcheForm;
import fr.portailfamille.domain.demarches.FormField;

import java.util.List;

/** An agent defines a new online démarche: a title, a description and its questions, one a line. */
public final class DefineDemarcheForm {

    public sealed interface FormDefinition {
        record Defined(DemarcheForm form) implements FormDefinition {
        }

        record Invalid(FieldErrors errors) implements FormDefinition {
        }
    }

    private final DemarcheRepository repository;

    public DefineDemarcheForm(DemarchePorts ports) {
        this.repository = ports.repository();
    }

    /** @param definition «Libellé | type | obligatoire | choix ; choix», the format agents read on the page */
    public FormDefinition define(Actor agent, String title, String description, String definition) {
        agent.requireStaff();
        var errors = new FieldErrors().requireText("title", title, "Titre", 150);
        List<FormField> fields = List.of();
        switch (DemarcheForm.parse(definition)) {
            case DemarcheForm.Definition.Valid valid -> fields = valid.fields();
            case DemarcheForm.Definition.Invalid invalid -> errors.add("definition", String.join(" ", invalid.problems()));
        }
        if (!errors.isEmpty()) return new FormDefinition.Invalid(errors);
        String text = description == null ? "" : description.strip();
        return new FormDefinition.Defined(repository.addForm(new DemarcheForm(0, title.strip(), text, definition.strip(), fields, true)));
    }
}
