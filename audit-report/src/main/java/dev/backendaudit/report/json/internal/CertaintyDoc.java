package dev.backendaudit.report.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dev.backendaudit.bounds.Assumption;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Severity;
import java.util.List;

/**
 * A verdict's certainty in a verdict document (schema 1.2 and later): the bounds, what would settle it,
 * what would flip it and its margin. Criteria are ids of the document's catalog.
 *
 * @param best          the outcome with every unknown finding absent
 * @param worst         the outcome with every unknown finding at its worst
 * @param settled       whether both bounds are the verdict's outcome
 * @param monotone      whether every sampled resolution lay within the bounds
 * @param breach        the resolution that did not; absent when monotone
 * @param settle        the settle steps, in order
 * @param flip          the flip set, if any
 * @param margin        the margin, if any
 * @param strategyCalls how many strategy calls the search made
 * @param complete      whether the search finished within its budget
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CertaintyDoc(@JsonProperty(required = true) Outcome best,
                           @JsonProperty(required = true) Outcome worst,
                           @JsonProperty(required = true) boolean settled,
                           @JsonProperty(required = true) boolean monotone,
                           @JsonSetter(nulls = Nulls.SKIP) String breach,
                           @JsonProperty(required = true) List<SettleStepDoc> settle,
                           @JsonSetter(nulls = Nulls.SKIP) FlipSetDoc flip,
                           @JsonSetter(nulls = Nulls.SKIP) MarginDoc margin,
                           @JsonProperty(required = true) int strategyCalls,
                           @JsonProperty(required = true) boolean complete) {

    /** One criterion without evidence, with where its evidence would come from and what it would tell. */
    public record SettleStepDoc(@JsonProperty(required = true) String criterion,
                                @JsonProperty(required = true) SourceDoc source,
                                @JsonProperty(required = true) Outcome ifWorst,
                                @JsonProperty(required = true) Outcome ifAbsent,
                                @JsonProperty(required = true) Outcome worstOnceAbsent,
                                @JsonProperty(required = true) boolean matters,
                                @JsonProperty(required = true) boolean examined) {
    }

    /** The collector (absent when none) and the artifact it reads. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceDoc(@JsonSetter(nulls = Nulls.SKIP) String collector,
                            @JsonProperty(required = true) String artifact) {
    }

    /** The least change to present findings that improves the outcome. */
    public record FlipSetDoc(@JsonProperty(required = true) Assumption assumption,
                             @JsonProperty(required = true) Outcome becomes,
                             @JsonProperty(required = true) List<FlipChangeDoc> changes) {
    }

    /** One finding of a flip set; {@code to} is absent when the finding must become absent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FlipChangeDoc(@JsonProperty(required = true) String criterion,
                                @JsonProperty(required = true) Severity from,
                                @JsonSetter(nulls = Nulls.SKIP) Severity to,
                                @JsonProperty(required = true) String threshold) {
    }

    /** The nearest finding whose worsening would make the outcome worse; {@code from} absent when absent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MarginDoc(@JsonProperty(required = true) String criterion,
                            @JsonSetter(nulls = Nulls.SKIP) Severity from,
                            @JsonProperty(required = true) Severity to,
                            @JsonProperty(required = true) String crossing,
                            @JsonSetter(nulls = Nulls.SKIP) Double headroom,
                            @JsonProperty(required = true) Outcome becomes) {
    }
}
