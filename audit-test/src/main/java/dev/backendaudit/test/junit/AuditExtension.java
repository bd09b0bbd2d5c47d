package dev.backendaudit.test.junit;

import dev.backendaudit.internal.AtomicFiles;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.report.json.VerdictJson;
import dev.backendaudit.report.json.internal.StoredNames;
import dev.backendaudit.test.baseline.BaselineComparison;
import dev.backendaudit.text.VerdictText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit Jupiter extension behind {@link AuditTest}: resolves {@link AuditRun} parameters,
 * and after each test stores the verdicts it evaluated and writes one report per audited
 * subject. Register it with {@code @AuditTest} (or {@code @ExtendWith(AuditExtension.class)},
 * which uses the defaults of {@link AuditTest}).
 *
 * <p>The report, {@code <reportDir>/<subject>.txt} (the subject encoded as stored verdicts' names are,
 * so that no two subjects share a report), written atomically, holds the verdict as text, every criterion that
 * matched no evidence (so that a rule without evidence is reported, never silently passed), and the
 * baseline comparison. The same facts are published as JUnit report entries.
 */
public final class AuditExtension implements ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(AuditExtension.class);

    /** Used by JUnit. */
    public AuditExtension() {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == AuditRun.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(DefaultAuditRun.class, k -> create(context),
                DefaultAuditRun.class);
    }

    private static DefaultAuditRun create(ExtensionContext context) {
        AuditTest config = config(context);
        return new DefaultAuditRun(Path.of(config.historyDir()), optionalPath(config.baseline()),
                optionalPath(config.waivers()), config.tightenBaseline(), Clock.systemUTC());
    }

    private static AuditTest config(ExtensionContext context) {
        return AnnotationSupport.findAnnotation(context.getRequiredTestClass(), AuditTest.class)
                .orElseGet(() -> Defaults.class.getAnnotation(AuditTest.class));
    }

    private static Path optionalPath(String path) {
        return path.isBlank() ? null : Path.of(path);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        DefaultAuditRun run = context.getStore(NAMESPACE).get(DefaultAuditRun.class, DefaultAuditRun.class);
        if (run == null) {
            return;
        }
        Path reportDir = Path.of(config(context).reportDir());
        for (Verdict verdict : run.verdicts()) {
            Path stored = VerdictJson.store(verdict, run.historyDir());
            String report = report(verdict, run.comparisons().get(verdict.subject()), run.notes());
            Path reportFile = write(reportDir, verdict.subject(), report);
            List<String> unmatched = unmatched(verdict);
            context.publishReportEntry("audit." + verdict.subject(), verdict.outcome() + ", coverage "
                    + verdict.coverage() + ", report " + reportFile + ", stored " + stored);
            if (!unmatched.isEmpty()) {
                context.publishReportEntry("audit." + verdict.subject() + ".no-evidence", String.join(", ", unmatched));
            }
        }
        run.notes().forEach(note -> context.publishReportEntry("audit.baseline", note));
    }

    private static List<String> unmatched(Verdict verdict) {
        return verdict.findings().stream().filter(f -> f.status() == FindingStatus.UNKNOWN)
                .map(f -> f.criterion().id()).collect(Collectors.toList());
    }

    static String report(Verdict verdict, BaselineComparison comparison, List<String> notes) {
        StringBuilder text = new StringBuilder(VerdictText.render(verdict, Integer.MAX_VALUE));
        List<Finding> unknown = verdict.unknown();
        text.append("\nCriteria that matched no evidence (").append(unknown.size()).append("):\n");
        if (unknown.isEmpty()) {
            text.append("  none\n");
        }
        for (Finding finding : unknown) {
            text.append("  ").append(finding.criterion().id()).append(": ").append(finding.explanation()).append('\n');
        }
        if (comparison != null) {
            String described = comparison.describe();
            text.append("\nBaseline:\n").append(described.isEmpty() ? "  every finding is accepted\n" : described);
        }
        notes.forEach(note -> text.append(note).append('\n'));
        return text.toString();
    }

    private static Path write(Path reportDir, String subject, String report) {
        // named like stored verdicts: distinct for every subject (orders/api and orders_api)
        Path file = reportDir.resolve(StoredNames.encode(subject) + ".txt");
        try {
            Files.createDirectories(reportDir);
            AtomicFiles.writeString(file, report);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit report " + file + ": " + e.getMessage(), e);
        }
    }

    /** Carries the default configuration for classes registered with {@code @ExtendWith} alone. */
    @AuditTest
    private static final class Defaults {
    }
}
