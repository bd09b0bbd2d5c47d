package dev.backendaudit.report.json.internal;

import dev.backendaudit.model.AnswerCriterion;
import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.Coverage;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Health;
import dev.backendaudit.model.NotApplicable;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.ThresholdCriterion;
import dev.backendaudit.model.TimeSeries;
import dev.backendaudit.model.Verdict;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that what a stored verdict derived agrees with its own evidence, so that a hand-edited
 * history cannot steer the rules that read it (a finding turned ABSENT while its measurement is
 * still above the bound, an area turned HEALTHY over a critical finding, coverage raised). Every
 * contradiction is a {@link DocumentException} naming the JSON path.
 *
 * <ul>
 *   <li>A finding is about its criterion's topic; it is NOT_APPLICABLE exactly when its evidence
 *       says so, and without evidence it is UNKNOWN.</li>
 *   <li>A threshold or answer criterion's finding has the status and severity its criterion gives
 *       its evidence (bounds and answers are stored with the verdict, so this is exact). A trend
 *       finding is decided only from a time series (how a trend is judged may change between
 *       versions, so its status is not judged again).</li>
 *   <li>Each finding is in the assessment of its area, once; an area's coverage counts its
 *       findings, and the verdict's coverage counts all of them.</li>
 *   <li>An area with a critical finding is CRITICAL; with present findings, none critical,
 *       NEEDS_ATTENTION; with none present, HEALTHY (only if a finding was decided) or UNKNOWN.</li>
 * </ul>
 */
final class VerdictConsistency {

    private VerdictConsistency() {
    }

    /** Checks {@code verdict}, whose JSON paths start with {@code root}. */
    static void check(Verdict verdict, String root) {
        List<Finding> findings = verdict.findings();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            index.put(findings.get(i).criterion().id(), i);
            finding(findings.get(i), root + "findings[" + i + "]");
        }
        Map<String, String> placed = new HashMap<>();
        for (int a = 0; a < verdict.areas().size(); a++) {
            AreaAssessment area = verdict.areas().get(a);
            String path = root + "areas[" + a + "]";
            for (int f = 0; f < area.findings().size(); f++) {
                String id = area.findings().get(f).criterion().id();
                String earlier = placed.putIfAbsent(id, path);
                if (earlier != null) {
                    throw new DocumentException(path + ".findings[" + f + "]", "the finding of '" + id
                            + "' is listed by two area assessments (" + earlier + " and " + path + "); each belongs"
                            + " to its area's", null);
                }
            }
            coverage(area.findings(), area.coverage(), path + ".coverage", "area '" + area.area().id() + "'");
            health(area, path + ".health");
        }
        for (int i = 0; i < findings.size(); i++) {
            String id = findings.get(i).criterion().id();
            if (!placed.containsKey(id)) {
                throw new DocumentException(root + "findings[" + i + "]", "the finding of '" + id + "' is in no area"
                        + " assessment; it belongs to area '" + findings.get(i).area().id() + "'", null);
            }
        }
        coverage(findings, verdict.coverage(), root + "coverage", "the verdict");
    }

    private static void finding(Finding finding, String path) {
        Criterion criterion = finding.criterion();
        Optional<Evidence> evidence = finding.evidence();
        if (evidence.isPresent() && !evidence.get().topic().equals(criterion.topic())) {
            throw new DocumentException(path + ".evidence", "the evidence is about '" + evidence.get().topic().id()
                    + "', but criterion '" + criterion.id() + "' judges '" + criterion.topic().id() + "'", null);
        }
        String expected;
        if (evidence.isEmpty()) {
            expected = "UNKNOWN";
        } else if (evidence.get() instanceof NotApplicable) {
            expected = "NOT_APPLICABLE";
        } else if (criterion instanceof ThresholdCriterion || criterion instanceof AnswerCriterion) {
            expected = said(criterion.judge(evidence.get()));
        } else if (evidence.get() instanceof TimeSeries) {
            return;   // a trend: decided or not by the method of its version
        } else {
            expected = "UNKNOWN";
        }
        if (!said(finding).equals(expected)) {
            throw new DocumentException(path + ".status", "the finding of '" + criterion.id() + "' is " + said(finding)
                    + ", but " + (evidence.isEmpty() ? "without evidence it is UNKNOWN"
                    : "its evidence (" + evidence.get().describe() + ") against its criterion ("
                    + criterion.describeRule() + ") makes it " + expected), null);
        }
    }

    private static String said(Finding finding) {
        return finding.status() + finding.severity().map(s -> " " + s).orElse("");
    }

    private static void coverage(List<Finding> findings, Coverage coverage, String path, String whose) {
        int decided = (int) findings.stream().filter(f -> f.status().isDecided()).count();
        int applicable = (int) findings.stream().filter(f -> f.status() != FindingStatus.NOT_APPLICABLE).count();
        if (coverage.decided() != decided || coverage.applicable() != applicable) {
            throw new DocumentException(path, "the coverage of " + whose + " is " + coverage.decided() + " of "
                    + coverage.applicable() + ", but its findings decide " + decided + " of " + applicable, null);
        }
    }

    private static void health(AreaAssessment area, String path) {
        boolean critical = area.findings().stream().anyMatch(f -> f.isAtLeast(Severity.CRITICAL));
        boolean present = area.findings().stream().anyMatch(Finding::isPresent);
        boolean decided = area.findings().stream().anyMatch(f -> f.status().isDecided());
        Health health = area.health();
        String rule;
        if (critical) {
            rule = health == Health.CRITICAL ? null : "CRITICAL, since a finding is present at critical severity";
        } else if (present) {
            rule = health == Health.NEEDS_ATTENTION ? null : "NEEDS_ATTENTION, since findings are present";
        } else if (health == Health.HEALTHY) {
            rule = decided ? null : "UNKNOWN, since no finding was decided by evidence";
        } else {
            rule = health == Health.UNKNOWN ? null : (decided ? "HEALTHY or UNKNOWN" : "UNKNOWN")
                    + ", since no finding is present";
        }
        if (rule != null) {
            throw new DocumentException(path, "area '" + area.area().id() + "' is " + health + ", but its findings make"
                    + " it " + rule, null);
        }
    }
}
