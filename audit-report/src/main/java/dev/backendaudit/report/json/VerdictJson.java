package dev.backendaudit.report.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.backendaudit.internal.AtomicFiles;
import dev.backendaudit.internal.TextFiles;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.report.json.internal.DocumentMapper;
import dev.backendaudit.report.json.internal.DocumentParser;
import dev.backendaudit.report.json.internal.HistoryDocument;
import dev.backendaudit.report.json.internal.Json;
import dev.backendaudit.report.json.internal.StoredNames;
import dev.backendaudit.report.json.internal.VerdictDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * the JSON path) and the reason: bytes that are not UTF-8, a document cut short, a duplicate key, a
 * value of the wrong type (a number is never read as text, nor text as a number), a missing field,
 * an unknown enum constant, a schema version not written as documented, an id the catalog does not
 * define, a value the model rejects, or a verdict whose derived parts contradict its own evidence
 * (a finding's status against its evidence and bounds, coverage against the findings, an area's
 * health against its findings), so that a hand-edited history cannot steer the trend rules.
 *
 * <p>Every file is written atomically (a temporary file in the same folder, then one rename): a
 * write that fails leaves the old file as it was.
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

    /**
     * Writes {@code verdict} to {@code file} (UTF-8), replacing it atomically, creating parent folders.
     *
     * @param verdict the verdict
     * @param file    where to write it
     * @throws UncheckedIOException naming the file and the cause if it cannot be written; the old file is intact
     */
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

    /**
     * Writes {@code history} to {@code file} as a history document, oldest first, replacing it atomically.
     *
     * @param history the verdicts
     * @param file    where to write them
     * @throws UncheckedIOException naming the file and the cause if it cannot be written; the old file is intact
     */
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
     * Stores {@code verdict} in {@code folder} as {@code <subject>_<time>.json}, for
     * {@link #loadHistory(Path, String)}, creating the folder if needed. The name is distinct for every
     * subject and time, even on a file system that ignores case: lowercase letters, digits, '.' and '-'
     * of the subject stay as they are, every other character is written as '%' and two hex digits per
     * UTF-8 byte ({@code orders/api} is {@code orders%2Fapi_...}, {@code orders_api} is
     * {@code orders%5Fapi_...}); ':' in the time is written as '-'. The file is written atomically:
     * readers of the folder see the old verdict or the new one, never part of one; a verdict of the
     * same subject and time replaces the stored one.
     *
     * @param verdict the verdict to store
     * @param folder  the history folder
     * @return the file written
     * @throws UncheckedIOException naming the file and the cause if it cannot be written; nothing stored is lost
     * @throws IllegalArgumentException if the subject is too long to name a file
     */
    public static Path store(Verdict verdict, Path folder) {
        Objects.requireNonNull(verdict, "verdict must not be null");
        Path file = Objects.requireNonNull(folder, "folder must not be null")
                .resolve(StoredNames.name(verdict.subject(), verdict.at()));
        write(verdict, file);
        return file;
    }

    /**
     * The history of {@code subject} in {@code folder}: every {@code *.json} file in it (not in
     * sub-folders) holding a verdict or history document, keeping the verdicts of {@code subject}.
     * A file {@link #store} named for another subject is not read; a file it named for this subject
     * must hold this subject's verdict of that time. A folder that does not exist is an empty history.
     *
     * @param folder  the history folder
     * @param subject the audited subject
     * @return its verdicts, oldest first
     * @throws VerdictReadException if a file cannot be read as a verdict or history document, or holds a verdict
     *                              other than its name says
     * @throws IllegalArgumentException if two verdicts of the subject have the same time
     */
    public static AuditHistory loadHistory(Path folder, String subject) {
        Objects.requireNonNull(subject, "subject must not be null");
        return AuditHistory.of(loadAll(folder, subject).stream().filter(v -> v.subject().equals(subject)).toList());
    }

    /**
     * The history in {@code folder}, whose verdicts must all be of one subject; see
     * {@link #loadHistory(Path, String)}.
     *
     * @param folder the history folder
     * @return its verdicts, oldest first
     * @throws IllegalArgumentException naming both subjects if the folder holds verdicts of two
     */
    public static AuditHistory loadHistory(Path folder) {
        return AuditHistory.of(loadAll(folder, null));
    }

    private static List<Verdict> loadAll(Path folder, String subject) {
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
            Optional<StoredNames.Stored> named = StoredNames.parse(file.getFileName().toString());
            if (subject != null && named.isPresent() && !named.get().subject().equals(subject)) {
                continue;   // another subject's verdict: not this history
            }
            List<Verdict> read = DocumentParser.verdicts(readFile(file), file.toString());
            named.ifPresent(stored -> checkName(file, stored, read));
            verdicts.addAll(read);
        }
        return verdicts;
    }

    /** A file stored under a subject's name holds that subject's verdict of that time, and nothing else. */
    private static void checkName(Path file, StoredNames.Stored stored, List<Verdict> read) {
        for (Verdict verdict : read) {
            if (!verdict.subject().equals(stored.subject()) || !verdict.evaluatedAt().equals(stored.at())) {
                throw new VerdictReadException(file.toString(), null, null, read.size() == 1 ? "subject" : "verdicts",
                        "the file is named for the verdict of \"" + stored.subject() + "\" at " + stored.at()
                                + ", but holds one of \"" + verdict.subject() + "\" at " + verdict.evaluatedAt()
                                + "; a stored file is never renamed or edited by hand", null);
            }
        }
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
            return TextFiles.read(file);
        } catch (TextFiles.MalformedTextException e) {
            throw new VerdictReadException(file.toString(), (int) e.line(), (int) e.column(), null, e.reason(), e);
        } catch (IOException e) {
            throw new VerdictReadException(file.toString(), null, null, null, "cannot read: " + reason(e), e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static void writeFile(Path file, String content) {
        Objects.requireNonNull(file, "file must not be null");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                Files.createDirectories(parent);
            }
            AtomicFiles.writeString(file, content);
        } catch (IOException e) {
            String message = e.getMessage() != null && e.getMessage().startsWith("cannot write ") ? e.getMessage()
                    : "cannot write " + file + ": " + e.getMessage();
            throw new UncheckedIOException(message, e);
        }
    }
}
