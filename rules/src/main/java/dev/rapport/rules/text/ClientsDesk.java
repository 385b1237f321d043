package dev.rapport.rules.text;

import dev.rapport.rules.model.ChannelInfo;

import java.util.regex.Pattern;

/**
 * A desk where a business's team answers, whose topic speaks to the members as the business's clients or customers
 * ("clients: post your questions here and our team will reply", "customers, ask the team about your order"): those who
 * ask there are paying clients, so the business sells to its members as plainly as its team's priced offer would say.
 * A desk that speaks to users or members ("ask the team about the app") says nothing of paying; a topic that names
 * clients with no team answering ("talk about your clients") is no desk.
 */
public final class ClientsDesk {
    /** The members named as clients or customers: "clients:", "for our customers", "client businesses". */
    private static final Pattern CLIENTS = Pattern.compile("\\b(?:clients?|customers?)\\b");

    private ClientsDesk() {
    }

    /** Whether {@code info} is a desk answered by the team ({@link TeamChannel}) whose topic addresses its clients. */
    public static boolean is(ChannelInfo info) {
        if (info == null || info == ChannelInfo.UNKNOWN || info.topic().isEmpty()) {
            return false;
        }
        String topic = Lowered.view(info.topic());
        return CLIENTS.matcher(topic).find() && TeamChannel.answeredByTeam(info);
    }
}
