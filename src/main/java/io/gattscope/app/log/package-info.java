/**
 * Internal: the explorer's log panel, its entries and the tap that shows protocol traffic; not part
 * of the library API.
 */
package io.gattscope.app.log;
