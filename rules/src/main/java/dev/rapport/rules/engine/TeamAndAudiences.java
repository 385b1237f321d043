package dev.rapport.rules.engine;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.config.CommunitySettings;
import dev.rapport.rules.engine.CommunityState.Person;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.UserId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who the people of a community are to a business there: its team in its own server (a Team or Staff role, or the
 * owner where someone wears one) and the audience each person is (by role, by the channel's configured audience, or
 * by how they talk). Named for both because the team is the first of the audiences: one who answers for the business
 * is nobody's customer. It reads the community's {@link Person}s (their roles, counts and signs of trade) and keeps
 * only whether someone here wears a staff role. One per {@link CommunityState}, which counts the people.
 */
final class TeamAndAudiences {

    private static final int MIN_MESSAGES_TO_INFER = 3;

    /** The community's people, read only: {@link CommunityState} counts them. */
    private final Map<UserId, Person> people;
    /** What the role names met here stand for, and which of them are a business's staff. */
    private final RoleAudiences roles;
    /** Who sells here, where the community trades, and which rooms are the trade's own. */
    private final TradeSigns trade;
    /** Whether someone here wears a staff role ({@link #hasStaff()}); null until asked, or after roles change. */
    private Boolean staffSeen;

    TeamAndAudiences(Map<UserId, Person> people, RoleAudiences roles, TradeSigns trade) {
        this.people = people;
        this.roles = roles;
        this.trade = trade;
    }

    /** Whether {@code p} is the business's team in its own server: a Team or Staff role, or the owner where staff are. */
    boolean onTheTeam(Person p) {
        return roles.anyStaffRole(p.roles) || p.owner && hasStaff();
    }

