package dev.rapport.bot.discord.coach;

import dev.rapport.bot.coach.Attachment;
import dev.rapport.bot.coach.DigestView;
import dev.rapport.bot.coach.ReportCards;
import dev.rapport.bot.discord.JdaCards;
import dev.rapport.bot.storage.ledger.TipRecord;
import dev.rapport.rules.stats.WeeklyReport;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;

import java.util.List;

/** Stats and tip lists as Discord embeds through JDA: the coach's {@link ReportCards}, drawn by {@link JdaCards}. */
public final class ReportEmbeds {
    private final ReportCards cards = new ReportCards();

    public MessageEmbed weekly(WeeklyReport report) {
        return JdaCards.embed(cards.weekly(report));
    }

    /** The week with its networking score first and the chart as the embed's image (sent as an attachment). */
    public MessageEmbed weekly(DigestView view) {
        return JdaCards.embed(cards.weekly(view));
    }

    public MessageEmbed tips(List<TipRecord> recent) {
        return JdaCards.embed(cards.tips(recent));
    }

    /** The chart as Discord takes a file: its bytes, name and alt text (the attachment's description). */
    public static FileUpload upload(Attachment chart) {
        return JdaCards.upload(chart);
    }
}
