package dev.rapport.bot.storage.optin;

/**
 * Hours of the day (in the person's zone) when no tip is sent: from {@code fromHour} inclusive to
 * {@code untilHour} exclusive, wrapping past midnight when {@code untilHour < fromHour} (22 to 7).
 */
public record QuietHours(int fromHour, int untilHour) {
    public QuietHours {
        if (fromHour < 0 || fromHour > 23) {
            throw new IllegalArgumentException("quiet hours start must be 0..23, was " + fromHour);
        }
        if (untilHour < 0 || untilHour > 23) {
            throw new IllegalArgumentException("quiet hours end must be 0..23, was " + untilHour);
        }
    }

    public boolean contains(int hour) {
        if (fromHour == untilHour) {
            return false;
        }
        return fromHour < untilHour ? hour >= fromHour && hour < untilHour : hour >= fromHour || hour < untilHour;
    }
}
