/**
 * Internal: the application's entry point, {@code Main}, which starts the explorer or the command
 * line; not part of the library API.
 */
package io.gattscope;
