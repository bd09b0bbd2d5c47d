package dev.backendaudit.report.json.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of stored verdict files, {@code <subject>_<time>.json}, chosen so that no two subjects
 * or times share a name, even on a file system that ignores case: lowercase letters, digits, '.'
 * and '-' of the subject stay as they are, and every other character (uppercase letters, '_', '/',
 * '%', spaces, anything else) is written as '%' and two uppercase hex digits per UTF-8 byte.
 * {@code orders/api} is {@code orders%2Fapi}, {@code orders_api} is {@code orders%5Fapi},
 * {@code Orders} is {@code %4Frders}. The time is the ISO-8601 instant with ':' written as '-'.
 */
public final class StoredNames {

    /** The longest file name written: most file systems allow 255 bytes. */
    static final int MAX_NAME = 240;

    private static final Pattern NAME = Pattern.compile(
            "((?:[a-z0-9.-]|%[0-9A-F]{2})+)_(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}(?:\\.\\d{1,9})?Z)\\.json");

    private StoredNames() {
    }

    /** A subject and a time that a file's name says it holds. */
    public record Stored(String subject, Instant at) {
    }

    /**
     * The file name of the verdict of {@code subject} at {@code at}.
     *
     * @param subject the verdict's subject
     * @param at      its time
     * @return {@code <encoded subject>_<time with '-' for ':'>.json}
     * @throws IllegalArgumentException if the name would be longer than file systems allow
     */
    public static String name(String subject, Instant at) {
        String name = encode(subject) + "_" + at.toString().replace(':', '-') + ".json";
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("verdict subject is too long to name a stored file (" + name.length()
                    + " characters once encoded, at most " + MAX_NAME + "): \"" + subject + "\"");
        }
        return name;
    }

    /**
     * The subject and time a file name written by {@link #name} stands for.
     *
     * @param fileName a file's name
     * @return its subject and time; empty for a name {@link #name} does not write
     */
    public static Optional<Stored> parse(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<String> subject = decode(m.group(1));
        String time = m.group(2);
        try {
            String iso = time.substring(0, 10) + time.substring(10, 19).replace('-', ':') + time.substring(19);
            Instant at = Instant.parse(iso);
            return subject.filter(s -> name(s, at).equals(fileName)).map(s -> new Stored(s, at));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code subject} as the start of a file name, distinct for every subject: lowercase letters, digits,
     * '.' and '-' as they are, every other character as '%' and two uppercase hex digits per UTF-8 byte.
     *
     * @param subject an audited subject
     * @return its encoding
     */
    public static String encode(String subject) {
        StringBuilder name = new StringBuilder();
        for (byte b : subject.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-') {
                name.append(c);
            } else {
                name.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
            }
        }
        return name.toString();
    }

    private static Optional<String> decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        String subject = bytes.toString(StandardCharsets.UTF_8);
        // a name that is not the encoding of what it decodes to was not written by name()
        return encode(subject).equals(encoded) ? Optional.of(subject) : Optional.empty();
    }
}
