package io.gattscope.ble.bgapi;

import io.gattscope.ble.DroppedData;

/**
 * Counters of what went wrong on the line without stopping the backend.
 *
 * @param droppedBytes bytes skipped while resynchronising, in stale partial frames or in frames
 *     with unregistered keys
 * @param resyncs times the parser lost and found the frame boundary (each a run of bad bytes)
 * @param partialTimeouts partial frames dropped after the inter-byte timeout
 * @param unknownFrames well-formed frames with an unregistered key, skipped whole
 * @param refusedFrames complete frames refused because a confirmed frame started inside them
 * @param unknownConnectionEvents events for connection handles we do not hold, dropped
 * @param malformedMessages frames with a known id whose payload did not decode, dropped
 * @param droppedCallbacks listener callbacks dropped because listeners fell behind
 */
public record BgapiDiagnostics(
    long droppedBytes,
    long resyncs,
    long partialTimeouts,
    long unknownFrames,
    long refusedFrames,
    long unknownConnectionEvents,
    long malformedMessages,
    long droppedCallbacks) {

  /**
   * The same counts in the backend-neutral form of the API.
   *
   * @return dropped bytes; resyncs and unknown frames as dropped frames; unknown-connection events
   *     and malformed messages as dropped events; dropped callbacks
   */
  public DroppedData toDroppedData() {
    return new DroppedData(
        droppedBytes,
        resyncs + unknownFrames,
        unknownConnectionEvents + malformedMessages,
        droppedCallbacks);
  }
}
