/**
 * Internal: the explorer's JavaFX views, bound to the view models of {@code io.gattscope.app}; not
 * part of the library API.
 */
package io.gattscope.app.view;
