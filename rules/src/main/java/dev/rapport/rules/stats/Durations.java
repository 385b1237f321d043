package dev.rapport.rules.stats;

/** Durations the way people say them: "40 minutes", "3 hours", "2 days". */
public final class Durations {
    private Durations() {
    }

    public static String humane(long seconds) {
        if (seconds < 90) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 90) {
            return minutes + " minutes";
        }
        long hours = Math.round(seconds / 3600.0);
        if (hours < 48) {
            return hours + " hours";
        }
        long days = Math.round(seconds / 86400.0);
        return days + " days";
    }

    /**
     * A reply time as people say "within ...": under a minute is "a minute". Chat logs often stamp whole minutes, so a
     * reply in the same minute measures 0 seconds, and "answered within 0 seconds" reads as a machine's, not a coach's.
     */
    public static String within(long seconds) {
        return seconds < 60 ? "a minute" : humane(seconds);
    }
}
