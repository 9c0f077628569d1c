package io.github.autodiscover4j.model;

/**
 * One of the three {@code Response} elements the response envelope may hold: {@link
 * io.github.autodiscover4j.model.outlook.OutlookResponse}, {@link
 * io.github.autodiscover4j.model.envelope.ProtocolErrorResponse} or {@link
 * io.github.autodiscover4j.model.mobilesync.MobileSyncResponse}. Written alone, it is wrapped in
 * the envelope.
 */
public interface ResponseContent extends AutodiscoverModel {}
