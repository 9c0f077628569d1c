/**
 * The marker interfaces the generated model classes implement, so that the front door's write
 * methods and {@code AutodiscoverDocument.root()} are typed: {@link
 * io.github.autodiscover4j.model.AutodiscoverRoot} for the three document roots, {@link
 * io.github.autodiscover4j.model.ResponseContent} for the three {@code Response} payloads, {@link
 * io.github.autodiscover4j.model.ErrorElement} for the three {@code Error} elements. The classes
 * themselves are in the sub-packages, one per namespace, generated from the schemas.
 */
@NullMarked
package io.github.autodiscover4j.model;

import org.jspecify.annotations.NullMarked;
