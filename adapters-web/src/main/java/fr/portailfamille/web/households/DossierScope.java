package fr.portailfamille.web.households;

import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where one audience's dossier pages live and how their household is found: a parent's under {@code /dossier} (the
 * household taken from the session, never from the URL), an agent's under {@code /agent/foyers/{household}}.
 *
 * @param produced what the town produced for the household in other areas (invoices), listed beside its documents
 */
record DossierScope(String pattern, Access access, Function<Exchange, Long> household, boolean staff,
                    Function<Exchange, List<Breadcrumb>> produced) {

    static final Breadcrumb HOME = new Breadcrumb("Accueil", "/");

    String root(Exchange ex) {
        return staff ? "/agent/foyers/" + household.apply(ex) + "/" : "/dossier/";
    }

    /** The dossier page itself («/dossier», «/agent/foyers/3»). */
    String home(Exchange ex) {
        String root = root(ex);
        return root.substring(0, root.length() - 1);
    }

    List<Breadcrumb> trail(Exchange ex, String householdName, String... steps) {
        var trail = new ArrayList<Breadcrumb>();
        trail.add(HOME);
        if (staff) {
            trail.add(new Breadcrumb("Foyers", "/agent/foyers"));
            trail.add(new Breadcrumb(householdName, home(ex)));
        } else {
            trail.add(new Breadcrumb("Mon dossier", "/dossier"));
        }
        for (int i = 0; i < steps.length; i += 2) trail.add(new Breadcrumb(steps[i], i + 1 < steps.length ? steps[i + 1] : null));
        return trail;
    }

    /** What every dossier template needs: where its links start and whose eyes it is for. */
    Map<String, Object> model(Exchange ex) {
        var model = new LinkedHashMap<String, Object>();
        model.put("root", root(ex));
        model.put("staffView", staff);
        return model;
    }

    /** The fields as typed, shown again beside the errors. */
    static Map<String, String> formOf(Exchange ex) {
        var form = new HashMap<String, String>();
        ex.form().names().forEach(n -> form.put(n, ex.field(n)));
        return form;
    }
}
