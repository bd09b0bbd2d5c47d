package dev.backendaudit.scoring.internal;

import dev.backendaudit.internal.Lists;
import dev.backendaudit.model.AreaAssessment;
import dev.backendaudit.model.Assessment;
import dev.backendaudit.model.Health;
import dev.backendaudit.model.Outcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/** Small helpers the built-in strategies share; not part of the API. */
public final class Outcomes {

    private Outcomes() {
    }

    /** The worse of two decided outcomes (REBUILD over OPTIMIZE over HEALTHY). */
    public static Outcome worse(Outcome a, Outcome b) {
        return a.isWorseThan(b) ? a : b;
    }

    /** Fails unless {@code outcome} is decided, naming {@code field}. */
    public static Outcome decided(String field, Outcome outcome) {
        if (outcome == null) {
            throw new NullPointerException(field + " must not be null");
        }
        if (!outcome.isDecided()) {
            throw new IllegalArgumentException(field + " must be HEALTHY, OPTIMIZE or REBUILD, but was " + outcome);
        }
        return outcome;
    }

    /** The names of the areas, comma-separated. */
    public static String names(List<AreaAssessment> areas) {
        return areas.stream().map(a -> a.area().name()).collect(Collectors.joining(", "));
    }

    /** The areas with no decided evidence. */
    public static List<AreaAssessment> unknownAreas(Assessment assessment) {
        return Lists.filter(assessment.areas(), a -> a.health() == Health.UNKNOWN);
    }

    /** {@code number} rounded half-up to one decimal, without a trailing ".0": {@code "72.5"}, {@code "80"}. */
    public static String oneDecimal(double number) {
        BigDecimal rounded = BigDecimal.valueOf(number).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}
