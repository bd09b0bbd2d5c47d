package dev.backendaudit.test.junit;

import dev.backendaudit.engine.Evaluator;
import dev.backendaudit.internal.Checks;
import dev.backendaudit.model.Audit;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.report.json.VerdictJson;
import dev.backendaudit.scoring.ScoringStrategy;
import dev.backendaudit.scoring.Strategies;
import dev.backendaudit.test.baseline.Baseline;
import dev.backendaudit.test.baseline.BaselineComparison;
import dev.backendaudit.test.baseline.BaselineFile;
import dev.backendaudit.test.baseline.Waivers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@link AuditRun} of one test method. */
final class DefaultAuditRun implements AuditRun {

    private final AuditSettings settings;
    private final Path baselineFile;
    private final Path waiversFile;
    private final boolean tighten;
    private final TestCoordinates test;
    private final Clock clock;
    private final List<Verdict> verdicts = new ArrayList<>();
    private final Map<String, BaselineComparison> comparisons = new LinkedHashMap<>();
    /** What each subject's baseline check has to say beyond passing, by subject. */
    private final Map<String, String> notes = new LinkedHashMap<>();

    DefaultAuditRun(AuditSettings settings, Path baselineFile, Path waiversFile, boolean tighten, TestCoordinates test,
                    Clock clock) {
        this.settings = settings;
        this.baselineFile = baselineFile;
        this.waiversFile = waiversFile;
        this.tighten = tighten;
        this.test = test;
        this.clock = clock;
    }

    @Override
    public Verdict evaluate(Audit audit) {
        return evaluate(audit, Strategies.checklist());
    }

    @Override
    public Verdict evaluate(Audit audit, ScoringStrategy strategy) {
        Checks.notNull("audit", audit);
        Checks.notNull("strategy", strategy);
        // the history is what came before this audit: a re-run of an audit with a fixed time finds its own
        // earlier verdict stored at that time, which is not history
        AuditHistory earlier = AuditHistory.of(history(audit.subject()).verdicts().stream()
                .filter(v -> v.at().isBefore(audit.at())).toList());
        Verdict verdict = Evaluator.evaluate(audit, strategy, earlier);
        verdicts.add(verdict);
        return verdict;
    }

    @Override
    public AuditHistory history(String subject) {
        Checks.notBlank("subject", subject);
        return VerdictJson.loadHistory(settings.historyDir(), subject);
    }

    @Override
    public void assertConformsToBaseline(Verdict verdict) {
        Checks.notNull("verdict", verdict);
        if (baselineFile == null) {
            throw new IllegalStateException("no baseline file is configured: name one with"
                    + " @AuditTest(baseline = \"src/test/resources/<subject>-baseline.json\")");
        }
        if (settings.acceptBaseline()) {
            BaselineFile.write(baselineFile, Baseline.of(verdict));
            notes.put(verdict.subject(), "baseline " + baselineFile + " written from the current verdict (" + ACCEPT_BASELINE_PROPERTY + ")");
            return;
        }
        boolean exists = Files.exists(baselineFile);
        Baseline baseline = BaselineFile.readBaselineOrEmpty(baselineFile, verdict.subject());
        Waivers waivers = waiversFile == null ? Waivers.none() : BaselineFile.readWaivers(waiversFile);
        BaselineComparison comparison = BaselineComparison.of(verdict, baseline, waivers, LocalDate.now(clock));
        comparisons.put(verdict.subject(), comparison);
        if (!comparison.failures().isEmpty()) {
            throw new AssertionError("Expecting no finding new or worse than the baseline " + baselineFile
                    + ", but found " + comparison.failures().size() + ".\n" + comparison.describe()
                    + (exists ? "" : "There is no baseline file yet: to accept the current findings, run once "
                    + (settings.ci() ? "locally (not in CI) " : "") + "with -D" + ACCEPT_BASELINE_PROPERTY
                    + "=true and commit the file.\n"));
        }
        String details = comparison.describe().indent(2);
        int improved = comparison.improved().size();
        if (improved == 0) {
            if (!details.isEmpty()) {
                notes.put(verdict.subject(), "baseline " + baselineFile + " holds; some findings pass only by it:\n" + details);
            }
        } else if (settings.ci()) {
            // CI checks a baseline, never edits it: a rewritten file in a CI work tree is lost or, worse, committed by a bot
            notes.put(verdict.subject(), "baseline " + baselineFile + " can be tightened, but a CI run never rewrites it ("
                    + settings.ciReason() + "): " + improved + " finding(s) improved.\n" + details
                    + "To tighten it, run this test locally and commit the file:\n"
                    + test.rerunCommands().indent(2));
        } else if (tighten) {
            BaselineFile.write(baselineFile, comparison.tightened());
            notes.put(verdict.subject(), "baseline " + baselineFile + " tightened: " + improved + " finding(s) improved; commit the file.\n"
                    + details);
        } else {
            notes.put(verdict.subject(), "baseline " + baselineFile + " not tightened (@AuditTest(tightenBaseline = false)): " + improved
                    + " finding(s) improved.\n" + details);
        }
    }

    @Override
    public List<Verdict> verdicts() {
        return List.copyOf(verdicts);
    }

    Path historyDir() {
        return settings.historyDir();
    }

    AuditSettings settings() {
        return settings;
    }

    TestCoordinates test() {
        return test;
    }

    Map<String, BaselineComparison> comparisons() {
        return comparisons;
    }

    Map<String, String> notes() {
        return notes;
    }
}
