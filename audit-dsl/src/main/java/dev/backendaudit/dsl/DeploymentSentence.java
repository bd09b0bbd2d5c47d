package dev.backendaudit.dsl;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.model.Quantity;
import java.time.Duration;

/** The deployment clause: one immutable value per step. */
final class DeploymentSentence extends ClauseSupport<DeploymentClause>
        implements DeploymentAboveStep, DeploymentBelowStep {

    private DeploymentSentence(State state) {
        super(state);
    }

    static DeploymentSentence start() {
        return new DeploymentSentence(State.start("deployment"));
    }

    @Override
    DeploymentSentence with(State next) {
        return new DeploymentSentence(next);
    }

    @Override
    DeploymentClause self() {
        return this;
    }

    @Override
    public DeploymentClause ciCdPipeline(boolean yes) {
        return yesNo("ciCdPipeline", Questions.CI_CD_PIPELINE, yes);
    }

    @Override
    public DeploymentClause ciCdPipeline(boolean yes, String note) {
        return yesNo("ciCdPipeline", Questions.CI_CD_PIPELINE, yes, note);
    }

    @Override
    public DeploymentClause automatedDeployments(boolean yes) {
        return yesNo("automatedDeployments", Questions.DEPLOYMENTS_AUTOMATED, yes);
    }

    @Override
    public DeploymentClause automatedDeployments(boolean yes, String note) {
        return yesNo("automatedDeployments", Questions.DEPLOYMENTS_AUTOMATED, yes, note);
    }

    @Override
    public DeploymentBelowStep deploymentFrequency(Quantity frequency) {
        return with(measured(clause("deploymentFrequency", frequency), Metrics.DEPLOYMENT_FREQUENCY, frequency,
                Criteria.DEPLOYMENT_FREQUENCY));
    }

    @Override
    public DeploymentAboveStep leadTime(Duration leadTime) {
        String clause = clause("leadTime", leadTime);
        Args.notNull(clause, "lead time", leadTime);
        return with(measured(clause, Metrics.LEAD_TIME, Quantity.of(leadTime), Criteria.LEAD_TIME));
    }

    @Override
    public DeploymentAboveStep changeFailureRate(Quantity rate) {
        return with(measured(clause("changeFailureRate", rate), Metrics.CHANGE_FAILURE_RATE, rate,
                Criteria.CHANGE_FAILURE_RATE));
    }

    @Override
    public DeploymentAboveStep releases(int total, int failed) {
        String clause = clause("releases", total, failed);
        if (total <= 0) {
            throw new IllegalArgumentException(clause + ": total releases must be > 0, but was " + total);
        }
        if (failed < 0 || failed > total) {
            throw new IllegalArgumentException(clause + ": failed releases must be in [0, " + total + "], but was "
                    + failed);
        }
        return with(measured(clause, Metrics.CHANGE_FAILURE_RATE, Quantity.ratio((double) failed / total),
                Criteria.CHANGE_FAILURE_RATE));
    }
}
