package dev.backendaudit.evidence.scalability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The USL fit: the known answer, and the fits that must be refused with what to measure next. */
class UniversalScalabilityLawTest {

    /** Throughput of σ = κ = 0.02, λ = 1 at N = 1, 2, 4, 6, 8, 10, rounded to four decimals. */
    static final List<LoadPoint> KNOWN = List.of(new LoadPoint(1, 1), new LoadPoint(2, 1.8868),
            new LoadPoint(4, 3.0769), new LoadPoint(6, 3.5294), new LoadPoint(8, 3.5398), new LoadPoint(10, 3.3557));

    static double threeDigits(double value) {
        return new BigDecimal(value).round(new MathContext(3)).doubleValue();
    }

    @ParameterizedTest
    @EnumSource(UslMethod.class)
    void should_fit_the_known_answer_back_to_three_significant_digits(UslMethod method) {
        // WHEN
        UslFit fit = UniversalScalabilityLaw.fit(KNOWN, method);
        // THEN
        assertThat(fit.usable()).as(fit.problem().orElse("")).isTrue();
        UslModel model = fit.model().orElseThrow();
        assertThat(threeDigits(model.sigma())).isEqualTo(0.0200);
        assertThat(threeDigits(model.kappa())).isEqualTo(0.0200);
        assertThat(threeDigits(model.lambda())).isEqualTo(1.00);
        assertThat(threeDigits(model.peakConcurrency())).isEqualTo(7.00);
        assertThat(threeDigits(model.maxThroughput())).isEqualTo(3.57);
        assertThat(fit.rSquared().orElseThrow()).isGreaterThan(0.9999);
        assertThat(model.boundAt(10)).isEqualTo(ScalabilityBound.COHERENCY);
        assertThat(fit.describe()).startsWith("σ = 0.02").contains("(" + method.describe() + "), N* = 7");
    }

    @Test
    void should_refuse_fewer_than_six_levels_and_say_what_to_run() {
        UslFit fit = UniversalScalabilityLaw.fit(KNOWN.subList(0, 4), UslMethod.LAMBDA_FITTED);
        assertThat(fit.usable()).isFalse();
        assertThat(fit.problem()).contains("a USL fit needs at least 6 concurrency levels, but the load test has 4"
                + " (N = 1, 2, 4, 6): run more steps, for example doubling the concurrency until throughput stops growing");
    }

    @Test
    void should_refuse_points_that_never_pass_the_knee() {
        // GIVEN nearly linear scaling: σ = 0.005, κ = 0 up to N = 16
        UslModel truth = new UslModel(0.005, 0, 100);
        List<LoadPoint> points = new ArrayList<>();
        for (int n = 1; n <= 16; n *= 2) {
            points.add(new LoadPoint(n, truth.throughputAt(n)));
        }
        points.add(new LoadPoint(12, truth.throughputAt(12)));
        // WHEN
        UslFit fit = UniversalScalabilityLaw.fit(points, UslMethod.LAMBDA_FITTED);
        // THEN
        assertThat(fit.usable()).isFalse();
        assertThat(fit.problem()).contains("the points never pass the knee: at the highest concurrency measured (16)"
                + " throughput is still 93% of linear scaling, so contention and coherency cannot be told apart;"
                + " measure at higher concurrency, until throughput stops growing");
    }

    @Test
    void should_refuse_a_poor_fit() {
        List<LoadPoint> scattered = List.of(new LoadPoint(1, 100), new LoadPoint(2, 20), new LoadPoint(4, 300),
                new LoadPoint(8, 30), new LoadPoint(16, 250), new LoadPoint(32, 40));
        UslFit fit = UniversalScalabilityLaw.fit(scattered, UslMethod.LAMBDA_FITTED);
        assertThat(fit.usable()).isFalse();
        assertThat(fit.problem().orElseThrow()).startsWith("the USL explains only ").contains("the points do not follow"
                + " one curve; rerun the steps longer, on one configuration, and leave out warm-up and failing steps");
    }

    @Test
    void should_need_a_point_at_one_to_fix_lambda() {
        assertThatThrownBy(() -> UniversalScalabilityLaw.fit(KNOWN.subList(1, 6).stream().toList().size() < 6
                ? withExtra(KNOWN.subList(1, 6)) : KNOWN, UslMethod.LAMBDA_FIXED_AT_X1))
                .hasMessage("fixing λ at X(1) needs a point at concurrency 1, but the lowest is N = 2; measure at"
                        + " concurrency 1 or fit λ (UslMethod.LAMBDA_FITTED)");
    }

    private static List<LoadPoint> withExtra(List<LoadPoint> points) {
        List<LoadPoint> all = new ArrayList<>(points);
        all.add(new LoadPoint(12, new UslModel(0.02, 0.02, 1).throughputAt(12)));
        return all;
    }

    @Test
    void should_refuse_impossible_points_naming_the_value() {
        assertThatThrownBy(() -> new LoadPoint(0, 10)).hasMessage("load point concurrency must be a finite number > 0,"
                + " but was 0.0");
        assertThatThrownBy(() -> new LoadPoint(4, Double.NaN)).hasMessage("load point throughput must be a finite"
                + " number >= 0, but was NaN");
    }
}
