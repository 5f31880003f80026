/** Internal: view models of the explorer's scan list and filters; not part of the library API. */
package io.gattscope.app.scan;
