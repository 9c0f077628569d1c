package io.github.autodiscover4j.model;

/**
 * A model object the canonical writer can write: a document root ({@link AutodiscoverRoot}) or a
 * bare {@code Response} ({@link ResponseContent}), which is wrapped in the response envelope. Only
 * the generated model classes implement it.
 */
public interface AutodiscoverModel {}
