package io.github.autodiscover4j;

import io.github.autodiscover4j.model.outlook.Account;
import io.github.autodiscover4j.model.outlook.Protocol;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A parsed Autodiscover document: what it is ({@link #kind()}), its model, and what was read
 * leniently.
 *
 * <p>The model is the JAXB tree compiled from the schemas in {@code src/main/resources/xsd}. Each
 * parse builds a fresh tree that belongs to the caller: the library keeps no reference to it, so
 * the caller may read it from any thread and change it (for example before writing it again with
 * {@link Autodiscover#toXml(Object)}). The typed views here read the tree as it is when called.
 */
public final class AutodiscoverDocument {
  private final Object root;
  private final List<Problem> problems;
  private final DocumentKind kind;

  AutodiscoverDocument(Object root, List<Problem> problems) {
    this.root = root;
    this.problems = Collections.unmodifiableList(problems);
    this.kind = classify();
  }

  /**
   * Returns what the document is.
   *
   * @return the kind, never null
   */
  public DocumentKind kind() {
    return kind;
  }

  /**
   * Returns the root of the model: a {@link io.github.autodiscover4j.model.envelope.Autodiscover}
   * for any response, a {@link io.github.autodiscover4j.model.request.Autodiscover} for an Outlook
   * request, a {@link io.github.autodiscover4j.model.mobilesync.request.Autodiscover} for a
   * MobileSync request.
   *
   * @return the root model object
   */
  public Object root() {
    return root;
  }

  /**
   * Returns what was read leniently instead of failing: junk numbers, unknown on/off tokens, stray
   * text.
   *
   * @return an unmodifiable list in document order; empty for a clean document
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns the Outlook response (settings, redirect, or account error).
   *
   * @return the response, or empty when the document is something else
   */
  public Optional<io.github.autodiscover4j.model.outlook.Response> outlookResponse() {
    return response(io.github.autodiscover4j.model.outlook.Response.class);
  }

  /**
   * Returns the protocol-level error response ({@code Response} in the envelope namespace).
   *
   * @return the response, or empty when the document is something else
   */
  public Optional<io.github.autodiscover4j.model.envelope.Response> protocolErrorResponse() {
    return response(io.github.autodiscover4j.model.envelope.Response.class);
  }

  /**
   * Returns the ActiveSync (MobileSync) response.
   *
   * @return the response, or empty when the document is something else
   */
  public Optional<io.github.autodiscover4j.model.mobilesync.Response> mobileSyncResponse() {
    return response(io.github.autodiscover4j.model.mobilesync.Response.class);
  }

  /**
   * Returns the Outlook request.
   *
   * @return the request, or empty when the document is something else
   */
  public Optional<io.github.autodiscover4j.model.request.Request> outlookRequest() {
    return root instanceof io.github.autodiscover4j.model.request.Autodiscover autodiscover
        ? Optional.ofNullable(autodiscover.getRequest())
        : Optional.empty();
  }

  /**
   * Returns the ActiveSync (MobileSync) request.
   *
   * @return the request, or empty when the document is something else
   */
  public Optional<io.github.autodiscover4j.model.mobilesync.request.Request> mobileSyncRequest() {
    return root
            instanceof io.github.autodiscover4j.model.mobilesync.request.Autodiscover autodiscover
        ? Optional.ofNullable(autodiscover.getRequest())
        : Optional.empty();
  }

  /**
   * Returns the Outlook {@code Account}.
   *
   * @return the account, or empty when there is none
   */
  public Optional<Account> account() {
    return outlookResponse().map(io.github.autodiscover4j.model.outlook.Response::getAccount);
  }

  /**
   * Returns the account's own {@code Protocol} elements in the server's order (not the nested ones
   * inside {@code Internal}/{@code External}). Several may share a {@code Type}.
   *
   * @return an unmodifiable view, empty when there are none
   */
  public List<Protocol> protocols() {
    return account().map(a -> Collections.unmodifiableList(a.getProtocol())).orElse(List.of());
  }

  /**
   * Returns the account's protocols of one type, matched case-insensitively against the {@code
   * Type} element or, failing that, the {@code Type} attribute ({@code mapiHttp}).
   *
   * @param type for example {@code IMAP}, {@code SMTP}, {@code EXPR} or {@code mapiHttp}
   * @return the matching protocols in the server's order
   */
  public List<Protocol> protocols(String type) {
    return protocols().stream()
        .filter(
            p ->
                type.equalsIgnoreCase(strip(p.getType()))
                    || type.equalsIgnoreCase(strip(p.getTypeAttribute())))
        .toList();
  }

  /**
   * Returns the address to restart Autodiscover with, for {@link DocumentKind#REDIRECT_ADDRESS}
   * (Outlook {@code RedirectAddr}) and {@link DocumentKind#MOBILE_SYNC_REDIRECT} (MobileSync {@code
   * Redirect}).
   *
   * @return the address, or empty when the document is not such a redirect
   */
  public Optional<String> redirectAddress() {
    if (kind == DocumentKind.REDIRECT_ADDRESS) {
      return account().map(Account::getRedirectAddr).map(String::strip);
    }
    if (kind == DocumentKind.MOBILE_SYNC_REDIRECT) {
      return mobileSyncResponse().map(r -> r.getAction().getRedirect()).map(String::strip);
    }
    return Optional.empty();
  }

  /**
   * Returns the URL to send the same request to, for {@link DocumentKind#REDIRECT_URL}. The caller
   * must check it is HTTPS and trusted before sending credentials to it.
   *
   * @return the URL, or empty when the document is not such a redirect
   */
  public Optional<String> redirectUrl() {
    return kind == DocumentKind.REDIRECT_URL
        ? account().map(Account::getRedirectUrl).map(String::strip)
        : Optional.empty();
  }

  /**
   * Returns the error, wherever the server placed it.
   *
   * @return the error, or empty when the document holds none
   */
  public Optional<AutodiscoverError> error() {
    Optional<io.github.autodiscover4j.model.envelope.Response> protocol = protocolErrorResponse();
    if (protocol.isPresent() && protocol.get().getError() != null) {
      io.github.autodiscover4j.model.envelope.Error e = protocol.get().getError();
      return Optional.of(
          new AutodiscoverError(
              AutodiscoverError.Placement.PROTOCOL,
              e.getErrorCode(),
              null,
              e.getMessage(),
              e.getDebugData(),
              e.getTime(),
              e.getId()));
    }
    Optional<io.github.autodiscover4j.model.outlook.Response> outlook = outlookResponse();
    if (outlook.isPresent()) {
      io.github.autodiscover4j.model.outlook.Error e = outlook.get().getError();
      AutodiscoverError.Placement placement = AutodiscoverError.Placement.OUTLOOK_RESPONSE;
      if (e == null && outlook.get().getAccount() != null) {
        e = outlook.get().getAccount().getError();
        placement = AutodiscoverError.Placement.ACCOUNT;
      }
      if (e != null) {
        return Optional.of(
            new AutodiscoverError(
                placement,
                e.getErrorCode(),
                null,
                e.getMessage(),
                e.getDebugData(),
                e.getTime(),
                e.getId()));
      }
    }
    return mobileSyncResponse()
        .map(io.github.autodiscover4j.model.mobilesync.Response::getAction)
        .map(io.github.autodiscover4j.model.mobilesync.Action::getError)
        .map(
            e ->
                new AutodiscoverError(
                    AutodiscoverError.Placement.MOBILE_SYNC,
                    e.getErrorCode(),
                    e.getStatus(),
                    e.getMessage(),
                    e.getDebugData(),
                    null,
                    null));
  }

  private <T> Optional<T> response(Class<T> type) {
    if (root instanceof io.github.autodiscover4j.model.envelope.Autodiscover autodiscover) {
      for (Object item : autodiscover.getContent()) {
        if (type.isInstance(item)) {
          return Optional.of(type.cast(item));
        }
      }
    }
    return Optional.empty();
  }

  private DocumentKind classify() {
    if (root instanceof io.github.autodiscover4j.model.request.Autodiscover) {
      return DocumentKind.OUTLOOK_REQUEST;
    }
    if (root instanceof io.github.autodiscover4j.model.mobilesync.request.Autodiscover) {
      return DocumentKind.MOBILE_SYNC_REQUEST;
    }
    Optional<AutodiscoverError> error = error();
    if (error.isPresent()) {
      return error.get().placement() == AutodiscoverError.Placement.MOBILE_SYNC
          ? DocumentKind.MOBILE_SYNC_ERROR
          : DocumentKind.ERROR;
    }
    Optional<io.github.autodiscover4j.model.mobilesync.Response> mobile = mobileSyncResponse();
    if (mobile.isPresent()) {
      io.github.autodiscover4j.model.mobilesync.Action action = mobile.get().getAction();
      if (action != null && action.getSettings() != null) {
        return DocumentKind.MOBILE_SYNC_SETTINGS;
      }
      if (action != null && action.getRedirect() != null) {
        return DocumentKind.MOBILE_SYNC_REDIRECT;
      }
      return DocumentKind.UNKNOWN;
    }
    Account account = account().orElse(null);
    if (account == null) {
      return DocumentKind.UNKNOWN;
    }
    // Action decides, read case-insensitively; without one, what the account holds does.
    switch (strip(account.getAction()).toLowerCase(Locale.ROOT)) {
      case "settings" -> {
        return DocumentKind.SETTINGS;
      }
      case "redirectaddr" -> {
        return DocumentKind.REDIRECT_ADDRESS;
      }
      case "redirecturl" -> {
        return DocumentKind.REDIRECT_URL;
      }
      default -> {
        if (account.getRedirectUrl() != null) {
          return DocumentKind.REDIRECT_URL;
        }
        if (account.getRedirectAddr() != null) {
          return DocumentKind.REDIRECT_ADDRESS;
        }
        return account.getProtocol().isEmpty() ? DocumentKind.UNKNOWN : DocumentKind.SETTINGS;
      }
    }
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}
