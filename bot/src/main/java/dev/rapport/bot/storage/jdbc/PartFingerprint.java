package dev.rapport.bot.storage.jdbc;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A 64-bit fingerprint of a snapshot part's content (a record and everything in it), worked out by walking its
 * components without writing a document: what the saver keeps of each part it wrote, instead of the part itself.
 *
 * <p>Why: to skip serialising an unchanged part, the saver compared it with the part it last wrote, and so kept every
 * part of every community in memory: the whole community's picture a second time (at 100,000 people, tens of
 * megabytes per community). A fingerprint is two {@code long}s a part. Every component of every record is walked, by
 * its accessor, so a component added to the snapshot's records later is covered without touching this class; each
 * value goes in with its kind and length, and the mixing is xxHash64's, so two different parts share a fingerprint by
 * chance once in 2^64 comparisons (and then the part whose content changed is not written until it changes again).
 * A value of a kind it does not know goes in by its {@code toString}, which records, lists and the ids all spell out.
 */
final class PartFingerprint {
    private static final long P1 = 0x9E3779B185EBCA87L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private static final long P3 = 0x165667B19E3779F9L;

    /** Per record class, a walker of its components (made once per class). */
    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            RecordComponent[] rc = type.getRecordComponents();
            Component[] out = new Component[rc.length];
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (int i = 0; i < rc.length; i++) {
                try {
                    MethodHandle getter = lookup.unreflect(rc[i].getAccessor());
                    Class<?> t = rc[i].getType();
                    Class<?> as = t == int.class || t == long.class || t == boolean.class ? t : Object.class;
                    out[i] = new Component(t, getter.asType(MethodType.methodType(as, Object.class)));
                } catch (IllegalAccessException e) {
                    // Not reachable from here (a record that is not public): it goes in by its toString.
                    return null;
                }
            }
            return out;
        }
    };

    private record Component(Class<?> type, MethodHandle getter) {
    }

    private long h = P3;

    private PartFingerprint() {
    }

    /** The fingerprint of {@code part} (a record, usually a {@code CommunitySnapshot} holding one part's share). */
    static long of(Object part) {
        PartFingerprint f = new PartFingerprint();
        f.value(part);
        return f.finish();
    }

    private void mix(long v) {
        h = Long.rotateLeft(h ^ Long.rotateLeft(v * P2, 31) * P1, 27) * P1 + 0x85EBCA77C2B2AE63L;
    }

    private long finish() {
        long x = h;
        x ^= x >>> 33;
        x *= 0xFF51AFD7ED558CCDL;
        x ^= x >>> 33;
        x *= 0xC4CEB9FE1A85EC53L;
        return x ^ (x >>> 33);
    }

    private void value(Object v) {
        if (v == null) {
            mix(1);
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof Integer i) {
            mix(3);
            mix(i);
        } else if (v instanceof Long l) {
            mix(4);
            mix(l);
        } else if (v instanceof Boolean b) {
            mix(b ? 6 : 5);
        } else if (v instanceof Instant t) {
            mix(7);
            mix(t.getEpochSecond());
            mix(t.getNano());
        } else if (v instanceof Optional<?> o) {
            mix(8);
            value(o.orElse(null));
        } else if (v instanceof List<?> list) {
            mix(9);
            mix(list.size());
            for (int i = 0; i < list.size(); i++) {
                value(list.get(i));
            }
        } else if (v.getClass().isRecord()) {
            record(v);
        } else {
            mix(11);
            string(v.getClass().getName());
            string(v.toString());
        }
    }

    private void string(String s) {
        mix(2);
        mix(s.length());
        int i = 0;
        for (; i + 3 < s.length(); i += 4) {
            mix((long) s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32
                    | (long) s.charAt(i + 3) << 48);
        }
        for (; i < s.length(); i++) {
            mix(s.charAt(i));
        }
    }

    private void record(Object r) {
        Component[] components = COMPONENTS.get(r.getClass());
        if (components == null) {
            mix(11);
            string(r.getClass().getName());
            string(r.toString());
            return;
        }
        mix(10);
        mix(components.length);
        try {
            for (Component c : components) {
                if (c.type() == int.class) {
                    mix((int) c.getter().invokeExact(r));
                } else if (c.type() == long.class) {
                    mix((long) c.getter().invokeExact(r));
                } else if (c.type() == boolean.class) {
                    mix((boolean) c.getter().invokeExact(r) ? 6 : 5);
                } else {
                    value((Object) c.getter().invokeExact(r));
                }
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("a snapshot record's accessor failed: " + r.getClass(), e);
        }
    }
}
