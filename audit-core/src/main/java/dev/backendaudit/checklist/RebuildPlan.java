package dev.backendaudit.checklist;

import java.util.List;

/**
 * The staged rebuild: five steps, in order, that replace a system without betting the product on
 * one big switch-over.
 */
public final class RebuildPlan {

    /** Step 1. */
    public static final Action DEFINE_GOALS = new Action("define-goals", "1. Define clear goals",
            "Write down what the new system must achieve (load, latency, delivery pace) and how each goal is measured");
    /** Step 2. */
    public static final Action DESIGN_SCALABLE_ARCHITECTURE = new Action("design-scalable-architecture",
            "2. Design a scalable architecture",
            "Design modular components with clear boundaries that scale independently, and check the design against the goals");
    /** Step 3. */
    public static final Action MIGRATE_GRADUALLY = new Action("migrate-gradually", "3. Migrate gradually",
            "Move one capability at a time behind a stable interface, running old and new side by side; never replace everything at once");
    /** Step 4. */
    public static final Action AUTOMATE_DEPLOYMENT_AND_MONITORING = new Action("automate-deployment-and-monitoring",
            "4. Automate deployment and monitoring",
            "Give the new system a CI/CD pipeline, real-time monitoring and alerting from its first release");
    /** Step 5. */
    public static final Action TEST_THOROUGHLY = new Action("test-thoroughly", "5. Test thoroughly",
            "Prove stability under realistic load and failure before each part takes full traffic");

    /** The five steps, in order. */
    public static final List<Action> STEPS = List.of(DEFINE_GOALS, DESIGN_SCALABLE_ARCHITECTURE, MIGRATE_GRADUALLY,
            AUTOMATE_DEPLOYMENT_AND_MONITORING, TEST_THOROUGHLY);

    private RebuildPlan() {
    }
}
