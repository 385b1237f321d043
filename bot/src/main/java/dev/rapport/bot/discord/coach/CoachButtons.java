package dev.rapport.bot.discord.coach;

import dev.rapport.bot.coach.CoachActions;
import dev.rapport.bot.discord.JdaCards;
import dev.rapport.bot.discord.ComponentHandler;
import dev.rapport.bot.discord.tips.JdaChatPlatform;
import dev.rapport.rules.config.Goal;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The confirmation buttons of {@code /coach}: consent ({@code coach:consent:<zone>:<day>:<goal letter>}, escaped by
 * {@link dev.rapport.bot.discord.ComponentId}; buttons made before goals existed have no goal letter and mean "not
 * said"), decline, and forget.
 * After consent a welcome DM checks that tips can reach the person; if their DMs are closed they are told so.
 */
public final class CoachButtons implements ComponentHandler {
    static final String PREFIX = "coach";

    private final CoachActions actions;
    private final JdaChatPlatform platform;
    private final PrivateReplies replies;

    public CoachButtons(CoachActions actions, JdaChatPlatform platform, PrivateReplies replies) {
        this.actions = actions;
        this.platform = platform;
        this.replies = replies;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public void onButton(ButtonInteractionEvent event, List<String> args) {
        UserId user = UserId.of(event.getUser().getId());
        String action = args.isEmpty() ? "" : args.get(0);
        switch (action) {
            case "consent" -> consent(event, user, args);
            case "decline" -> event.reply("No problem: nothing was recorded.").setEphemeral(true).queue();
            case "forget" -> {
                event.deferReply(true).queue();
                replies.answer(event.getHook(), user, () -> actions.forget(user).thenApply(JdaCards::edit));
            }
            default -> event.reply("This button has expired.").setEphemeral(true).queue();
        }
    }

    private void consent(ButtonInteractionEvent event, UserId user, List<String> args) {
        if (!event.isFromGuild() || args.size() < 3 || args.size() > 4) {
            event.reply("Please run /coach start again in the server you want coaching in.").setEphemeral(true).queue();
            return;
        }
        ZoneId zone;
        DayOfWeek day;
        Optional<Goal> goal;
        try {
            zone = ZoneId.of(args.get(1));
            day = DayOfWeek.valueOf(args.get(2));
            goal = args.size() == 4 ? GoalChoice.fromCode(args.get(3)) : Optional.empty();
        } catch (RuntimeException e) {
            event.reply("This button has expired; please run /coach start again.").setEphemeral(true).queue();
            return;
        }
        event.deferReply(true).queue();
        CommunityId guild = CommunityId.of(event.getGuild().getId());
        String guildName = event.getGuild().getName();
        replies.answer(event.getHook(), user, () -> actions.consent(user, guild, guildName, zone, day, goal,
                welcome -> platform.send(user, dm -> dm.sendMessage(welcome))).thenApply(JdaCards::edit));
    }
}