    /** Whether any of {@code addressees} is the business's team in its own server (see {@link #team()}). */
    boolean spokenToTheTeam(List<UserId> addressees) {
        for (int k = 0; k < addressees.size(); k++) {
            Person p = people.get(addressees.get(k));
            if (p != null && onTheTeam(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether someone seen here wears a role named for a business's staff (Team, Staff: a default role name that
     * stands for {@code ignore}): a business's own community, whose customer roles name that business's customers.
     * A role an operator configured as ignore may be the community's volunteer moderators, left out of the counts;
     * it says nothing about whose customers the customers are.
     */
    boolean hasStaff() {
        if (staffSeen == null) {
            // Asked rarely (when a question goes overdue, at a week's end): a walk over the people is fine then.
            staffSeen = false;
            for (Person p : people.values()) {
                if (roles.anyStaffRole(p.roles)) {
                    staffSeen = true;
                    return true;
                }
            }
        }
        return staffSeen;
    }

    /**
     * Someone's roles became {@code worn}. Known to be nobody's before, only these can make a staff role someone's (a
     * walk over everyone after each new person's roles was 10% of a replay); else it is worked out again when asked.
     */
    void rolesWorn(Set<String> worn) {
        if (!Boolean.TRUE.equals(staffSeen)) {
            staffSeen = Boolean.FALSE.equals(staffSeen) ? Boolean.valueOf(roles.anyStaffRole(worn)) : null;
        }
    }

    /** Roles may have changed all at once (new settings, a restore): whether someone is staff is asked again. */
    void rolesChanged() {
        staffSeen = null;
    }

    /**
     * The people seen here who answer for the business: those wearing a staff role (see {@link #hasStaff()}), and the
     * community's owner where someone does. A walk over everyone: asked only for a customer's question in a channel
     * where the team answers.
     */
    List<UserId> team() {
        if (!hasStaff()) {
            return List.of();
        }
        List<UserId> team = new ArrayList<>(2);
        for (var e : people.entrySet()) {
            Person p = e.getValue();
            if (p.owner || roles.anyStaffRole(p.roles)) {
                team.add(e.getKey());
            }
        }
        // In the order of their ids: people are kept in a hash map, and a replay must wait on them in one order.
        team.sort(Comparator.comparing(UserId::toString));
        return team;
    }

    /**
     * Whether {@code m}'s author is the business's team in its own server: wears a Team or Staff role by default name
     * (the roles on the message, else the last seen), or owns the server where someone does (as {@link #team()}).
     */
    boolean teamOf(ChatMessage m) {
        Set<String> worn = m.authorRoles();
        if (worn.isEmpty()) {
            Person p = people.get(m.author());
            worn = p == null ? Set.of() : p.roles;
        }
        return roles.anyStaffRole(worn) || m.authorOwnsCommunity() && hasStaff();
    }

    /**
     * Whether {@code m}'s author is a member of a business's own server (someone wears its Team or Staff role), not its
     * team, and was seen there before this message: whoever has been around the business's server and asks the room
     * where its staff answer is its customer. A first word there may be a stranger's enquiry, owed an answer but not
     * a customer's first.
     */
    boolean memberAsksTheBusiness(ChatMessage m) {
        if (!hasStaff() || teamOf(m)) {
            return false;
        }
        Person p = people.get(m.author());
        // This message is already counted: one more says they were here before it.
        return p != null && p.messages >= 2;
    }

    /**
     * Who {@code user} is to the business: configured roles first, then the channel's configured audience (in
     * {@code settings}, those in force), then inferred from how they talk (mostly asking: seeker; mostly answering or
     * announcing: peer).
     */
    Audience audienceOf(UserId user, ChannelId where, CommunitySettings settings) {
        Person p = people.get(user);
        if (p != null && !p.roles.isEmpty()) {
            Audience best = null;
            for (String role : p.roles) {
                Audience a = roles.audienceOf(role);
                if (a != null && (best == null || a.ordinal() < best.ordinal())) {
                    best = a;
                }
            }
            if (best != null) {
                return best;
            }
        }
        // A business's own server (someone wears its Team or Staff role) is owned by the business: its owner is its
        // team, role or not. Elsewhere every server has an owner, and owning one says nothing about selling.
        if (p != null && p.owner && hasStaff()) {
            return Audience.IGNORE;
        }
        if (where != null) {
            Audience a = settings.channelAudiences().get(where.value());
            if (a != null) {
                return a;
            }
        }
        // Someone who offers their own work where the community trades is in the trade, however much they ask; so
        // is someone who says they want clients of their own: they ask as one of the trade, not as a buyer.
        if (p != null && (p.offersWork || p.seeksClients || p.servesClients)) {
            return Audience.PEER;
        }
        // Someone who says a seller here did work for them, or sold to them, is that seller's customer, even one who
        // first came asking for someone to do it: the job is done, and they are no longer a prospect.
        if (p != null && p.bought && !p.referred) {
            return Audience.CUSTOMER;
        }
        // Someone who posted a job where the community trades is a buyer: a prospective customer, however much they
        // answer those who applied.
        if (p != null && p.postedJob) {
            return Audience.SEEKER;
        }
        // Someone who sent people of their own to a seller here has bought or tried, and brings the next customers:
        // an advocate, however much they chat or answer others (a fellow seller passing on work is caught above).
        if (p != null && p.referred) {
            return Audience.ADVOCATE;
        }
        // Someone who says they bought from a seller here is that seller's customer: owed an answer first, like an
        // advocate, but an advocate is one who brings others, which buying alone does not say.
        if (p != null && p.bought) {
            return Audience.CUSTOMER;
        }
        // In a room for one trade's people among themselves, whoever talks there talks as one of the trade: a fellow
        // asking there is no buyer, and one who answers there is no stranger.
        if (where != null && trade.tradeRoom(where)) {
            return Audience.PEER;
        }
        // So does whoever talked there, when met in another room: a fellow of the trade's own room who asks about a
        // technical point in the open room ("which make?") asks as a fellow, not as a buyer, and is no stranger.
        if (p != null && p.talkedInTradeRoom) {
            return Audience.PEER;
        }
        if (p == null || p.messages < MIN_MESSAGES_TO_INFER) {
            return Audience.UNKNOWN;
        }
        if (p.questions * 2 >= p.messages && p.answers < p.questions) {
            return Audience.SEEKER;
        }
        if ((p.answers + p.announcements) * 10 >= p.messages * 6) {
            return Audience.PEER;
        }
        return Audience.UNKNOWN;
    }
}
