package dev.backendaudit.evidence.delivery;

/**
 * A DORA performance band, best first.
 *
 * <pre>{@code
 * DoraRating rating = DoraBands.REPORT_2021.rateLeadTime(Duration.ofHours(30)); // HIGH
 * }</pre>
 */
public enum DoraRating {
    /** The best performers. */
    ELITE,
    /** High performers. */
    HIGH,
    /** Medium performers. */
    MEDIUM,
    /** Low performers. */
    LOW
}
