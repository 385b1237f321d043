package dev.rapport.bot.coach;

import dev.rapport.bot.storage.optin.OptIn;

/** What the coach says the same way on every platform. */
public final class CoachTexts {
    public static final String WHAT_IS_COLLECTED = """
            **What I look at:** your own messages in this server, only after you say yes: counts, times, links \
            (as fingerprints) and who you talk with.
            **What I never keep:** the text of anyone's messages, or other people's names (they are pseudonyms).
            **What you get:** a few private tips by DM and a weekly digest. Nothing is ever posted in public.
            You can stop, export or delete everything at any time (/coach stop, /coach export, /coach forget).""";
    public static final String NOT_COACHED = "You are not being coached yet: run /coach start in a server to begin.";
    public static final String HELP = """
            I am Rapport, your private networking coach. In this DM you can type:
            `stats` your numbers this week · `tips` your recent tips · `stop` stop coaching everywhere · \
            `forget` delete everything I keep about you · `help` this message.
            In a server, /coach has the same and more (settings, export, why).""";
    public static final String SORRY = "Sorry, something went wrong on my side. Please try again in a moment.";
    public static final String CONTENT_UNAVAILABLE = "⚠️ I cannot read the text of your messages: this bot runs without "
            + "Discord's Message Content intent. Your counts, replies and mentions still work, but the rules that look at "
            + "what you write (links, promotion, questions) cannot run. The server owner can enable the intent in the "
            + "Discord developer portal (Bot > Privileged Gateway Intents).";
    public static final String EXPIRED = "This button has expired.";
    public static final String EXPORT_FILE = "rapport-export.json";

    private CoachTexts() {
    }

    public static String welcome(String communityName) {
        return "Hi! I am your networking coach for " + communityName
                + ". Tips will arrive here, privately. Type `help` to see what I can do.";
    }

    /** The answer to the consent button, once the welcome DM was tried. */
    public static String consented(Delivery welcome) {
        return welcome == Delivery.DMS_CLOSED
                ? "You're in. ⚠️ I cannot send you direct messages (your DMs are closed for this server), "
                + "so your tips will wait until you next run a /coach command."
                : "You're in. Tips will come by DM; /coach settings changes how often.";
    }

    public static String describe(OptIn o) {
        return "time zone " + o.zone().getId()
                + ", digest on " + o.digestDay().name().toLowerCase() + "s at " + o.digestHour() + ":00"
                + ", quiet hours " + o.quietHours().map(q -> q.fromHour() + ":00-" + q.untilHour() + ":00").orElse("none")
                + ", tips " + o.frequency().name().toLowerCase()
                + ", muted " + (o.mutedRules().isEmpty() ? "nothing" : o.mutedRules().toString())
                + ", goal " + GoalValues.describe(o.goal()) + ".";
    }
}
