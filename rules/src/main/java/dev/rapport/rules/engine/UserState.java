package dev.rapport.rules.engine;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.rule.UserHistory;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeekTally;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything the engine keeps about one coached person: weekly tallies and the rolling, bounded history the
 * rules look back on. Ids, times, counts and link fingerprints only; never text.
 */
final class UserState implements UserHistory {

    static final Duration LINK_MEMORY = Duration.ofDays(7);
    static final Duration BURST_MEMORY = Duration.ofHours(1);
    static final Duration GIVING_MEMORY = Duration.ofDays(30);
    static final Duration WAITING_MEMORY = Duration.ofDays(7);
    /** Own messages remembered so an edit or a deletion can be undone from the tallies. */
    private static final int OWN_MESSAGES_KEPT = 5_000;

    /** A message waiting for the person's answer; its author by pseudonym, with who they were at the time. */
    static final class Waiting {
        final MessageId message;
        final String from;
        final Audience audience;
        final ChannelId channel;
        final Instant since;
        final IsoWeek week;
        final CommunityId community;
        boolean overdue;
        /** Told once: an overdue question is reported when it becomes overdue, then let go. */
        boolean reported;

        Waiting(MessageId message, String from, Audience audience, ChannelId channel, Instant since, IsoWeek week,
                CommunityId community) {
            this.message = message;
            this.from = from;
            this.audience = audience;
            this.channel = channel;
            this.since = since;
            this.week = week;
            this.community = community;
        }
    }

    /** What one own message added to the tallies, so that it can be taken back. */
    record OwnMessage(IsoWeek week, CommunityId community, boolean addressed, boolean help, boolean question,
                      int linkCount, boolean promotion, int words, int first, int second,
                      List<String> gaveTo, List<Audience> audiences, int textHash, boolean substance,
                      boolean acknowledgement) {
    }

    static final class Contact {
        Instant firstInteraction;
        Instant lastGave;
    }

    final UserId user;
    /** Their zone; changes when they choose another one (weeks already finished keep theirs). */
    private ZoneId zone;
    // The week of the last event and its bounds: nearly every event falls in it, and working a week out takes a
    // time-zone conversion.
    private IsoWeek lastWeek;
    private Instant lastWeekStart = Instant.MAX;
    private Instant lastWeekEnd = Instant.MIN;
    private final PseudonymCache pseudonyms;
    final TreeMap<IsoWeek, WeekTally> weeks = new TreeMap<>();
    IsoWeek openWeek;
    CommunityId lastCommunity;
    /** When the person last wrote anything; null when unknown (e.g. just restored). */
    Instant lastOwnMessage;
    /** When the person first spoke in each introductions channel: their introduction lasts a day from then. */
    private final Map<ChannelId, Instant> introducedAt = new HashMap<>(2);
    static final Duration INTRODUCTION_WINDOW = Duration.ofDays(1);

