package dev.rapport.bot.discord.tips;

import dev.rapport.bot.coach.TipCards;
import dev.rapport.bot.coach.TipView;
import dev.rapport.bot.discord.JdaCards;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.MessageEmbed;

/** How a tip looks on Discord through JDA: the coach's {@link TipCards}, drawn as an embed and a row of buttons. */
public final class TipEmbeds {
    static final int COLOUR = TipCards.COLOUR;

    private final TipCards cards = new TipCards();

    public MessageEmbed embed(TipView view) {
        return JdaCards.embed(cards.card(view));
    }

    /** One message for tips caused by one moment: {@code main} in full, each of {@code others} as one line. */
    public MessageEmbed embed(TipView main, java.util.List<TipView> others) {
        return JdaCards.embed(cards.card(main, others));
    }

    public ActionRow buttons(TipView view) {
        return JdaCards.row(cards.buttons(view));
    }

    /** The buttons of a tip shown as an "also" line: the same three, labelled with the rule they answer. */
    public ActionRow buttonsNamed(TipView view) {
        return JdaCards.row(cards.buttonsNamed(view));
    }
}
