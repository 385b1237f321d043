package dev.rapport.bot.coach;

import dev.rapport.bot.discord.ComponentId;
import dev.rapport.rules.finding.Finding;
import dev.rapport.rules.finding.Tip;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.MessageId;

import java.util.ArrayList;
import java.util.List;

/**
 * How a tip looks on every platform: what was seen, why it matters, one next step, where to look; and its three
 * feedback buttons ({@code tip:helpful|snooze|mute:<tip id>}), whichever adapter draws them.
 */
public final class TipCards {
    public static final int COLOUR = 0x4E9A6F;
    /** The custom-id prefix of the feedback buttons. */
    public static final String PREFIX = "tip";
    /** Discord allows five rows of buttons in one message: one per tip. */
    public static final int MAX_TIPS_PER_MESSAGE = 5;

    public Card card(TipView view) {
        Tip tip = view.finding().tip();
        Card card = Card.titled("A tip from your networking coach", COLOUR)
                .field("What I noticed", tip.seen())
                .field("Why it matters", tip.why() + " (principle " + tip.principle().number() + ": "
                        + tip.principle().title() + ")")
                .field("Next step", tip.next())
                .footer("rule " + view.finding().rule().id() + " · only you can see this");
        String where = where(view.finding());
        return where.isEmpty() ? card : card.field("Where to look", where);
    }

    /**
     * One card for tips caused by one moment: {@code main} in full, each of {@code others} as one line ("also: ..."),
     * so one behaviour never becomes several DMs.
     */
    public Card card(TipView main, List<TipView> others) {
        if (others.isEmpty()) {
            return card(main);
        }
        StringBuilder also = new StringBuilder();
        for (TipView other : others) {
            Tip tip = other.finding().tip();
            also.append(also.length() == 0 ? "" : "\n").append("also: ").append(tip.seen()).append(' ')
                    .append(tip.next()).append(" (").append(other.finding().rule().id()).append(')');
        }
        return card(main).field("Also", also.toString());
    }

    public List<ButtonView> buttons(TipView view) {
        String id = view.tipId();
        return List.of(
                ButtonView.success(ComponentId.of(PREFIX, "helpful", id), "Helpful"),
                ButtonView.secondary(ComponentId.of(PREFIX, "snooze", id), "Snooze 24 h"),
                ButtonView.danger(ComponentId.of(PREFIX, "mute", id), "Mute this rule"));
    }

    /** The buttons of a tip shown as an "also" line: the same three, labelled with the rule they answer. */
    public List<ButtonView> buttonsNamed(TipView view) {
        String id = view.tipId();
        String rule = view.finding().rule().id();
        return List.of(
                ButtonView.success(ComponentId.of(PREFIX, "helpful", id), "Helpful: " + rule),
                ButtonView.secondary(ComponentId.of(PREFIX, "snooze", id), "Snooze " + rule),
                ButtonView.danger(ComponentId.of(PREFIX, "mute", id), "Mute " + rule));
    }

    /** Tips caused by one moment as one message: the first in full, one row of buttons per tip (five at most). */
    public Reply message(List<TipView> tips) {
        List<TipView> shown = tips.subList(0, Math.min(tips.size(), MAX_TIPS_PER_MESSAGE));
        List<List<ButtonView>> rows = new ArrayList<>();
        rows.add(buttons(shown.get(0)));
        for (TipView other : shown.subList(1, shown.size())) {
            rows.add(buttonsNamed(other));
        }
        return Reply.of(card(shown.get(0), shown.subList(1, shown.size()))).withRows(rows);
    }

    /** A tip that waited because DMs were closed, shown in an ephemeral follow-up. */
    public Reply waiting(TipView view) {
        return Reply.of(card(view)).withContent("A tip I could not send you by DM (your DMs are closed):")
                .withRows(List.of(buttons(view)));
    }

    /** Jump links to the messages the tip points at (open questions, questions waiting for the person). */
    private static String where(Finding f) {
        StringBuilder links = new StringBuilder();
        int n = 0;
        for (MessageId m : f.evidence().suggestions()) {
            ChannelId channel = f.evidence().where().get(m);
            if (channel == null) {
                continue;
            }
            String guild = f.community().value();
            // A guild's messages link as /channels/guild/channel/message; direct conversations use @me.
            String url = "https://discord.com/channels/" + (guild.matches("\\d+") && !guild.equals("0") ? guild : "@me")
                    + "/" + channel.value() + "/" + m.value();
            links.append(links.length() == 0 ? "" : "\n").append("[message ").append(++n).append("](").append(url).append(')');
        }
        return links.toString();
    }
}
