package dev.backendaudit.evidence.delivery;

import java.time.Duration;
import java.util.Objects;

/**
 * The DORA performance bands, as versioned data: which report they come from, and the edges
 * between elite, high, medium and low for each of the four measures. A rating records the
 * version it used ({@link #version()}), so a verdict says against which year it was judged.
 *
 * <p>{@link #REPORT_2021} encodes the table "software delivery performance" of the
 * <i>Accelerate State of DevOps Report 2021</i> (DORA, Google Cloud):
 * <ul>
 *   <li>deployment frequency: elite on demand (multiple deploys per day; encoded as at least once
 *       a day), high between once a week and once a month, medium between once a month and once
 *       every six months, low fewer than once every six months;</li>
 *   <li>lead time for changes: elite less than one hour, high between one day and one week,
 *       medium between one month and six months, low more than six months;</li>
 *   <li>time to restore service: elite less than one hour, high less than one day, medium between
 *       one day and one week, low more than six months;</li>
 *   <li>change failure rate: elite 0-15 %, and high, medium and low all 16-30 %.</li>
 * </ul>
 * The published bands leave gaps (a lead time between one hour and one day, between one week and
 * one month; a restore time between one week and six months) and the report gives no range above
 * 30 % failures. This encoding closes each gap at the nearest published edge: a value is in the
 * best band whose edge it meets (edges inclusive), so a lead time of two weeks is medium, a
 * restore time of two weeks is low, and a change failure rate above 30 % is low. High, medium and
 * low share one failure-rate range in the report, so a rate in it is rated high: the data cannot
 * separate them, and this says so rather than inventing a finer edge.
 *
 * <pre>{@code
 * DoraBands bands = DoraBands.REPORT_2021;
 * bands.rateDeploymentFrequency(3.0 / 7);      // HIGH (three a week)
 * bands.rateChangeFailureRate(0.12);           // ELITE
 * bands.version();                             // "DORA 2021"
 * }</pre>
 *
 * @param reportYear              the year of the report the figures come from
 * @param eliteDeploysPerDay      at least this many deployments a day is elite
 * @param highDeploysPerDay       at least this many is high
 * @param mediumDeploysPerDay     at least this many is medium; fewer is low
 * @param eliteLeadTime           at most this lead time is elite
 * @param highLeadTime            at most this is high
 * @param mediumLeadTime          at most this is medium; longer is low
 * @param eliteRestore            at most this time to restore is elite
 * @param highRestore             at most this is high
 * @param mediumRestore           at most this is medium; longer is low
 * @param eliteFailureRate        at most this change failure rate is elite
 * @param highFailureRate         at most this is high
 * @param mediumFailureRate       at most this is medium; more is low
 */
