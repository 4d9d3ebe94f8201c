package fr.portailfamille.web;

import io.helidon.http.Status;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webserver.http.HttpRouting;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The client's address as the audit log and the sign-in throttling see it: only a trusted proxy's word is taken.
 * The test client connects over a socket from 127.0.0.1.
 */
class TrustedProxiesTest {

    /** What {@link Exchange#clientAddress()} says for a request with these headers, behind these proxies. */
    private static String clientAddress(TrustedProxies proxies, String header, String value) {
        var settings = new PortalWeb.Settings(false, false, AdmissionLimit.byDefault(), proxies, PortalWeb.Management.LOCAL_FREE_PORT);
        var probe = HttpRouting.builder();
        // a page answering the address the portal's filters believed (routes match in order, the portal's last one is «any»)
        probe.get("/adresse-vue", (req, res) -> res.send(new Exchange(req, res, Visitor.ANONYMOUS, null).clientAddress()));
        PortalWebRoutingTest.web(settings, PortalWebRoutingTest.TOWN).routing(probe);
        var server = io.helidon.webserver.WebServer.builder().host("127.0.0.1").port(0).routing(probe).build().start();
        var client = io.helidon.webclient.http1.Http1Client.builder().baseUri("http://127.0.0.1:" + server.port()).build();
        try {
            var request = client.get("/adresse-vue");
            if (header != null) request.header(io.helidon.http.HeaderNames.create(header), value);
            try (HttpClientResponse res = request.request()) {
                assertEquals(Status.OK_200, res.status());
                return res.as(String.class);
            }
        } finally {
            client.closeResource();
            server.stop();
        }
    }

    private static boolean local(String address) {
        return address.equals("127.0.0.1") || address.contains(":");
    }

    @Test
    void withoutTrustedProxiesTheForwardedHeaderIsIgnored() {
        String seen = clientAddress(TrustedProxies.NONE, "X-Forwarded-For", "203.0.113.9");
        assertTrue(local(seen), "an attacker picks no address: " + seen);
    }

    @Test
    void behindATrustedProxyTheClientIsTheLastUntrustedHop() {
        var proxies = TrustedProxies.parse("127.0.0.1, ::1/128, 10.0.0.0/8");
        assertEquals("203.0.113.9", clientAddress(proxies, "X-Forwarded-For", "203.0.113.9"));
        // a client that forges the start of the chain gets its real address (the one the proxy added) counted
        assertEquals("198.51.100.7", clientAddress(proxies, "X-Forwarded-For", "192.0.2.1, 198.51.100.7, 10.1.2.3"));
        assertEquals("2001:db8::5", clientAddress(proxies, "Forwarded", "for=\"[2001:db8::5]:4711\";proto=https"));
        assertEquals("192.0.2.60", clientAddress(proxies, "Forwarded", "for=192.0.2.60;proto=http;by=203.0.113.43"));
    }

    @Test
    void aGarbledHopIsNotBelieved() {
        var proxies = TrustedProxies.parse("127.0.0.1 ::1");
        assertTrue(local(clientAddress(proxies, "X-Forwarded-For", "unknown")));
        assertTrue(local(clientAddress(proxies, "X-Forwarded-For", "evil.example.org")));
    }

    @Test
    void blocksMatchTheirAddressesOnly() {
        var proxies = TrustedProxies.parse("10.0.0.0/8,192.168.1.10 fd00::/8");
        assertTrue(proxies.trusts("10.255.0.1"));
        assertTrue(proxies.trusts("192.168.1.10"));
        assertTrue(proxies.trusts("fd12::1"));
        assertFalse(proxies.trusts("11.0.0.1"));
        assertFalse(proxies.trusts("192.168.1.11"));
        assertFalse(proxies.trusts("fe80::1"));
        assertFalse(proxies.trusts("localhost"));
    }

    @Test
    void everyBadEntryIsNamedInFrench() {
        var problems = TrustedProxies.problems("10.0.0.0/33, proxy.example.org, 300.1.1.1, 10.0.0.1");
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.getFirst().contains("« 10.0.0.0/33 »"), problems.getFirst());
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("proxy.example.org"));
        assertEquals(List.of(), TrustedProxies.problems(""));
    }
}
