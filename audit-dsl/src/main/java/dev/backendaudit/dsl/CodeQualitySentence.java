package dev.backendaudit.dsl;

import dev.backendaudit.checklist.Criteria;
import dev.backendaudit.checklist.Metrics;
import dev.backendaudit.checklist.Questions;
import dev.backendaudit.model.Quantity;
import dev.backendaudit.model.TimeSeries;
import dev.backendaudit.model.Unit;
import java.time.Duration;
import java.time.Instant;

/** The code-quality clause: one immutable value per step. */
final class CodeQualitySentence extends ClauseSupport<CodeQualityClause>
        implements CodeQualityAboveStep, CodeQualityBelowStep {

    private CodeQualitySentence(State state) {
        super(state);
    }

    static CodeQualitySentence start() {
        return new CodeQualitySentence(State.start("codeQuality"));
    }

    @Override
    CodeQualitySentence with(State next) {
        return new CodeQualitySentence(next);
    }

    @Override
    CodeQualityClause self() {
        return this;
    }

    @Override
    public CodeQualityClause readable(boolean yes) {
        return yesNo("readable", Questions.CODE_READABLE, yes);
    }

    @Override
    public CodeQualityClause readable(boolean yes, String note) {
        return yesNo("readable", Questions.CODE_READABLE, yes, note);
    }

    @Override
    public CodeQualityClause documented(boolean yes) {
        return yesNo("documented", Questions.CODE_DOCUMENTED, yes);
    }

    @Override
    public CodeQualityClause documented(boolean yes, String note) {
        return yesNo("documented", Questions.CODE_DOCUMENTED, yes, note);
    }

    @Override
    public CodeQualityClause deadOrDuplicatedCode(boolean yes) {
        return yesNo("deadOrDuplicatedCode", Questions.REDUNDANT_CODE, yes);
    }

    @Override
    public CodeQualityClause deadOrDuplicatedCode(boolean yes, String note) {
        return yesNo("deadOrDuplicatedCode", Questions.REDUNDANT_CODE, yes, note);
    }

    @Override
    public CodeQualityClause fixesCreateNewIssues(boolean yes) {
        return yesNo("fixesCreateNewIssues", Questions.FIXES_CREATE_NEW_ISSUES, yes);
    }

    @Override
    public CodeQualityClause fixesCreateNewIssues(boolean yes, String note) {
        return yesNo("fixesCreateNewIssues", Questions.FIXES_CREATE_NEW_ISSUES, yes, note);
    }

    @Override
    public CodeQualityClause developmentSpeedDeclining(boolean yes) {
        return yesNo("developmentSpeedDeclining", Questions.DEVELOPMENT_SPEED_DECLINING, yes);
    }

    @Override
    public CodeQualityClause developmentSpeedDeclining(boolean yes, String note) {
        return yesNo("developmentSpeedDeclining", Questions.DEVELOPMENT_SPEED_DECLINING, yes, note);
    }

    @Override
    public CodeQualityClause complexityUnmanageable(boolean yes) {
        return yesNo("complexityUnmanageable", Questions.COMPLEXITY_UNMANAGEABLE, yes);
    }

    @Override
    public CodeQualityClause complexityUnmanageable(boolean yes, String note) {
        return yesNo("complexityUnmanageable", Questions.COMPLEXITY_UNMANAGEABLE, yes, note);
    }

    @Override
    public CodeQualityBelowStep testCoverage(Quantity coverage) {
        return with(measured(clause("testCoverage", coverage), Metrics.TEST_COVERAGE, coverage, Criteria.TEST_COVERAGE));
    }

    @Override
    public CodeQualityAboveStep duplication(Quantity share) {
        return with(measured(clause("duplication", share), Metrics.DUPLICATION, share, Criteria.DUPLICATION));
    }

    @Override
    public CodeQualityAboveStep meanComplexity(double complexity) {
        String clause = clause("meanComplexity", complexity);
        Args.finite(clause, "mean complexity", complexity);
        return with(measured(clause, Metrics.MEAN_COMPLEXITY, Quantity.average(complexity), Criteria.MEAN_COMPLEXITY));
    }

    @Override
    public CodeQualityAboveStep bugFixShare(Quantity share) {
        return with(measured(clause("bugFixShare", share), Metrics.BUG_FIX_SHARE, share, Criteria.BUG_FIX_SHARE));
    }

    @Override
    public CodeQualityAboveStep refixShare(Quantity share) {
        return with(measured(clause("refixShare", share), Metrics.REFIX_SHARE, share, Criteria.REFIX_SHARE));
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
        return record(series);
    }
}
