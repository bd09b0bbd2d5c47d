package dev.backendaudit.dsl;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.TimeSeries;
import dev.backendaudit.model.Unit;
import java.time.Duration;
import java.time.Instant;

/** The code-quality clause. */
final class CodeQualitySentence extends ClauseSupport<CodeQualityClause>
        implements CodeQualityAboveStep, CodeQualityBelowStep {

    CodeQualitySentence(Draft draft) {
        super(draft, "codeQuality");
    }

    @Override
    CodeQualityClause self() {
        return this;
    }

    @Override
    public CodeQualityClause readable(boolean yes, String note) {
        return yesNo(clause("readable", yes, note), Questions.CODE_READABLE, yes, note);
    }

    @Override
    public CodeQualityClause documented(boolean yes, String note) {
        return yesNo(clause("documented", yes, note), Questions.CODE_DOCUMENTED, yes, note);
    }

    @Override
    public CodeQualityClause deadOrDuplicatedCode(boolean yes, String note) {
        return yesNo(clause("deadOrDuplicatedCode", yes, note), Questions.REDUNDANT_CODE, yes, note);
    }

    @Override
    public CodeQualityClause fixesCreateNewIssues(boolean yes, String note) {
        return yesNo(clause("fixesCreateNewIssues", yes, note), Questions.FIXES_CREATE_NEW_ISSUES, yes, note);
    }

    @Override
    public CodeQualityClause developmentSpeedDeclining(boolean yes, String note) {
        return yesNo(clause("developmentSpeedDeclining", yes, note), Questions.DEVELOPMENT_SPEED_DECLINING, yes, note);
    }

    @Override
    public CodeQualityClause complexityUnmanageable(boolean yes, String note) {
        return yesNo(clause("complexityUnmanageable", yes, note), Questions.COMPLEXITY_UNMANAGEABLE, yes, note);
    }

    @Override
    public CodeQualityBelowStep testCoverage(Quantity coverage) {
        measure(clause("testCoverage", coverage), Metrics.TEST_COVERAGE, coverage, Criteria.TEST_COVERAGE);
        return this;
    }

    @Override
    public CodeQualityAboveStep duplication(Quantity share) {
        measure(clause("duplication", share), Metrics.DUPLICATION, share, Criteria.DUPLICATION);
        return this;
    }

    @Override
    public CodeQualityAboveStep meanComplexity(double complexity) {
        String clause = clause("meanComplexity", complexity);
        Args.finite(clause, "mean complexity", complexity);
        measure(clause, Metrics.MEAN_COMPLEXITY, Quantity.average(complexity), Criteria.MEAN_COMPLEXITY);
        return this;
    }

    @Override
    public CodeQualityAboveStep bugFixShare(Quantity share) {
        measure(clause("bugFixShare", share), Metrics.BUG_FIX_SHARE, share, Criteria.BUG_FIX_SHARE);
        return this;
    }

    @Override
    public CodeQualityAboveStep refixShare(Quantity share) {
        measure(clause("refixShare", share), Metrics.REFIX_SHARE, share, Criteria.REFIX_SHARE);
        return this;
    }

    @Override
    public CodeQualityClause weeklyCommits(Instant firstWeek, double... commits) {
        String clause = clause("weeklyCommits", firstWeek, commits);
        Args.notNull(clause, "first week", firstWeek);
        Args.notNull(clause, "commits", commits);
        if (commits.length == 0) {
            throw new IllegalArgumentException(clause + ": commits must hold at least one week, but was empty");
        }
        TimeSeries series = TimeSeries.of(Metrics.COMMIT_THROUGHPUT, Unit.PER_WEEK, source());
        for (int week = 0; week < commits.length; week++) {
            Args.finite(clause, "commits of week " + week, commits[week]);
            Instant at = firstWeek.plus(Duration.ofDays(7L * week));
            double value = commits[week];
            TimeSeries sofar = series;
            series = Args.guard(clause, () -> sofar.point(at, value));
        }
        record(series);
        return this;
    }
}
