package dev.backendaudit.evidence.scalability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.evidence.latency.JmeterSteps;
import dev.backendaudit.model.Answer;
import dev.backendaudit.model.Measurement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Load tests into points, points into a fit, a fit against the expected peak into evidence. */
class LoadTestsTest {

    /** σ = 0.03, κ = 0.0005, λ = 50/s: N* ≈ 44, throughput falls beyond. */
    static final UslModel SHOP = new UslModel(0.03, 0.0005, 50);

    @TempDir
    Path dir;

    @Test
    void should_make_one_point_per_step_of_a_jmeter_run_and_fit_it() throws IOException {
        // GIVEN a JMeter run of ten 20-second steps of 8, 16, .. 80 threads whose throughput follows SHOP
        Path jtl = dir.resolve("stepped.jtl");
        JmeterSteps.write(jtl, SHOP, 10, 8, 20);
        // WHEN
        LoadTest test = LoadTests.read(jtl);
        ScalabilityReport report = LoadTests.assess(test, Optional.of(ExpectedPeak.of(30, "capacity plan 2027")));
        // THEN
        assertThat(test.points()).hasSize(10);
        assertThat(test.points().get(0).concurrency()).isEqualTo(8);
        assertThat(test.points().get(0).throughput()).isCloseTo(SHOP.throughputAt(8),
                org.assertj.core.data.Percentage.withPercentage(3));
        UslModel fitted = report.fit().model().orElseThrow();
        assertThat(fitted.peakConcurrency()).isCloseTo(SHOP.peakConcurrency(),
                org.assertj.core.data.Percentage.withPercentage(10));
        // the run went past N* ≈ 44 up to 80: throughput is retrograde within the measured range
        assertThat(report.handlesSpikes()).contains(false);
        assertThat(report.headroom().orElseThrow()).isCloseTo(fitted.peakConcurrency() / 30, org.assertj.core.data.Offset.offset(1e-9));
        Answer spikes = (Answer) report.evidence().stream().filter(e -> e.topic().equals(Questions.HANDLES_TRAFFIC_SPIKES))
                .findFirst().orElseThrow();
        assertThat(spikes.choice()).isEqualTo("no");
        assertThat(spikes.note().orElseThrow()).startsWith("throughput is retrograde within the measured range: it peaks"
                + " at N* = ").endsWith(" and falls up to N = 80");
        Measurement headroom = (Measurement) report.evidence().stream().filter(e -> e.topic().equals(Metrics.PEAK_HEADROOM))
                .findFirst().orElseThrow();
        assertThat(headroom.provenance().source()).isEqualTo("usl-fit");
        assertThat(headroom.provenance().location().orElseThrow()).startsWith(jtl + " (JMeter steps by allThreads): σ = ")
                .contains("(λ fitted), N* = ").endsWith("; expected peak 30 (capacity plan 2027)");
    }

    @Test
    void should_ride_out_an_expected_peak_below_a_peak_beyond_the_run() throws IOException {
        // GIVEN steps up to 40 threads only, below N* ≈ 44
        Path points = dir.resolve("points.csv");
        StringBuilder csv = new StringBuilder("concurrency,throughput\n");
        for (int n = 5; n <= 40; n += 5) {
            csv.append(n).append(',').append(SHOP.throughputAt(n)).append('\n');
        }
        Files.writeString(points, csv);
        // WHEN
        ScalabilityReport report = LoadTests.assess(LoadTests.read(points), Optional.of(ExpectedPeak.of(25, "ops")));
        // THEN
        assertThat(report.handlesSpikes()).contains(true);
        assertThat(report.headroom().orElseThrow()).isCloseTo(SHOP.peakConcurrency() / 25,
                org.assertj.core.data.Percentage.withPercentage(1));
        assertThat(report.summary()).contains("handles traffic spikes: yes (the fitted peak N* = ");
        // and without an expected peak neither headroom nor spikes can be judged
        ScalabilityReport unknown = LoadTests.assess(LoadTests.read(points), Optional.empty());
        assertThat(unknown.evidence()).isEmpty();
        assertThat(unknown.unknowns()).anySatisfy(u -> assertThat(u).startsWith("headroom at peak: give the expected"
                + " peak concurrency"));
    }

    @Test
    void should_give_no_evidence_from_too_few_steps() throws IOException {
        Path jtl = dir.resolve("short.jtl");
        JmeterSteps.write(jtl, SHOP, 4, 8, 20);
        ScalabilityReport report = LoadTests.assess(LoadTests.read(jtl), Optional.of(ExpectedPeak.of(30, "plan")));
        assertThat(report.evidence()).isEmpty();
        assertThat(report.unknowns()).contains("scalability (USL): a USL fit needs at least 6 concurrency levels, but the"
                + " load test has 4 (N = 8, 16, 24, 32): run more steps, for example doubling the concurrency until"
                + " throughput stops growing");
    }

    @Test
    void should_name_the_line_of_a_bad_point() throws IOException {
        Path points = dir.resolve("points.csv");
        Files.writeString(points, "concurrency,throughput\n1,10\n2,-4\n");
        assertThatThrownBy(() -> LoadTests.read(points))
                .hasMessage(points + ":3: throughput must be a finite number >= 0, but was '-4'");
        Files.writeString(points, "concurrency,throughput\n0,10\n");
        assertThatThrownBy(() -> LoadTests.read(points)).hasMessage(points + ":2: concurrency must be > 0, but was '0'");
    }

    @Test
    void should_find_the_newest_load_test_of_a_project() throws IOException {
        Path perf = Files.createDirectories(dir.resolve("perf"));
        JmeterSteps.write(perf.resolve("stepped.jtl"), SHOP, 10, 8, 20);
        JmeterSteps.write(perf.resolve("short.jtl"), SHOP, 3, 8, 20);
        ScalabilityScan scan = LoadTests.find(dir, Optional.of(ExpectedPeak.of(30, "plan")));
        assertThat(scan.found()).containsExactly("perf/short.jtl: 3 steps, too few for a USL fit (at least 6)",
                "perf/stepped.jtl: 10 steps");
        assertThat(scan.used()).isPresent();
        assertThat(scan.evidence()).extracting(e -> e.topic().id())
                .containsExactlyInAnyOrder("scalability.peak-headroom", "scalability.handles-spikes");
    }
}
