package dev.rapport.bot.discord.tips;

import dev.rapport.bot.coach.OptInLookup;
import dev.rapport.bot.discord.ComponentHandler;
import dev.rapport.bot.discord.coach.PrivateReplies;
import dev.rapport.rules.model.UserId;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import dev.rapport.bot.storage.ledger.Feedback;
import dev.rapport.bot.storage.ledger.TipLedger;
import dev.rapport.bot.storage.ledger.TipRecord;
import dev.rapport.bot.storage.optin.OptIn;
import dev.rapport.bot.storage.optin.OptIns;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The buttons under a tip: helpful, snooze the rule for 24 hours, mute the rule. Each answer is kept in the tip
 * ledger; snooze and mute change every opt-in of the person on this platform.
 */
public final class TipFeedbackButtons implements ComponentHandler {
    static final String PREFIX = "tip";
    private static final Duration SNOOZE = Duration.ofHours(24);

    private final TipLedger ledger;
    private final OptIns optIns;
    private final OptInLookup lookup;
    private final Clock clock;
    private final PrivateReplies replies;

    public TipFeedbackButtons(TipLedger ledger, OptIns optIns, OptInLookup lookup, Clock clock, PrivateReplies replies) {
        this.replies = replies;
        this.ledger = ledger;
        this.optIns = optIns;
        this.lookup = lookup;
        this.clock = clock;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public void onButton(ButtonInteractionEvent event, List<String> args) {
        if (args.size() != 2) {
            event.reply("This button is not one of mine.").setEphemeral(true).queue();
            return;
        }
        // Acknowledge first: the ledger and opt-in writes below may take longer than Discord's 3 seconds.
        event.deferReply(true).queue();
        String userId = event.getUser().getId();
        replies.answer(event.getHook(), UserId.of(userId),
                () -> CompletableFuture.completedFuture(MessageEditData.fromContent(answer(userId, args))));
    }

    private String answer(String userId, List<String> args) {
        Optional<TipRecord> tip = ledger.find(args.get(1));
        if (tip.isEmpty() || !tip.get().user().value().equals(userId)) {
            return "I no longer have that tip (perhaps you asked me to forget everything).";
        }
        TipRecord record = tip.get();
        switch (args.get(0)) {
            case "helpful" -> {
                ledger.feedback(record.id(), Feedback.HELPFUL);
                return "Thanks, glad it helped!";
            }
            case "snooze" -> {
                ledger.feedback(record.id(), Feedback.SNOOZED);
                for (OptIn o : lookup.all(record.user())) optIns.save(o.snoozing(record.rule(), clock.instant().plus(SNOOZE)));
                return "No more tips about " + record.rule().id() + " for 24 hours.";
            }
            case "mute" -> {
                ledger.feedback(record.id(), Feedback.MUTED);
                for (OptIn o : lookup.all(record.user())) optIns.save(o.muting(record.rule()));
                return "Muted: no more tips about " + record.rule().id()
                        + ". Unmute it any time with /coach settings unmute:" + record.rule().id() + ".";
            }
            default -> {
                return "This button is not one of mine.";
            }
        }
    }
}
