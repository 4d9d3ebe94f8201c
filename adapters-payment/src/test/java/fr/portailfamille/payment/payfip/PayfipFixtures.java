package fr.portailfamille.payment.payfip;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The recorded PayFiP exchanges of {@code fixtures/} (their comments cite the public sources) and a reader of SOAP
 * envelopes that owes nothing to {@link PayfipSoap}: the JDK's namespace-aware DOM. The gateway and the simulator are
 * each compared with the fixtures through it, so a mistake they would share through the codec does not pass.
 */
public final class PayfipFixtures {

    private PayfipFixtures() {
    }

    /**
     * An element as the wire defines it — namespace URI, local name, its text when it is a leaf, its child elements in
     * order — whatever the prefixes, the white space and the comments.
     */
    public record Shape(String namespace, String name, String text, List<Shape> children) {

        /** The same shape with the text of these leaves replaced by «*»: values that differ by nature (ids, times). */
        public Shape anyValueOf(Set<String> names) {
            return new Shape(namespace, name, names.contains(name) && children.isEmpty() ? "*" : text,
                    children.stream().map(c -> c.anyValueOf(names)).toList());
        }

        /** The text of the first leaf of that name, depth first. */
        public String valueOf(String leaf) {
            if (name.equals(leaf) && children.isEmpty()) return text;
            for (Shape child : children) {
                String found = child.valueOf(leaf);
                if (found != null) return found;
            }
            return null;
        }

        @Override
        public String toString() {
            var out = new StringBuilder();
            print(out, "");
            return out.toString();
        }

        private void print(StringBuilder out, String indent) {
            out.append(indent).append(namespace.isEmpty() ? "" : "{" + namespace + "}").append(name);
            if (children.isEmpty()) out.append(" = «").append(text).append("»");
            out.append('\n');
            children.forEach(c -> c.print(out, indent + "  "));
        }
    }

    public static byte[] bytes(String fixture) {
        try (InputStream in = PayfipFixtures.class.getResourceAsStream("fixtures/" + fixture)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + fixture);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String fixture) {
        return new String(bytes(fixture), StandardCharsets.UTF_8);
    }

    public static Shape shape(String xml) {
        return shape(xml.getBytes(StandardCharsets.UTF_8));
    }

    public static Shape shape(byte[] xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return shape(factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement());
        } catch (Exception e) {
            throw new AssertionError("not XML: " + new String(xml, StandardCharsets.UTF_8), e);
        }
    }

    private static Shape shape(Element element) {
        var children = new ArrayList<Shape>();
        var text = new StringBuilder();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) children.add(shape(child));
            else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) text.append(n.getNodeValue());
        }
        String namespace = element.getNamespaceURI() == null ? "" : element.getNamespaceURI();
        return new Shape(namespace, element.getLocalName(), children.isEmpty() ? text.toString().strip() : "", List.copyOf(children));
    }
}
