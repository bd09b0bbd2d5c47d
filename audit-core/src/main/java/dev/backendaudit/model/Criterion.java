package dev.backendaudit.model;

/**
 * The rule that turns evidence about one {@link Topic} into the status of one {@link Sign}.
 *
 * <ul>
 *   <li>{@link ThresholdCriterion}: a measured value against warning and critical bounds;</li>
 *   <li>{@link AnswerCriterion}: an answer against the answers that are healthy;</li>
 *   <li>{@link TrendCriterion}: the direction of a time series.</li>
 * </ul>
 *
 * <p>The standard checklist's criteria are in {@code dev.backendaudit.checklist.Criteria}; an audit
 * may replace any of them (same id) or add its own.
 */
public sealed interface Criterion permits ThresholdCriterion, AnswerCriterion, TrendCriterion {

    /**
     * Stable lowercase identifier, unique within an audit.
     *
     * @return the id, e.g. {@code "performance.latency-p95-peak"}
     */
    String id();

    /**
     * The sign this criterion detects.
     *
     * @return the sign a present finding of this criterion reports
     */
    Sign sign();

    /**
     * The topic whose evidence it reads.
     *
     * @return the topic: a metric or a question
     */
    Topic topic();

    /**
     * The area of the sign.
     *
     * @return the area of {@link #sign()}
     */
    default Area area() {
        return sign().area();
    }

    /**
     * The bounds or expectations as a person reads them, e.g. {@code "warning above 300 ms, critical above 1 s"}.
     *
     * @return the rule in words, as reports print it
     */
    String describeRule();

    /**
     * Judges one piece of evidence about {@link #topic()}. Evidence of a kind this criterion does
     * not read (a single measurement given to a trend criterion, say) yields an
     * {@link FindingStatus#UNKNOWN} finding that says what is needed; {@link NotApplicable}
     * evidence yields a {@link FindingStatus#NOT_APPLICABLE} finding.
     *
     * @param evidence evidence about {@link #topic()}, of any kind
     * @return a finding of this criterion: present with a severity, absent, unknown or not applicable
     */
    Finding judge(Evidence evidence);
}
