package dev.rapport.rules;

import dev.rapport.rules.config.CoachSettings;
import dev.rapport.rules.config.CommunitySettings;
import dev.rapport.rules.engine.CoachEngine;
import dev.rapport.rules.engine.Enrollment;
import dev.rapport.rules.engine.Pseudonyms;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.ChatMessageBuilder;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageDeleted;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.ReactionAdded;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.promo.PromoDetector;
import dev.rapport.rules.promo.PromoVerdict;
import dev.rapport.rules.rule.RuleCatalogue;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.RuleSettings;
import dev.rapport.rules.stats.IsoWeek;
import dev.rapport.rules.stats.WeeklyReport;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A small script of a chat for tests: who says what, where, when, with a real engine and the real rule
 * catalogue behind it. Time starts on Monday 2026-01-05 09:00 UTC and moves one minute per message.
 *
 * <p>The promotion detector is a seam: tests mark messages with {@code [promo]}, {@code [pitch]} or
 * {@code [ask]} so that each rule's test does not depend on the detector's wording.
 */
public final class Chat {
    public static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    public static final String COMMUNITY = "makers";

    /** Marks text as promotion ([promo]), a pitch ([pitch]) or an ask for attention ([ask]). */
    public static final PromoDetector MARKED = text -> {
        boolean promo = text.contains("[promo]");
        boolean pitch = text.contains("[pitch]");
        boolean ask = text.contains("[ask]");
        return promo || pitch || ask ? new PromoVerdict(promo || ask, pitch, ask, 1.0) : PromoVerdict.NONE;
    };

    private final java.util.function.Supplier<CoachEngine> engines;
    private CoachEngine engine;
    private final List<Finding> findings = new ArrayList<>();
    private Instant now = START;
    private int nextId = 1;

    private Chat(java.util.function.Supplier<CoachEngine> engines) {
        this.engines = engines;
        this.engine = engines.get();
    }

    /**
     * The process restarts here: a new engine with the same settings takes back the community's and every coached
     * person's snapshot, as storage would give them back, and the chat goes on with it.
     */
    public Chat restart() {
        CoachEngine next = engines.get();
        engine.communitySnapshot(CommunityId.of(COMMUNITY)).ifPresent(next::restoreCommunity);
        for (UserId user : engine.coachedUsers()) {
            engine.snapshots(user).forEach(next::restore);
        }
        engine = next;
        return this;
    }

    /** A chat in which only these people are coached, with default settings. */
    public static Chat coaching(String... users) {
        return builder(users).build();
    }

    public static Builder builder(String... users) {
        return new Builder(users);
    }

    public static final class Builder {
        private final Set<UserId> users;
        private final Map<RuleId, UnaryOperator<RuleSettings>> tweaks = new EnumMap<>(RuleId.class);
        private CommunitySettings community = CommunitySettings.NONE;

        private Builder(String... users) {
            this.users = java.util.Arrays.stream(users).map(UserId::of).collect(Collectors.toSet());
        }

        public Builder rule(RuleId rule, UnaryOperator<RuleSettings> tweak) {
            tweaks.put(rule, tweak);
            return this;
        }

        private Map<String, dev.rapport.rules.audience.Audience> defaultRoles = Map.of();

        /** Role names recognised without configuration, as the installation's defaults. */
        public Builder defaultRoles(Map<String, dev.rapport.rules.audience.Audience> roles) {
            this.defaultRoles = roles;
            return this;
        }

        private final Map<UserId, dev.rapport.rules.config.Goal> goals = new HashMap<>();

        /** What {@code user} said they want from the community when opting in (else the community's goal applies). */
        public Builder goal(String user, dev.rapport.rules.config.Goal goal) {
            goals.put(UserId.of(user), goal);
            return this;
        }

        public Builder community(CommunitySettings settings) {
            this.community = settings;
            return this;
        }

        /** Channels where the community welcomes promotion: a community where people sell. */
        public Builder promotionChannels(String... channels) {
            this.community = new CommunitySettings(community.roleAudiences(), community.channelAudiences(),
                    Set.of(channels), community.rules(), community.defaultRoles(), community.goal());
            return this;
        }

