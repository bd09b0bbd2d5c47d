package dev.backendaudit.evidence.latency.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts, as the bytes pass to HdrHistogram's reader, the lines of an interval log that hold data
 * (not comments, the legend or blank lines). HdrHistogram's {@code HistogramLogReader} stops
 * quietly at a line it cannot read; comparing this count with the intervals it returned is how a
 * truncated or corrupt log is caught instead of being half-read.
 */
final class DataLineCounter extends FilterInputStream {

    private long dataLines;
    private boolean atLineStart = true;

    DataLineCounter(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            see(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            see(buffer[offset + i]);
        }
        return n;
    }

    private void see(int b) {
        if (atLineStart) {
            atLineStart = false;
            if (b == '\n') {
                atLineStart = true;
            } else if (b != '#' && b != '"' && b != '\r') {
                dataLines++;
            }
        } else if (b == '\n') {
            atLineStart = true;
        }
    }

    /** Reads what the consumer left unread, so that every line is counted. */
    void drain() throws IOException {
        byte[] buffer = new byte[8192];
        while (read(buffer, 0, buffer.length) >= 0) {
            // counting happens in read
        }
    }

    long dataLines() {
        return dataLines;
    }
}