public record DoraBands(int reportYear, double eliteDeploysPerDay, double highDeploysPerDay,
                        double mediumDeploysPerDay, Duration eliteLeadTime, Duration highLeadTime,
                        Duration mediumLeadTime, Duration eliteRestore, Duration highRestore, Duration mediumRestore,
                        double eliteFailureRate, double highFailureRate, double mediumFailureRate) {

    /** The bands of the Accelerate State of DevOps Report 2021; see the class comment for each number's source. */
    public static final DoraBands REPORT_2021 = new DoraBands(2021,
            1.0, 1.0 / 30, 1.0 / 182,
            Duration.ofHours(1), Duration.ofDays(7), Duration.ofDays(182),
            Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(7),
            0.15, 0.30, 0.30);

    /**
     * Creates a {@code DoraBands}, checking its components.
     *
     * @param reportYear              the year of the report the figures come from
     * @param eliteDeploysPerDay      at least this many deployments a day is elite
     * @param highDeploysPerDay       at least this many is high
     * @param mediumDeploysPerDay     at least this many is medium; fewer is low
     * @param eliteLeadTime           at most this lead time is elite
     * @param highLeadTime            at most this is high
     * @param mediumLeadTime          at most this is medium; longer is low
     * @param eliteRestore            at most this time to restore is elite
     * @param highRestore             at most this is high
     * @param mediumRestore           at most this is medium; longer is low
     * @param eliteFailureRate        at most this change failure rate is elite
     * @param highFailureRate         at most this is high
     * @param mediumFailureRate       at most this is medium; more is low
     * @throws IllegalArgumentException if the edges are not ordered from elite to medium
     */
    public DoraBands {
        if (reportYear < 2014) {
            throw new IllegalArgumentException("DORA report year must be >= 2014 (the first report), but was "
                    + reportYear);
        }
        Objects.requireNonNull(eliteLeadTime, "eliteLeadTime");
        Objects.requireNonNull(highLeadTime, "highLeadTime");
        Objects.requireNonNull(mediumLeadTime, "mediumLeadTime");
        Objects.requireNonNull(eliteRestore, "eliteRestore");
        Objects.requireNonNull(highRestore, "highRestore");
        Objects.requireNonNull(mediumRestore, "mediumRestore");
        if (!(eliteDeploysPerDay >= highDeploysPerDay && highDeploysPerDay >= mediumDeploysPerDay
                && mediumDeploysPerDay > 0)) {
            throw new IllegalArgumentException("deployment frequency edges must fall from elite to medium and stay"
                    + " positive, but were " + eliteDeploysPerDay + ", " + highDeploysPerDay + ", " + mediumDeploysPerDay);
        }
        if (eliteLeadTime.compareTo(highLeadTime) > 0 || highLeadTime.compareTo(mediumLeadTime) > 0) {
            throw new IllegalArgumentException("lead time edges must grow from elite to medium, but were "
                    + eliteLeadTime + ", " + highLeadTime + ", " + mediumLeadTime);
        }
        if (eliteRestore.compareTo(highRestore) > 0 || highRestore.compareTo(mediumRestore) > 0) {
            throw new IllegalArgumentException("time to restore edges must grow from elite to medium, but were "
                    + eliteRestore + ", " + highRestore + ", " + mediumRestore);
        }
        if (!(0 <= eliteFailureRate && eliteFailureRate <= highFailureRate && highFailureRate <= mediumFailureRate
                && mediumFailureRate <= 1)) {
            throw new IllegalArgumentException("change failure rate edges must grow from elite to medium within"
                    + " [0, 1], but were " + eliteFailureRate + ", " + highFailureRate + ", " + mediumFailureRate);
        }
    }

    /**
     * {@code "DORA 2021"}: recorded with every rating.
     *
     * @return {@code "DORA "} and the report year
     */
    public String version() {
        return "DORA " + reportYear;
    }

    /**
     * Rates deployments per day.
     *
     * @param deploysPerDay deployments per day over the window, 0 or more
     * @return the highest band whose lower edge {@code deploysPerDay} reaches; {@link DoraRating#LOW} below medium's
     */
    public DoraRating rateDeploymentFrequency(double deploysPerDay) {
        return deploysPerDay >= eliteDeploysPerDay ? DoraRating.ELITE
                : deploysPerDay >= highDeploysPerDay ? DoraRating.HIGH
                : deploysPerDay >= mediumDeploysPerDay ? DoraRating.MEDIUM : DoraRating.LOW;
    }

    /**
     * Rates a lead time for changes.
     *
     * @param leadTime the median time from commit to the deployment that shipped it
     * @return the best band whose upper edge {@code leadTime} does not pass; {@link DoraRating#LOW} past medium's
     */
    public DoraRating rateLeadTime(Duration leadTime) {
        return rateDuration(leadTime, eliteLeadTime, highLeadTime, mediumLeadTime);
    }

    /**
     * Rates a time to restore service.
     *
     * @param timeToRestore the median time from an incident's start to service restored
     * @return the best band whose upper edge {@code timeToRestore} does not pass; {@link DoraRating#LOW} past medium's
     */
    public DoraRating rateTimeToRestore(Duration timeToRestore) {
        return rateDuration(timeToRestore, eliteRestore, highRestore, mediumRestore);
    }

    /**
     * Rates a change failure rate in [0, 1].
     *
     * @param rate change failures over deployments, in [0, 1]
     * @return the best band whose upper edge {@code rate} does not pass; {@link DoraRating#LOW} past medium's
     */
    public DoraRating rateChangeFailureRate(double rate) {
        return rate <= eliteFailureRate ? DoraRating.ELITE
                : rate <= highFailureRate ? DoraRating.HIGH
                : rate <= mediumFailureRate ? DoraRating.MEDIUM : DoraRating.LOW;
    }

    private static DoraRating rateDuration(Duration value, Duration elite, Duration high, Duration medium) {
        return value.compareTo(elite) <= 0 ? DoraRating.ELITE
                : value.compareTo(high) <= 0 ? DoraRating.HIGH
                : value.compareTo(medium) <= 0 ? DoraRating.MEDIUM : DoraRating.LOW;
    }
}
