/**
 * Small immutable value types shared by every stage of the analysis pipeline: network endpoints,
 * findings with their RFC clause and evidence, a byte stream that remembers which frame each byte
 * came from, and the progress/cancel callback that long operations take. No dependency on anything
 * else, so every other bundle (and plain Java callers) can use it.
 */
package org.siptrust.core;
