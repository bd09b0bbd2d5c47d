package dev.backendaudit.report.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.JsonNode;
import dev.backendaudit.model.CheckStatus;
import dev.backendaudit.model.Dimension;
import dev.backendaudit.model.Direction;
import dev.backendaudit.model.Figure;
import dev.backendaudit.model.FindingStatus;
import dev.backendaudit.model.Health;
import dev.backendaudit.model.Outcome;
import dev.backendaudit.model.Severity;
import dev.backendaudit.model.SignKind;
import dev.backendaudit.model.Unit;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The JSON document of one verdict, schema version {@value #SCHEMA_VERSION}: what is written and
 * read, kept apart from the core model so that audit-core stays free of Jackson.
 *
 * <p>Areas, signs, metrics, questions and criteria are written once, in the {@code catalog}, and
 * referred to by id elsewhere, so that a finding names its criterion rather than repeating it.
 */
@JsonPropertyOrder({"format", "schemaVersion"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerdictDocument(
        @JsonProperty(required = true) String format,
        @JsonProperty(required = true) String schemaVersion,
        @JsonProperty(required = true) String subject,
        @JsonProperty(required = true) Instant evaluatedAt,
        @JsonProperty(required = true) Outcome outcome,
        @JsonProperty(required = true) StrategyDoc strategy,
        @JsonProperty(required = true) CoverageDoc coverage,
        @JsonProperty(required = true) List<ReasonDoc> rationale,
        @JsonProperty(required = true) List<NextStepDoc> nextSteps,
        @JsonSetter(nulls = Nulls.SKIP) Map<String, String> details,
        @JsonSetter(nulls = Nulls.SKIP) List<FigureDoc> figures,
        @JsonProperty(required = true) List<AreaAssessmentDoc> areas,
        @JsonProperty(required = true) List<FindingDoc> findings,
        @JsonSetter(nulls = Nulls.SKIP) PolicyDoc policy,
        @JsonSetter(nulls = Nulls.SKIP) List<IndicatorDoc> indicators,
        @JsonSetter(nulls = Nulls.SKIP) List<ConditionDoc> conditions,
        @JsonSetter(nulls = Nulls.SKIP) List<EvidenceDoc> context,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonSetter(nulls = Nulls.SKIP) CertaintyDoc certainty,
        @JsonProperty(required = true) CatalogDoc catalog) {

    /** The {@code format} of a verdict document. */
    public static final String FORMAT = "backend-audit-verdict";
    /**
     * The schema version written; readers accept the same major version. Version 1.1 added the evidence
     * {@code policy}, the rebuild {@code indicators}, the {@code conditions} a strategy checked, the
     * {@code context} evidence no criterion judged, and each catalog area's {@code systemic} flag; a 1.0
     * document, which has none of them, reads with the default policy, no checks and no context, and with
     * the six standard areas counted as systemic. Version 1.2 added typed {@code figures} in place of the
     * text {@code details} (older documents' details read as text figures of the verdict's strategy), each
     * reason's {@code basis}, and the verdict's {@code certainty} (the outcome bounds, what would settle the
     * verdict, what would flip it, its margin), absent from verdicts whose certainty is not known (built by
     * hand, or read from an older document); 1.0 and 1.1 documents read without one.
     */
    public static final String SCHEMA_VERSION = "1.2";

    /** The first schema version with policy, indicators, conditions, context and systemic areas. */
    public static final String CHECKS_SINCE = "1.1";

    /** The first schema version with typed figures (in place of text details) and each reason's basis. */
    public static final String FIGURES_SINCE = "1.2";

    /**
     * One typed figure: {@code value} is a number (NUMBER), a string (TEXT, OUTCOME) or an array of
     * strings (NAMES, CRITERIA and AREAS as ids, INSTANTS in ISO-8601).
     */
    public record FigureDoc(@JsonProperty(required = true) String owner,
                            @JsonProperty(required = true) String name,
                            @JsonProperty(required = true) Figure.Kind kind,
                            @JsonProperty(required = true) JsonNode value) {
    }

    /** The evidence policy the engine enforced. */
    public record PolicyDoc(@JsonProperty(required = true) double minimumCoverage) {
    }

    /** A rebuild indicator's check; {@code sign} is a sign id, {@code basis} criterion ids. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IndicatorDoc(@JsonProperty(required = true) String sign,
                               @JsonProperty(required = true) FindingStatus status,
                               @JsonSetter(nulls = Nulls.SKIP) Severity severity,
                               @JsonProperty(required = true) List<String> basis,
                               @JsonProperty(required = true) String text) {
    }

    /** A condition a strategy checked; {@code basis} holds criterion ids. */
    public record ConditionDoc(@JsonProperty(required = true) String id,
                               @JsonProperty(required = true) String statement,
                               @JsonProperty(required = true) CheckStatus status,
                               @JsonProperty(required = true) List<String> basis,
                               @JsonProperty(required = true) String text) {
    }

    /** A strategy's name and version. */
    public record StrategyDoc(@JsonProperty(required = true) String name,
                              @JsonProperty(required = true) String version) {
    }

    /** Decided and applicable criteria. */
    public record CoverageDoc(@JsonProperty(required = true) int decided,
                              @JsonProperty(required = true) int applicable) {
    }

    /** A rule that fired. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReasonDoc(@JsonProperty(required = true) String rule, @JsonProperty(required = true) String text,
                            @JsonSetter(nulls = Nulls.SKIP) List<String> basis) {
    }

    /** A recommended next step. */
    public record NextStepDoc(@JsonProperty(required = true) String action,
                              @JsonProperty(required = true) String title,
                              @JsonProperty(required = true) String detail,
                              @JsonProperty(required = true) List<String> motivatedBy) {
    }

    /** An area's assessment; its findings are criterion ids of the verdict's findings. */
    public record AreaAssessmentDoc(@JsonProperty(required = true) String area,
                                    @JsonProperty(required = true) Health health,
                                    @JsonProperty(required = true) CoverageDoc coverage,
                                    @JsonProperty(required = true) List<String> findings) {
    }

    /** A finding; {@code criterion} is an id of the catalog's criteria. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FindingDoc(@JsonProperty(required = true) String criterion,
                             @JsonProperty(required = true) FindingStatus status,
                             @JsonSetter(nulls = Nulls.SKIP) Severity severity,
                             @JsonSetter(nulls = Nulls.SKIP) EvidenceDoc evidence,
                             @JsonProperty(required = true) String explanation,
                             @JsonProperty(required = true) double excess) {
    }

    /** Every area, sign, topic and criterion the verdict refers to, each once. */
    public record CatalogDoc(@JsonProperty(required = true) List<AreaDoc> areas,
                             @JsonProperty(required = true) List<SignDoc> signs,
                             @JsonProperty(required = true) List<MetricDoc> metrics,
                             @JsonProperty(required = true) List<QuestionDoc> questions,
                             @JsonProperty(required = true) List<CriterionDoc> criteria) {
    }

    /** An area with its descriptions; {@code systemic} is absent only in 1.0 documents. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AreaDoc(@JsonProperty(required = true) String id,
                          @JsonProperty(required = true) String name,
                          @JsonProperty(required = true) boolean foundation,
                          @JsonSetter(nulls = Nulls.SKIP) Boolean systemic,
                          @JsonProperty(required = true) String healthy,
                          @JsonProperty(required = true) String needsAttention) {
    }

    /** A sign; {@code area} is an area id. */
    public record SignDoc(@JsonProperty(required = true) String id,
                          @JsonProperty(required = true) String area,
                          @JsonProperty(required = true) SignKind kind,
                          @JsonProperty(required = true) String title,
                          @JsonProperty(required = true) String looksLike,
                          @JsonProperty(required = true) String impact) {
    }

    /** A metric; {@code area} is an area id. */
    public record MetricDoc(@JsonProperty(required = true) String id,
                            @JsonProperty(required = true) String area,
                            @JsonProperty(required = true) String name,
                            @JsonProperty(required = true) Dimension dimension) {
    }

    /** A question; {@code area} is an area id. */
    public record QuestionDoc(@JsonProperty(required = true) String id,
                              @JsonProperty(required = true) String area,
                              @JsonProperty(required = true) String text,
                              @JsonProperty(required = true) List<String> choices) {
    }

    /** A quantity: a number and its unit. */
    public record QuantityDoc(@JsonProperty(required = true) double value, @JsonProperty(required = true) Unit unit) {
    }

    /** Who or what produced evidence; location and time are optional. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProvenanceDoc(@JsonProperty(required = true) String source,
                                @JsonSetter(nulls = Nulls.SKIP) String location,
                                @JsonSetter(nulls = Nulls.SKIP) Instant observedAt) {
    }

    /** One of the three kinds of criteria, told apart by {@code type}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = ThresholdDoc.class, name = "threshold"),
            @JsonSubTypes.Type(value = AnswerCriterionDoc.class, name = "answer"),
            @JsonSubTypes.Type(value = TrendDoc.class, name = "trend")})
    public sealed interface CriterionDoc permits ThresholdDoc, AnswerCriterionDoc, TrendDoc {
        /** The criterion id. */
        String id();
    }

    /** A threshold criterion; sign and metric are ids. */
    public record ThresholdDoc(@JsonProperty(required = true) String id,
                               @JsonProperty(required = true) String sign,
                               @JsonProperty(required = true) String metric,
                               @JsonProperty(required = true) Direction direction,
                               @JsonProperty(required = true) QuantityDoc warning,
                               @JsonProperty(required = true) QuantityDoc critical) implements CriterionDoc {
    }

    /** An answer criterion; sign and question are ids; severities in the question's choice order. */
    public record AnswerCriterionDoc(@JsonProperty(required = true) String id,
                                     @JsonProperty(required = true) String sign,
                                     @JsonProperty(required = true) String question,
                                     @JsonProperty(required = true) Map<String, Severity> severities)
            implements CriterionDoc {
    }

    /** A trend criterion; sign and metric are ids. */
    public record TrendDoc(@JsonProperty(required = true) String id,
                           @JsonProperty(required = true) String sign,
                           @JsonProperty(required = true) String metric,
                           @JsonProperty(required = true) Direction direction,
                           @JsonProperty(required = true) double warningChange,
                           @JsonProperty(required = true) double criticalChange) implements CriterionDoc {
    }

    /** One of the four kinds of evidence, told apart by {@code type}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = MeasurementDoc.class, name = "measurement"),
            @JsonSubTypes.Type(value = AnswerDoc.class, name = "answer"),
            @JsonSubTypes.Type(value = TimeSeriesDoc.class, name = "timeSeries"),
            @JsonSubTypes.Type(value = NotApplicableDoc.class, name = "notApplicable")})
    public sealed interface EvidenceDoc permits MeasurementDoc, AnswerDoc, TimeSeriesDoc, NotApplicableDoc {
        /** Where the evidence came from. */
        ProvenanceDoc provenance();
    }

    /** A measurement of a metric (by id). */
    public record MeasurementDoc(@JsonProperty(required = true) String metric,
                                 @JsonProperty(required = true) QuantityDoc value,
                                 @JsonProperty(required = true) ProvenanceDoc provenance) implements EvidenceDoc {
    }

    /** An answer to a question (by id). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnswerDoc(@JsonProperty(required = true) String question,
                            @JsonProperty(required = true) String choice,
                            @JsonSetter(nulls = Nulls.SKIP) String note,
                            @JsonProperty(required = true) ProvenanceDoc provenance) implements EvidenceDoc {
    }

    /** A time series of a metric (by id). */
    public record TimeSeriesDoc(@JsonProperty(required = true) String metric,
                                @JsonProperty(required = true) Unit unit,
                                @JsonProperty(required = true) List<PointDoc> points,
                                @JsonProperty(required = true) ProvenanceDoc provenance) implements EvidenceDoc {
    }

    /** One point of a series. */
    public record PointDoc(@JsonProperty(required = true) Instant at, @JsonProperty(required = true) double value) {
    }

    /** A topic that does not apply: exactly one of {@code metric} and {@code question} is given. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NotApplicableDoc(@JsonSetter(nulls = Nulls.SKIP) String metric,
                                   @JsonSetter(nulls = Nulls.SKIP) String question,
                                   @JsonProperty(required = true) String reason,
                                   @JsonProperty(required = true) ProvenanceDoc provenance) implements EvidenceDoc {
    }
}
