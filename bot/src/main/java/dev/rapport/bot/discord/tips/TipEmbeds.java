package dev.rapport.bot.discord.tips;

import dev.rapport.bot.coach.TipView;
import dev.rapport.bot.discord.ComponentId;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.MessageId;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;

/** How a tip looks on Discord: what was seen, why it matters, one next step; and its three feedback buttons. */
public final class TipEmbeds {
    static final int COLOUR = 0x4E9A6F;

    public MessageEmbed embed(TipView view) {
        Tip tip = view.finding().tip();
        EmbedBuilder embed = new EmbedBuilder()
                .setTitle("A tip from your networking coach")
                .setColor(COLOUR)
                .addField("What I noticed", clip(tip.seen()), false)
                .addField("Why it matters", clip(tip.why() + " (principle " + tip.principle().number() + ": "
                        + tip.principle().title() + ")"), false)
                .addField("Next step", clip(tip.next()), false)
                .setFooter("rule " + view.finding().rule().id() + " · only you can see this");
        String where = where(view.finding());
        if (!where.isEmpty()) embed.addField("Where to look", where, false);
        return embed.build();
    }

    /**
     * One message for tips caused by one moment: {@code main} in full, each of {@code others} as one line
     * ("also: ..."), so one behaviour never becomes several DMs.
     */
    public MessageEmbed embed(TipView main, java.util.List<TipView> others) {
        if (others.isEmpty()) return embed(main);
        StringBuilder also = new StringBuilder();
        for (TipView other : others) {
            Tip tip = other.finding().tip();
            also.append(also.length() == 0 ? "" : "\n").append("also: ").append(tip.seen()).append(' ')
                    .append(tip.next()).append(" (").append(other.finding().rule().id()).append(')');
        }
        return new EmbedBuilder(embed(main)).addField("Also", clip(also.toString()), false).build();
    }

    public ActionRow buttons(TipView view) {
        String id = view.tipId();
        return ActionRow.of(
                Button.success(ComponentId.of(TipFeedbackButtons.PREFIX, "helpful", id), "Helpful"),
                Button.secondary(ComponentId.of(TipFeedbackButtons.PREFIX, "snooze", id), "Snooze 24 h"),
                Button.danger(ComponentId.of(TipFeedbackButtons.PREFIX, "mute", id), "Mute this rule"));
    }

    /** The buttons of a tip shown as an "also" line: the same three, labelled with the rule they answer. */
    public ActionRow buttonsNamed(TipView view) {
        String id = view.tipId();
        String rule = view.finding().rule().id();
        return ActionRow.of(
                Button.success(ComponentId.of(TipFeedbackButtons.PREFIX, "helpful", id), "Helpful: " + rule),
                Button.secondary(ComponentId.of(TipFeedbackButtons.PREFIX, "snooze", id), "Snooze " + rule),
                Button.danger(ComponentId.of(TipFeedbackButtons.PREFIX, "mute", id), "Mute " + rule));
    }

    /** Jump links to the messages the tip points at (open questions, questions waiting for the person). */
    private static String where(Finding f) {
        StringBuilder links = new StringBuilder();
        int n = 0;
        for (MessageId m : f.evidence().suggestions()) {
            ChannelId channel = f.evidence().where().get(m);
            if (channel == null) continue;
            String guild = f.community().value();
            // A guild's messages link as /channels/guild/channel/message; direct conversations use @me.
            String url = "https://discord.com/channels/" + (guild.matches("\\d+") && !guild.equals("0") ? guild : "@me")
                    + "/" + channel.value() + "/" + m.value();
            links.append(links.length() == 0 ? "" : "\n").append("[message ").append(++n).append("](").append(url).append(')');
        }
        return clip(links.toString());
    }

    private static String clip(String text) {
        return text.length() <= MessageEmbed.VALUE_MAX_LENGTH ? text : text.substring(0, MessageEmbed.VALUE_MAX_LENGTH - 1) + "…";
    }
}
