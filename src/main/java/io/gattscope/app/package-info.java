/**
 * Internal: the JavaFX explorer's application class and its start-up preloading; not part of the
 * library API.
 */
package io.gattscope.app;
