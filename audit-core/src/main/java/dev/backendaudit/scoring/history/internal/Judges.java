package dev.backendaudit.scoring.history.internal;

import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.AuditHistory;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Direction;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.Finding;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Metric;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.ThresholdCriterion;
import dev.backendaudit.model.TimeSeries;
import dev.backendaudit.model.TrendCriterion;
import dev.backendaudit.model.Verdict;
import dev.backendaudit.scoring.history.TrendJudgement;
import dev.backendaudit.scoring.history.TrendRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The computations behind {@link TrendRules}; not part of the API. */
public final class Judges {

    private Judges() {
    }

    /** One audit in a window: its time and its findings. */
    public record Snapshot(Instant at, List<Finding> findings) {

        /** The ids of the signs present in this audit: any of their criteria is present. */
        TreeSet<String> presentSigns() {
            TreeSet<String> signs = new TreeSet<>();
            for (Finding finding : findings) {
                if (finding.isPresent()) {
                    signs.add(finding.sign().id());
                }
            }
            return signs;
        }
    }

    /** The newest {@code size} audits, oldest first: the latest {@code size - 1} verdicts and the assessment. */
    public static List<Snapshot> window(Assessment assessment, AuditHistory history, int size) {
        List<Verdict> earlier = history.latest(size - 1);
        List<Snapshot> window = new ArrayList<>(earlier.size() + 1);
        for (Verdict verdict : earlier) {
            window.add(new Snapshot(verdict.at(), verdict.findings()));
        }
        window.add(new Snapshot(assessment.at(), assessment.findings()));
        return window;
    }

    /** Fires when at least {@code signs} signs are present in every audit of a full window of {@code size}. */
    public static Optional<TrendJudgement> consistentProblems(List<Snapshot> window, int size, int signs) {
        if (window.size() < size) {
            return Optional.empty();
        }
        TreeSet<String> always = null;
        for (Snapshot snapshot : window) {
            TreeSet<String> present = snapshot.presentSigns();
            if (always == null) {
                always = present;
            } else {
                always.retainAll(present);
            }
        }
        if (always == null || always.size() < signs) {
            return Optional.empty();
        }
        List<Instant> audits = times(window);
        return Optional.of(new TrendJudgement(TrendRules.CONSISTENT_PROBLEMS, "Problems are present consistently: "
                + always.size() + " signs (" + String.join(", ", always) + ") in each of the " + size + " audits "
                + list(audits) + "; several persistent issues need more than optimization", audits));
    }

