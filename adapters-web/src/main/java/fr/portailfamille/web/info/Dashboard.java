package fr.portailfamille.web.info;

import fr.portailfamille.web.Visitor;

import java.util.Map;

/**
 * The blocks of a parent's «Tableau de bord» (seed 003): each area contributes its block's data under its own name
 * (household, demarches, messages…); the template shows a block only when its data are there.
 */
@FunctionalInterface
public interface Dashboard {

    Map<String, Object> blocks(Visitor parent);

    Dashboard NONE = parent -> Map.of();
}
