package dev.backendaudit.checklist;

import dev.backendaudit.model.Criterion;
import dev.backendaudit.model.Sign;
import java.util.List;
import java.util.Map;

/**
 * The optimization actions: targeted improvements to an existing system, and which signs each
 * one answers. The first four are the classic optimizations (refactor, tune queries, cache, fix
 * bottlenecks); the others are the targeted fixes for the remaining areas.
 */
public final class Actions {

    /** Restructure code without changing what it does. */
    public static final Action REFACTOR_CODE = new Action("refactor-code", "Refactor code",
            "Restructure the hardest-to-change modules in small, tested steps, removing dead and duplicated code");
    /** Make database access cheaper. */
    public static final Action OPTIMIZE_QUERIES = new Action("optimize-queries", "Optimize queries",
            "Profile the slowest queries on hot paths, add the missing indexes and remove query-per-row patterns");
    /** Serve repeated reads from a cache. */
    public static final Action ADD_CACHING = new Action("add-caching", "Add caching",
            "Cache repeated reads close to where they are used, with explicit expiry and invalidation");
    /** Remove what caps throughput. */
    public static final Action FIX_BOTTLENECKS = new Action("fix-bottlenecks", "Fix bottlenecks",
            "Measure under peak load, find the resource that saturates first, and remove or widen it");
    /** Let capacity follow demand. */
    public static final Action AUTOMATE_SCALING = new Action("automate-scaling", "Automate scaling",
            "Scale on measured demand (an autoscaler on load or queue depth) instead of by hand");
    /** Make every part redundant. */
    public static final Action REMOVE_SINGLE_POINTS_OF_FAILURE = new Action("remove-single-points-of-failure",
            "Remove single points of failure", "Run every critical part with a redundant replica and fail over automatically");
    /** Cut dependencies between parts. */
    public static final Action DECOUPLE_COMPONENTS = new Action("decouple-components", "Decouple components",
            "Break dependency cycles and put explicit interfaces between components so that each can change on its own");
    /** Catch defects before release. */
    public static final Action STRENGTHEN_TESTS = new Action("strengthen-tests", "Strengthen tests",
            "Cover the code that breaks most often with tests, and add a regression test with every fix");
    /** Make releases routine. */
    public static final Action AUTOMATE_DELIVERY = new Action("automate-delivery", "Automate delivery",
            "Build, test and deploy every change through a CI/CD pipeline, in small and frequent releases");
    /** Make releases safe. */
    public static final Action SAFER_RELEASES = new Action("safer-releases", "Make releases safer",
            "Release behind canaries or feature flags with automatic rollback, and review why failed releases failed");
    /** See failures before users do. */
    public static final Action IMPROVE_MONITORING = new Action("improve-monitoring", "Improve monitoring and alerting",
            "Watch latency, errors and saturation in real time and alert the on-call team on symptoms users would feel");

    /** Every optimization action. */
    public static final List<Action> ALL = List.of(REFACTOR_CODE, OPTIMIZE_QUERIES, ADD_CACHING, FIX_BOTTLENECKS,
            AUTOMATE_SCALING, REMOVE_SINGLE_POINTS_OF_FAILURE, DECOUPLE_COMPONENTS, STRENGTHEN_TESTS,
            AUTOMATE_DELIVERY, SAFER_RELEASES, IMPROVE_MONITORING);

