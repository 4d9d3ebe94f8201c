package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import java.net.URI;
import java.util.regex.Pattern;

/** The scripted provider keeps the promises of FranceConnect's client that use-case tests rely on. */
class ScriptedIdentityProviderTest extends IdentityProviderContract {

    private final ScriptedIdentityProvider provider = new ScriptedIdentityProvider();
    private int codes;

    @Override
    protected IdentityProvider provider() {
        return provider;
    }

    /** The person's answer is scripted as the provider would give it for the page's nonce. */
    @Override
    protected String signsIn(URI page, String person) {
        var nonce = Pattern.compile("nonce=([^&]+)").matcher(page.getRawQuery());
        if (!nonce.find()) throw new AssertionError("no nonce on " + page);
        provider.answer(new IdentityProvider.Answer.Identified("sujet-" + person, "entete." + person + "-" + nonce.group(1) + ".signature"));
        return "code-" + ++codes;
    }

    @Override
    protected void goesDown() {
        provider.down = true;
    }
}
