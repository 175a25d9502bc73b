/**
 * JSON Lines portfolios, one enterprise a line, however long: read in batches, parsed, validated,
 * evaluated and formatted on a fixed pool of threads, and written in input order, so that memory is
 * bounded by the batches in flight and the output is the same bytes for any number of threads.
 */
package dev.srdi.api.lines;
