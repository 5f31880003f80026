/**
 * Internal: the legacy BlueZ backend, opened through {@link io.gattscope.ble.Backends} as {@code
 * "gatttool"}; not API. The legacy BlueZ backend: drives BlueZ's {@code gatttool -I} (one process
 * per connection, started with an argument list, never a shell or sudo); scans go through BlueZ
 * D-Bus discovery when {@code org.bluez} is reachable, else {@code hcitool lescan}.
 *
 * <p>How the interactive protocol is read: output is cleaned of ANSI colours, carriage returns and
 * readline prompts (which gatttool redraws before and after asynchronous lines), then recognised
 * line by line ({@link io.gattscope.ble.gatttool.OutputParser}). Commands run one at a time per
 * connection; gatttool prints no end marker after list answers ({@code primary}, {@code
 * characteristics}, {@code char-desc}, {@code char-read-uuid}) and nothing after {@code
 * char-write-cmd} or {@code sec-level X}, so those exchanges type a bare {@code sec-level}:
 * gatttool is single-threaded and prints a whole list from one callback, so the synchronous {@code
 * sec-level: ...} reply marks the end. Every {@code Error:} and {@code Command Failed:} line fails
 * the current call at once with a typed exception; a dying process, a GLib "Invalid file
 * descriptor" warning or {@code Command Failed: Disconnected} ends the connection and fails every
 * pending call with {@link io.gattscope.ble.NotConnectedException}. A call that gets no answer in
 * its timeout also ends the session, since a late answer could not be told apart from the next.
 *
 * <p>Long values: {@code char-read-hnd} continues with Read Blob by itself when a value fills the
 * MTU (BlueZ attrib/gatt.c), so plain and long reads are the same command; {@code char-write-req}
 * sends Prepare Write requests plus Execute Write when a value exceeds MTU - 3 bytes, which is what
 * long writes use (gatttool does not check the echoed prepare values, so these are not verified
 * "reliable writes"). {@code char-write-cmd} would truncate, so longer write commands are refused
 * before anything is typed.
 *
 * <p>Not possible with gatttool: RSSI, listing or deleting bonds (BlueZ keeps them), passkey entry
 * (the kernel asks BlueZ's agent). hcitool prints neither RSSI nor address type nor the advertising
 * payload.
 */
package io.gattscope.ble.gatttool;
