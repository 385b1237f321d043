package dev.rapport.rules.text;

import dev.rapport.rules.model.ChannelInfo;

import java.util.Locale;

/**
 * What a channel is for, read from its name and topic. Only one purpose matters to the rules today: channels
 * where newcomers are expected to present themselves ({@code #introductions}, {@code #welcome},
 * {@code #say-hello}, or a topic that asks people to introduce themselves). There, talking about oneself and
 * linking one's own work is what the community asked for.
 */
public final class ChannelPurpose {
    private ChannelPurpose() {
    }

    /** Whether people are expected to introduce themselves in this channel. */
    public static boolean introductions(ChannelInfo info) {
        if (info == null || info == ChannelInfo.UNKNOWN) return false;
        return nameSaysIntroductions(info.name().toLowerCase(Locale.ROOT))
                || topicSaysIntroductions(info.topic().toLowerCase(Locale.ROOT));
    }

    /** Channel names are short slugs: "introductions", "intros", "welcome", "say-hello", "new-members". */
    private static boolean nameSaysIntroductions(String name) {
        String[] words = name.split("[^\\p{L}]+");
        String previous = "";
        for (String w : words) {
            if (w.startsWith("intro") || w.startsWith("welcome") || w.equals("onboarding") || w.startsWith("newcomer")
                    || w.equals("greetings")) {
                return true;
            }
            if (previous.equals("say") && (w.equals("hi") || w.equals("hello"))) return true;
            if (previous.equals("new") && (w.equals("members") || w.equals("here") || w.equals("people"))) return true;
            if (previous.equals("meet") && (w.equals("greet") || w.equals("the"))) return true;
            previous = w;
        }
        return false;
    }

    /**
     * A topic is a sentence, and "say hi" in a topic often describes a general chat ("Say hi, chat, share your day"):
     * only topics that ask people to present themselves count.
     */
    private static boolean topicSaysIntroductions(String topic) {
        return topic.contains("introduce yourself") || topic.contains("introduce yourselves")
                || topic.contains("introductions") || topic.contains("tell us about yourself")
                || topic.contains("present yourself") || topic.contains("welcome new");
    }
}
