package fr.portailfamille.web;

import io.helidon.webserver.http.ServerRequest;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reverse proxies whose word is taken for the client's address ({@code TRUSTED_PROXIES}: addresses or CIDR
 * blocks, comma- or space-separated). A request from anyone else is its own client: its {@code X-Forwarded-For} is
 * ignored, or anybody could pick the address their sign-in attempts are counted against. Behind trusted proxies, the
 * client is the last address of the chain that is not one of them.
 */
public final class TrustedProxies {

    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    private record Block(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) return false;
            int bits = network.length * 8;
            var mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftRight(prefix).not();
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** @throws IllegalArgumentException listing the entries that are not addresses or CIDR blocks */
    public static TrustedProxies parse(String list) {
        var problems = problems(list);
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join(" ", problems));
        return new TrustedProxies(entries(list).stream().map(entry -> block(entry).orElseThrow()).toList());
    }

    /** Each entry of {@code list} that is neither an address nor a CIDR block, in one French sentence. */
    public static List<String> problems(String list) {
        var problems = new ArrayList<String>();
        for (String entry : entries(list)) {
            if (block(entry).isEmpty()) {
                problems.add("TRUSTED_PROXIES : « " + entry + " » n'est ni une adresse IP ni un bloc CIDR (par exemple 10.0.0.0/8 ou ::1).");
            }
        }
        return problems;
    }

    /** The client's address: the peer's, unless the peer is a trusted proxy and says whom it forwards. */
    public String clientAddress(ServerRequest request) {
        String peer = peerAddress(request);
        if (blocks.isEmpty() || !trusts(peer)) return peer;
        List<String> chain = forwardedChain(request);
        for (int i = chain.size() - 1; i >= 0; i--) {
            String hop = chain.get(i);
            if (literal(hop).isEmpty()) return peer; // a forged or obfuscated hop: trust nothing past the proxy
            if (!trusts(hop)) return hop;
        }
        return chain.isEmpty() ? peer : chain.getFirst();
    }

    /** The peer's IP literal (its host name is whatever the socket layer resolved, useless for matching blocks). */
    static String peerAddress(ServerRequest request) {
        if (request.remotePeer().address() instanceof java.net.InetSocketAddress socket && socket.getAddress() != null) {
            return socket.getAddress().getHostAddress();
        }
        return request.remotePeer().host();
    }

    boolean trusts(String address) {
        return literal(address).map(bytes -> blocks.stream().anyMatch(block -> block.contains(bytes))).orElse(false);
    }

    /** The hops the proxies reported, the client first: RFC 7239 {@code Forwarded}, else {@code X-Forwarded-For}. */
    private static List<String> forwardedChain(ServerRequest request) {
        var hops = new ArrayList<String>();
        var forwarded = request.headers().values(io.helidon.http.HeaderNames.FORWARDED);
        if (!forwarded.isEmpty()) {
            for (String element : String.join(",", forwarded).split(",")) {
                for (String pair : element.split(";")) {
                    String[] kv = pair.trim().split("=", 2);
                    if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("for")) hops.add(node(kv[1].trim()));
                }
            }
            return hops;
        }
        for (String value : request.headers().values(io.helidon.http.HeaderNames.X_FORWARDED_FOR)) {
            for (String hop : value.split(",")) {
                if (!hop.isBlank()) hops.add(hop.trim());
            }
        }
        return hops;
    }

    /** {@code "[2001:db8::1]:4711"} → {@code 2001:db8::1}; {@code 192.0.2.60:80} → {@code 192.0.2.60}. */
    private static String node(String value) {
        String v = value.startsWith("\"") && value.endsWith("\"") && value.length() > 1 ? value.substring(1, value.length() - 1) : value;
        if (v.startsWith("[")) {
            int end = v.indexOf(']');
            return end > 0 ? v.substring(1, end) : v;
        }
        int colon = v.indexOf(':');
        return colon > 0 && v.indexOf(':', colon + 1) < 0 ? v.substring(0, colon) : v;
    }

    private static List<String> entries(String list) {
        return list == null ? List.of() : List.of(list.trim().split("[,\\s]+")).stream().filter(s -> !s.isEmpty()).toList();
    }

    private static Optional<Block> block(String entry) {
        int slash = entry.indexOf('/');
        var address = literal(slash < 0 ? entry : entry.substring(0, slash));
        if (address.isEmpty()) return Optional.empty();
        int bits = address.get().length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (prefix < 0 || prefix > bits) return Optional.empty();
        }
        return Optional.of(new Block(address.get(), prefix));
    }

    /** The bytes of an IP literal; never a name lookup (a header must not make the portal query DNS). */
    static Optional<byte[]> literal(String text) {
        if (text == null || text.isEmpty()) return Optional.empty();
        boolean v4 = text.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = text.contains(":") && text.matches("[0-9A-Fa-f:.]+");
        if (!v4 && !v6) return Optional.empty();
        if (v4) {
            for (String part : text.split("\\.")) {
                if (Integer.parseInt(part) > 255) return Optional.empty();
            }
        }
        try {
            return Optional.of(InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
