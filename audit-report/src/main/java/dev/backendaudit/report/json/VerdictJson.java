package dev.backendaudit.report.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.report.json.internal.DocumentMapper;
import dev.backendaudit.report.json.internal.DocumentParser;
import dev.backendaudit.report.json.internal.HistoryDocument;
import dev.backendaudit.report.json.internal.Json;
import dev.backendaudit.report.json.internal.VerdictDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Verdicts as JSON documents, and back: how verdicts are stored, so that history works across
 * builds. Every document names its schema version ({@value #SCHEMA_VERSION}); a reader accepts
 * documents of the same major version (ignoring fields a newer minor version added) and refuses a
 * newer major version with a message that says so.
 *
 * <pre>{@code
 * String json = VerdictJson.write(verdict);
 * Verdict same = VerdictJson.read(json);                    // equals(verdict)
 *
 * Path stored = VerdictJson.store(verdict, Path.of("audit-history"));
 * AuditHistory history = VerdictJson.loadHistory(Path.of("audit-history"), "checkout-service");
 * Verdict next = Evaluator.evaluate(audit, Strategies.checklist(), history);
 * }</pre>
 *
 * <p>A verdict document ({@code "format": "backend-audit-verdict"}) holds the verdict's fields and a
 * {@code catalog} that defines each area, sign, metric, question and criterion once; findings and
 * area assessments refer to them by id. A history document ({@code "format": "backend-audit-history"})
 * holds a list of verdict documents. README.md ("Reports") shows a whole document.
 *
 * <p>Reading fails with a {@link VerdictReadException} naming the source, the line and column (or
 * the JSON path) and the reason: a document cut short, a value of the wrong type, a missing field,
 * an unknown enum constant, an id the catalog does not define, or a value the model rejects.
 */
public final class VerdictJson {

    /** The schema version this library writes. */
    public static final String SCHEMA_VERSION = VerdictDocument.SCHEMA_VERSION;

    private static final String STRING_SOURCE = "<string>";

    private VerdictJson() {
    }

    /** {@code verdict} as a JSON document, indented, ending with a newline. */
    public static String write(Verdict verdict) {
        Objects.requireNonNull(verdict, "verdict must not be null");
        return serialize(DocumentMapper.toDocument(verdict));
    }

    /** Writes {@code verdict} to {@code file} (UTF-8), replacing it, creating parent folders. */
    public static void write(Verdict verdict, Path file) {
        writeFile(file, write(verdict));
    }

    /**
     * The verdict in {@code json}.
     *
     * @throws VerdictReadException naming the line and column or JSON path, and the reason
     */
    public static Verdict read(String json) {
        return DocumentParser.verdict(Objects.requireNonNull(json, "json must not be null"), STRING_SOURCE);
    }

    /**
     * The verdict in {@code file}.
     *
     * @throws VerdictReadException naming the file, the position and the reason
     */
    public static Verdict read(Path file) {
        return DocumentParser.verdict(readFile(file), file.toString());
    }

    /** {@code verdicts} (of one subject or several) as a history document. */
    public static String writeHistory(List<Verdict> verdicts) {
        Objects.requireNonNull(verdicts, "verdicts must not be null");
        List<VerdictDocument> documents = verdicts.stream().map(DocumentMapper::toDocument).toList();
        return serialize(new HistoryDocument(HistoryDocument.FORMAT, SCHEMA_VERSION, documents));
    }

    /** Writes {@code history} to {@code file} as a history document, oldest first. */
    public static void writeHistory(AuditHistory history, Path file) {
        writeFile(file, writeHistory(Objects.requireNonNull(history, "history must not be null").verdicts()));
    }

    /**
     * The verdicts in a history document, in document order.
     *
     * @throws VerdictReadException naming the position and the reason
     */
    public static List<Verdict> readHistory(String json) {
        return DocumentParser.history(Objects.requireNonNull(json, "json must not be null"), STRING_SOURCE);
    }

    /** The verdicts in a history document file; see {@link #readHistory(String)}. */
    public static List<Verdict> readHistory(Path file) {
        return DocumentParser.history(readFile(file), file.toString());
    }

    /**
     * Stores {@code verdict} in {@code folder} as {@code <subject>_<time>.json} (characters other than
     * letters, digits, '.', '_' and '-' replaced by '_'), for {@link #loadHistory(Path, String)}.
     *
     * @return the file written
     */
    public static Path store(Verdict verdict, Path folder) {
        Objects.requireNonNull(verdict, "verdict must not be null");
        String time = verdict.at().toString().replace(':', '-');
        Path file = Objects.requireNonNull(folder, "folder must not be null")
                .resolve(safe(verdict.subject()) + "_" + time + ".json");
        write(verdict, file);
        return file;
    }

    /**
     * The history of {@code subject} in {@code folder}: every {@code *.json} file in it (not in
     * sub-folders) holding a verdict or history document, keeping the verdicts of {@code subject}.
     * A folder that does not exist is an empty history.
     *
     * @throws VerdictReadException if a file cannot be read as a verdict or history document
     * @throws IllegalArgumentException if two verdicts of the subject have the same time
     */
    public static AuditHistory loadHistory(Path folder, String subject) {
        Objects.requireNonNull(subject, "subject must not be null");
        return AuditHistory.of(loadAll(folder).stream().filter(v -> v.subject().equals(subject)).toList());
    }

    /**
     * The history in {@code folder}, whose verdicts must all be of one subject; see
     * {@link #loadHistory(Path, String)}.
     *
     * @throws IllegalArgumentException naming both subjects if the folder holds verdicts of two
     */
    public static AuditHistory loadHistory(Path folder) {
        return AuditHistory.of(loadAll(folder));
    }

    private static List<Verdict> loadAll(Path folder) {
        Objects.requireNonNull(folder, "folder must not be null");
        List<Verdict> verdicts = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return verdicts;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list history folder " + folder + ": " + e.getMessage(), e);
        }
        for (Path file : files) {
            verdicts.addAll(DocumentParser.verdicts(readFile(file), file.toString()));
        }
        return verdicts;
    }

    private static String safe(String subject) {
        return subject.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String serialize(Object document) {
        try {
            return Json.writer().writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a verdict document: " + e.getOriginalMessage(), e);
        }
    }

    private static String readFile(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new VerdictReadException(file.toString(), null, null, null, "cannot read: " + e, e);
        }
    }

    static void writeFile(Path file, String content) {
        Objects.requireNonNull(file, "file must not be null");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
