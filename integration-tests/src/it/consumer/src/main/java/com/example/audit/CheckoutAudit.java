package com.example.audit;

import dev.backendaudit.dsl.BackendAudit;
import dev.backendaudit.model.Audit;
import java.time.Duration;
import java.time.Instant;

/** The checkout service's audit, as a team writes it in its own code. */
public final class CheckoutAudit {

    /** When the evidence below was gathered. */
    public static final Instant AUDITED_AT = Instant.parse("2026-11-20T09:00:00Z");

    private CheckoutAudit() {
    }

    /** The audit: a few answers and measurements; everything else stays unknown. */
    public static Audit audit() {
        return BackendAudit.of("checkout-service")
                .at(AUDITED_AT)
                .architecture(a -> a.modular("orders, payments and inventory are separate modules").dependencyCycles(0))
                .performance(p -> p
                        .latencyP95(Duration.ofMillis(180)).underNormalLoad()
                        .latencyP95(Duration.ofMillis(260)).underPeakLoad()
                        .queriesEfficient(false, "order history scans the orders table"))
                .scalability(s -> s.scaledByHand("pre-scaled before every sale").noSinglePointOfFailure())
                .deployment(d -> d.ciCdPipeline(true, "GitHub Actions").releases(44, 4))
                .monitoring(m -> m.alertingOnFailure(true).timeToRestore(Duration.ofHours(3)))
                .audit();
    }
}
