package io.gattscope.gatt.decode;

/**
 * A numeric value a chart can plot.
 *
 * @param name the channel's name, e.g. {@code "Heart Rate"}
 * @param unit the unit symbol, e.g. {@code "bpm"}; empty when none
 * @param value the value in that unit
 */
public record Channel(String name, String unit, double value) {}
