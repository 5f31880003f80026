/**
 * Internal: view models of the explorer's console, a line-based exchange over a characteristic pair
 * such as the Nordic UART Service; not part of the library API.
 */
package io.gattscope.app.console;
