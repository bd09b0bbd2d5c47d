package dev.backendaudit.evidence.project.internal;

import dev.backendaudit.evidence.project.EvidenceSource;
import dev.backendaudit.evidence.project.ProjectFiles;
import dev.backendaudit.evidence.project.ProjectOptions;
import dev.backendaudit.evidence.project.ProjectRecordings;
import dev.backendaudit.evidence.project.SourceReport;
import java.util.Optional;

/**
 * Latency recordings and load tests ({@link ProjectRecordings}): those named in the options, else those
 * the project holds. The detail is a {@link ProjectRecordings.Measured}.
 */
public final class RecordingSource implements EvidenceSource {

    /** The source's name in reports. */
    public static final String NAME = "recordings";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SourceReport collect(ProjectFiles files, ProjectOptions options) {
        ProjectRecordings.Measured measured = options.recordings().measure(Optional.of(files.root()));
        return SourceReport.measured(name(), measured.summary(), measured.unknowns(), measured.evidence(), measured);
    }
}
