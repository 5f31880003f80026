/**
 * Internal: the logging set-up of the explorer and the CLI. Not part of the library API; a library
 * user configures logging through their own SLF4J binding.
 */
package io.gattscope.logging;
