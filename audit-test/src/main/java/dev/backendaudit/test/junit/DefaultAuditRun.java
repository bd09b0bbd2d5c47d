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

    private final Path historyDir;
    private final Path baselineFile;
    private final Path waiversFile;
    private final boolean tighten;
    private final Clock clock;
    private final List<Verdict> verdicts = new ArrayList<>();
    private final Map<String, BaselineComparison> comparisons = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    DefaultAuditRun(Path historyDir, Path baselineFile, Path waiversFile, boolean tighten, Clock clock) {
        this.historyDir = historyDir;
        this.baselineFile = baselineFile;
        this.waiversFile = waiversFile;
        this.tighten = tighten;
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
        return VerdictJson.loadHistory(historyDir, subject);
    }

    @Override
    public void assertConformsToBaseline(Verdict verdict) {
        Checks.notNull("verdict", verdict);
        if (baselineFile == null) {
            throw new IllegalStateException("no baseline file is configured: name one with"
                    + " @AuditTest(baseline = \"src/test/resources/<subject>-baseline.json\")");
        }
        if (Boolean.getBoolean(ACCEPT_BASELINE_PROPERTY)) {
            BaselineFile.write(baselineFile, Baseline.of(verdict));
            notes.add("baseline " + baselineFile + " written from the current verdict (" + ACCEPT_BASELINE_PROPERTY + ")");
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
                    + (exists ? "" : "There is no baseline file yet: to accept the current findings, run once with -D"
                    + ACCEPT_BASELINE_PROPERTY + "=true.\n"));
        }
        if (tighten && !comparison.improved().isEmpty()) {
            BaselineFile.write(baselineFile, comparison.tightened());
            notes.add("baseline " + baselineFile + " tightened: " + comparison.improved().size() + " finding(s) improved");
        }
    }

    @Override
    public List<Verdict> verdicts() {
        return List.copyOf(verdicts);
    }

    Path historyDir() {
        return historyDir;
    }

    Map<String, BaselineComparison> comparisons() {
        return comparisons;
    }

    List<String> notes() {
        return notes;
    }
}
