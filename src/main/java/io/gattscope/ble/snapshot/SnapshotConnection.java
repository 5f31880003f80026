package io.gattscope.ble.snapshot;

/**
 * The connection parameters in force when the snapshot was taken (informational).
 *
 * @param intervalMillis the connection interval in milliseconds
 * @param latency the peripheral latency in connection events
 * @param supervisionTimeoutMillis the supervision timeout in milliseconds
 */
public record SnapshotConnection(
    double intervalMillis, int latency, long supervisionTimeoutMillis) {}
