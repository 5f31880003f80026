package io.gattscope.stream;

import java.nio.file.Path;

/**
 * What a finished {@link CsvRecorder} wrote.
 *
 * @param file the CSV file
 * @param rowsWritten data rows in the file (header not counted)
 * @param rowsDropped rows discarded because the queue was full or the recorder was closed
 */
public record RecordingSummary(Path file, long rowsWritten, long rowsDropped) {}
