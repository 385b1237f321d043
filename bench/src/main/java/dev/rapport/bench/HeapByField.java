package dev.rapport.bench;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the engine's heap goes, by the field of Rapport's own classes that holds it: walks the object graph from a
 * root (by reflection, each object counted once) and charges every object to the nearest field of a
 * {@code dev.rapport} class above it ({@code ContactBook.data}, {@code Tip.seen}, ...), JDK objects included (a
 * {@code HashMap}'s nodes are charged to the field holding the map). Sizes are estimated for a 64-bit JVM with
 * compressed pointers (12-byte headers, 4-byte references, 8-byte alignment), which is what a heap under 32 GB uses.
 *
 * <p>A development aid for issue 12, row 4 ({@link RetainedHeap} {@code fields}): the class histogram says that
 * {@code int[]} is the largest class; this says whose. Needs {@code --add-opens} for the JDK packages it walks into.
 */
final class HeapByField {
    private static final String OURS = "dev.rapport.";
    private final Map<Class<?>, List<Field>> fields = new HashMap<>();
    private final Map<String, long[]> bytes = new HashMap<>();

    /** Bytes and objects charged to each field, largest first, as lines. */
    static String of(Object root, int rows) {
        HeapByField walk = new HeapByField();
        walk.walk(root);
        List<Map.Entry<String, long[]>> sorted = new ArrayList<>(walk.bytes.entrySet());
        sorted.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
        StringBuilder out = new StringBuilder(String.format("%14s %10s  %s%n", "bytes", "objects", "held by"));
        long total = 0;
        for (Map.Entry<String, long[]> e : sorted) {
            total += e.getValue()[0];
        }
        for (int i = 0; i < Math.min(rows, sorted.size()); i++) {
            Map.Entry<String, long[]> e = sorted.get(i);
            out.append(String.format("%14d %10d  %s%n", e.getValue()[0], e.getValue()[1], e.getKey()));
        }
        return out.append(String.format("%14d %10s  total%n", total, "")).toString();
    }

    private void walk(Object root) {
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<Object[]> todo = new ArrayDeque<>();
        todo.push(new Object[]{root, "(root)"});
        seen.put(root, Boolean.TRUE);
        while (!todo.isEmpty()) {
            Object[] next = todo.pop();
            Object o = next[0];
            String label = (String) next[1];
            Class<?> c = o.getClass();
            long[] slot = bytes.computeIfAbsent(label, k -> new long[2]);
            slot[0] += size(o);
            slot[1]++;
            if (c.isArray()) {
                if (!c.getComponentType().isPrimitive()) {
                    for (int i = 0, n = Array.getLength(o); i < n; i++) {
                        push(Array.get(o, i), label, seen, todo);
                    }
                }
                continue;
            }
            boolean ours = c.getName().startsWith(OURS);
            for (Field f : fieldsOf(c)) {
                if (f.getType().isPrimitive()) {
                    continue;
                }
                Object v;
                try {
                    v = f.get(o);
                } catch (IllegalAccessException e) {
                    continue;
                }
                push(v, ours ? simpleName(f.getDeclaringClass()) + "." + f.getName() : label, seen, todo);
            }
        }
    }

    private static void push(Object v, String label, IdentityHashMap<Object, Boolean> seen, ArrayDeque<Object[]> todo) {
        if (v == null || v instanceof Class<?> || seen.put(v, Boolean.TRUE) != null) {
            return;
        }
        todo.push(new Object[]{v, label});
    }

    private static String simpleName(Class<?> c) {
        String n = c.getName();
        return n.substring(n.lastIndexOf('.') + 1);
    }

    private List<Field> fieldsOf(Class<?> c) {
        return fields.computeIfAbsent(c, k -> {
            List<Field> out = new ArrayList<>();
            for (Class<?> k2 = k; k2 != null; k2 = k2.getSuperclass()) {
                for (Field f : k2.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) {
                        continue;
                    }
                    try {
                        f.setAccessible(true);
                        out.add(f);
                    } catch (RuntimeException e) {
                        // A module that is not opened: its insides are not walked.
                    }
                }
            }
            return out;
        });
    }

    private long size(Object o) {
        Class<?> c = o.getClass();
        long s;
        if (c.isArray()) {
            Class<?> t = c.getComponentType();
            int n = Array.getLength(o);
            int each = t == long.class || t == double.class ? 8 : t == int.class || t == float.class ? 4
                    : t == short.class || t == char.class ? 2 : t == byte.class || t == boolean.class ? 1 : 4;
            s = 16 + (long) n * each;
        } else {
            s = 12;
            for (Class<?> k = c; k != null; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) {
                        continue;
                    }
                    Class<?> t = f.getType();
                    s += t == long.class || t == double.class ? 8 : t == int.class || t == float.class ? 4
                            : t == short.class || t == char.class ? 2 : t == byte.class || t == boolean.class ? 1 : 4;
                }
            }
        }
        return (s + 7) & ~7L;
    }
}
