package dev.rapport.bot.discord.tips;

import dev.rapport.bot.coach.TipView;
import dev.rapport.rules.finding.Tip;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;

/** How a tip looks on Discord: what was seen, why it matters, one next step; and its three feedback buttons. */
public final class TipEmbeds {
    static final int COLOUR = 0x4E9A6F;

    public MessageEmbed embed(TipView view) {
        Tip tip = view.finding().tip();
        return new EmbedBuilder()
                .setTitle("A tip from your networking coach")
                .setColor(COLOUR)
                .addField("What I noticed", clip(tip.seen()), false)
                .addField("Why it matters", clip(tip.why() + " (principle " + tip.principle().number() + ": "
                        + tip.principle().title() + ")"), false)
                .addField("Next step", clip(tip.next()), false)
                .setFooter("rule " + view.finding().rule().id() + " · only you can see this")
                .build();
    }

    public ActionRow buttons(TipView view) {
        String id = view.tipId();
        return ActionRow.of(
                Button.success(TipFeedbackButtons.PREFIX + ":helpful:" + id, "Helpful"),
                Button.secondary(TipFeedbackButtons.PREFIX + ":snooze:" + id, "Snooze 24 h"),
                Button.danger(TipFeedbackButtons.PREFIX + ":mute:" + id, "Mute this rule"));
    }

    private static String clip(String text) {
        return text.length() <= MessageEmbed.VALUE_MAX_LENGTH ? text : text.substring(0, MessageEmbed.VALUE_MAX_LENGTH - 1) + "…";
    }
}
