package dev.backendaudit.test.junit;

import dev.backendaudit.internal.AtomicFiles;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.report.json.VerdictJson;
import dev.backendaudit.test.baseline.BaselineComparison;
import dev.backendaudit.text.VerdictText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit Jupiter extension behind {@link AuditTest}: resolves {@link AuditRun} parameters,
 * and after each test stores the verdicts it evaluated and writes one report per audited
 * subject. Register it with {@code @AuditTest} (or {@code @ExtendWith(AuditExtension.class)},
 * which uses the defaults of {@link AuditTest}).
 *
 * <p>The report, {@code <reportDir>/<test class>.<method>--<subject>.txt} (each part encoded, and a
 * repeated or parameterized test's invocation added as {@code [n]}, so that no two tests or subjects
 * share a report), written atomically, holds the verdict as text, every criterion that matched no
 * evidence (so that a rule without evidence is reported, never silently passed), and the baseline
 * comparison. The same facts are published as JUnit report entries; what a baseline check has to
 * say (an improvement to lock in, a finding that passes only by a waiver) is also printed on standard
 * output, which Maven's and Gradle's consoles show.
 *
 * <p>In CI (the configuration parameter {@value AuditRun#CI_PARAMETER}, or else the environment variable
 * {@code CI}) a baseline file is never rewritten: an improvement passes, and the output names the
 * command that tightens the file locally. See {@link AuditRun} for every parameter.
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
        AuditSettings settings;
        try {
            settings = AuditSettings.resolve(config, context::getConfigurationParameter, System::getenv);
        } catch (ExtensionConfigurationException e) {
            // JUnit would wrap any other exception in "Failed to resolve parameter ...", hiding the message
            throw new ParameterResolutionException(e.getMessage(), e);
        }
        return new DefaultAuditRun(settings, optionalPath(config.baseline()), optionalPath(config.waivers()),
                config.tightenBaseline(), TestCoordinates.of(context), Clock.systemUTC());
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
        Path reportDir = run.settings().reportDir();
        for (Verdict verdict : run.verdicts()) {
            Path stored = VerdictJson.store(verdict, run.historyDir());
            String report = report(verdict, run.comparisons().get(verdict.subject()),
                    Optional.ofNullable(run.notes().get(verdict.subject())));
            Path reportFile = write(reportDir.resolve(run.test().reportFileName(verdict.subject())), report);
            List<String> unmatched = unmatched(verdict);
            context.publishReportEntry("audit." + verdict.subject(), verdict.outcome() + ", coverage "
                    + verdict.coverage() + ", report " + reportFile + ", stored " + stored);
            if (!unmatched.isEmpty()) {
                context.publishReportEntry("audit." + verdict.subject() + ".no-evidence", String.join(", ", unmatched));
            }
        }
        for (String note : run.notes().values()) {
            context.publishReportEntry("audit.baseline", note);
            // standard output, too: Surefire and Gradle show a test's output on the console and in their XML
            // reports, while JUnit report entries reach only the XML (or nothing)
            System.out.print("[audit] " + run.test().displayName() + ": " + note + (note.endsWith("\n") ? "" : "\n"));
        }
        System.out.flush();
    }

    private static List<String> unmatched(Verdict verdict) {
        return verdict.findings().stream().filter(f -> f.status() == FindingStatus.UNKNOWN)
                .map(f -> f.criterion().id()).collect(Collectors.toList());
    }

    static String report(Verdict verdict, BaselineComparison comparison, Optional<String> note) {
        StringBuilder text = new StringBuilder(VerdictText.render(verdict, Integer.MAX_VALUE));
        List<Finding> unknown = verdict.unknown();
        text.append("\nCriteria that matched no evidence (").append(unknown.size()).append("):\n");
        if (unknown.isEmpty()) {
            text.append("  none\n");
        }
        for (Finding finding : unknown) {
            text.append("  ").append(finding.criterion().id()).append(": ").append(finding.explanation()).append('\n');
        }
        if (note.isPresent()) {
            text.append("\nBaseline:\n").append(note.get().indent(2));
        } else if (comparison != null) {
            String described = comparison.describe();
            text.append("\nBaseline:\n").append(described.isEmpty() ? "  every finding is accepted\n" : described);
        }
        return text.toString();
    }

    private static Path write(Path file, String report) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
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
