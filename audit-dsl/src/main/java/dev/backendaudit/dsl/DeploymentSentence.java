package dev.backendaudit.dsl;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.model.Quantity;
import java.time.Duration;

/** The deployment clause. */
final class DeploymentSentence extends ClauseSupport<DeploymentClause>
        implements DeploymentAboveStep, DeploymentBelowStep {

    DeploymentSentence(Draft draft) {
        super(draft, "deployment");
    }

    @Override
    DeploymentClause self() {
        return this;
    }

    @Override
    public DeploymentClause ciCdPipeline(boolean yes, String note) {
        return yesNo(clause("ciCdPipeline", yes, note), Questions.CI_CD_PIPELINE, yes, note);
    }

    @Override
    public DeploymentClause automatedDeployments(boolean yes, String note) {
        return yesNo(clause("automatedDeployments", yes, note), Questions.DEPLOYMENTS_AUTOMATED, yes, note);
    }

    @Override
    public DeploymentBelowStep deploymentFrequency(Quantity frequency) {
        measure(clause("deploymentFrequency", frequency), Metrics.DEPLOYMENT_FREQUENCY, frequency,
                Criteria.DEPLOYMENT_FREQUENCY);
        return this;
    }

    @Override
    public DeploymentAboveStep leadTime(Duration leadTime) {
        String clause = clause("leadTime", leadTime);
        Args.notNull(clause, "lead time", leadTime);
        measure(clause, Metrics.LEAD_TIME, Quantity.of(leadTime), Criteria.LEAD_TIME);
        return this;
    }

    @Override
    public DeploymentAboveStep changeFailureRate(Quantity rate) {
        measure(clause("changeFailureRate", rate), Metrics.CHANGE_FAILURE_RATE, rate, Criteria.CHANGE_FAILURE_RATE);
        return this;
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
        measure(clause, Metrics.CHANGE_FAILURE_RATE, Quantity.ratio((double) failed / total),
                Criteria.CHANGE_FAILURE_RATE);
        return this;
    }
}
