package fr.portailfamille.payment.payfip;

/**
 * The simulator's French pages: plain HTML that works without JavaScript, one {@code <main>} and one {@code <h1>},
 * labelled buttons in a form POSTing back.
 */
final class SimulatorPages {

    private SimulatorPages() {
    }

    static String payment(String idOp, String montant, String objet, String refdet, String mel, boolean testMode) {
        return layout("Paiement de votre facture", """
                <p class="notice">Simulateur PayFiP%s : aucun paiement réel n'est effectué.</p>
                <dl>
                  <dt>Montant</dt><dd class="amount">%s</dd>
                  <dt>Objet</dt><dd>%s</dd>
                  <dt>Référence</dt><dd>%s</dd>
                  <dt>Adresse e-mail</dt><dd>%s</dd>
                </dl>
                <form method="post" action="%s">
                  <input type="hidden" name="idop" value="%s">
                  <p>Choisissez l'issue du paiement :</p>
                  <div class="actions">
                    <button type="submit" name="resultat" value="P">Payer</button>
                    <button type="submit" name="resultat" value="R" class="secondary">Refuser</button>
                    <button type="submit" name="resultat" value="A" class="secondary">Abandonner</button>
                  </div>
                  <p class="hint">«&#160;Refuser&#160;» simule un refus de la banque&#160;; «&#160;Abandonner&#160;» simule
                  l'abandon du paiement par le payeur.</p>
                </form>
                """.formatted(testMode ? " (mode test)" : "", euros(montant), escape(objet == null || objet.isEmpty() ? "—" : objet),
                escape(refdet), escape(mel), PayfipSimulator.PAGE_PATH, escape(idOp)));
    }

    static String message(String title, String text) {
        return layout(title, "<p>" + escape(text) + "</p>\n");
    }

    /** «4 250» cents → «42,50 €», French typography: narrow no-break space between thousands, no-break space before €. */
    static String euros(String cents) {
        long value = Long.parseLong(cents);
        String units = Long.toString(value / 100);
        var grouped = new StringBuilder();
        for (int i = 0; i < units.length(); i++) {
            if (i > 0 && (units.length() - i) % 3 == 0) grouped.append('\u202F');
            grouped.append(units.charAt(i));
        }
        return grouped + "," + String.format("%02d", value % 100) + "\u00A0€";
    }

    private static String layout(String title, String content) {
        return """
                <!DOCTYPE html>
                <html lang="fr">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s – Simulateur PayFiP</title>
                <style>
                  body { font-family: system-ui, sans-serif; margin: 0; color: #1e1e1e; background: #f6f6f6; }
                  header { background: #000091; color: #fff; padding: .75rem 1rem; font-weight: bold; }
                  main { max-width: 36rem; margin: 1.5rem auto; padding: 1rem 1.5rem; background: #fff; }
                  .notice { background: #fff4d6; border-left: .3rem solid #b34000; padding: .5rem .75rem; }
                  dt { font-weight: bold; } dd { margin: 0 0 .5rem 0; } .amount { font-size: 1.5rem; }
                  .actions { display: flex; gap: .75rem; flex-wrap: wrap; }
                  button { font-size: 1rem; padding: .6rem 1.2rem; border: 2px solid #000091; background: #000091; color: #fff; cursor: pointer; }
                  button.secondary { background: #fff; color: #000091; }
                  button:focus { outline: 3px solid #0a76f6; outline-offset: 2px; }
                  .hint { color: #3a3a3a; font-size: .9rem; }
                </style>
                </head>
                <body>
                <header>PayFiP – paiement sécurisé (simulateur)</header>
                <main>
                <h1>%s</h1>
                %s</main>
                </body>
                </html>
                """.formatted(escape(title), escape(title), content);
    }

    static String escape(String text) {
        if (text == null) return "";
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
