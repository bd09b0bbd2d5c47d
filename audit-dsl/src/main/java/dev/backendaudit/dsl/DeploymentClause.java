package dev.backendaudit.dsl;

import dev.backendaudit.model.Quantity;
import java.time.Duration;

/**
 * The vocabulary of the Deployment &amp; DevOps area: CI/CD pipeline, automated deployments, and
 * DORA's delivery metrics. The default bounds are DORA's published performance bands (State of
 * DevOps reports): the warning bound marks leaving the "high" band, the critical bound the "low"
 * band; see {@code dev.backendaudit.checklist.Criteria}.
 *
 * <pre>{@code
 * BackendAudit.of("checkout-service")
 *     .deployment(d -> d
 *         .ciCdPipeline(true, "GitHub Actions")
 *         .deploymentFrequency(Quantity.of(4, Unit.PER_WEEK))
 *         .leadTime(Duration.ofDays(2))
 *         .releases(44, 4))              // change failure rate 9.1 %
 *     .evaluate();
 * }</pre>
 *
 * <p>Every answer comes with and without a note; a note must not be null or blank.
 */
public interface DeploymentClause extends AreaClause<DeploymentClause> {

    /**
     * Whether every change goes through a CI/CD pipeline; "no" is a warning.
     *
     * <pre>{@code d -> d.ciCdPipeline(true)}</pre>
     *
     * @param yes the answer
     * @return the clause, with the answer
     */
    DeploymentClause ciCdPipeline(boolean yes);

    /**
     * Whether every change goes through a CI/CD pipeline, with a note; "no" is a warning.
     *
     * <pre>{@code d -> d.ciCdPipeline(true, "GitHub Actions")}</pre>
     *
     * @param yes  the answer
     * @param note why
     * @return the clause, with the answer
     * @throws NullPointerException     naming the clause if {@code note} is null (leave it out instead)
     * @throws IllegalArgumentException naming the clause if {@code note} is blank
     */
    DeploymentClause ciCdPipeline(boolean yes, String note);

    /**
     * Whether deployments run end to end without manual steps; "no" is a warning.
     *
     * <pre>{@code d -> d.automatedDeployments(true)}</pre>
     *
     * @param yes the answer
     * @return the clause, with the answer
     */
    DeploymentClause automatedDeployments(boolean yes);

    /**
     * Whether deployments run end to end without manual steps, with a note; "no" is a warning.
     *
     * <pre>{@code d -> d.automatedDeployments(false, "the release manager runs the migration by hand")}</pre>
     *
     * @param yes  the answer
     * @param note why
     * @return the clause, with the answer
     * @throws NullPointerException     naming the clause if {@code note} is null (leave it out instead)
     * @throws IllegalArgumentException naming the clause if {@code note} is blank
     */
    DeploymentClause automatedDeployments(boolean yes, String note);

    /**
     * How often production is deployed, e.g. {@code Quantity.of(4, Unit.PER_WEEK)}. Default bounds (DORA):
     * warning below 1/week, critical below 0.03333/day (once a week; once a month).
     *
     * <pre>{@code d -> d.from(dora).deploymentFrequency(Quantity.of(4, Unit.PER_WEEK))}</pre>
     *
     * @param frequency deployments per unit of time
     * @return the step that may bound the measurement
     * @throws IllegalArgumentException naming the clause if the quantity is not a rate or is negative
     */
    DeploymentBelowStep deploymentFrequency(Quantity frequency);

    /**
     * Time from commit to running in production. Default bounds (DORA): warning above 7 d,
     * critical above 30 d.
     *
     * <pre>{@code d -> d.leadTime(Duration.ofDays(2)).warnAbove(Duration.ofDays(1)).criticalAbove(Duration.ofDays(7))}</pre>
     *
     * @param leadTime commit to production
     * @return the step that may bound the measurement
     * @throws IllegalArgumentException naming the clause if {@code leadTime} is negative
     */
    DeploymentAboveStep leadTime(Duration leadTime);

    /**
     * Share of deployments that cause a failure in production. Default bounds (DORA): warning above
     * 15%, critical above 30%; a critical Deployment &amp; DevOps area is a reason to rebuild.
     *
     * <pre>{@code d -> d.changeFailureRate(Quantity.percent(9))}</pre>
     *
     * @param rate the failed share of deployments, as a ratio or percentage
     * @return the step that may bound the measurement
     * @throws IllegalArgumentException naming the clause if the quantity is not a ratio in [0, 1]
     */
    DeploymentAboveStep changeFailureRate(Quantity rate);

    /**
     * The change failure rate from release records: {@code failed} of {@code total} releases failed
     * in production (rolled back, hot-fixed, or caused an incident). Same bounds as
     * {@link #changeFailureRate(Quantity)}.
     *
     * <pre>{@code d -> d.releases(44, 4)}</pre>
     *
     * @param total  releases in the period
     * @param failed of which failed in production
     * @return the step that may bound the measurement
     * @throws IllegalArgumentException naming the clause unless {@code 0 <= failed <= total} and {@code total > 0}
     */
    DeploymentAboveStep releases(int total, int failed);
}
