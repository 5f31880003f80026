package io.gattscope.ble.bgapi;

/**
 * Counters of what went wrong on the line without stopping the backend.
 *
 * @param droppedBytes bytes skipped while resynchronising
 * @param resyncs times the parser lost and found the frame boundary
 * @param partialTimeouts partial frames dropped after the inter-byte timeout
 * @param unknownConnectionEvents events for connection handles we do not hold
 * @param malformedMessages frames with a known id whose payload did not decode
 * @param droppedCallbacks listener callbacks dropped because listeners fell behind
 */
public record BgapiDiagnostics(
    long droppedBytes,
    long resyncs,
    long partialTimeouts,
    long unknownConnectionEvents,
    long malformedMessages,
    long droppedCallbacks) {}
