/**
 * Internal: helpers of the explorer's view models (commands, error texts, settings, the UI executor
 * and ticker); not part of the library API.
 */
package io.gattscope.app.util;
