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
}
