package dev.rapport.bot.storage.jdbc;

import dev.rapport.bot.storage.support.Fixtures;
import dev.rapport.rules.engine.CommunitySnapshot;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.MessageId;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the saver keeps of a part instead of the part: a fingerprint that is the same for the same content, however
 * it was built, and differs when any one value anywhere in the part differs (every component of every record the
 * snapshot holds, found by reflection, so a component added later is checked too).
 */
class PartFingerprintTest {
    private static final Instant T0 = Instant.parse("2026-02-02T10:00:00Z");

    /** A community with one of everything, every optional value present. */
    private static CommunitySnapshot everything() {
        CommunitySnapshot.Member ana = CommunitySnapshot.Member.builder("p-00000000a1").messages(4).questions(2)
                .answers(1).announcements(1).roles(List.of("Maker", "Team"))
                .lastQuestion(Optional.of(T0)).lastQuestionChannel(Optional.of(ChannelId.of("help")))
                .lastQuestionSeeksOffer(true).lastInChannels(Optional.of(T0.plusSeconds(5)))
                .lastHelped(Optional.of("p-00000000b2")).lastHelpedIn(Optional.of(ChannelId.of("help")))
                .lastHelpedAt(Optional.of(T0.plusSeconds(9)))
                .offersWork(true).seeksClients(true).postedJob(true).referred(true).owner(true).bought(true)
                .build();
        return new CommunitySnapshot(CommunitySnapshot.VERSION, Fixtures.GUILD, List.of(ana),
                List.of(new CommunitySnapshot.Request(MessageId.of("11"), "p-00000000a1", ChannelId.of("help"), T0,
                        List.of(3, 5), true, List.of("p-00000000b2"))),
                List.of(new CommunitySnapshot.Recent(MessageId.of("11"), T0, true)),
                List.of(new CommunitySnapshot.Room(ChannelId.of("help"), 7,
                        List.of(new CommunitySnapshot.Spoke("p-00000000a1", T0)))),
                List.of("p-00000000a1"), true, true, List.of("Customer"))
                .withNorms(List.of(new CommunitySnapshot.RoomNorm(ChannelId.of("help"), T0,
                        Optional.of("p-00000000a1"), T0,
                        List.of(new CommunitySnapshot.Poster("p-00000000a1", 12, 1, 2, 3, 4, 5, 6)), 3600)))
                .withKept(List.of(new CommunitySnapshot.TeamQuestion(MessageId.of("12"), ChannelId.of("desk"),
                        "p-00000000a1", List.of("p-00000000b2"), List.of("p-00000000b2"), T0)),
                List.of(new CommunitySnapshot.Message(MessageId.of("13"), "p-00000000a1", T0, 99,
                        List.of("p-00000000b2"), true, true)),
                List.of(new CommunitySnapshot.Conversation(ChannelId.of("dm-1"), List.of("p-00000000a1"))));
    }

    @Test
    void theSameContentBuiltAgainHasTheSameFingerprint() {
        SnapshotJson json = new SnapshotJson("test");
        CommunitySnapshot again = json.readCommunity(json.write(everything()), "guild-1");

        assertThat(again).isEqualTo(everything()).isNotSameAs(everything());
        assertThat(PartFingerprint.of(again)).isEqualTo(PartFingerprint.of(everything()));
    }

    @Test
    void anyOneValueChangedAnywhereInThePartChangesItsFingerprint() throws ReflectiveOperationException {
        CommunitySnapshot s = everything();
        List<Object> changed = variants(s);
        Set<Long> seen = new HashSet<>();
        seen.add(PartFingerprint.of(s));

        // Every int, long, boolean, text, time, optional and list of every record in it.
        assertThat(changed).hasSizeGreaterThan(60);
        for (Object v : changed) {
            assertThat(v).isNotEqualTo(s);
            assertThat(seen.add(PartFingerprint.of(v))).as("a fingerprint of its own: %s", v).isTrue();
        }
    }

    @Test
    void valuesMovedFromOneFieldToTheNextAreNotTakenForTheSame() {
        CommunitySnapshot.Recent a = new CommunitySnapshot.Recent(MessageId.of("ab"), T0, false);
        CommunitySnapshot.Conversation x = new CommunitySnapshot.Conversation(ChannelId.of("c"),
                List.of("ab", "c"));
        CommunitySnapshot.Conversation y = new CommunitySnapshot.Conversation(ChannelId.of("c"),
                List.of("a", "bc"));

        assertThat(PartFingerprint.of(x)).isNotEqualTo(PartFingerprint.of(y));
        assertThat(PartFingerprint.of(a)).isNotEqualTo(PartFingerprint.of(
                new CommunitySnapshot.Recent(MessageId.of("ab"), T0.plusNanos(1), false)));
    }

    /** {@code v} with one value changed, once for each value in it (lists: their first element, and one less). */
    private static List<Object> variants(Object v) throws ReflectiveOperationException {
        List<Object> out = new ArrayList<>();
        if (v instanceof Integer i) {
            out.add(i + 1);
        } else if (v instanceof Long l) {
            out.add(l + 1);
        } else if (v instanceof Boolean b) {
            out.add(!b);
        } else if (v instanceof String s) {
            out.add(s + "0");
        } else if (v instanceof Instant t) {
            out.add(t.plusSeconds(1));
        } else if (v instanceof Optional<?> o && o.isPresent()) {
            out.add(Optional.empty());
            for (Object inner : variants(o.get())) {
                out.add(Optional.of(inner));
            }
        } else if (v instanceof List<?> list && !list.isEmpty()) {
            out.add(list.subList(0, list.size() - 1));
            for (Object first : variants(list.get(0))) {
                List<Object> copy = new ArrayList<>(list);
                copy.set(0, first);
                out.add(copy);
            }
        } else if (v != null && v.getClass().isRecord()) {
            RecordComponent[] rc = v.getClass().getRecordComponents();
            Class<?>[] types = new Class<?>[rc.length];
            Object[] values = new Object[rc.length];
            for (int i = 0; i < rc.length; i++) {
                types[i] = rc[i].getType();
                values[i] = rc[i].getAccessor().invoke(v);
            }
            Constructor<?> canonical = v.getClass().getDeclaredConstructor(types);
            for (int i = 0; i < rc.length; i++) {
                for (Object changed : variants(values[i])) {
                    Object[] copy = values.clone();
                    copy[i] = changed;
                    out.add(canonical.newInstance(copy));
                }
            }
        }
        return out;
    }
}
