package dev.rapport.bot.discord.tips;

import dev.rapport.bot.coach.TipCards;
import dev.rapport.bot.coach.TipFeedback;
import dev.rapport.bot.discord.ComponentHandler;
import dev.rapport.bot.discord.coach.PrivateReplies;
import dev.rapport.rules.model.UserId;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The buttons under a tip on Discord through JDA; what each does is the coach's {@link TipFeedback}. */
public final class TipFeedbackButtons implements ComponentHandler {
    static final String PREFIX = TipCards.PREFIX;

    private final TipFeedback feedback;
    private final PrivateReplies replies;

    public TipFeedbackButtons(TipFeedback feedback, PrivateReplies replies) {
        this.feedback = feedback;
        this.replies = replies;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public void onButton(ButtonInteractionEvent event, List<String> args) {
        if (!TipFeedback.isFeedback(args)) {
            event.reply("This button is not one of mine.").setEphemeral(true).queue();
            return;
        }
        // Acknowledge first: the ledger and opt-in writes below may take longer than Discord's 3 seconds.
        event.deferReply(true).queue();
        UserId user = UserId.of(event.getUser().getId());
        replies.answer(event.getHook(), user,
                () -> CompletableFuture.completedFuture(MessageEditData.fromContent(feedback.answer(user, args))));
    }
}
