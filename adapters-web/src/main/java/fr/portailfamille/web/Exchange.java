package fr.portailfamille.web;

import io.helidon.common.parameters.Parameters;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** One request as a page handler sees it: who asks, the submitted form (empty on GET), and the response. */
public record Exchange(ServerRequest request, ServerResponse response, Visitor visitor, Parameters form) {

    /** A form field, trimmed; "" when absent. */
    public String field(String name) {
        return form.first(name).map(String::trim).orElse("");
    }

    /** The submitted form as typed, to show it again with its messages (each field's first value). */
    public java.util.Map<String, String> formValues() {
        var values = new java.util.HashMap<String, String>();
        for (String name : form.names()) values.put(name, form.first(name).orElse(""));
        return values;
    }

    public String pathParam(String name) {
        return request.path().pathParameters().get(name);
    }

    public String query(String name) {
        return request.query().first(name).orElse("");
    }

    /** The client's address, for the audit log and throttling: the peer's, or the one a trusted proxy forwards. */
    public String clientAddress() {
        return request.context().get(PortalWeb.CLIENT_ADDRESS, String.class).orElseGet(() -> request.remotePeer().host());
    }
}
