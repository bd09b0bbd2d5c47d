package dev.backendaudit.evidence.scalability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;

/** Points generated from known parameters are fitted back to them: exactly without noise, within the noise with it. */
class UslRecoveryProperties {

    static List<LoadPoint> points(UslModel truth, double noise, long seed) {
        Random random = new Random(seed);
        double top = Math.min(400, 2.5 * truth.peakConcurrency());
        List<LoadPoint> points = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            double n = Math.max(1, Math.round(1 + i * (top - 1) / 23));
            points.add(new LoadPoint(n, truth.throughputAt(n) * (1 + noise * random.nextGaussian())));
        }
        return points;
    }

    @Property(tries = 200)
    void should_recover_exact_parameters_from_noiseless_points(
            @ForAll @DoubleRange(min = 0.005, max = 0.2) @net.jqwik.api.constraints.Scale(6) double sigma,
            @ForAll @DoubleRange(min = 0.0001, max = 0.01) @net.jqwik.api.constraints.Scale(6) double kappa,
            @ForAll @DoubleRange(min = 5, max = 5000) double lambda) {
        UslModel truth = new UslModel(sigma, kappa, lambda);
        UslFit fit = UniversalScalabilityLaw.fit(points(truth, 0, 0), UslMethod.LAMBDA_FITTED);
        assertThat(fit.usable()).as(fit.problem().orElse("")).isTrue();
        UslModel model = fit.model().orElseThrow();
        assertThat(model.sigma()).isCloseTo(sigma, org.assertj.core.data.Offset.offset(sigma * 1e-4));
        assertThat(model.kappa()).isCloseTo(kappa, org.assertj.core.data.Offset.offset(kappa * 1e-4));
        assertThat(model.lambda()).isCloseTo(lambda, org.assertj.core.data.Offset.offset(lambda * 1e-4));
    }

    @Property(tries = 200)
    void should_recover_parameters_within_the_noise(
            @ForAll @DoubleRange(min = 0.01, max = 0.2) @net.jqwik.api.constraints.Scale(6) double sigma,
            @ForAll @DoubleRange(min = 0.0002, max = 0.01) @net.jqwik.api.constraints.Scale(6) double kappa,
            @ForAll @DoubleRange(min = 5, max = 5000) double lambda,
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        // GIVEN 24 points with 1 % Gaussian noise on throughput
        UslModel truth = new UslModel(sigma, kappa, lambda);
        UslFit fit = UniversalScalabilityLaw.fit(points(truth, 0.01, seed), UslMethod.LAMBDA_FITTED);
        // THEN each parameter lies within six of its standard errors of the truth: with 21 degrees of freedom
        // (Student's t) a miss that large has a chance of about 1 in 170,000 per parameter
        assertThat(fit.usable()).as(fit.problem().orElse("")).isTrue();
        UslModel model = fit.model().orElseThrow();
        UslErrors errors = fit.standardErrors().orElseThrow();
        assertThat(Math.abs(model.sigma() - sigma)).as("σ %s against %s ± %s", model.sigma(), sigma, errors.sigma())
                .isLessThanOrEqualTo(6 * errors.sigma() + 1e-9);
        assertThat(Math.abs(model.kappa() - kappa)).as("κ %s against %s ± %s", model.kappa(), kappa, errors.kappa())
                .isLessThanOrEqualTo(6 * errors.kappa() + 1e-9);
        assertThat(Math.abs(model.lambda() - lambda)).as("λ %s against %s ± %s", model.lambda(), lambda, errors.lambda())
                .isLessThanOrEqualTo(6 * errors.lambda() + 1e-9);
        // and the fit leaves residuals of the noise's size: it explains the points down to their 1 % noise
        double squares = 0;
        for (LoadPoint p : fit.points()) {
            double relative = (p.throughput() - model.throughputAt(p.concurrency())) / p.throughput();
            squares += relative * relative;
        }
        assertThat(Math.sqrt(squares / fit.points().size())).isLessThan(0.02);
    }
}
