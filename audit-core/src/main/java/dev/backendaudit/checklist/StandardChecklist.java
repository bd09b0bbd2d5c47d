package dev.backendaudit.checklist;

import dev.backendaudit.model.Checklist;

/**
 * The standard backend audit checklist: the six {@link Areas}, their {@link Questions},
 * {@link Metrics}, {@link Signs} and default {@link Criteria}.
 *
 * <pre>{@code
 * Audit audit = Audit.builder("checkout-service")
 *         .checklist(StandardChecklist.checklist())
 *         .evidence(...)
 *         .build();
 * }</pre>
 */
public final class StandardChecklist {

    /** The standard checklist's name. */
    public static final String NAME = "backend-audit-standard";

    /** Its version; changes whenever a criterion or bound changes. */
    public static final String VERSION = "1.0";

    private static final Checklist CHECKLIST = new Checklist(NAME, VERSION, Areas.STANDARD, Criteria.STANDARD);

    /**
     * The standard checklist.
     *
     * @return the checklist {@value #NAME} {@value #VERSION}: its areas and criteria, the same instance on every call
     */
    public static Checklist checklist() {
        return CHECKLIST;
    }

    private StandardChecklist() {
    }
}
