package dev.rapport.rules.engine;

import dev.rapport.rules.audience.OffersRoom;
import dev.rapport.rules.audience.TradeRoom;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChannelInfo;
import dev.rapport.rules.model.UserId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The signs that people sell in one community: who was seen promoting or pitching, whether someone offered their
 * work where the community trades, whether someone spoke of a seller's customers, and which rooms are the trade's own
 * or for offering work. Kept apart from the people's tallies because it answers one question, whether and where this
 * is a market, which audience rules ask before they speak; kept in the community's snapshot (sellers by pseudonym).
 */
final class TradeSigns {

    /** Sellers are remembered up to this many: enough to know that a community sells. */
    private static final int MAX_SELLERS = 10_000;
    /** Rooms read for their topic are kept up to this many; beyond, read again each time. */
    private static final int MAX_ROOMS = 4_096;

    /** People seen promoting or pitching here (from the messages the engine analyses: those of coached people). */
    private final Set<UserId> sellers = new HashSet<>();
    /** Someone offered their work in a channel for trade: people sell here. */
    private boolean tradeOffered;
    /** Someone here said they sent people of their own to someone here: a community with customers. */
    private boolean referralsSeen;
    /** Rooms by name and topic, and whether the topic tells the trade to offer its own work there. */
    private final Map<ChannelInfo, Boolean> offersRooms = new HashMap<>();
    /**
     * Channels whose topic says they are for one trade's people among themselves ({@link TradeRoom}), by channel:
     * read from the topic of the messages seen there, once per channel. Those read as the trade's are kept in the
     * community's snapshot: a request asked in one this week is a fellow's, not an outsider's, after a restart too.
     * The others are read again when next written in.
     */
    private final Map<ChannelId, Boolean> tradeRooms = new HashMap<>();
    /**
     * A room here gives its chat to the trade's own people ({@link TradeRoom#forTheTrade}): the community is the
     * trade's, where shop talk is what people come for. Read with {@link #tradeRooms}; kept in the snapshot.
     */
    private boolean tradesOwn;
    /**
     * The trades this community sends its askers to ("ask the guides anything"), and the rooms kept to a group by a
     * plural alone ("guides only") not yet known to be a trade: such a room is the trade's when the group is one of
     * them, whichever room was seen first. Each group by its word's keyed hash ({@link #key}), never the topic; kept
     * in the snapshot (since session 40: before, a restart forgot them until the rooms were written in again).
     */
    private final Set<Integer> askedTrades = new HashSet<>();
    private final Map<ChannelId, Integer> keptToGroup = new HashMap<>();
    /** A group word's hash as kept: keyed with the installation's secret (plain in tests). */
    private final java.util.function.IntUnaryOperator key;

    TradeSigns(java.util.function.IntUnaryOperator key) {
        this.key = key;
    }

    /** Someone wrote in {@code channel} (not a direct message), whose topic is {@code info}: read once per channel. */
    void roomSeen(ChannelId channel, ChannelInfo info) {
        if (tradeRooms.size() < MAX_ROOMS && !tradeRooms.containsKey(channel)) {
            tradeRooms.put(channel, TradeRoom.byTopic(info));
            if (!tradesOwn) {
                tradesOwn = TradeRoom.forTheTrade(info);
            }
            // A room kept to one group ("guides only") is the trade's when the community sends askers to that group
            // ("ask the guides"), told in this room's topic or another's, before or after.
            String kept = TradeRoom.keptTo(info);
            Integer group = kept == null ? null : key.applyAsInt(kept.hashCode());
            if (group != null && !tradeRoom(channel)) {
                if (askedTrades.contains(group)) {
                    ownRoom(channel);
                } else if (keptToGroup.size() < MAX_ROOMS) {
                    keptToGroup.put(channel, group);
                }
            }
            String trade = TradeRoom.askTheTrade(info);
            if (trade != null) {
                askedFor(key.applyAsInt(trade.hashCode()));
            }
        }
    }

    /** The community sends its askers to {@code group} (keyed): the rooms kept to it are the trade's. */
    private void askedFor(Integer group) {
        if (askedTrades.size() < MAX_ROOMS && askedTrades.add(group)) {
            keptToGroup.forEach((c, g) -> {
                if (g.equals(group)) {
                    ownRoom(c);
                }
            });
            keptToGroup.values().removeIf(group::equals);
        }
    }

    /**
     * Whether a room's topic here sends askers to a trade ("visiting? ask the guides anything"): the trade answers its
     * buyers here. Kept over a restart (since session 40).
     */
    boolean askersSentToTheTrade() {
        return !askedTrades.isEmpty();
    }

    /** {@code channel} is a room for the trade's own people: so is the community the trade's. */
    private void ownRoom(ChannelId channel) {
        tradeRooms.put(channel, true);
        tradesOwn = true;
    }