    /**
     * Fires when criteria came back after evidence had shown them gone at least {@code count} times
     * within the window. Tracked by criterion, so that one criterion going unmeasured while another
     * of the same sign is healthy does not count as a fix.
     */
    public static Optional<TrendJudgement> recurrences(List<Snapshot> window, int count) {
        if (window.size() < 3) {
            return Optional.empty();
        }
        Map<String, String> signOf = new TreeMap<>();
        List<Map<String, FindingStatus>> statuses = new ArrayList<>(window.size());
        for (Snapshot snapshot : window) {
            Map<String, FindingStatus> status = new HashMap<>();
            for (Finding finding : snapshot.findings()) {
                status.put(finding.criterion().id(), finding.status());
                if (finding.isPresent()) {
                    signOf.putIfAbsent(finding.criterion().id(), finding.sign().id());
                }
            }
            statuses.add(status);
        }
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> criterion : signOf.entrySet()) {
            boolean seenPresent = false;
            Instant goneAt = null;
            for (int i = 0; i < window.size(); i++) {
                Snapshot snapshot = window.get(i);
                FindingStatus status = statuses.get(i).get(criterion.getKey());
                if (status == FindingStatus.PRESENT) {
                    if (goneAt != null) {
                        found.add(criterion.getValue() + " via " + criterion.getKey() + " (gone at " + goneAt
                                + ", back at " + snapshot.at() + ")");
                    }
                    seenPresent = true;
                    goneAt = null;
                } else if (status == FindingStatus.ABSENT && seenPresent && goneAt == null) {
                    goneAt = snapshot.at();
                }
            }
        }
        if (found.size() < count) {
            return Optional.empty();
        }
        List<Instant> audits = times(window);
        return Optional.of(new TrendJudgement(TrendRules.FIXES_CREATE_ISSUES_REPEATEDLY, "Fixes create new issues"
                + " repeatedly: " + found.size() + " times a sign came back after evidence showed it gone, across the "
                + window.size() + " audits " + list(audits) + ": " + String.join("; ", found), audits));
    }

    /** Fires when a speed metric worsened at every step of a full window, by at least {@code least} overall. */
    public static Optional<TrendJudgement> declines(List<Snapshot> window, int size, double least,
                                                    List<Metric> metrics) {
        if (window.size() < size) {
            return Optional.empty();
        }
        List<String> declining = new ArrayList<>();
        for (Metric metric : metrics) {
            double[] values = new double[window.size()];
            Direction direction = null;
            boolean complete = true;
            for (int i = 0; i < window.size() && complete; i++) {
                Optional<Finding> finding = findingOf(window.get(i), metric);
                Optional<Direction> worse = finding.flatMap(f -> direction(f.criterion()));
                OptionalValue value = finding.map(Judges::level).orElse(OptionalValue.NONE);
                complete = worse.isPresent() && value.present;
                if (complete) {
                    direction = worse.get();
                    values[i] = value.value;
                }
            }
            if (!complete || values[0] <= 0) {
                continue;
            }
            boolean worsening = true;
            for (int i = 1; i < values.length; i++) {
                worsening &= direction.isBeyond(values[i], values[i - 1]);
            }
            double change = Math.abs(values[values.length - 1] - values[0]) / values[0];
            if (worsening && change >= least) {
                declining.add(metric.name() + " worsened at every audit, by " + Quantity.ratio(change) + " in all");
            }
        }
        if (declining.isEmpty()) {
            return Optional.empty();
        }
        List<Instant> audits = times(window);
        return Optional.of(new TrendJudgement(TrendRules.SPEED_CONTINUES_TO_DECLINE, "Development speed continues to"
                + " decline across the " + size + " audits " + list(audits) + ": " + String.join("; ", declining),
                audits));
    }

    private static Optional<Finding> findingOf(Snapshot snapshot, Metric metric) {
        for (Finding finding : snapshot.findings()) {
            if (finding.status().isDecided() && finding.criterion().topic().equals(metric)) {
                return Optional.of(finding);
            }
        }
        return Optional.empty();
    }

    private static Optional<Direction> direction(Criterion criterion) {
        if (criterion instanceof ThresholdCriterion) {
            return Optional.of(((ThresholdCriterion) criterion).direction());
        }
        if (criterion instanceof TrendCriterion) {
            return Optional.of(((TrendCriterion) criterion).direction());
        }
        return Optional.empty();
    }

    /** The finding's measured level: a measurement's value, or a time series' mean. */
    private static OptionalValue level(Finding finding) {
        if (finding.evidence().isEmpty()) {
            return OptionalValue.NONE;
        }
        Evidence evidence = finding.evidence().get();
        if (evidence instanceof Measurement) {
            return new OptionalValue(true, ((Measurement) evidence).baseValue());
        }
        if (evidence instanceof TimeSeries && !((TimeSeries) evidence).points().isEmpty()) {
            TimeSeries series = (TimeSeries) evidence;
            double sum = 0;
            for (TimeSeries.Point point : series.points()) {
                sum += point.value();
            }
            return new OptionalValue(true, sum / series.points().size() * series.unit().toBaseFactor());
        }
        return OptionalValue.NONE;
    }

    private record OptionalValue(boolean present, double value) {
        static final OptionalValue NONE = new OptionalValue(false, 0);
    }

    private static List<Instant> times(List<Snapshot> window) {
        return window.stream().map(Snapshot::at).toList();
    }

    private static String list(List<Instant> audits) {
        return audits.stream().map(Instant::toString).collect(Collectors.joining(", "));
    }
}
