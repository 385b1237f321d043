package dev.rapport.bot.coach;

import dev.rapport.rules.model.UserId;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** A chat platform that records what it was asked to send and answers with planned outcomes (delivered by default). */
final class RecordingPlatform implements ChatPlatform {
    record Sent(UserId user, List<TipView> tips, String key, Delivery outcome) {
    }

    final List<Sent> sent = new CopyOnWriteArrayList<>();
    final List<DigestView> digests = new CopyOnWriteArrayList<>();
    private final Deque<Delivery> planned = new ArrayDeque<>();

    /** The next sends answer these, in order; after them, DELIVERED. */
    synchronized RecordingPlatform answering(Delivery... outcomes) {
        planned.addAll(List.of(outcomes));
        return this;
    }

    private synchronized Delivery next() {
        Delivery d = planned.poll();
        return d == null ? Delivery.DELIVERED : d;
    }

    @Override
    public String id() {
        return "discord";
    }

    @Override
    public CompletableFuture<Delivery> sendTips(UserId user, List<TipView> tips, String key) {
        Delivery d = next();
        sent.add(new Sent(user, List.copyOf(tips), key, d));
        return CompletableFuture.completedFuture(d);
    }

    @Override
    public CompletableFuture<Delivery> sendDigest(UserId user, DigestView digest) {
        Delivery d = next();
        digests.add(digest);
        return CompletableFuture.completedFuture(d);
    }
}