        /** What the community is for, as its admins set it (a person's own goal wins over it). */
        public Builder communityGoal(dev.rapport.rules.config.Goal goal) {
            this.community = community.withGoal(goal);
            return this;
        }

        private PromoDetector detector = MARKED;
        private dev.rapport.rules.norms.RoomNormSettings roomNorms = dev.rapport.rules.norms.RoomNormSettings.DEFAULTS;

        /** How channels' own habits are read (off: by their names only). */
        public Builder roomNorms(dev.rapport.rules.norms.RoomNormSettings settings) {
            this.roomNorms = settings;
            return this;
        }

        /** Another promotion detector than the {@link #MARKED} seam (the real one, to test wording end to end). */
        public Builder promoDetector(PromoDetector promoDetector) {
            this.detector = promoDetector;
            return this;
        }

        public Chat build() {
            RuleCatalogue catalogue = RuleCatalogue.standard();
            CoachSettings defaults = CoachSettings.defaults(catalogue.rules());
            Map<RuleId, RuleSettings> rules = new EnumMap<>(defaults.rules());
            tweaks.forEach((id, tweak) -> rules.put(id, tweak.apply(rules.get(id))));
            Map<CommunityId, CommunitySettings> communities = new HashMap<>();
            communities.put(CommunityId.of(COMMUNITY), community);
            CoachSettings settings = new CoachSettings(rules, communities, defaults.helpWindow(), defaultRoles,
                    dev.rapport.rules.config.Goal.FIND_CUSTOMERS);
            return new Chat(() -> CoachEngine.builder()
                    .rules(catalogue.rules())
                    .settings(settings)
                    .enrollment(enrollment())
                    .promoDetector(detector)
                    .pseudonyms(new Pseudonyms("a test secret of enough length".getBytes(StandardCharsets.UTF_8)))
                    .clock(Clock.fixed(START, ZoneOffset.UTC))
                    .roomNorms(roomNorms)
                    .build());
        }

        private Enrollment enrollment() {
            Enrollment only = Enrollment.only(users, ZoneOffset.UTC);
            Map<UserId, dev.rapport.rules.config.Goal> chosen = Map.copyOf(goals);
            return new Enrollment() {
                @Override
                public java.util.Optional<java.time.ZoneId> zoneOf(UserId user) {
                    return only.zoneOf(user);
                }

                @Override
                public java.util.Optional<dev.rapport.rules.config.Goal> goalOf(UserId user) {
                    return java.util.Optional.ofNullable(chosen.get(user));
                }
            };
        }
    }

    public CoachEngine engine() {
        return engine;
    }

    public Instant now() {
        return now;
    }

    public Chat later(Duration d) {
        now = now.plus(d);
        findings.addAll(engine.advanceTo(now));
        return this;
    }

    private ChatMessageBuilder next(String author, String channel, String text) {
        now = now.plusSeconds(60);
        return ChatMessage.builder().id("m" + nextId++).at(now).in(COMMUNITY, channel).by(author).text(text);
    }

    /** Someone says something to nobody in particular. */
    public MessageId say(String author, String channel, String text) {
        return feed(next(author, channel, text).build());
    }

    /** Someone says something to nobody in particular in a channel whose name and topic the platform tells. */
    public MessageId sayIn(String author, dev.rapport.rules.model.ChannelInfo channel, String text) {
        return feed(next(author, channel.name(), text).channelInfo(channel).build());
    }

    /** Someone addresses another person by mention in a channel whose name and topic the platform tells. */
    public MessageId mentionIn(String author, dev.rapport.rules.model.ChannelInfo channel, String to, String text) {
        return feed(next(author, channel.name(), text).channelInfo(channel).mention(to).build());
    }

    /** Someone addresses another person by mention. */
    public MessageId mention(String author, String channel, String to, String text) {
        return feed(next(author, channel, text).mention(to).build());
    }

    /** Someone replies to a message (often their own, to follow it up) and mentions another person. */
    public MessageId replyMentioning(String author, String channel, MessageId to, String toAuthor, String mentioned,
                                     String text) {
        return feed(next(author, channel, text).replyTo(to, UserId.of(toAuthor)).mention(mentioned).build());
    }

