package fr.portailfamille.web.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The export's machine-readable part: records written as JSON objects (one member per component, in order), lists as
 * arrays, dates and instants in ISO 8601, enums by name, any other value by its text. Written straight to the
 * archive's stream; the portal needs no JSON library for this one use.
 */
final class Json {

    private final Writer out;

    Json(Writer out) {
        this.out = out;
    }

    void write(Object value) {
        try {
            value(value, 0);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void value(Object value, int depth) throws IOException {
        if (depth > 20) throw new IllegalStateException("nested too deep for an export");
        switch (value) {
            case null -> out.write("null");
            case Boolean b -> out.write(b.toString());
            case Number n -> out.write(n.toString());
            case Enum<?> e -> string(e.name());
            case Optional<?> o -> value(o.orElse(null), depth);
            case Record r -> record(r, depth);
            case Map<?, ?> m -> {
                out.write('{');
                boolean first = true;
                for (var entry : m.entrySet()) {
                    if (!first) out.write(',');
                    first = false;
                    string(String.valueOf(entry.getKey() instanceof Enum<?> e ? e.name() : entry.getKey()));
                    out.write(':');
                    value(entry.getValue(), depth + 1);
                }
                out.write('}');
            }
            case Collection<?> c -> {
                out.write('[');
                boolean first = true;
                for (var item : c) {
                    if (!first) out.write(',');
                    first = false;
                    value(item, depth + 1);
                }
                out.write(']');
            }
            case TemporalAccessor t -> string(t.toString());
            default -> string(value.toString());
        }
    }

    private void record(Record r, int depth) throws IOException {
        out.write('{');
        boolean first = true;
        for (RecordComponent component : r.getClass().getRecordComponents()) {
            if (!first) out.write(',');
            first = false;
            string(component.getName());
            out.write(':');
            try {
                var accessor = component.getAccessor();
                accessor.setAccessible(true);
                value(accessor.invoke(r), depth + 1);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
        out.write('}');
    }

    private void string(String s) throws IOException {
        out.write('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') out.write(String.format("\\u%04x", (int) c));
                    else out.write(c);
                }
            }
        }
        out.write('"');
    }
}
