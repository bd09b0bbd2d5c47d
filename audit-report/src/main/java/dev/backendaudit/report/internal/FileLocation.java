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
    private static final Pattern PACKAGE = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)+");

    /** The file {@code provenance} points at, if its location names one. */
    public static Optional<FileLocation> of(Provenance provenance) {
        return provenance.location().flatMap(FileLocation::parse);
    }

    /**
     * The Java package {@code provenance} names, such as {@code com.shop.orders} for a package in a
     * dependency cycle: lowercase identifiers joined by dots, with no slash. Such a location is a
     * namespace, not a file.
     */
    public static Optional<String> packageOf(Provenance provenance) {
        return provenance.location().map(String::trim).filter(l -> PACKAGE.matcher(l).matches())
                .filter(l -> !KNOWN_EXTENSION.matcher(l).find());
    }

    /** File name endings that make a dotted lowercase name a file rather than a package. */
    private static final Pattern KNOWN_EXTENSION = Pattern.compile(
            "\\.(java|kt|scala|groovy|xml|json|ya?ml|csv|txt|md|log|hlog|jfr|properties|gradle|kts|toml|html|sql|py|go|rs|js|ts)$");

    static Optional<FileLocation> parse(String location) {
        String path = location.trim();
        if (PACKAGE.matcher(path).matches() && !KNOWN_EXTENSION.matcher(path).find()) {
            return Optional.empty();
        }
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