    /** Someone replies to a message. */
    public MessageId reply(String author, String channel, MessageId to, String toAuthor, String text) {
        return feed(next(author, channel, text).replyTo(to, UserId.of(toAuthor)).build());
    }

    /** A direct message in the conversation {@code dm}. */
    public MessageId direct(String author, String dm, String text) {
        return feed(next(author, dm, text).direct().build());
    }

    /** A direct message whose other side is known from the start (as an export's DM channel names them). */
    public MessageId direct(String author, String dm, String to, String text) {
        return feed(next(author, dm, text).direct().mention(to).build());
    }

    /**
     * A direct message filed under the conversation's own id, apart from the community (as an export files a DM between
     * two people who never both wrote in one of its servers).
     */
    public MessageId directFiledApart(String author, String dm, String to, String text) {
        return feed(next(author, dm, text).in("direct-messages", dm).direct().mention(to).build());
    }

    /** A message with roles on its author (as exports and Discord tell). */
    public MessageId sayWithRoles(String author, String channel, Set<String> roles, String text) {
        return feed(next(author, channel, text).roles(roles).build());
    }

    /** Someone wearing roles addresses another person by mention. */
    public MessageId mentionWithRoles(String author, String channel, Set<String> roles, String to, String text) {
        return feed(next(author, channel, text).roles(roles).mention(to).build());
    }

    /** Someone wearing roles replies to a message. */
    public MessageId replyWithRoles(String author, String channel, Set<String> roles, MessageId to, String toAuthor,
                                    String text) {
        return feed(next(author, channel, text).roles(roles).replyTo(to, UserId.of(toAuthor)).build());
    }

    /** Someone says something to nobody in particular in a channel whose name and topic are known. */
    public MessageId sayIn(dev.rapport.rules.model.ChannelInfo where, String author, String text) {
        return feed(next(author, where.name(), text).channelInfo(where).build());
    }

    /** Someone wearing roles says something to nobody in particular in a channel whose name and topic are known. */
    public MessageId sayInWithRoles(dev.rapport.rules.model.ChannelInfo where, String author, Set<String> roles,
                                    String text) {
        return feed(next(author, where.name(), text).channelInfo(where).roles(roles).build());
    }

    /** Someone replies to a message in a channel whose name and topic are known. */
    public MessageId replyIn(dev.rapport.rules.model.ChannelInfo where, String author, MessageId to, String toAuthor,
                             String text) {
        return feed(next(author, where.name(), text).channelInfo(where).replyTo(to, UserId.of(toAuthor)).build());
    }

    /** The community's owner (a Discord guild's owner, as the live adapters tell) says something to the room. */
    public MessageId sayAsOwner(String author, String channel, String text) {
        return feed(next(author, channel, text).byOwner().build());
    }

    public MessageId feed(ChatMessage m) {
        findings.addAll(engine.accept(m));
        return m.id();
    }

    public void accept(ChatEvent e) {
        findings.addAll(engine.accept(e));
    }

    public void react(String reactor, MessageId message, String messageAuthor, String channel) {
        react(reactor, message, messageAuthor, channel, "");
    }

    /** A reaction with its emoji ("👀", "👍", a server's own emoji's name). */
    public void react(String reactor, MessageId message, String messageAuthor, String channel, String emoji) {
        now = now.plusSeconds(60);
        accept(new ReactionAdded(message, UserId.of(messageAuthor), UserId.of(reactor), now,
                CommunityId.of(COMMUNITY), dev.rapport.rules.model.ChannelId.of(channel), emoji));
    }

    public void delete(MessageId message, String channel) {
        now = now.plusSeconds(60);
        accept(new MessageDeleted(message, now, CommunityId.of(COMMUNITY), dev.rapport.rules.model.ChannelId.of(channel)));
    }

    public Chat finish() {
        findings.addAll(engine.finish());
        return this;
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    public List<Finding> findings(RuleId rule) {
        return findings.stream().filter(f -> f.rule() == rule).collect(Collectors.toList());
    }

    public List<Finding> findingsFor(String user) {
        return findings.stream().filter(f -> f.user().value().equals(user)).collect(Collectors.toList());
    }

    public WeeklyReport report(String user) {
        return engine.report(UserId.of(user), IsoWeek.of(START, ZoneOffset.UTC)).orElseThrow();
    }
}
