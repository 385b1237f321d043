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
        if (info == null || info == ChannelInfo.UNKNOWN) {
            return false;
        }
        // Asked for each message a coached person writes: the name is read in place, with no lowered copy and no
        // regular expression (the split was 2% of a replay's samples); the topic is lowered (a no-op when nothing in
        // it is upper-case) for the JDK's vectorised String.contains.
        return nameSaysIntroductions(Lowered.view(info.name()))
                || topicSaysIntroductions(info.topic().toLowerCase(Locale.ROOT));
    }

    /**
     * Channel names are short slugs: "introductions", "intros", "welcome", "say-hello", "new-members". Their words
     * are the runs of letters (by code point) of the lowered name.
     */
    private static boolean nameSaysIntroductions(String name) {
        int n = name.length();
        int previousStart = 0;
        int previousEnd = 0;
        int i = 0;
        while (i < n) {
            int cp = name.codePointAt(i);
            if (!isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int s = i;
            do {
                i += Character.charCount(cp);
            } while (i < n && isLetter(cp = name.codePointAt(i)));
            if (Lowered.startsWith(name, s, "intro") && i - s >= 5 || Lowered.startsWith(name, s, "welcome") && i - s >= 7
                    || Lowered.is(name, s, i, "onboarding") || Lowered.startsWith(name, s, "newcomer") && i - s >= 8
                    || Lowered.is(name, s, i, "greetings")) {
                return true;
            }
            if (Lowered.is(name, previousStart, previousEnd, "say")
                    && (Lowered.is(name, s, i, "hi") || Lowered.is(name, s, i, "hello"))) {
                return true;
            }
            if (Lowered.is(name, previousStart, previousEnd, "new") && (Lowered.is(name, s, i, "members")
                    || Lowered.is(name, s, i, "here") || Lowered.is(name, s, i, "people"))) {
                return true;
            }
            if (Lowered.is(name, previousStart, previousEnd, "meet")
                    && (Lowered.is(name, s, i, "greet") || Lowered.is(name, s, i, "the"))) {
                return true;
            }
            previousStart = s;
            previousEnd = i;
        }
        return false;
    }

    private static boolean isLetter(int cp) {
        return Character.isLetter(Character.toLowerCase(cp));
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