    private static final Map<Sign, List<Action>> BY_SIGN = Map.ofEntries(
            Map.entry(Signs.SLOW_PERFORMANCE, List.of(OPTIMIZE_QUERIES, ADD_CACHING, FIX_BOTTLENECKS)),
            Map.entry(Signs.DEGRADES_WITH_USAGE, List.of(FIX_BOTTLENECKS, ADD_CACHING)),
            Map.entry(Signs.FREQUENT_BUGS, List.of(STRENGTHEN_TESTS, REFACTOR_CODE)),
            Map.entry(Signs.SCALING_ISSUES, List.of(FIX_BOTTLENECKS, AUTOMATE_SCALING)),
            Map.entry(Signs.COMPLEX_CODEBASE, List.of(REFACTOR_CODE)),
            Map.entry(Signs.DEPLOYMENT_FAILURES, List.of(SAFER_RELEASES, STRENGTHEN_TESTS)),
            Map.entry(Signs.TIGHT_COUPLING, List.of(DECOUPLE_COMPONENTS)),
            Map.entry(Signs.MANUAL_SCALING, List.of(AUTOMATE_SCALING)),
            Map.entry(Signs.SINGLE_POINT_OF_FAILURE, List.of(REMOVE_SINGLE_POINTS_OF_FAILURE)),
            Map.entry(Signs.MESSY_CODE, List.of(REFACTOR_CODE)),
            Map.entry(Signs.SLOW_DELIVERY, List.of(AUTOMATE_DELIVERY)),
            Map.entry(Signs.REACTIVE_DETECTION, List.of(IMPROVE_MONITORING)),
            Map.entry(Signs.FREQUENT_FAILURES, List.of(IMPROVE_MONITORING, FIX_BOTTLENECKS)),
            Map.entry(Signs.ARCHITECTURE_CANNOT_SCALE, List.of(DECOUPLE_COMPONENTS)),
            Map.entry(Signs.FIXES_CREATE_NEW_ISSUES, List.of(STRENGTHEN_TESTS, REFACTOR_CODE)),
            Map.entry(Signs.DEVELOPMENT_SPEED_DECLINING, List.of(REFACTOR_CODE, AUTOMATE_DELIVERY)),
            Map.entry(Signs.COMPLEXITY_UNMANAGEABLE, List.of(REFACTOR_CODE, DECOUPLE_COMPONENTS)));

    /*
     * Actions a finding's sign calls for, but that evidence can show to be beside the point: optimizing
     * queries is no answer to slow responses when the queries were found efficient. An action is ruled out
     * when every criterion listed for it was decided ABSENT.
     */
    private static final Map<Action, List<Criterion>> RULED_OUT_WHEN_ABSENT = Map.of(
            OPTIMIZE_QUERIES, List.of(Criteria.QUERIES_EFFICIENT),
            AUTOMATE_SCALING, List.of(Criteria.AUTOMATIC_SCALING),
            AUTOMATE_DELIVERY, List.of(Criteria.CI_CD_PIPELINE, Criteria.DEPLOYMENTS_AUTOMATED),
            IMPROVE_MONITORING, List.of(Criteria.REAL_TIME_MONITORING, Criteria.ALERTING, Criteria.DETECTED_FIRST));

    /**
     * The criteria whose absence rules {@code action} out: when every one of them was decided ABSENT,
     * the problem the action fixes is known not to be there (optimize queries: the queries were found
     * efficient; automate scaling: scaling is automatic; automate delivery: a pipeline deploys
     * automatically; improve monitoring: monitoring, alerting and early detection are in place).
     *
     * @param action an action
     * @return those criteria; empty when nothing rules it out
     */
    public static List<Criterion> ruledOutWhenAbsent(Action action) {
        return RULED_OUT_WHEN_ABSENT.getOrDefault(action, List.of());
    }

    /**
     * The optimizations that answer {@code sign}, best first. For a sign the standard checklist does
     * not know, a single action to address that sign, built from its own texts.
     *
     * @param sign any sign, of the standard checklist or not
     * @return the actions, never empty
     */
    public static List<Action> forSign(Sign sign) {
        List<Action> actions = BY_SIGN.get(sign);
        if (actions != null) {
            return actions;
        }
        return List.of(new Action("address-" + sign.id(), "Address: " + sign.title(),
                "Remove the cause of \"" + sign.looksLike() + "\" (" + sign.impact() + ")"));
    }

    private Actions() {
    }
}
