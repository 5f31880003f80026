/**
 * Internal: the {@code gattscope} command line (picocli commands, output, benchmarks); not part of
 * the library API.
 */
package io.gattscope.cli;
