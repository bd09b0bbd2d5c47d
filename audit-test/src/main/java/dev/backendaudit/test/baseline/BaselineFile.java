package dev.backendaudit.test.baseline;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.backendaudit.internal.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes baseline and waiver files: small JSON documents, sorted and pretty-printed so
 * that they diff cleanly in git.
 *
 * <p>A baseline file:
 * <pre>{@code
 * {
 *   "format" : "backend-audit-baseline",
 *   "version" : 1,
 *   "subject" : "checkout-service",
 *   "accepted" : [ {
 *     "criterion" : "performance.latency-p95-peak",
 *     "severity" : "WARNING",
 *     "note" : "p95 latency under peak load is 870 ms, above the 300 ms warning bound ..."
 *   } ]
 * }
 * }</pre>
 *
 * <p>A waiver file:
 * <pre>{@code
 * {
 *   "format" : "backend-audit-waivers",
 *   "version" : 1,
 *   "waivers" : [ {
 *     "criterion" : "scalability.automatic-scaling",
 *     "owner" : "alice",
 *     "reason" : "autoscaler lands with the Q1 migration",
 *     "expires" : "2027-03-31"
 *   } ]
 * }
 * }</pre>
 *
 * <p>A file that is not valid JSON, misses a field, has an unknown field, a bad severity or date,
 * or another format or version fails with an {@link AuditFileException} naming the file, line,
 * column and reason; it is never silently ignored or overwritten. The position is where the reader
 * noticed the problem: for a syntax error, the bad character; for a missing or unknown field, the end
 * of the object that lacks or holds it.
 */
public final class BaselineFile {

    /** The format name of baseline files. */
    public static final String BASELINE_FORMAT = "backend-audit-baseline";
    /** The format name of waiver files. */
    public static final String WAIVERS_FORMAT = "backend-audit-waivers";
    /** The only format version this library reads and writes. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private BaselineFile() {
    }

    /** The JSON shape of a baseline file. */
    record BaselineDocument(String format, int version, String subject, List<AcceptedFinding> accepted) {
        BaselineDocument {
            checkHeader(BASELINE_FORMAT, format, version);
        }
    }

    /** The JSON shape of a waiver file. */
    record WaiversDocument(String format, int version, List<Waiver> waivers) {
        WaiversDocument {
            checkHeader(WAIVERS_FORMAT, format, version);
        }
    }

    private static void checkHeader(String expected, String format, int version) {
        if (!expected.equals(format)) {
            throw new IllegalArgumentException("format must be \"" + expected + "\", but was \"" + format + "\"");
        }
        if (version != VERSION) {
            throw new IllegalArgumentException("version must be " + VERSION + ", but was " + version
                    + (version > VERSION ? " (written by a newer version of this library)" : ""));
        }
    }

    /**
     * Reads a baseline file.
     *
     * @throws AuditFileException naming the file, line and reason if it cannot be read
     */
    public static Baseline readBaseline(Path file) {
        BaselineDocument document = read(file, BaselineDocument.class);
        return new Baseline(document.subject(), document.accepted());
    }

    /** Reads a baseline file, or returns an empty baseline for {@code subject} when the file does not exist. */
    public static Baseline readBaselineOrEmpty(Path file, String subject) {
        return Files.exists(Checks.notNull("file", file)) ? readBaseline(file) : Baseline.empty(subject);
    }

    /**
     * Reads a waiver file.
     *
     * @throws AuditFileException naming the file, line and reason if it cannot be read
     */
    public static Waivers readWaivers(Path file) {
        return new Waivers(read(file, WaiversDocument.class).waivers());
    }

    /** Writes {@code baseline} to {@code file}, creating parent folders. */
    public static void write(Path file, Baseline baseline) {
        Checks.notNull("baseline", baseline);
        write(file, new BaselineDocument(BASELINE_FORMAT, VERSION, baseline.subject(), baseline.accepted()));
    }

    /** Writes {@code waivers} to {@code file}, creating parent folders. */
    public static void write(Path file, Waivers waivers) {
        Checks.notNull("waivers", waivers);
        write(file, new WaiversDocument(WAIVERS_FORMAT, VERSION, waivers.waivers()));
    }

    private static void write(Path file, Object document) {
        Checks.notNull("file", file);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, MAPPER.writeValueAsString(document) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static <T> T read(Path file, Class<T> type) {
        Checks.notNull("file", file);
        if (!Files.isRegularFile(file)) {
            throw new AuditFileException(file, 0, 0, "no such file", null);
        }
        try {
            return MAPPER.readValue(file.toFile(), type);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            String reason = e.getOriginalMessage();
            if (e instanceof ValueInstantiationException && e.getCause() != null) {
                reason = e.getCause().getMessage();
            }
            int line = location == null ? 0 : location.getLineNr();
            int column = location == null ? 0 : location.getColumnNr();
            throw new AuditFileException(file, Math.max(line, 0), Math.max(column, 0), reason, e);
        } catch (IOException e) {
            throw new AuditFileException(file, 0, 0, "cannot read: " + e.getMessage(), e);
        }
    }
}
