package dev.rapport.rules.text;

import dev.rapport.rules.model.ChannelInfo;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a channel is for, read from its own words rather than from a list of known channel names: a channel made for a
 * kind of post names it ({@code #beta-signups}, {@code #portfolio-crits}, {@code #progress-diary}, {@code #gig-board}),
 * and a post that echoes the name ("signups for the beta are open", "crit my portfolio?", "diary, week 6: ...") is
 * that kind of post. The lists in {@link ChannelPurpose} only ever knew the names a community happened to use; the
 * echo knows a channel the first time it is seen.
 *
 * <p>A channel's content words are the words of its name, and those its topic says to post ("post your signups
 * here"), less the words every room has (the, my, and, general, chat, corner, board) and lightly stemmed (calls/call,
 * logs/log, reading/read, testers/test). Three kinds of room give no licence whatever their other words: a general
 * room (#general, #off-topic, #lens-talk, #font-chat: talk, not a kind of post), a room for asking (#help,
 * #synth-help, #billing-questions, #ask-a-baker, #bug-reports: its words license questions, and a post that
 * echoes "synth" there to sell one is still selling), and a room without a name or topic.
 */
public final class ChannelEcho {
    /** A channel whose words license nothing. */
    public static final ChannelEcho NONE = new ChannelEcho(Set.of(), false);

    /** Words of any channel name or topic that say nothing of what it is for. */
    private static final Set<String> FILLER = Set.of("the", "my", "a", "an", "and", "of", "for", "your", "our", "to",
            "in", "on", "with", "by", "me", "you", "we", "us", "it", "its", "is", "are", "be", "here", "this", "that",
            "these", "those", "only", "all", "any", "some", "new", "own", "or", "at", "from", "out", "up", "what", "who",
            "how", "why", "when", "where", "yours", "their", "his", "her", "i", "im", "please", "pls", "just", "each",
            "other", "one", "ones", "more", "about", "into", "than", "then", "so", "no", "not", "if", "as", "do", "can",
            "will", "thread", "threads", "channel", "room", "corner", "zone", "hub", "space", "den", "spot",
            "board", "club", "place", "area", "hq", "center", "centre", "station", "desk", "box", "wall", "post",
            "posts", "share", "show", "find", "get", "give", "make", "need", "want", "look", "looking", "say", "tell",
            "put", "add", "see", "check", "join", "leave", "keep", "welcome", "everyone", "people", "members", "stuff",
            "things", "thing");

    /** Words that make a room a general one: talk about anything, not a kind of post. */
    private static final Set<String> GENERAL = Set.of("general", "chat", "chats", "chatter", "chatting", "talk", "talks",
            "talking", "random", "lounge", "offtopic", "off", "topic", "main", "hangout", "hangouts", "hang", "discussion",
            "discussions", "discuss", "banter", "watercooler", "lobby", "social", "misc", "miscellaneous", "anything",
            "everything", "cafe", "café", "pub", "bar", "memes", "meta");

    /**
     * Words that make a room one for asking: its word licenses a question, not one's own work. Spam worded with the
     * room's topic ("#synth-help": "my synth patch bank, 40% off") is still spam.
     */
    private static final Set<String> ASKING = Set.of("help", "helps", "helping", "helpdesk", "support", "question",
            "questions", "ask", "asks", "asking", "faq", "faqs", "troubleshoot", "troubleshooting", "issue", "issues",
            "bug", "bugs", "problem", "problems", "stuck", "request", "requests", "q", "qa", "qna", "howto", "homework",
            "newbie", "newbies", "beginner", "beginners", "rules", "report", "reports", "suggestions", "suggestion",
            "ideas", "feature", "features", "mod", "mods", "moderation", "modmail", "admin", "staff");

    /** Verbs with which a topic says what to post ("post your wins here", "drop your signup links"). */
    private static final Set<String> POSTING = Set.of("post", "posts", "share", "drop", "show", "log", "leave", "add",
            "put", "celebrate", "announce", "list", "advertise", "offer", "pitch", "submit");

    /** Content words read after a topic's posting verb, at most: "share your builds, wips and renders". */
    private static final int TOPIC_WORDS = 3;

    /** The channel's content words, stemmed, with their "-er" forms (test / tester). */
    private final Set<String> stems;
    /**
     * The first letters of the stems, as bits 0-25 for a-z and bit 26 for any other letter: most words of a message
     * start with none of them and are passed over without being stemmed (the echo is asked of nearly every message).
     */
    private final int firstLetters;
    /** Whether the channel's words name posts of a kind ({@link #namesPosts}). */
    private final boolean namesPosts;

    private ChannelEcho(Set<String> stems, boolean namesPosts) {
        this.stems = stems;
        this.namesPosts = namesPosts;
        int letters = 0;
        for (String stem : stems) {
            letters |= bit(stem.charAt(0));
        }
        this.firstLetters = letters;
    }

    private static int bit(int c) {
        return c >= 'a' && c <= 'z' ? 1 << (c - 'a') : 1 << 26;
    }

    /** The echo of a channel: its content words, or {@link #NONE} for a general, asking or unknown room. */
    public static ChannelEcho of(ChannelInfo info) {
        if (info == null || info == ChannelInfo.UNKNOWN) {
            return NONE;
        }
        Set<String> stems = new HashSet<>();
        boolean plural = false;
        for (String word : words(info.name())) {
            if (GENERAL.contains(word) || ASKING.contains(word)) {
                return NONE;
            }
            plural |= addContent(stems, word) && plural(word);
        }
        int named = stems.size();
        if (topicCallsItGeneral(info.topic())) {
            return NONE;
        }
        String[] topic = info.topic().toLowerCase(Locale.ROOT).split("[.,;:!?()\\[\\]\n]+");
        for (String clause : topic) {
            topicSaysToPost(stems, words(clause));
        }
        return stems.isEmpty() ? NONE : new ChannelEcho(Set.copyOf(stems), plural || stems.size() > named);
    }

    /** What a topic calls the room when it calls it the community's general one: "the main room", "general chat". */
    private static final Set<String> ROOM = Set.of("room", "channel", "chat", "hangout", "lounge");

    /**
     * Whether the topic calls the room the community's main or general one ("the main room, all levels welcome",
     * "general chat for everyone"): whatever its name ({@code #strum-along}, {@code #the-pond}), it is where members
     * talk about anything, and a word of its name in a post is talk about the subject, not the kind of post the room
     * was made for.
     */
    private static boolean topicCallsItGeneral(String topic) {
        String[] words = words(topic).toArray(new String[0]);
        for (int i = 0; i + 1 < words.length; i++) {
            if ((words[i].equals("main") || words[i].equals("general")) && ROOM.contains(words[i + 1])) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} is a plural: "recaps", "signups", "diaries" (not "glass", "status", "analysis"). */
    private static boolean plural(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is");
    }

    /**
     * Whether the channel's own words name posts of a kind, so that a post to the room echoing them is one of its
     * posts: a name that names things in the plural, a collection its posts make up ({@code #sprint-recaps},
     * {@code #beta-signups}, {@code #break-reports}), or a topic that says what to post ("post your sketches"). A name
     * of one thing in the singular names a subject or a place, what the room talks about ({@code #the-cave},
     * {@code #sourdough}, {@code #kiln}): a week of one's own news told to the room there echoes its name in every
     * line and is still told to nobody.
     */
    public boolean namesPosts() {
        return namesPosts;
    }

    /** Whether the channel's words give licence at all (it has content words and is no general or asking room). */
    public boolean licenses() {
        return !stems.isEmpty();
    }

    /** Whether {@code text} uses one of the channel's content words ("signups open for the beta" in #beta-signups). */
    public boolean echoedBy(String text) {
        if (stems.isEmpty() || text == null) {
            return false;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean wanted = (firstLetters & bit(Character.toLowerCase(cp))) != 0;
            do {
                i += Character.charCount(cp);
            } while (i < n && Character.isLetter(cp = text.codePointAt(i)));
            if (wanted && i - start >= 3 && stems.contains(stem(text.substring(start, i).toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /** The words a topic's clause says to post: those after "post", "share", "drop" and the like. */
    private static void topicSaysToPost(Set<String> stems, java.util.List<String> clause) {
        for (int k = 0; k < clause.size(); k++) {
            if (!POSTING.contains(clause.get(k))) {
                continue;
            }
            int taken = 0;
            for (int j = k + 1; j < clause.size() && taken < TOPIC_WORDS; j++) {
                String w = clause.get(j);
                if (GENERAL.contains(w) || ASKING.contains(w)) {
                    break;
                }
                if (addContent(stems, w)) {
                    taken++;
                }
            }
            return;
        }
    }

    /** Adds {@code word}'s stem (and its "-er" kin) when it is a content word; whether it was one. */
    private static boolean addContent(Set<String> stems, String word) {
        if (word.length() < 3 || FILLER.contains(word)) {
            return false;
        }
        String s = stem(word);
        if (s.length() < 3) {
            return false;
        }
        stems.add(s);
        // A channel for tests is one for testers, and one for sign-ups names what a signer does.
        if (s.endsWith("er") && s.length() >= 6) {
            stems.add(s.substring(0, s.length() - 2));
        } else {
            stems.add(s + "er");
        }
        return true;
    }

    /** The runs of letters of {@code s}, lowered. */
    private static java.util.List<String> words(String s) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder word = new StringBuilder();
        String lowered = s.toLowerCase(Locale.ROOT);
        int i = 0;
        int n = lowered.length();
        while (i <= n) {
            int cp = i < n ? lowered.codePointAt(i) : ' ';
            if (Character.isLetter(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
            i += i < n ? Character.charCount(cp) : 1;
        }
        // "off-topic" is one word said as two.
        for (int k = 0; k + 1 < out.size(); k++) {
            if (out.get(k).equals("off") && out.get(k + 1).equals("topic")) {
                out.set(k, "offtopic");
            }
        }
        return out;
    }

    /**
     * A light stem, the same on both sides: plural and verb endings off, a doubled last consonant halved, a final
     * "e" dropped (calls/call, diaries/diary, logged/logging/log, reading/reads/read, pages/page, writing/write).
     */
    static String stem(String w) {
        String s = w;
        if (s.length() > 4 && s.endsWith("ies")) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() >= 6 && s.endsWith("ing")) {
            s = undouble(s.substring(0, s.length() - 3));
        } else if (s.length() >= 5 && s.endsWith("ed") && !s.endsWith("eed")) {
            s = undouble(s.substring(0, s.length() - 2));
        }
        if (s.length() >= 4 && s.endsWith("e")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String undouble(String s) {
        int n = s.length();
        if (n >= 4 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0
                && "aeiou".indexOf(s.charAt(n - 1)) < 0) {
            return s.substring(0, n - 1);
        }
        return s;
    }
}
