package dev.backendaudit.evidence.scalability;

import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.model.Answer;
import dev.backendaudit.model.Evidence;
import dev.backendaudit.model.EvidenceReport;
import dev.backendaudit.model.Measurement;
import dev.backendaudit.model.Provenance;
import dev.backendaudit.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a load test says about scalability: the USL fit, the headroom at the expected peak (N* over
 * the expected peak concurrency), and whether the system rides out a spike. Evidence flows through
 * the standard criteria: {@code Metrics.PEAK_HEADROOM} and the answer to
 * {@code Questions.HANDLES_TRAFFIC_SPIKES}, with the fitted curve's parameters in provenance.
 *
 * <pre>{@code
 * ScalabilityReport scaling = LoadTests.assess(LoadTests.read(Path.of("perf/stepped.jtl")),
 *         Optional.of(ExpectedPeak.of(40, "capacity plan")));
 * scaling.headroom();            // OptionalDouble[1.24]
 * audit.evidence(scaling.evidence());
 * }</pre>
 *
 * <p>The system "fails under load" (spikes: no) when the expected peak exceeds N*, or when
 * throughput is retrograde within the measured range (N* below the highest concurrency measured).
 * It rides out spikes (yes) when the expected peak is at most N* and throughput does not fall within
 * the measured range, provided N* lies within {@value #EXTRAPOLATION_LIMIT}x the highest concurrency
 * measured or the expected peak was measured; a peak further out rests on extrapolation and the
 * headroom stays unknown.
 *
 * @param test          the load test
 * @param fit           the USL fit of its points
 * @param expected      the expected peak concurrency, if given
 * @param headroom      N* over the expected peak, when both are known and N* is within reach
 * @param handlesSpikes whether the system rides out the expected peak, when that can be decided
 * @param unknowns      what could not be decided, and why
 * @param evidence      the evidence, ready for {@code Audit.Builder.evidence(...)}
 */
public record ScalabilityReport(LoadTest test, UslFit fit, Optional<ExpectedPeak> expected, OptionalDouble headroom,
                                Optional<Boolean> handlesSpikes, List<String> unknowns, List<Evidence> evidence)
        implements EvidenceReport {

    /** How far beyond the highest concurrency measured a fitted peak may lie and still give a headroom. */
    public static final double EXTRAPOLATION_LIMIT = 4;

    /** Copies the lists. */
    public ScalabilityReport {
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(headroom, "headroom");
        Objects.requireNonNull(handlesSpikes, "handlesSpikes");
        unknowns = List.copyOf(unknowns);
        evidence = List.copyOf(evidence);
    }

    /**
     * Judges a fit against the expected peak.
     *
     * @param test     the load test
     * @param fit      its USL fit
     * @param expected the expected peak, if known
     * @return the report
     */
    public static ScalabilityReport of(LoadTest test, UslFit fit, Optional<ExpectedPeak> expected) {
        List<String> unknowns = new ArrayList<>(test.notes());
        List<Evidence> evidence = new ArrayList<>();
        if (!fit.usable()) {
            String why = fit.problem().orElse("no fit");
            unknowns.add("scalability (USL): " + why);
            return new ScalabilityReport(test, fit, expected, OptionalDouble.empty(), Optional.empty(), unknowns,
                    evidence);
        }
        UslModel model = fit.model().get();
        double top = fit.maxMeasuredConcurrency();
        double peak = model.peakConcurrency();
        boolean retrograde = peak < top;
        boolean withinReach = peak <= EXTRAPOLATION_LIMIT * top;
        String curve = test.source() + ": " + fit.describe() + expected.map(e -> "; expected peak "
                + UslFit.show(e.concurrency()) + " (" + e.source() + ")").orElse("");
        Provenance provenance = new Provenance("usl-fit", Optional.of(curve), test.endedAt());
        OptionalDouble headroom = OptionalDouble.empty();
        if (expected.isPresent() && withinReach) {
            headroom = OptionalDouble.of(peak / expected.get().concurrency());
            evidence.add(Measurement.of(Metrics.PEAK_HEADROOM, Quantity.times(headroom.getAsDouble()), provenance));
        } else if (expected.isEmpty()) {
            unknowns.add("headroom at peak: give the expected peak concurrency (ExpectedPeak, or --expected-peak N) to"
                    + " judge the fitted peak N* = " + UslFit.show(peak) + " against it");
        } else {
            unknowns.add("headroom at peak: the fitted peak N* = " + UslFit.show(peak) + " lies more than "
                    + UslFit.show(EXTRAPOLATION_LIMIT) + "x beyond the highest concurrency measured ("
                    + UslFit.show(top) + "): a headroom that far out rests on extrapolation; measure at higher"
                    + " concurrency");
        }
        Optional<Boolean> spikes = Optional.empty();
        String note = null;
        if (retrograde) {
            spikes = Optional.of(false);
            note = "throughput is retrograde within the measured range: it peaks at N* = " + UslFit.show(peak)
                    + " and falls up to N = " + UslFit.show(top);
        } else if (expected.isPresent() && expected.get().concurrency() > peak) {
            spikes = Optional.of(false);
            note = "the expected peak (" + UslFit.show(expected.get().concurrency()) + ") exceeds the fitted peak N* = "
                    + UslFit.show(peak) + ": beyond it throughput falls";
        } else if (expected.isPresent() && (withinReach || expected.get().concurrency() <= top)) {
            spikes = Optional.of(true);
            note = "the fitted peak N* = " + UslFit.show(peak) + " is at or above the expected peak ("
                    + UslFit.show(expected.get().concurrency()) + ") and throughput does not fall up to N = "
                    + UslFit.show(top);
        } else if (expected.isPresent()) {
            unknowns.add("traffic spikes: the expected peak (" + UslFit.show(expected.get().concurrency())
                    + ") lies beyond the measured range and the fitted peak is too far out to rely on; measure up to it");
        } else {
            unknowns.add("traffic spikes: throughput does not fall within the measured range (up to N = "
                    + UslFit.show(top) + "); give the expected peak concurrency to judge spikes");
        }
        if (note != null) {
            evidence.add(new Answer(Questions.HANDLES_TRAFFIC_SPIKES, spikes.get() ? "yes" : "no",
                    Optional.of(note), provenance));
        }
        return new ScalabilityReport(test, fit, expected, headroom, spikes, unknowns, evidence);
    }

    /**
     * A few lines a person reads.
     *
     * @return the fit, the judgement and what is unknown
     */
    public String summary() {
        StringBuilder text = new StringBuilder("load test ").append(test.source()).append('\n');
        text.append("  USL: ").append(fit.describe()).append('\n');
        expected.ifPresent(e -> text.append("  expected peak: ").append(UslFit.show(e.concurrency())).append(" (")
                .append(e.source()).append(")\n"));
        headroom.ifPresent(h -> text.append("  headroom at peak: ").append(Quantity.times(h)).append('\n'));
        evidence.stream().filter(e -> e instanceof Answer).forEach(e -> text.append("  handles traffic spikes: ")
                .append(e.describe()).append('\n'));
        unknowns.forEach(u -> text.append("  UNKNOWN: ").append(u).append('\n'));
        return text.toString();
    }
}
