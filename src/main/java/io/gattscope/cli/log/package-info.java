/**
 * Internal: the command line's light SLF4J binding, one stderr line per warning or error when
 * {@code --debug} is off; not part of the library API.
 */
package io.gattscope.cli.log;
