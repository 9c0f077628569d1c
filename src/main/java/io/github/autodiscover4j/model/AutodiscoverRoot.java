package io.github.autodiscover4j.model;

/**
 * The root {@code Autodiscover} element of a document: {@link
 * io.github.autodiscover4j.model.envelope.ResponseEnvelope} for every response, {@link
 * io.github.autodiscover4j.model.request.OutlookRequestEnvelope} for an Outlook request, {@link
 * io.github.autodiscover4j.model.mobilesync.request.MobileSyncRequestEnvelope} for an ActiveSync
 * request.
 */
public interface AutodiscoverRoot extends AutodiscoverModel {}
