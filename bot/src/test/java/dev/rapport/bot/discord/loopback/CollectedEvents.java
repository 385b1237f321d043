package dev.rapport.bot.discord.loopback;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.hooks.EventListener;

/** A JDA listener that keeps every event so a test can wait, boundedly, for the one it expects. */
final class CollectedEvents implements EventListener {

    private final Recorder<GenericEvent> events = new Recorder<>("JDA event");

    @Override
    public void onEvent(GenericEvent event) {
        events.add(event);
    }

    <T extends GenericEvent> T await(Class<T> type, Predicate<? super T> condition, Duration timeout) {
        return type.cast(events.await(event -> type.isInstance(event) && condition.test(type.cast(event)), timeout));
    }

    <T extends GenericEvent> List<T> all(Class<T> type) {
        return events.snapshot().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