    /**
     * Whether {@code info}'s topic tells the trade to offer its own work there ({@link OffersRoom}: "offer your
     * services here"), whatever the room's name; read once per room and topic.
     */
    boolean offersRoom(ChannelInfo info) {
        if (info == null || info.topic().isEmpty()) {
            return false;
        }
        Boolean known = offersRooms.get(info);
        if (known == null) {
            known = OffersRoom.byTopic(info);
            if (offersRooms.size() < MAX_ROOMS) {
                offersRooms.put(info, known);
            }
        }
        return known;
    }

    /** Whether {@code channel}'s topic, as last seen, says it is a room for one trade's people ({@link TradeRoom}). */
    boolean tradeRoom(ChannelId channel) {
        return Boolean.TRUE.equals(tradeRooms.get(channel));
    }

    /** Whether a room here gives its chat to the trade's own people ({@link TradeRoom#forTheTrade}). */
    boolean tradesOwn() {
        return tradesOwn;
    }

    /** Whether someone offered their work where the community trades (or its team sold to the members). */
    boolean tradeOffered() {
        return tradeOffered;
    }

    /** Someone offered their work where the community trades: people sell here. */
    void offered() {
        tradeOffered = true;
    }

    /** Whether someone spoke as a seller's customer or advocate here. */
    boolean referralsSeen() {
        return referralsSeen;
    }

    /** Someone said they sent people to, or bought from, someone here: the community has customers. */
    void referralSeen() {
        referralsSeen = true;
    }

    /** {@code author} promoted or pitched something here; whether that is news (they were not known to sell). */
    boolean sold(UserId author) {
        return sellers.size() < MAX_SELLERS && sellers.add(author);
    }

    /** Whether {@code user} was seen promoting or pitching here. */
    boolean isSeller(UserId user) {
        return sellers.contains(user);
    }

    /** How many people were seen promoting or pitching here. */
    int sellerCount() {
        return sellers.size();
    }

    /** Adds everyone seen selling here to {@code all}. */
    void addSellersTo(Set<UserId> all) {
        all.addAll(sellers);
    }

    /** {@code standIn}, someone taken back from a snapshot, is {@code user}: if the stand-in sold here, they did. */
    void rename(UserId standIn, UserId user) {
        if (sellers.remove(standIn)) {
            sellers.add(user);
        }
    }

    /** Lets go of {@code user}'s having sold here. */
    void forget(UserId user) {
        sellers.remove(user);
    }

    /** The sellers as a snapshot lists them: by pseudonym, in order. */
    List<String> sellersByPseudonym(PseudonymCache pseudonyms) {
        List<String> selling = new ArrayList<>(sellers.size());
        sellers.forEach(u -> selling.add(pseudonyms.of(u)));
        selling.sort(null);
        return selling;
    }

    /** The rooms read as the trade's own, as a snapshot lists them: by channel id. */
    List<ChannelId> ownRooms() {
        List<ChannelId> ownRooms = new ArrayList<>();
        tradeRooms.forEach((c, trade) -> {
            if (trade) {
                ownRooms.add(c);
            }
        });
        ownRooms.sort(Comparator.comparing(ChannelId::value));
        return ownRooms;
    }

    /**
     * The groups the rooms here send askers to, and the rooms kept to a group not yet asked for, as a snapshot lists
     * them: groups asked for by their keyed hash, then rooms by channel id.
     */
    List<CommunitySnapshot.TradeGroup> groups() {
        List<CommunitySnapshot.TradeGroup> out = new ArrayList<>(askedTrades.size() + keptToGroup.size());
        askedTrades.stream().sorted().forEach(g -> out.add(new CommunitySnapshot.TradeGroup(g, true,
                java.util.Optional.empty())));
        keptToGroup.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(ChannelId::value)))
                .forEach(e -> out.add(new CommunitySnapshot.TradeGroup(e.getValue(), false,
                        java.util.Optional.of(e.getKey()))));
        return out;
    }

    /** Takes back what a snapshot says of the trade here, beside what was seen since the restart (sellers apart). */
    void restore(CommunitySnapshot s) {
        tradeOffered |= s.tradeOffered();
        referralsSeen |= s.referralsSeen();
        tradesOwn |= s.tradesOwn();
        for (ChannelId c : s.tradeRooms()) {
            if (tradeRooms.size() < MAX_ROOMS) {
                tradeRooms.putIfAbsent(c, true);
            }
        }
        for (CommunitySnapshot.TradeGroup g : s.tradeGroups()) {
            if (g.keptRoom().isPresent() && !tradeRoom(g.keptRoom().get()) && keptToGroup.size() < MAX_ROOMS) {
                keptToGroup.putIfAbsent(g.keptRoom().get(), g.group());
            }
        }
        for (CommunitySnapshot.TradeGroup g : s.tradeGroups()) {
            if (g.askedFor()) {
                askedFor(g.group());
            }
        }
    }
}
