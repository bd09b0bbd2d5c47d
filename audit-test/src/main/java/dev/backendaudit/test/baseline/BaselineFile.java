package dev.backendaudit.test.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.backendaudit.internal.AtomicFiles;
import dev.backendaudit.internal.Checks;
import dev.backendaudit.internal.TextFiles;
import dev.backendaudit.report.json.internal.JsonProblems;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * <p>A file that is not UTF-8 or not valid JSON, holds {@code null}, repeats a key, misses a field,
 * has an unknown field, a number where text belongs (or text where a number does), a bad severity or
 * date, two entries for one criterion, or another format or version fails with an
 * {@link AuditFileException} naming the file, line, column and reason in plain words; it is never
 * silently ignored or overwritten. The position is where the reader noticed the problem: for a
 * syntax error, the bad character; for a missing or unknown field, the end of the object that lacks
 * or holds it. Files are written atomically: a write that fails leaves the old file as it was.
 */
public final class BaselineFile {

    /** The format name of baseline files. */
    public static final String BASELINE_FORMAT = "backend-audit-baseline";
    /** The format name of waiver files. */
    public static final String WAIVERS_FORMAT = "backend-audit-waivers";
    /** The only format version this library reads and writes. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, text -> text
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private BaselineFile() {
    }

    /** The JSON shape of a baseline file; its entries are checked while it is read, so that errors have a position. */
    record BaselineDocument(String format, int version, String subject, List<AcceptedFinding> accepted) {
        BaselineDocument {
            checkHeader(BASELINE_FORMAT, format, version);
            new Baseline(subject, accepted);
        }
    }

    /** The JSON shape of a waiver file; two waivers of one criterion fail while it is read. */
    record WaiversDocument(String format, int version, List<Waiver> waivers) {
        WaiversDocument {
            checkHeader(WAIVERS_FORMAT, format, version);
            new Waivers(waivers);
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
        BaselineDocument document = read(file, BaselineDocument.class, "a baseline");
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
        return new Waivers(read(file, WaiversDocument.class, "waivers").waivers());
    }

    /**
     * Writes {@code baseline} to {@code file} atomically, creating parent folders.
     *
     * @param file     where to write it
     * @param baseline the baseline
     * @throws UncheckedIOException naming the file and the cause if it cannot be written; the old file is intact
     */
    public static void write(Path file, Baseline baseline) {
        Checks.notNull("baseline", baseline);
        write(file, new BaselineDocument(BASELINE_FORMAT, VERSION, baseline.subject(), baseline.accepted()));
    }

    /**
     * Writes {@code waivers} to {@code file} atomically, creating parent folders.
     *
     * @param file    where to write them
     * @param waivers the waivers
     * @throws UncheckedIOException naming the file and the cause if it cannot be written; the old file is intact
     */
    public static void write(Path file, Waivers waivers) {
        Checks.notNull("waivers", waivers);
        write(file, new WaiversDocument(WAIVERS_FORMAT, VERSION, waivers.waivers()));
    }

    private static void write(Path file, Object document) {
        Checks.notNull("file", file);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                Files.createDirectories(parent);
            }
            AtomicFiles.writeString(file, MAPPER.writeValueAsString(document) + "\n");
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            throw new UncheckedIOException(message.startsWith("cannot write ") ? message
                    : "cannot write " + file + ": " + message, e);
        }
    }

    private static <T> T read(Path file, Class<T> type, String what) {
        Checks.notNull("file", file);
        if (!Files.isRegularFile(file)) {
            throw new AuditFileException(file, 0, 0, Files.isDirectory(file) ? "is a directory, not a file"
                    : "no such file", null);
        }
        String text;
        try {
            text = TextFiles.read(file);
        } catch (TextFiles.MalformedTextException e) {
            throw new AuditFileException(file, (int) e.line(), (int) e.column(), e.reason(), e);
        } catch (IOException e) {
            throw new AuditFileException(file, 0, 0, "cannot read: " + e.getMessage(), e);
        }
        T document;
        try {
            document = MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            int line = location == null ? 0 : location.getLineNr();
            int column = location == null ? 0 : location.getColumnNr();
            throw new AuditFileException(file, Math.max(line, 0), Math.max(column, 0), JsonProblems.describe(e, text), e);
        }
        if (document == null) {
            throw new AuditFileException(file, 1, 1, "the file must hold " + what + " (a JSON object), but holds null",
                    null);
        }
        return document;
    }
}
