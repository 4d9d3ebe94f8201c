package fr.portailfamille.application.common;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The state of one in-memory store at an instant, put back by {@link #restore()} when a transaction fails. Taken by
 * reading the store's fields, so a field added to a store later is covered without anyone remembering to: collections
 * are copied deeply, records and other immutable values are shared, counters are kept. Final fields that hold neither a
 * collection nor an atomic are collaborators (a clock, another store) and are left alone. A mutable value of any other
 * kind stops the snapshot (an {@link IllegalStateException}) rather than be silently shared: give its class
 * {@link InMemoryCopy}.
 */
final class StoreSnapshot {

    private final Object store;
    private final Map<Field, Object> saved = new LinkedHashMap<>();

    private StoreSnapshot(Object store) {
        this.store = store;
    }

    static StoreSnapshot of(Object store) {
        var snapshot = new StoreSnapshot(store);
        synchronized (store) {
            for (Field field : fields(store.getClass())) {
                Object value = read(field, store);
                if (value instanceof AtomicReference<?> a) snapshot.saved.put(field, copy(a.get()));
                else if (value instanceof AtomicLong a) snapshot.saved.put(field, a.get());
                else if (value instanceof AtomicInteger a) snapshot.saved.put(field, a.get());
                else if (value instanceof Map<?, ?> || value instanceof Collection<?>) snapshot.saved.put(field, copy(value));
                else if (!Modifier.isFinal(field.getModifiers())) snapshot.saved.put(field, copy(value));
            }
        }
        return snapshot;
    }

    /** Puts the store back as it was; collections are refilled in place, as the store's code holds them in final fields. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void restore() {
        synchronized (store) {
            saved.forEach((field, value) -> {
                Object live = read(field, store);
                switch (live) {
                    case AtomicReference a -> a.set(value);
                    case AtomicLong a -> a.set((Long) value);
                    case AtomicInteger a -> a.set((Integer) value);
                    case Map m when Modifier.isFinal(field.getModifiers()) -> {
                        m.clear();
                        m.putAll((Map) value);
                    }
                    case Collection c when Modifier.isFinal(field.getModifiers()) -> {
                        c.clear();
                        c.addAll((Collection) value);
                    }
                    case null, default -> write(field, store, value);
                }
            });
        }
    }

    private static List<Field> fields(Class<?> type) {
        var fields = new ArrayList<Field>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) continue;
                field.setAccessible(true);
                fields.add(field);
            }
        }
        return fields;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object copy(Object value) {
        return switch (value) {
            case null -> null;
            case SortedMap m -> {
                var copy = new TreeMap(m.comparator());
                m.forEach((k, v) -> copy.put(k, copy(v)));
                yield copy;
            }
            case Map m -> {
                var copy = new LinkedHashMap();
                m.forEach((k, v) -> copy.put(k, copy(v)));
                yield copy;
            }
            case SortedSet s -> {
                var copy = new TreeSet(s.comparator());
                copy.addAll(s);
                yield copy;
            }
            case Set s -> new LinkedHashSet(s);
            case Collection c -> new ArrayList(c.stream().map(StoreSnapshot::copy).toList());
            case byte[] bytes -> bytes.clone();
            case InMemoryCopy<?> mutable -> mutable.copy();
            default -> {
                if (!immutable(value)) {
                    throw new IllegalStateException("A " + value.getClass().getName()
                            + " cannot be snapshotted: make it a record or give it InMemoryCopy");
                }
                yield value;
            }
        };
    }

    private static boolean immutable(Object value) {
        return value.getClass().isRecord() || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?> || value instanceof TemporalAccessor
                || value instanceof Duration || value instanceof Period || value instanceof ZoneId
                || value instanceof Optional<?> || value instanceof UUID;
    }

    private static Object read(Field field, Object store) {
        try {
            return field.get(store);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Field field, Object store, Object value) {
        try {
            field.set(store, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot restore " + field, e);
        }
    }
}
