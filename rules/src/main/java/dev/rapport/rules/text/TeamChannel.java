package dev.rapport.rules.text;

import dev.rapport.rules.model.ChannelInfo;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A channel where a business's team answers its customers: its topic says so ("drop your ticket and the crew will
 * reply", "our staff reply within a day", "someone from support gets back to you", "ask the team about deliveries"),
 * or its name is a support desk's ({@code #support}, {@code #help-desk}, {@code #customer-service},
 * {@code #ask-the-team}). A customer's question to the room there is put to the team, as a letter to a shop's counter
 * is put to whoever stands behind it: it waits for the team's answer, not for anybody's. A topic that only mentions a
 * team ("team updates", "find a team for the jam") does not say it answers.
 */
public final class TeamChannel {
    private static final String[] TEAM = {"team", "staff", "support", "crew"};
    private static final String[] ANSWERS = {"answer", "reply", "replies", "respond", "get back", "help you",
            "will help", "look into"};

    private TeamChannel() {
    }

    /** Whether the channel's topic or name says a team answers the questions asked there. */
    public static boolean answeredByTeam(ChannelInfo info) {
        if (info == null || info == ChannelInfo.UNKNOWN) {
            return false;
        }
        return nameSaysSupport(info.name().toLowerCase(Locale.ROOT))
                || topicSaysTeamAnswers(info.topic().toLowerCase(Locale.ROOT));
    }

    private static boolean nameSaysSupport(String name) {
        String slug = name.replace('_', '-').replace(' ', '-');
        return slug.equals("support") || slug.endsWith("-support") || slug.startsWith("support-")
                || slug.contains("help-desk") || slug.contains("helpdesk") || slug.contains("customer-service")
                || slug.contains("customer-care") || slug.contains("ask-the-team") || slug.contains("ask-staff")
                || slug.contains("ask-the-staff");
    }

    /**
     * "Ask the team", or a team and an answer in one sentence of the topic: "the team will answer", "our staff reply
     * within a day", "someone from support will get back to you".
     */
    private static boolean topicSaysTeamAnswers(String topic) {
        if (topic.isEmpty()) {
            return false;
        }
        if (topic.contains("ask the team") || topic.contains("ask our team") || topic.contains("ask the staff")
                || topic.contains("ask our staff")) {
            return true;
        }
        int start = 0;
        int n = topic.length();
        while (start < n) {
            int end = start;
            while (end < n && ".!?\n".indexOf(topic.charAt(end)) < 0) {
                end++;
            }
            String sentence = topic.substring(start, end);
            if (anyWord(sentence, TEAM) && any(sentence, ANSWERS) || oneOnDutyAnswers(sentence)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /**
     * One of those on duty, named by their role with "a" or "one of our", will answer: "post here and a TA will
     * reply", "one of our coaches will get back to you". The article says one of a group that answers in turn, as a
     * team does, whatever the business calls its people; not the members ("a member will answer") nor anyone at all.
     */
    private static final Pattern ONE_ON_DUTY = Pattern.compile(
            "\\b(?:a|an|one\\s+of\\s+our|one\\s+of\\s+the)\\s+(?!(?:member|members|fellow|fellows|other|others|student"
            + "|students|customer|customers|reader|readers|user|users|person|people|regular|regulars|neighbour"
            + "|neighbours|parent|parents)\\b)[a-z]+\\s+(?:will|'ll|should|can)\\s+(?:answer|reply|respond|get\\s+back"
            + "|help)\\b");

    private static boolean oneOnDutyAnswers(String sentence) {
        return ONE_ON_DUTY.matcher(sentence).find();
    }

    private static boolean any(String sentence, String[] phrases) {
        for (String p : phrases) {
            if (sentence.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code words} stands in the sentence as a word of its own ("team", not "teammate"). */
    private static boolean anyWord(String sentence, String[] words) {
        for (String w : words) {
            int at = sentence.indexOf(w);
            while (at >= 0) {
                int end = at + w.length();
                if ((at == 0 || !Character.isLetter(sentence.charAt(at - 1)))
                        && (end == sentence.length() || !Character.isLetter(sentence.charAt(end)))) {
                    return true;
                }
                at = sentence.indexOf(w, at + 1);
            }
        }
        return false;
    }
}
