package dev.backendaudit.test.baseline;

import dev.backendaudit.internal.Checks;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Accepts one finding for a while: who owns it, why, and until when. After the expiry date the
 * finding fails the test again, and the message says the waiver expired.
 *
 * <pre>{@code
 * new Waiver("scalability.automatic-scaling", "alice", "autoscaler lands with the Q1 migration", "2027-03-31")
 * }</pre>
 *
 * @param criterion the criterion whose finding is waived
 * @param owner     who answers for it
 * @param reason    why it is acceptable for now
 * @param expires   the last day the waiver holds, as an ISO date ({@code 2027-03-31})
 */
public record Waiver(String criterion, String owner, String reason, String expires) {

    /**
     * Creates a {@code Waiver}, checking its components.
     *
     * @param criterion the criterion whose finding is waived
     * @param owner     who answers for it
     * @param reason    why it is acceptable for now
     * @param expires   the last day the waiver holds, as an ISO date ({@code 2027-03-31})
     * @throws IllegalArgumentException if a field is blank or the expiry is not an ISO date
     */
    public Waiver {
        Checks.notBlank("waiver criterion", criterion);
        Checks.notBlank("waiver owner of '" + criterion + "'", owner);
        Checks.notBlank("waiver reason of '" + criterion + "'", reason);
        Checks.notBlank("waiver expires of '" + criterion + "'", expires);
        try {
            LocalDate.parse(expires);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("waiver expires of '" + criterion
                    + "' must be an ISO date such as 2027-03-31, but was \"" + expires + "\"", e);
        }
    }

    /**
     * The last day the waiver holds.
     *
     * @return the {@link #expires} date, parsed
     */
    public LocalDate expiryDate() {
        return LocalDate.parse(expires);
    }

    /**
     * Whether the waiver still holds on {@code day}: it holds through its expiry date.
     *
     * @param day the day asked about, usually today
     * @return true when {@code day} is on or before the expiry date
     */
    public boolean holdsOn(LocalDate day) {
        return !day.isAfter(expiryDate());
    }
}
