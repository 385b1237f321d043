package dev.rapport.bot.importer;

import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.ReactionAdded;
import dev.rapport.rules.model.RecordEnds;
import dev.rapport.rules.model.UserId;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

/**
 * Replays several readers as one stream in time order, as a guild export of many channel files happened.
 *
 * <p>A k-way merge holding one pending event per reader: memory grows with the number of files, not their size.
 * Ties keep input order (earlier reader first; within a reader, its own order). A message id seen again (the
 * same message in two overlapping exports) is replayed once, with the reactions that came with the copy;
 * ids are remembered in a bounded window, which suffices because copies of a message are close in time.
 *
 * <p>Each file tells where its own channel's record ends ({@link RecordEnds}), and the engine lets go only the
 * questions of that channel, so files of other channels still running are not cut. Two files of one channel (an
 * export split in parts, overlapping exports) are one record: a file's end is passed over while another file that
 * has already spoken in that channel is still being read, as the record goes on there; the last of them ends it.
 * A file of the channel that starts only after the end (an excerpt years later) does not: the record did stop.
 */
public final class MergedEventStream implements EventReader {
    /** Messages remembered for de-duplication: overlapping exports put copies close together in time. */
    public static final int DEFAULT_REMEMBERED_IDS = 100_000;

    private record Pending(ChatEvent event, int source) {
    }

    /** A channel of a community, as a {@link RecordEnds} names it. */
    private record Place(CommunityId community, ChannelId channel) {
    }

    private static final Comparator<Pending> ORDER =
            Comparator.comparing((Pending p) -> p.event().time()).thenComparingInt(Pending::source);

    private final List<EventReader> sources;
    private final PriorityQueue<Pending> queue;
    /** Message id to the reader that delivered it first. */
    private final BoundedLruMap<MessageId, Integer> delivered;
    /** Message id to the reader whose copy was dropped, so that copy's reactions are dropped too. */
    private final BoundedLruMap<MessageId, Integer> droppedCopies;
    private boolean started;
    private long duplicateMessages;
    private long duplicateReactions;
    /** Per source: its copies of messages another source delivered first. */
    private final long[] duplicatesFrom;
    /** Per source: the channels it has spoken in and not yet ended; empty once it is read to its end. */
    private final List<Set<Place>> openChannels;
    /** Records' ends passed over because another file goes on in that channel. */
    private long endsPassedOver;

    public MergedEventStream(List<? extends EventReader> sources) {
        this(sources, DEFAULT_REMEMBERED_IDS);
    }

