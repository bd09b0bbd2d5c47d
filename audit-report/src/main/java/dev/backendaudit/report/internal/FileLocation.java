package dev.backendaudit.report.internal;

import dev.backendaudit.model.Provenance;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file (and line) named by a {@link Provenance} location, such as
 * {@code src/main/java/com/shop/Invoice.java:42} or {@code perf/peak.hlog}: what code-scanning tools
 * can point at. Locations that are not files (a commit range, a URL, prose with spaces) are none.
 *
 * @param uri  the file as a relative or absolute URI reference, percent-encoded
 * @param line the 1-based line, when the location names one
 */
public record FileLocation(String uri, Optional<Integer> line) {

    private static final Pattern WITH_LINE = Pattern.compile("(.+?):(\\d{1,9})(?::\\d{1,9})?");

    /** The file {@code provenance} points at, if its location names one. */
    public static Optional<FileLocation> of(Provenance provenance) {
        return provenance.location().flatMap(FileLocation::parse);
    }

    static Optional<FileLocation> parse(String location) {
        String path = location.trim();
        Optional<Integer> line = Optional.empty();
        Matcher m = WITH_LINE.matcher(path);
        if (m.matches()) {
            path = m.group(1);
            line = Optional.of(Integer.parseInt(m.group(2))).filter(n -> n > 0);
        }
        boolean file = !path.isEmpty() && path.chars().noneMatch(Character::isWhitespace) && !path.contains("://")
                && !path.contains("..") && !path.contains("@") && (path.contains("/") || path.matches(".*\\.[A-Za-z0-9]{1,8}"));
        if (!file) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FileLocation(new URI(null, null, path.replace('\\', '/'), null).toASCIIString(), line));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
