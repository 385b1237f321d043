package dev.rapport.bot.discord.loopback;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.concurrent.locks.LockSupport;

/**
 * What a bot did on the loopback Discord, read from the requests it made: its interaction answers, its direct
 * messages and tips. Every wait is bounded by {@code wait} and fails with what was seen instead.
 */
public final class BotObserver {
    private final LoopbackDiscord discord;
    private final Duration wait;

    public BotObserver(LoopbackDiscord discord, Duration wait) {
        this.discord = discord;
        this.wait = wait;
    }

    /** The interaction's first callback (the acknowledgement). */
    public RecordedRequest callback(InteractionIds ids) {
        return discord.awaitRequest(r -> r.route().equals("interactions/" + ids.id() + "/" + ids.token() + "/callback"),
                wait);
    }

    /** The final ephemeral answer: the edit of a deferred reply, or the callback's own message. */
    public JsonNode answer(InteractionIds ids) {
        RecordedRequest cb = callback(ids);
        if (cb.json().path("type").asInt() == 4) {
            return cb.json().path("data");
        }
        return discord.awaitRequest(r -> r.is("PATCH", webhook(ids) + "/messages/@original"), wait).json();
    }

    /** The webhook route of an interaction's answers. */
    public String webhook(InteractionIds ids) {
        return "webhooks/" + discord.applicationId() + "/" + ids.token();
    }

    /** Messages the bot posted into {@code user}'s DM channel, successfully or not. */
    public List<RecordedRequest> dmsTo(String user) {
        String channel = discord.dmChannelIdFor(user);
        return discord.requests().stream().filter(r -> r.is("POST", "channels/" + channel + "/messages")).toList();
    }

    /** DMs that carry a tip (an embed with buttons). */
    public List<RecordedRequest> tipsTo(String user) {
        return dmsTo(user).stream().filter(BotObserver::isTip).toList();
    }

    public RecordedRequest awaitTipTo(String user) {
        return awaitDmTo(user, BotObserver::isTip);
    }

    public RecordedRequest awaitDmTo(String user, Predicate<RecordedRequest> what) {
        String channel = discord.dmChannelIdFor(user);
        return discord.awaitRequest(r -> r.is("POST", "channels/" + channel + "/messages") && what.test(r), wait);
    }

    /**
     * Waits (boundedly) until {@code condition} holds, for state that changes without a request to wait for (the tip
     * ledger after an asynchronous send). Checks every 20 ms; fails with {@code what} after the wait.
     */
    public static void until(Duration wait, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + wait.toSeconds() + " s: " + what);
            }
            LockSupport.parkNanos(20_000_000L);
        }
    }

    private static boolean isTip(RecordedRequest r) {
        return r.json().path("components").size() > 0 && r.json().path("embeds").size() > 0;
    }
}
