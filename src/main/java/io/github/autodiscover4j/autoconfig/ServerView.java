package io.github.autodiscover4j.autoconfig;

import io.github.autodiscover4j.model.autoconfig.AutoconfigServer;
import io.github.autodiscover4j.model.autoconfig.ServerAuthentication;
import io.github.autodiscover4j.value.IntValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A typed, read-only view of one autoconfig server: its role, type, host, port, socket type, URL,
 * user name and authentication methods, with white space trimmed and values read
 * case-insensitively. The raw model stays available through {@link #model()}.
 */
public final class ServerView {
  /** Where a server appears in the document. */
  public enum Role {
    /** {@code emailProvider/incomingServer}. */
    INCOMING,
    /** {@code emailProvider/outgoingServer}. */
    OUTGOING,
    /** A version 1.2 service beside the provider: calendar, address book, file share, ... */
    SERVICE
  }

  /** The server types that are reached by URL, not by host and port. */
  private static final Set<String> URL_TYPES =
      Set.of(
          "jmap", "ews", "activesync", "graph", "caldav", "carddav", "webdav", "exchange", "http");

  private final Role role;
  private final String path;
  private final AutoconfigServer model;

  /**
   * Creates a view.
   *
   * @param role where the server appears
   * @param path its element path, for example {@code
   *     clientConfig/emailProvider[1]/incomingServer[2]}
   * @param model the server
   */
  public ServerView(Role role, String path, AutoconfigServer model) {
    this.role = Objects.requireNonNull(role, "role");
    this.path = Objects.requireNonNull(path, "path");
    this.model = Objects.requireNonNull(model, "model");
  }

  /**
   * Returns where the server appears.
   *
   * @return its role
   */
  public Role role() {
    return role;
  }

  /**
   * Returns the element path, as lint findings and loss reports name it.
   *
   * @return for example {@code clientConfig/emailProvider[1]/incomingServer[2]}
   */
  public String path() {
    return path;
  }

  /**
   * Returns the generated model object.
   *
   * @return the server as read
   */
  public AutoconfigServer model() {
    return model;
  }

  /**
   * Returns the server type, lower case.
   *
   * @return for example {@code imap}, {@code smtp}, {@code ews}; empty when the attribute is absent
   */
  public String type() {
    return model.getType() == null ? "" : model.getType().strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the type is one reached by URL (jmap, ews, activesync, graph, the legacy exchange, and
   * the DAV services).
   *
   * @return {@code true} for a URL-based type
   */
  public boolean isUrlBased() {
    return URL_TYPES.contains(type()) || (model.getUrl() != null && model.getHostname() == null);
  }

  /**
   * Returns the host name.
   *
   * @return the trimmed host name, may hold a placeholder; empty when absent or blank
   */
  public Optional<String> hostname() {
    return trimmed(model.getHostname());
  }

  /**
   * Returns the port.
   *
   * @return the port when present and valid
   */
  public OptionalInt port() {
    IntValue port = model.getPort();
    return port == null ? OptionalInt.empty() : port.value();
  }

  /**
   * Returns the socket type: the first {@code socketType} a client understands, as Thunderbird
   * takes it.
   *
   * @return the socket type; {@link SocketType#UNKNOWN} when none is present or none is known
   */
  public SocketType socketType() {
    for (String s : model.getSocketType()) {
      SocketType t = SocketType.parse(s);
      if (t != SocketType.UNKNOWN) {
        return t;
      }
    }
    return SocketType.UNKNOWN;
  }

  /**
   * Returns the URL of a URL-based server.
   *
   * @return the trimmed URL; empty when absent
   */
  public Optional<String> url() {
    return trimmed(model.getUrl());
  }

  /**
   * Returns the user name as written: a template such as {@code %EMAILADDRESS%} or a literal.
   *
   * @return the trimmed user name; empty when absent
   */
  public Optional<String> username() {
    return trimmed(model.getUsername());
  }

  /**
   * Returns the user name filled for an address.
   *
   * @param emailAddress the user's address
   * @return the user name with its placeholders filled; empty when absent
   * @throws IllegalArgumentException when the address is not of the form local@domain
   */
  public Optional<String> username(String emailAddress) {
    Placeholders.checkedAt(emailAddress);
    return username().map(u -> Placeholders.fill(u, emailAddress, null));
  }

  /**
   * Returns the authentication methods in the document's order (the first is preferred).
   *
   * @return an unmodifiable list; {@link AutoconfigAuthentication#UNKNOWN} for values neither
   *     Thunderbird nor the draft defines
   */
  public List<AutoconfigAuthentication> authentication() {
    List<AutoconfigAuthentication> methods = new ArrayList<>();
    for (ServerAuthentication a : model.getAuthentication()) {
      methods.add(AutoconfigAuthentication.parse(a.getValue()));
    }
    return Collections.unmodifiableList(methods);
  }

  /**
   * Returns the restrictions (for example {@code client-IP-address}), trimmed.
   *
   * @return an unmodifiable list in document order
   */
  public List<String> restrictions() {
    List<String> out = new ArrayList<>();
    for (String r : model.getRestriction()) {
      if (r != null && !r.isBlank()) {
        out.add(r.strip());
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static Optional<String> trimmed(@Nullable String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }

  /** Returns for example {@code INCOMING imap imap.example.com:993 SSL}. */
  @Override
  public String toString() {
    return role
        + " "
        + type()
        + " "
        + url()
            .orElseGet(
                () ->
                    hostname().orElse("?")
                        + ":"
                        + (port().isPresent() ? String.valueOf(port().getAsInt()) : "?")
                        + " "
                        + socketType());
  }
}
