package dev.backendaudit.report.json.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The JSON document of several verdicts of one subject (an audit history), oldest first; each
 * verdict is a whole {@link VerdictDocument}.
 */
@JsonPropertyOrder({"format", "schemaVersion", "verdicts"})
public record HistoryDocument(@JsonProperty(required = true) String format,
                              @JsonProperty(required = true) String schemaVersion,
                              @JsonProperty(required = true) List<VerdictDocument> verdicts) {

    /** The {@code format} of a history document. */
    public static final String FORMAT = "backend-audit-history";
}