    private final Map<String, ArrayDeque<LinkPost>> linkPosts = new HashMap<>();
    private final ArrayDeque<LinkPost> recentLinks = new ArrayDeque<>();
    private final Map<ChannelId, Instant> lastSpoke = new HashMap<>();
    /** By pseudonym, like everything about other people. */
    final Map<String, Contact> contacts = new HashMap<>();
    private final Map<ChannelId, Instant> lastGaveIn = new HashMap<>();
    private final ArrayDeque<LinkPost> promotions = new ArrayDeque<>();
    final LinkedHashMap<MessageId, Waiting> waiting = new LinkedHashMap<>();
    private final Map<String, Instant> fired = new HashMap<>();
    final LinkedHashMap<MessageId, OwnMessage> own = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<MessageId, OwnMessage> eldest) {
            return size() > OWN_MESSAGES_KEPT;
        }
    };
    private int sinceSweep;

    UserState(UserId user, ZoneId zone, PseudonymCache pseudonyms) {
        this.user = user;
        this.zone = zone;
        this.pseudonyms = pseudonyms;
    }

    ZoneId zone() {
        return zone;
    }

    void zone(ZoneId newZone) {
        zone = newZone;
        lastWeek = null;
        lastWeekStart = Instant.MAX;
        lastWeekEnd = Instant.MIN;
    }

    /** The person's ISO week of {@code time}, in their zone. */
    IsoWeek weekOf(Instant time) {
        if (!time.isBefore(lastWeekStart) && time.isBefore(lastWeekEnd)) return lastWeek;
        lastWeek = IsoWeek.of(time, zone);
        lastWeekStart = lastWeek.start(zone);
        lastWeekEnd = lastWeek.end(zone);
        return lastWeek;
    }

    WeekTally tally(IsoWeek week) {
        return weeks.computeIfAbsent(week, WeekTally::new);
    }

    /** The start of the first week the engine knows of this person: their history starts there. */
    Instant knownSince(Instant fallback) {
        return weeks.isEmpty() ? fallback : weeks.firstKey().start(zone);
    }

    Contact contact(String other) {
        return contacts.computeIfAbsent(other, k -> new Contact());
    }

    void interacted(String other, Instant at) {
        Contact c = contact(other);
        if (c.firstInteraction == null || at.isBefore(c.firstInteraction)) c.firstInteraction = at;
    }

    void gave(String other, ChannelId channel, Instant at) {
        interacted(other, at);
        Contact c = contact(other);
        if (c.lastGave == null || at.isAfter(c.lastGave)) c.lastGave = at;
        lastGaveIn.merge(channel, at, (a, b) -> a.isAfter(b) ? a : b);
    }

    void postedLink(String fingerprint, ChannelId channel, MessageId message, Instant at) {
        LinkPost post = new LinkPost(at, channel, message);
        ArrayDeque<LinkPost> posts = linkPosts.computeIfAbsent(fingerprint, k -> new ArrayDeque<>(4));
        trim(posts, at.minus(LINK_MEMORY));
        posts.addLast(post);
        trim(recentLinks, at.minus(BURST_MEMORY));
        recentLinks.addLast(post);
    }

    void promoted(ChannelId channel, MessageId message, Instant at) {
        trim(promotions, at.minus(LINK_MEMORY));
        promotions.addLast(new LinkPost(at, channel, message));
    }

    /** Whether a message in an introductions channel at {@code at} is still part of the person's introduction there. */
    boolean introducing(ChannelId channel, Instant at) {
        Instant first = introducedAt.computeIfAbsent(channel, k -> at);
        return !at.isAfter(first.plus(INTRODUCTION_WINDOW));
    }

    void spokeIn(ChannelId channel, Instant at) {
        if (lastOwnMessage == null || at.isAfter(lastOwnMessage)) lastOwnMessage = at;
        lastSpoke.merge(channel, at, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Forgets what a deleted or edited message added to the rolling history. */
    void forgetMessage(MessageId message) {
        for (ArrayDeque<LinkPost> posts : linkPosts.values()) posts.removeIf(p -> p.message().equals(message));
        recentLinks.removeIf(p -> p.message().equals(message));
        promotions.removeIf(p -> p.message().equals(message));
    }

    boolean firstTimeIn(String key, Instant now, Duration rearm) {
        Instant last = fired.get(key);
        if (last != null && now.isBefore(last.plus(rearm))) return false;
        fired.put(key, now);
        return true;
    }

    /** Drops rolling state that no rule can look at any more; cheap, and run every so often. */
    void sweep(Instant now) {
        if (++sinceSweep < 256) return;
        sinceSweep = 0;
        Instant linkHorizon = now.minus(LINK_MEMORY);
        linkPosts.values().removeIf(posts -> {
            trim(posts, linkHorizon);
            return posts.isEmpty();
        });
        Instant givingHorizon = now.minus(GIVING_MEMORY);
        lastGaveIn.values().removeIf(t -> t.isBefore(givingHorizon));
        fired.values().removeIf(t -> t.isBefore(givingHorizon));
        // Overdue questions were reported; after a week they are history, not something to answer now.
        Instant waitingHorizon = now.minus(WAITING_MEMORY);
        waiting.values().removeIf(w -> w.overdue && w.since.isBefore(waitingHorizon));
    }

    private static void trim(ArrayDeque<LinkPost> posts, Instant horizon) {
        while (!posts.isEmpty() && posts.peekFirst().time().isBefore(horizon)) posts.removeFirst();
    }

    // --- snapshots ---------------------------------------------------------------------------------------------

    UserSnapshot snapshot() {
        List<UserSnapshot.Week> weekList = new ArrayList<>(weeks.size());
        for (WeekTally t : weeks.values()) {
            Map<String, UserSnapshot.Counterpart> cps = new HashMap<>();
            t.counterparts().forEach((p, c) -> cps.put(p, new UserSnapshot.Counterpart(c.given(), c.received(), c.audience(),
                    c.helped(), c.acknowledged())));
            Map<String, Integer> communities = new HashMap<>();
            t.messagesByCommunity().forEach((c, n) -> communities.put(c.value(), n));
            weekList.add(new UserSnapshot.Week(t.week(), t.counts(), t.responseTimes(), t.interactionsByAudience(),
                    communities, cps, t.findings(), t.closed()));
        }
        List<UserSnapshot.Post> links = new ArrayList<>();
        linkPosts.forEach((fp, posts) -> posts.forEach(p -> links.add(new UserSnapshot.Post(fp, p.channel(), p.message(), p.time()))));
        links.sort(java.util.Comparator.comparing(UserSnapshot.Post::at));
        List<UserSnapshot.Post> promos = new ArrayList<>();
        promotions.forEach(p -> promos.add(new UserSnapshot.Post("", p.channel(), p.message(), p.time())));
        Map<String, UserSnapshot.Contact> cs = new HashMap<>();
        contacts.forEach((p, c) -> cs.put(p, new UserSnapshot.Contact(Optional.ofNullable(c.firstInteraction),
                Optional.ofNullable(c.lastGave))));
        List<UserSnapshot.Waiting> ws = new ArrayList<>();
        waiting.values().forEach(w -> ws.add(new UserSnapshot.Waiting(w.message, w.from, w.audience, w.channel, w.since,
                w.week, w.community, w.overdue)));
        return new UserSnapshot(UserSnapshot.VERSION, user, zone, Optional.ofNullable(openWeek),
                Optional.ofNullable(lastCommunity), weekList, links, promos, byChannel(lastSpoke), cs,
                byChannel(lastGaveIn), ws, fired);
    }

    static UserState restore(UserSnapshot s, PseudonymCache pseudonyms) {
        UserState u = new UserState(s.user(), s.zone(), pseudonyms);
        u.openWeek = s.openWeek().orElse(null);
        u.lastCommunity = s.community().orElse(null);
        for (UserSnapshot.Week w : s.weeks()) {
            Map<String, int[]> gr = new HashMap<>();
            Map<String, Audience> audiences = new HashMap<>();
            w.counterparts().forEach((p, c) -> {
                gr.put(p, new int[]{c.given(), c.received(), c.helped(), c.acknowledged()});
                audiences.put(p, c.audience());
            });
            Map<CommunityId, Integer> communities = new HashMap<>();
            w.communities().forEach((c, n) -> communities.put(CommunityId.of(c), n));
            u.weeks.put(w.week(), WeekTally.restore(w.week(), w.counts(), w.responseSeconds(), w.interactions(),
                    communities, gr, audiences, w.findings(), w.closed()));
        }
        for (UserSnapshot.Post p : s.links()) u.postedLink(p.fingerprint(), p.channel(), p.message(), p.at());
        for (UserSnapshot.Post p : s.promotions()) u.promoted(p.channel(), p.message(), p.at());
        s.lastSpoke().forEach((c, t) -> u.spokeIn(ChannelId.of(c), t));
        s.contacts().forEach((p, c) -> {
            Contact contact = u.contact(p);
            contact.firstInteraction = c.first().orElse(null);
            contact.lastGave = c.lastGave().orElse(null);
        });
        s.lastGaveIn().forEach((c, t) -> u.lastGaveIn.put(ChannelId.of(c), t));
        for (UserSnapshot.Waiting w : s.waiting()) {
            Waiting waiting = new Waiting(w.message(), w.from(), w.audience(), w.channel(), w.since(), w.week(), w.community());
            waiting.overdue = w.overdue();
            waiting.reported = w.overdue();
            u.waiting.put(w.message(), waiting);
        }
        u.fired.putAll(s.fired());
        return u;
    }

    private static Map<String, Instant> byChannel(Map<ChannelId, Instant> m) {
        Map<String, Instant> out = new HashMap<>();
        m.forEach((c, t) -> out.put(c.value(), t));
        return out;
    }

    // --- UserHistory -----------------------------------------------------------------------------------------

    @Override
    public List<LinkPost> postsOf(String fingerprint) {
        ArrayDeque<LinkPost> posts = linkPosts.get(fingerprint);
        return posts == null ? List.of() : List.copyOf(posts);
    }

    @Override
    public List<LinkPost> recentLinks() {
        return List.copyOf(recentLinks);
    }

    @Override
    public Optional<Instant> lastSpokeIn(ChannelId channel) {
        return Optional.ofNullable(lastSpoke.get(channel));
    }

    @Override
    public Optional<Instant> firstInteractionWith(UserId other) {
        Contact c = contacts.get(pseudonyms.of(other));
        return c == null ? Optional.empty() : Optional.ofNullable(c.firstInteraction);
    }

    @Override
    public Optional<Instant> lastGaveTo(UserId other) {
        Contact c = contacts.get(pseudonyms.of(other));
        return c == null ? Optional.empty() : Optional.ofNullable(c.lastGave);
    }

    @Override
    public Optional<Instant> lastGaveIn(ChannelId channel) {
        return Optional.ofNullable(lastGaveIn.get(channel));
    }

    @Override
    public List<MessageId> recentPromotion() {
        List<MessageId> ids = new ArrayList<>(promotions.size());
        for (LinkPost p : promotions) ids.add(p.message());
        return ids;
    }

    /** Channels the person spoke in recently: where their knowledge shows. */
    java.util.Set<ChannelId> activeChannels() {
        return lastSpoke.keySet();
    }

    /** Waiting messages past their deadline, oldest first. */
    List<Waiting> overdue() {
        List<Waiting> list = new ArrayList<>();
        for (Waiting w : waiting.values()) if (w.overdue && !w.reported) list.add(w);
        return list;
    }
}
