/**
 * The reading and writing machinery: decoding, the hardened StAX factory, the lenient reader, the
 * canonical writer and the typed-value adapters the generated model refers to. Not API: it may
 * change in any release.
 */
@NullMarked
package io.github.autodiscover4j.internal;

import org.jspecify.annotations.NullMarked;
