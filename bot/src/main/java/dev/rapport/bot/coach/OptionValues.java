package dev.rapport.bot.coach;

import dev.rapport.bot.storage.optin.TipFrequency;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.stats.IsoWeek;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parses what people type into command options; every refusal says what is allowed. */
public final class OptionValues {
    private OptionValues() {
    }

    public static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw new BadOption("'" + text + "' is not a time zone I know. Use a region such as Europe/Berlin, "
                    + "America/New_York or UTC (start typing and pick one from the list).");
        }
    }

    public static DayOfWeek day(String text) {
        try {
            return DayOfWeek.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadOption("'" + text + "' is not a day. Allowed: monday, tuesday, wednesday, thursday, friday, "
                    + "saturday, sunday.");
        }
    }

    public static int hour(String option, long value) {
        if (value < 0 || value > 23) {
            throw new BadOption(option + " must be an hour from 0 to 23, was " + value + ".");
        }
        return (int) value;
    }

    public static TipFrequency frequency(String text) {
        try {
            return TipFrequency.valueOf(text.strip().toUpperCase(Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new BadOption("'" + text + "' is not a tip frequency. Allowed: realtime, daily, weekly.");
        }
    }

    public static RuleId rule(String text) {
        return RuleId.find(text.strip().toLowerCase(Locale.ROOT)).orElseThrow(() ->
                new BadOption("'" + text + "' is not a rule. Allowed: " + RuleId.allIds() + "."));
    }

    /**
     * A week for {@code /coach stats}: an ISO week such as 2026-W05, or a whole number of weeks before
     * {@code current} (0 this week, 1 last week).
     */
    public static IsoWeek week(String text, IsoWeek current) {
        String t = text.strip();
        if (!t.isEmpty() && t.chars().allMatch(Character::isDigit)) {
            int back;
            try {
                back = Integer.parseInt(t);
            } catch (NumberFormatException e) {
                back = Integer.MAX_VALUE;
            }
            if (back > 520) {
                throw new BadOption("'" + text + "' weeks ago is too far back: give at most 520, or a week like 2026-W05.");
            }
            IsoWeek w = current;
            for (int i = 0; i < back; i++) {
                w = w.previous();
            }
            return w;
        }
        return week(t);
    }

    public static IsoWeek week(String text) {
        try {
            return IsoWeek.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadOption("'" + text + "' is not a week. Write it like 2026-W05, or 1 for last week.");
        }
    }

    /** Up to 25 zone ids containing what was typed, for autocomplete. */
    public static List<String> zonesMatching(String typed) {
        String t = typed.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String z : ZoneId.getAvailableZoneIds().stream().sorted().toList()) {
            if (z.toLowerCase(Locale.ROOT).contains(t)) {
                out.add(z);
            }
            if (out.size() == 25) {
                break;
            }
        }
        return out;
    }

    public static List<String> rulesMatching(String typed) {
        String t = typed.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (RuleId r : RuleId.values()) {
            if (r.id().contains(t)) {
                out.add(r.id());
            }
        }
        return out;
    }
}
