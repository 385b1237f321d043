package dev.rapport.rules.model;

/**
 * What a channel says about itself, where the platform tells: its name and topic. Rules use it to know what the
 * channel is for (an introductions channel expects people to present themselves).
 *
 * @param name  the channel's name, e.g. {@code introductions}; empty when unknown
 * @param topic the channel's topic or description; empty when unknown
 */
public record ChannelInfo(String name, String topic) {
    public static final ChannelInfo UNKNOWN = new ChannelInfo("", "");

    public ChannelInfo {
        name = name == null ? "" : name;
        topic = topic == null ? "" : topic;
    }

    public static ChannelInfo of(String name, String topic) {
        return (name == null || name.isEmpty()) && (topic == null || topic.isEmpty()) ? UNKNOWN : new ChannelInfo(name, topic);
    }
}
