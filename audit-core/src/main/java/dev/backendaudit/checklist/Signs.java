package dev.backendaudit.checklist;

import dev.backendaudit.model.Sign;
import dev.backendaudit.model.SignKind;
import java.util.List;

/**
 * The warning signs and red flags of the standard checklist: the five common red flags, each
 * area's warning signs, and the four rebuild indicators.
 */
public final class Signs {

    // The common red flags

    /** Response times keep growing. */
    public static final Sign SLOW_PERFORMANCE = Sign.of("slow-performance", Areas.PERFORMANCE, SignKind.RED_FLAG,
            "Slow performance", "Response times that keep growing", "Users wait, and some of them leave");
    /** The same problems come back after they were fixed. */
    public static final Sign FREQUENT_BUGS = Sign.of("frequent-bugs", Areas.CODE_QUALITY, SignKind.RED_FLAG,
            "Frequent bugs", "Problems that return after they were fixed", "The product cannot be relied on");
    /** The system fails when load grows. */
    public static final Sign SCALING_ISSUES = Sign.of("scaling-issues", Areas.SCALABILITY, SignKind.RED_FLAG,
            "Scaling issues", "The system falls over when load grows", "Users and transactions are lost");
    /** The code is hard to understand and to change. */
    public static final Sign COMPLEX_CODEBASE = Sign.of("complex-codebase", Areas.CODE_QUALITY, SignKind.RED_FLAG,
            "Complex codebase", "Code that is hard to understand or change", "Every feature takes longer");
    /** Releases go wrong. */
    public static final Sign DEPLOYMENT_FAILURES = Sign.of("deployment-failures", Areas.DEPLOYMENT, SignKind.RED_FLAG,
            "Deployment failures", "Releases that fail or must be rolled back", "Updates reach users late");

    // The areas' warning signs

    /** Parts are tied together, so none moves alone. */
    public static final Sign TIGHT_COUPLING = Sign.of("tight-coupling", Areas.ARCHITECTURE, SignKind.WARNING_SIGN,
            "Tight coupling", "Rigid parts wired to each other, so one change touches many",
            "Change is slow and risky, and parts cannot scale on their own");
    /** Slower the busier it gets. */
    public static final Sign DEGRADES_WITH_USAGE = Sign.of("degrades-with-usage", Areas.PERFORMANCE,
            SignKind.WARNING_SIGN, "Degrades with usage", "Slowdowns that grow with traffic",
            "The busiest moments, which matter most, are the worst");
    /** Capacity is added by hand. */
    public static final Sign MANUAL_SCALING = Sign.of("manual-scaling", Areas.SCALABILITY, SignKind.WARNING_SIGN,
            "Manual scaling", "People add capacity by hand before or during peaks",
            "Growth depends on someone being awake and quick");
    /** One part's failure takes everything down. */
    public static final Sign SINGLE_POINT_OF_FAILURE = Sign.of("single-point-of-failure", Areas.SCALABILITY,
            SignKind.WARNING_SIGN, "Single point of failure", "One part whose loss takes the whole system down",
            "An ordinary fault becomes an outage");
    /** The code is hard to navigate. */
    public static final Sign MESSY_CODE = Sign.of("messy-code", Areas.CODE_QUALITY, SignKind.WARNING_SIGN,
            "Messy code", "Code that is hard to find one's way around: unclear, undocumented, duplicated",
            "Newcomers are slow and everyone makes mistakes");
    /** Changes reach production slowly. */
    public static final Sign SLOW_DELIVERY = Sign.of("slow-delivery", Areas.DEPLOYMENT, SignKind.WARNING_SIGN,
            "Slow, manual delivery", "Releases that are rare, manual and delayed",
            "Fixes and features wait, and each release is a bigger risk");
    /** Failures are found by users. */
    public static final Sign REACTIVE_DETECTION = Sign.of("reactive-detection", Areas.MONITORING,
            SignKind.WARNING_SIGN, "Reactive problem detection",
            "Failures found when users complain, and slow to be fixed", "Outages last longer and cost trust");
    /** Requests fail. */
    public static final Sign FREQUENT_FAILURES = Sign.of("frequent-failures", Areas.MONITORING,
            SignKind.WARNING_SIGN, "Frequent failures", "A visible share of requests ends in errors",
            "Users see errors and lose work");

    // The rebuild indicators

    /** The architecture cannot grow further. */
    public static final Sign ARCHITECTURE_CANNOT_SCALE = Sign.of("architecture-cannot-scale", Areas.ARCHITECTURE,
            SignKind.REBUILD_INDICATOR, "Architecture cannot support scaling",
            "Growth is blocked by the architecture itself, not by tuning", "Growth stops or becomes very expensive");
    /** Each fix brings new problems. */
    public static final Sign FIXES_CREATE_NEW_ISSUES = Sign.of("fixes-create-new-issues", Areas.CODE_QUALITY,
            SignKind.REBUILD_INDICATOR, "Fixes create new issues repeatedly",
            "Fixing one problem reliably causes another", "The defect count never goes down");
    /** Delivery keeps slowing. */
    public static final Sign DEVELOPMENT_SPEED_DECLINING = Sign.of("development-speed-declining", Areas.CODE_QUALITY,
            SignKind.REBUILD_INDICATOR, "Development speed keeps declining",
            "Each quarter ships less than the one before", "The product falls behind its competitors");
    /** Nobody can predict a change's effect. */
    public static final Sign COMPLEXITY_UNMANAGEABLE = Sign.of("complexity-unmanageable", Areas.CODE_QUALITY,
            SignKind.REBUILD_INDICATOR, "Complexity is unmanageable",
            "Nobody can predict what a change will do", "Every change is a gamble");

    /** The four rebuild indicators. */
    public static final List<Sign> REBUILD_INDICATORS = List.of(ARCHITECTURE_CANNOT_SCALE, FIXES_CREATE_NEW_ISSUES,
            DEVELOPMENT_SPEED_DECLINING, COMPLEXITY_UNMANAGEABLE);

    /** The five common red flags. */
    public static final List<Sign> RED_FLAGS = List.of(SLOW_PERFORMANCE, FREQUENT_BUGS, SCALING_ISSUES,
            COMPLEX_CODEBASE, DEPLOYMENT_FAILURES);

    /** Every standard sign. */
    public static final List<Sign> STANDARD = List.of(SLOW_PERFORMANCE, FREQUENT_BUGS, SCALING_ISSUES,
            COMPLEX_CODEBASE, DEPLOYMENT_FAILURES, TIGHT_COUPLING, DEGRADES_WITH_USAGE, MANUAL_SCALING,
            SINGLE_POINT_OF_FAILURE, MESSY_CODE, SLOW_DELIVERY, REACTIVE_DETECTION, FREQUENT_FAILURES,
            ARCHITECTURE_CANNOT_SCALE, FIXES_CREATE_NEW_ISSUES, DEVELOPMENT_SPEED_DECLINING, COMPLEXITY_UNMANAGEABLE);

    private Signs() {
    }
}
