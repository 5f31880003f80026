/**
 * API: text over BLE serial services such as the Nordic UART Service, free of JavaFX: {@link
 * io.gattscope.stream.uart.LineAssembler} joins notifications into lines, {@link
 * io.gattscope.stream.uart.UartSender} splits text into writes of the link's size and {@link
 * io.gattscope.stream.uart.SerialPlotter} turns numeric lines (Arduino Serial Plotter format) into
 * named channels.
 */
package io.gattscope.stream.uart;