    public MergedEventStream(List<? extends EventReader> sources, int rememberedIds) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge: no readers given");
        }
        this.sources = List.copyOf(sources);
        this.queue = new PriorityQueue<>(sources.size(), ORDER);
        this.delivered = new BoundedLruMap<>(rememberedIds);
        this.droppedCopies = new BoundedLruMap<>(rememberedIds);
        this.duplicatesFrom = new long[sources.size()];
        this.openChannels = new ArrayList<>(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            openChannels.add(new HashSet<>(2));
        }
    }

    @Override
    public ChatEvent next() throws ImportException {
        if (!started) {
            started = true;
            for (int i = 0; i < sources.size(); i++) {
                advance(i);
            }
        }
        Pending head;
        while ((head = queue.poll()) != null) {
            advance(head.source());
            if (!isDuplicate(head) && !endsWhileGoingOnElsewhere(head)) {
                return head.event();
            }
        }
        return null;
    }

    private void advance(int source) throws ImportException {
        ChatEvent event = sources.get(source).next();
        if (event != null) {
            queue.add(new Pending(event, source));
        } else {
            openChannels.get(source).clear();
        }
    }

    /**
     * Notes the channel each event is in; true for a record's end that another file, which has spoken in that channel
     * and is not yet read to its end, goes on past (its own end, or a later file's, ends the record).
     */
    private boolean endsWhileGoingOnElsewhere(Pending pending) {
        ChatEvent event = pending.event();
        Place place = placeOf(event);
        if (place == null) {
            return false;
        }
        if (!(event instanceof RecordEnds)) {
            openChannels.get(pending.source()).add(place);
            return false;
        }
        openChannels.get(pending.source()).remove(place);
        for (int i = 0; i < openChannels.size(); i++) {
            if (i != pending.source() && openChannels.get(i).contains(place)) {
                endsPassedOver++;
                return true;
            }
        }
        return false;
    }

    private static Place placeOf(ChatEvent event) {
        if (event instanceof ChatMessage m) {
            return new Place(m.community(), m.channel());
        }
        if (event instanceof ReactionAdded r) {
            return new Place(r.community(), r.channel());
        }
        if (event instanceof RecordEnds e) {
            return new Place(e.community(), e.channel());
        }
        return null;
    }

    private boolean isDuplicate(Pending pending) {
        if (pending.event() instanceof ChatMessage message) {
            Integer first = delivered.get(message.id());
            if (first == null) {
                delivered.put(message.id(), pending.source());
                return false;
            }
            droppedCopies.put(message.id(), pending.source());
            duplicateMessages++;
            duplicatesFrom[pending.source()]++;
            return true;
        }
        if (pending.event() instanceof ReactionAdded reaction) {
            Integer droppedFrom = droppedCopies.get(reaction.message());
            if (droppedFrom != null && droppedFrom == pending.source()) {
                duplicateReactions++;
                return true;
            }
        }
        return false;
    }

    /** Records' ends passed over because another file went on in the same channel past them. */
    public long endsPassedOver() {
        return endsPassedOver;
    }

    /** Messages replayed once although they appeared again (in another file, or twice in one). */
    public long duplicateMessages() {
        return duplicateMessages;
    }

    /** Everyone's display names from every source (a later source wins on a conflict). */
    @Override
    public Map<UserId, String> displayNames() {
        return merged(EventReader::displayNames);
    }

    @Override
    public Map<UserId, String> usernames() {
        return merged(EventReader::usernames);
    }

    @Override
    public Map<ChannelId, String> channelNames() {
        return merged(EventReader::channelNames);
    }

    /** One name map from every source's, a later source winning on a conflict. */
    private <K> Map<K, String> merged(Function<EventReader, Map<K, String>> names) {
        Map<K, String> all = new HashMap<>();
        for (EventReader source : sources) {
            all.putAll(names.apply(source));
        }
        return all;
    }

    /**
     * Each source's own report, in input order; a source's copies of messages that another source delivered
     * first are taken out of its count and said, so the counts add up to the messages replayed.
     */
    public List<ImportReport> reports() {
        List<ImportReport> reports = new ArrayList<>(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            ImportReport r = sources.get(i).report();
            long copies = duplicatesFrom[i];
            reports.add(copies == 0 ? r : r.tidied(copies, 0, List.of(Plural.of(copies, "duplicate message")
                    + " ignored (already read from another file: overlapping exports?)")));
        }
        return reports;
    }

    /** All sources together: counts summed (duplicates counted once), warnings prefixed with their source. */
    @Override
    public ImportReport report() {
        List<ImportReport> reports = reports();
        long messages = 0;
        long bots = 0;
        long skipped = 0;
        List<String> warnings = new ArrayList<>();
        for (ImportReport r : reports) {
            messages += r.messages();
            bots += r.botMessages();
            skipped += r.skipped();
            for (String warning : r.warnings()) {
                warnings.add(r.source() + ": " + warning);
            }
        }
        if (duplicateReactions > 0) {
            warnings.add(Plural.of(duplicateReactions, "reaction") + " on duplicate messages ignored");
        }
        String source = reports.size() == 1 ? reports.get(0).source() : reports.size() + " files";
        return new ImportReport(source, commonFormat(reports), messages, bots, skipped, warnings);
    }

    /** The sources' format; the first one's when they differ (a mixed replay is allowed). */
    private static ExportFormat commonFormat(List<ImportReport> reports) {
        return reports.get(0).format();
    }

    @Override
    public long position() {
        long total = 0;
        for (EventReader source : sources) {
            total += source.position();
        }
        return total;
    }

    @Override
    public long size() {
        long total = 0;
        for (EventReader source : sources) {
            long size = source.size();
            if (size < 0) {
                return -1;
            }
            total += size;
        }
        return total;
    }

    /** Closes every source, even when one fails; the first failure is thrown with the others suppressed. */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (EventReader source : sources) {
            try {
                source.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
