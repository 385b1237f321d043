package dev.rapport.bot.discord.coach;

import dev.rapport.bot.coach.CoachActions;
import dev.rapport.bot.coach.CoachTexts;
import dev.rapport.bot.discord.DiscordWork;
import dev.rapport.bot.discord.JdaCards;
import dev.rapport.bot.discord.MessageReceiver;
import dev.rapport.rules.model.UserId;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For people who prefer typing: {@code help}, {@code stats}, {@code tips}, {@code stop}, {@code forget} in a DM, on JDA;
 * what each answers is the coach's {@link CoachActions#dmText}.
 */
public final class DmTextCommands implements MessageReceiver {
    static final String NOT_COACHED = CoachTexts.NOT_COACHED;
    static final String HELP = CoachTexts.HELP;

    private static final Logger log = LoggerFactory.getLogger(DmTextCommands.class);

    private final CoachActions actions;
    private final DiscordWork work;

    public DmTextCommands(CoachActions actions, DiscordWork work) {
        this.actions = actions;
        this.work = work;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (event.isFromGuild()) {
            return;
        }
        UserId user = UserId.of(event.getAuthor().getId());
        String typed = event.getMessage().getContentRaw();
        MessageChannel channel = event.getChannel();
        // Storage and the engine are asked off the gateway's event thread; the answer is sent when it is ready.
        work.supply(() -> actions.dmText(user, typed)).whenComplete((reply, error) -> {
            // What people type to the bot is not logged.
            if (error != null) {
                log.warn("a DM command did not complete; the member was shown an apology", error);
            }
            MessageCreateData shown = error == null ? JdaCards.create(reply)
                    : MessageCreateData.fromContent(CoachTexts.SORRY);
            channel.sendMessage(shown).queue(null, failed -> log.warn("the answer to a DM command could not be sent", failed));
        });
    }
}
