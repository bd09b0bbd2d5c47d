package dev.backendaudit.examples;

import dev.backendaudit.internal.AtomicFiles;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.report.HtmlReport;
import dev.backendaudit.report.MarkdownReport;
import dev.backendaudit.report.OpenMetricsReport;
import dev.backendaudit.report.SarifReport;
import dev.backendaudit.report.json.VerdictJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The main job's report options, mixed into {@code Main}: each writes the verdict in one format to
 * a file, besides the text printed on standard output. The files are checked before any work starts
 * (an existing, writable directory; no two options on one file; no input overwritten) and written
 * atomically.
 *
 * <pre>
 * ./audit --json verdict.json --markdown comment.md --html report.html --sarif audit.sarif --openmetrics audit.prom
 * ./audit --html report.html --history audit-history     # judged with, stored in and charted from a history folder
 * </pre>
 */
public final class ReportOptions {

    @Option(names = "--json", paramLabel = "FILE",
            description = "Write the verdict as a JSON document (schema " + VerdictJson.SCHEMA_VERSION + ") to FILE.")
    Path json;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Write the verdict as Markdown (a pull-request comment) to FILE.")
    Path markdown;

    @Option(names = "--html", paramLabel = "FILE", description = "Write the verdict as a self-contained HTML page to FILE.")
    Path html;

    @Option(names = "--sarif", paramLabel = "FILE", description = "Write the findings as a SARIF 2.1.0 log to FILE.")
    Path sarif;

    @Option(names = "--openmetrics", paramLabel = "FILE",
            description = "Write the verdict as OpenMetrics/Prometheus text gauges to FILE.")
    Path openMetrics;

    @Option(names = "--history", paramLabel = "DIR",
            description = "Folder of stored verdicts (JSON): the audited subject's earlier verdicts there are handed to"
                    + " the strategy (so rules about time can fire) and drawn as trends in the HTML page, and the new"
                    + " verdict is stored there.")
    Path history;

    /** The report files asked for, by option, in option order. */
    Map<String, Path> outputs() {
        Map<String, Path> outputs = new LinkedHashMap<>();
        outputs.put("--json", json);
        outputs.put("--markdown", markdown);
        outputs.put("--html", html);
        outputs.put("--sarif", sarif);
        outputs.put("--openmetrics", openMetrics);
        return outputs;
    }

    /**
     * Checks, before any work starts, that every report can be written where asked (a file, in an existing
     * directory that can be written), that no two reports share a file and none overwrites an input, and that
     * {@code --history} is a directory that can be written (or created).
     *
     * @param spec   the command, for messages
     * @param inputs the files the job reads, by option
     * @throws picocli.CommandLine.ParameterException naming the option and the path
     */
    void check(CommandSpec spec, Map<String, Path> inputs) {
        outputs().forEach((option, file) -> {
            if (file != null) {
                OptionChecks.writableFile(spec, option, file);
            }
        });
        OptionChecks.distinct(spec, outputs(), inputs);
        if (history != null) {
            OptionChecks.writableFolder(spec, "--history", history);
            for (Map.Entry<String, Path> output : outputs().entrySet()) {
                Path file = output.getValue();
                if (file != null && file.toAbsolutePath().normalize().getParent()
                        .equals(history.toAbsolutePath().normalize()) && file.getFileName().toString().endsWith(".json")) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), output.getKey() + " " + file
                            + " is a .json file inside the --history folder, where it would be read as history;"
                            + " write it elsewhere");
                }
            }
        }
    }

    /**
     * The verdicts stored under {@code --history} for {@code audit}'s subject that are earlier than the
     * audit (a re-run of an audit with a fixed time does not count itself); empty without the option.
     */
    public AuditHistory historyBefore(Audit audit) {
        return history == null ? AuditHistory.empty() : before(audit.subject(), audit.at());
    }

    /** Stores {@code verdict} under {@code --history}, if given; returns the file written. */
    public Optional<Path> store(Verdict verdict) {
        return history == null ? Optional.empty() : Optional.of(VerdictJson.store(verdict, history));
    }

    private AuditHistory before(String subject, java.time.Instant at) {
        return AuditHistory.of(VerdictJson.loadHistory(history, subject).verdicts().stream()
                .filter(v -> v.at().isBefore(at)).toList());
    }

    /**
     * Writes every report asked for, each atomically (a write that fails leaves the old file as it was).
     *
     * @return the files written, in option order
     * @throws UncheckedIOException naming the file that could not be written and why
     */
    public List<Path> write(Verdict verdict) {
        List<Path> written = new ArrayList<>();
        if (json != null) {
            written.add(write(json, VerdictJson.write(verdict)));
        }
        if (markdown != null) {
            written.add(write(markdown, MarkdownReport.render(verdict)));
        }
        if (html != null) {
            AuditHistory earlier = history == null ? AuditHistory.empty()
                    : before(verdict.subject(), verdict.at());
            written.add(write(html, HtmlReport.render(verdict, earlier)));
        }
        if (sarif != null) {
            written.add(write(sarif, SarifReport.render(verdict)));
        }
        if (openMetrics != null) {
            written.add(write(openMetrics, OpenMetricsReport.render(verdict)));
        }
        return written;
    }

    private static Path write(Path file, String content) {
        try {
            AtomicFiles.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + String.valueOf(e.getMessage())
                    .replaceFirst("^cannot write ", ""), e);
        }
    }
}
