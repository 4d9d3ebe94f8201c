package fr.portailfamille.web.info;

import fr.portailfamille.web.Breadcrumb;

import java.util.List;

/**
 * One block of the dashboard: a title, a few lines (a label and, when it leads somewhere, a link), what to say when
 * there is nothing, and a link to the full page.
 */
public record Block(String title, List<Breadcrumb> lines, String empty, Breadcrumb more) {
}
