/**
 * Benchmark tooling, outside the product: {@link org.siptrust.benchmark.CaptureGenerator} writes a
 * large SIP-over-TLS capture and its NSS key log by running real SIP dialogs through Bouncy
 * Castle's TLS 1.2/1.3 implementation in memory, and {@link org.siptrust.benchmark.LoaderTiming}
 * times the capture bundle's reader on it. Everything is deterministic for a given seed so two
 * machines benchmark the same bytes.
 */
package org.siptrust.benchmark;
