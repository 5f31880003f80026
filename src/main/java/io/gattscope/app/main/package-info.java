/**
 * Internal: view models of the explorer's main window (adapter, scan list, tabs, Simulator menu);
 * not part of the library API.
 */
package io.gattscope.app.main;
