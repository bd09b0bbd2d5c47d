package dev.backendaudit.internal;

import java.time.Instant;

/**
 * Writes an instant exactly as {@link Instant#toString()} does, for the years 1 to 9999 the model
 * accepts ({@link Checks#instant}), without going through {@code DateTimeFormatter}: explanations
 * name the time of their evidence, and every evaluation writes one per finding.
 *
 * <p>Not part of the public API.
 */
public final class IsoInstants {

    private static final long SECONDS_PER_DAY = 86_400;

    private IsoInstants() {
    }

    /** {@code "2026-11-20T09:00:00Z"}, {@code "2026-11-20T09:00:00.120Z"}: the text of {@link Instant#toString()}. */
    public static String format(Instant instant) {
        if (instant.isBefore(Checks.EARLIEST) || instant.isAfter(Checks.LATEST)) {
            return instant.toString();
        }
        long seconds = instant.getEpochSecond();
        long days = Math.floorDiv(seconds, SECONDS_PER_DAY);
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        // the civil date of a day count (H. Hinnant's days_from_civil inverse), in 400-year eras from 0000-03-01
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long shiftedMonth = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
        int month = (int) (shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
        int year = (int) (yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
        char[] text = new char[30];
        int at = digits(text, 0, year, 4);
        text[at++] = '-';
        at = digits(text, at, month, 2);
        text[at++] = '-';
        at = digits(text, at, day, 2);
        text[at++] = 'T';
        at = digits(text, at, secondOfDay / 3600, 2);
        text[at++] = ':';
        at = digits(text, at, secondOfDay / 60 % 60, 2);
        text[at++] = ':';
        at = digits(text, at, secondOfDay % 60, 2);
        int nanos = instant.getNano();
        if (nanos > 0) {
            text[at++] = '.';
            if (nanos % 1_000_000 == 0) {
                at = digits(text, at, nanos / 1_000_000, 3);
            } else if (nanos % 1_000 == 0) {
                at = digits(text, at, nanos / 1_000, 6);
            } else {
                at = digits(text, at, nanos, 9);
            }
        }
        text[at++] = 'Z';
        return new String(text, 0, at);
    }

    /** Writes {@code value} (not negative, at most {@code width} digits) zero-padded to {@code width} at {@code at}. */
    private static int digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }
}
