package io.github.autodiscover4j;

import io.github.autodiscover4j.model.AutodiscoverRoot;
import io.github.autodiscover4j.model.ErrorElement;
import io.github.autodiscover4j.model.envelope.ProtocolErrorResponse;
import io.github.autodiscover4j.model.envelope.ResponseEnvelope;
import io.github.autodiscover4j.model.mobilesync.MobileSyncAction;
import io.github.autodiscover4j.model.mobilesync.MobileSyncResponse;
import io.github.autodiscover4j.model.mobilesync.request.MobileSyncRequest;
import io.github.autodiscover4j.model.mobilesync.request.MobileSyncRequestEnvelope;
import io.github.autodiscover4j.model.outlook.Account;
import io.github.autodiscover4j.model.outlook.OutlookResponse;
import io.github.autodiscover4j.model.outlook.Protocol;
import io.github.autodiscover4j.model.request.OutlookRequest;
import io.github.autodiscover4j.model.request.OutlookRequestEnvelope;
import io.github.autodiscover4j.value.AccountAction;
import io.github.autodiscover4j.value.ProtocolType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A parsed Autodiscover document: what it is ({@link #kind()}), its model, and what was read
 * leniently.
 *
 * <p>The model is the JAXB tree compiled from the schemas in {@code src/main/resources/xsd}. Each
 * parse builds a fresh tree that belongs to the caller: the library keeps no reference to it, so
 * the caller may read it from any thread and change it (for example before writing it again with
 * {@link Autodiscover#toXml(AutodiscoverDocument)}). The kind and the problems are fixed at parse
 * time; the other views read the tree as it is when called.
 */
public final class AutodiscoverDocument {
  private final AutodiscoverRoot root;
  private final List<Problem> problems;
  private final DocumentKind kind;

  private AutodiscoverDocument(AutodiscoverRoot root, List<Problem> problems) {
    this.root = root;
    // most documents have none: the shared empty list then, nothing copied
    this.problems =
        problems.isEmpty() ? List.of() : Collections.unmodifiableList(new ArrayList<>(problems));
    this.kind = classify();
  }

  /**
   * Wraps a model, for example one built in code, so that the typed views read it: {@code
   * AutodiscoverDocument.of(root, List.of()).kind()}.
   *
   * @param root the root model object
   * @param problems what was read leniently when the model was read; empty for a built model
   * @return the document
   */
  public static AutodiscoverDocument of(AutodiscoverRoot root, List<Problem> problems) {
    return new AutodiscoverDocument(
        java.util.Objects.requireNonNull(root, "root"),
        java.util.Objects.requireNonNull(problems, "problems"));
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
   * Returns the root of the model: a {@link ResponseEnvelope} for any response, an {@link
   * OutlookRequestEnvelope} for an Outlook request, a {@link MobileSyncRequestEnvelope} for a
   * MobileSync request.
   *
   * @return the root model object, never null
   */
  public AutodiscoverRoot root() {
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
  public Optional<OutlookResponse> outlookResponse() {
    return Optional.ofNullable(response(OutlookResponse.class));
  }

  /**
   * Returns the protocol-level error response ({@code Response} in the envelope namespace).
   *
   * @return the response, or empty when the document is something else
   */
  public Optional<ProtocolErrorResponse> protocolErrorResponse() {
    return Optional.ofNullable(response(ProtocolErrorResponse.class));
  }

  /**
   * Returns the ActiveSync (MobileSync) response.
   *
   * @return the response, or empty when the document is something else
   */
  public Optional<MobileSyncResponse> mobileSyncResponse() {
    return Optional.ofNullable(response(MobileSyncResponse.class));
  }

  /**
   * Returns the Outlook request.
   *
   * @return the request, or empty when the document is something else
   */
  public Optional<OutlookRequest> outlookRequest() {
    return root instanceof OutlookRequestEnvelope envelope
        ? Optional.ofNullable(envelope.getRequest())
        : Optional.empty();
  }

  /**
   * Returns the ActiveSync (MobileSync) request.
   *
   * @return the request, or empty when the document is something else
   */
  public Optional<MobileSyncRequest> mobileSyncRequest() {
    return root instanceof MobileSyncRequestEnvelope envelope
        ? Optional.ofNullable(envelope.getRequest())
        : Optional.empty();
  }

  /**
   * Returns every Outlook {@code Account} in document order. Real server templates send several
   * (IMAP in one, SMTP in another); like Microsoft's EWS Managed API, the library reads them all.
   *
   * @return an unmodifiable view, empty when there is none
   */
  public List<Account> accounts() {
    return outlookResponse()
        .map(r -> Collections.unmodifiableList(r.getAccount()))
        .orElse(List.of());
  }

  /**
   * Returns the first Outlook {@code Account}, the one that decides {@link #kind()}.
   *
   * @return the account, or empty when there is none
   */
  public Optional<Account> account() {
    List<Account> accounts = accounts();
    return accounts.isEmpty() ? Optional.empty() : Optional.ofNullable(accounts.get(0));
  }

  /**
   * Returns the {@code Protocol} elements of every account, in document order (not the nested ones
   * inside {@code Internal}/{@code External}). Several may share a type.
   *
   * @return an unmodifiable list, empty when there are none
   */
  public List<Protocol> protocols() {
    List<Account> accounts = accounts();
    if (accounts.size() == 1) {
      return Collections.unmodifiableList(accounts.get(0).getProtocol());
    }
    List<Protocol> all = new ArrayList<>();
    for (Account a : accounts) {
      all.addAll(a.getProtocol());
    }
    return Collections.unmodifiableList(all);
  }

  /**
   * Returns the protocols of one type, matched case-insensitively against {@link
   * Protocol#protocolType()} (the {@code Type} element, else the {@code Type} attribute).
   *
   * @param type for example {@code IMAP}, {@code SMTP}, {@code EXPR} or {@code mapiHttp}
   * @return the matching protocols in document order
   */
  public List<Protocol> protocols(String type) {
    String wanted = type.strip();
    return protocols().stream()
        .filter(p -> wanted.equalsIgnoreCase(p.protocolType().raw().strip()))
        .toList();
  }

  /**
   * Returns the protocols of one type.
   *
   * @param type the protocol type; {@link ProtocolType#UNKNOWN} matches none
   * @return the matching protocols in document order
   */
  public List<Protocol> protocols(ProtocolType type) {
    return type == ProtocolType.UNKNOWN
        ? List.of()
        : protocols().stream().filter(p -> p.protocolType().is(type)).toList();
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
      return mobileSyncResponse()
          .map(MobileSyncResponse::getAction)
          .map(MobileSyncAction::getRedirect)
          .map(String::strip);
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
   * Returns the error, wherever the server placed it: the protocol-level {@code Response/Error},
   * {@code Error} under the Outlook {@code Response} or an {@code Account}, {@code Error} directly
   * under the MobileSync {@code Response} ([MS-ASCMD]'s error example) or under its {@code Action}.
   *
   * @return the error, or empty when the document holds none
   */
  public Optional<AutodiscoverError> error() {
    AutodiscoverError.Placement placement = errorPlacement();
    if (placement == null) {
      return Optional.empty();
    }
    return switch (placement) {
      case PROTOCOL -> error(placement, protocolErrorResponse().orElseThrow().getError(), null);
      case OUTLOOK_RESPONSE -> error(placement, outlookResponse().orElseThrow().getError(), null);
      case ACCOUNT -> {
        ErrorElement inAccount = null;
        for (Account a : outlookResponse().orElseThrow().getAccount()) {
          if (a.getError() != null) {
            inAccount = a.getError();
            break;
          }
        }
        yield error(placement, inAccount, null);
      }
      case MOBILE_SYNC_RESPONSE -> {
        var direct = mobileSyncResponse().orElseThrow().getError();
        yield error(placement, direct, direct == null ? null : direct.getStatus());
      }
      case MOBILE_SYNC -> {
        MobileSyncAction action = mobileSyncResponse().orElseThrow().getAction();
        var inAction = action == null ? null : action.getError();
        yield error(placement, inAction, inAction == null ? null : inAction.getStatus());
      }
    };
  }

  /**
   * Where {@link #error()} finds its error, or null when there is none: the search alone, which
   * {@link #kind()} needs without the error itself.
   */
  private AutodiscoverError.@Nullable Placement errorPlacement() {
    ProtocolErrorResponse protocol = response(ProtocolErrorResponse.class);
    if (protocol != null) {
      return protocol.getError() != null ? AutodiscoverError.Placement.PROTOCOL : null;
    }
    OutlookResponse outlook = response(OutlookResponse.class);
    if (outlook != null) {
      if (outlook.getError() != null) {
        return AutodiscoverError.Placement.OUTLOOK_RESPONSE;
      }
      List<Account> accounts = outlook.getAccount();
      for (int i = 0; i < accounts.size(); i++) {
        if (accounts.get(i).getError() != null) {
          return AutodiscoverError.Placement.ACCOUNT;
        }
      }
      return null;
    }
    MobileSyncResponse mobile = response(MobileSyncResponse.class);
    if (mobile != null) {
      if (mobile.getError() != null) {
        return AutodiscoverError.Placement.MOBILE_SYNC_RESPONSE;
      }
      MobileSyncAction action = mobile.getAction();
      if (action != null && action.getError() != null) {
        return AutodiscoverError.Placement.MOBILE_SYNC;
      }
    }
    return null;
  }

  private static Optional<AutodiscoverError> error(
      AutodiscoverError.Placement placement,
      @Nullable ErrorElement e,
      io.github.autodiscover4j.value.@Nullable IntValue status) {
    return e == null
        ? Optional.empty()
        : Optional.of(
            new AutodiscoverError(
                placement,
                e.getErrorCode(),
                status,
                e.getMessage(),
                e.getDebugData(),
                e.getTime(),
                e.getId()));
  }

  private <T> @Nullable T response(Class<T> type) {
    if (root instanceof ResponseEnvelope envelope) {
      List<Object> content = envelope.getContent();
      // by index: classify() asks for each kind of response, and an iterator apiece adds up
      for (int i = 0; i < content.size(); i++) {
        Object item = content.get(i);
        if (type.isInstance(item)) {
          return type.cast(item);
        }
      }
    }
    return null;
  }

  private DocumentKind classify() {
    if (root instanceof OutlookRequestEnvelope) {
      return DocumentKind.OUTLOOK_REQUEST;
    }
    if (root instanceof MobileSyncRequestEnvelope) {
      return DocumentKind.MOBILE_SYNC_REQUEST;
    }
    AutodiscoverError.Placement error = errorPlacement();
    if (error != null) {
      return error.isMobileSync() ? DocumentKind.MOBILE_SYNC_ERROR : DocumentKind.ERROR;
    }
    MobileSyncResponse mobile = response(MobileSyncResponse.class);
    if (mobile != null) {
      MobileSyncAction action = mobile.getAction();
      if (action != null && action.getSettings() != null) {
        return DocumentKind.MOBILE_SYNC_SETTINGS;
      }
      if (action != null && action.getRedirect() != null) {
        return DocumentKind.MOBILE_SYNC_REDIRECT;
      }
      return DocumentKind.UNKNOWN;
    }
    OutlookResponse outlook = response(OutlookResponse.class);
    List<Account> accounts = outlook == null ? List.of() : outlook.getAccount();
    Account account = accounts.isEmpty() ? null : accounts.get(0);
    if (account == null) {
      return DocumentKind.UNKNOWN;
    }
    // Action decides, read case-insensitively; without a known one, what the account holds does
    // (Microsoft: any value other than settings is a redirect).
    String action = account.getAction();
    switch (action == null ? AccountAction.UNKNOWN : AccountAction.read(action).value()) {
      case SETTINGS -> {
        return DocumentKind.SETTINGS;
      }
      case REDIRECT_ADDR -> {
        return DocumentKind.REDIRECT_ADDRESS;
      }
      case REDIRECT_URL -> {
        return DocumentKind.REDIRECT_URL;
      }
      default -> {
        if (account.getRedirectUrl() != null) {
          return DocumentKind.REDIRECT_URL;
        }
        if (account.getRedirectAddr() != null) {
          return DocumentKind.REDIRECT_ADDRESS;
        }
        return protocols().isEmpty() ? DocumentKind.UNKNOWN : DocumentKind.SETTINGS;
      }
    }
  }

  /**
   * Returns for example {@code SETTINGS: 2 accounts, 5 protocols, 0 problems} or {@code ERROR: 600
   * Invalid Request (PROTOCOL)}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(kind.name());
    Optional<AutodiscoverError> e = error();
    if (e.isPresent()) {
      s.append(": ").append(e.get());
    } else if (kind == DocumentKind.REDIRECT_ADDRESS || kind == DocumentKind.MOBILE_SYNC_REDIRECT) {
      s.append(": ").append(redirectAddress().orElse("?"));
    } else if (kind == DocumentKind.REDIRECT_URL) {
      s.append(": ").append(redirectUrl().orElse("?"));
    } else if (outlookResponse().isPresent()) {
      int accounts = accounts().size();
      s.append(": ")
          .append(accounts)
          .append(accounts == 1 ? " account, " : " accounts, ")
          .append(protocols().size())
          .append(" protocols");
    }
    return s.append(", ").append(problems.size()).append(" problems").toString();
  }
}
