package io.github.autodiscover4j;

import io.github.autodiscover4j.autoconfig.PlaceholderProblem;
import io.github.autodiscover4j.autoconfig.Placeholders;
import io.github.autodiscover4j.autoconfig.ServerView;
import io.github.autodiscover4j.internal.Codec;
import io.github.autodiscover4j.model.autoconfig.AutoconfigServer;
import io.github.autodiscover4j.model.autoconfig.ClientConfig;
import io.github.autodiscover4j.model.autoconfig.EmailProvider;
import io.github.autodiscover4j.model.autoconfig.InputField;
import io.github.autodiscover4j.model.autoconfig.OAuth2Config;
import io.github.autodiscover4j.model.autoconfig.ProviderDomain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A parsed Mozilla autoconfig document ({@code clientConfig}, version 1.1 or 1.2), with typed views
 * of its provider and servers. The servers keep the document's order: the first is the provider's
 * preference, the rest are alternatives.
 *
 * <pre>{@code
 * AutoconfigDocument doc = Autoconfig.parse(bytes).filledFor("alice@example.com");
 * ServerView imap = doc.incomingServers().get(0);
 * String user = imap.username().orElse("");          // "alice@example.com", filled
 * boolean implicitTls = imap.socketType() == SocketType.SSL;
 * }</pre>
 *
 * <p>The typed views are computed from the generated model ({@link #root()}), which is mutable like
 * every JAXB model: change it and the views follow. The document itself holds nothing else.
 */
public final class AutoconfigDocument {
  private final ClientConfig root;
  private final List<Problem> problems;

  AutoconfigDocument(ClientConfig root, List<Problem> problems) {
    this.root = root;
    // most documents have none: the shared empty list then, nothing copied
    this.problems =
        problems.isEmpty() ? List.of() : Collections.unmodifiableList(new ArrayList<>(problems));
  }

  /**
   * Wraps a model and what was read leniently on the way: how the reader and the linter build a
   * document.
   *
   * @param root the model
   * @param problems what was read leniently, in document order
   * @return the document
   */
  public static AutoconfigDocument of(ClientConfig root, List<Problem> problems) {
    return new AutoconfigDocument(
        Objects.requireNonNull(root, "root"), Objects.requireNonNull(problems, "problems"));
  }

  /**
   * Wraps a model built or changed in code, so that its typed views can be used.
   *
   * @param root the model
   * @return a document with no reading problems
   */
  public static AutoconfigDocument of(ClientConfig root) {
    return new AutoconfigDocument(Objects.requireNonNull(root, "root"), List.of());
  }

  /**
   * Returns the generated model.
   *
   * @return the root {@code clientConfig}
   */
  public ClientConfig root() {
    return root;
  }

  /**
   * Returns what was read leniently: junk ports, stray text, dropped attributes.
   *
   * @return an unmodifiable list in document order; empty for a clean document
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns the format version the document declares.
   *
   * @return for example {@code 1.1}; empty when the attribute is absent
   */
  public Optional<String> version() {
    return Optional.ofNullable(root.getVersion()).map(String::strip);
  }

  /**
   * Returns the mail provider: the first {@code emailProvider}, the one clients read.
   *
   * @return the provider; empty when the document has none
   */
  public Optional<EmailProvider> emailProvider() {
    return root.getEmailProvider().isEmpty()
        ? Optional.empty()
        : Optional.of(root.getEmailProvider().get(0));
  }

  /**
   * Returns the provider's identifier.
   *
   * @return the {@code id} attribute, trimmed; empty when absent
   */
  public Optional<String> providerId() {
    return emailProvider().map(EmailProvider::getId).map(String::strip);
  }

  /**
   * Returns the provider's mail domains in document order.
   *
   * @return an unmodifiable list of trimmed domains
   */
  public List<String> domains() {
    List<String> domains = new ArrayList<>();
    emailProvider()
        .ifPresent(
            p -> {
              for (ProviderDomain d : p.getDomain()) {
                if (d.getValue() != null && !d.getValue().isBlank()) {
                  domains.add(d.getValue().strip());
                }
              }
            });
    return Collections.unmodifiableList(domains);
  }

  /**
   * Returns the provider's display name.
   *
   * @return the trimmed name; empty when absent
   */
  public Optional<String> displayName() {
    return emailProvider().map(EmailProvider::getDisplayName).map(String::strip);
  }

  /**
   * Returns the incoming servers of the provider in document order: the first is preferred.
   *
   * @return an unmodifiable list, including the URL-based types (jmap, ews, activesync, graph)
   */
  public List<ServerView> incomingServers() {
    return servers(ServerView.Role.INCOMING);
  }

  /**
   * Returns the outgoing servers of the provider in document order: the first is preferred.
   *
   * @return an unmodifiable list
   */
  public List<ServerView> outgoingServers() {
    return servers(ServerView.Role.OUTGOING);
  }

  /**
   * Returns the version 1.2 services beside the provider: calendars, address books, file shares,
   * chat, video conference and setup servers, in that order.
   *
   * @return an unmodifiable list
   */
  public List<ServerView> services() {
    List<ServerView> out = new ArrayList<>();
    services(out, "calendar", root.getCalendar());
    services(out, "addressbook", root.getAddressbook());
    services(out, "fileShare", root.getFileShare());
    services(out, "chatServer", root.getChatServer());
    services(out, "videoConference", root.getVideoConference());
    services(out, "setupServer", root.getSetupServer());
    return Collections.unmodifiableList(out);
  }

  private static void services(List<ServerView> out, String name, List<AutoconfigServer> list) {
    for (int i = 0; i < list.size(); i++) {
      out.add(
          new ServerView(
              ServerView.Role.SERVICE, "clientConfig/" + name + "[" + (i + 1) + "]", list.get(i)));
    }
  }

  private List<ServerView> servers(ServerView.Role role) {
    Optional<EmailProvider> provider = emailProvider();
    if (provider.isEmpty()) {
      return List.of();
    }
    boolean incoming = role == ServerView.Role.INCOMING;
    List<AutoconfigServer> list =
        incoming ? provider.get().getIncomingServer() : provider.get().getOutgoingServer();
    String name = incoming ? "incomingServer" : "outgoingServer";
    List<ServerView> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      out.add(
          new ServerView(
              role, "clientConfig/emailProvider[1]/" + name + "[" + (i + 1) + "]", list.get(i)));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the OAuth2 settings: the document's {@code oAuth2} element, else the provider's.
   *
   * @return the settings; empty when the document has none
   */
  public Optional<OAuth2Config> oAuth2() {
    if (!root.getOAuth2().isEmpty()) {
      return Optional.of(root.getOAuth2().get(0));
    }
    return emailProvider().map(EmailProvider::getOAuth2);
  }

  /**
   * Returns the same document with every placeholder filled for an address ({@code %EMAILADDRESS%},
   * {@code %EMAILLOCALPART%}, {@code %EMAILDOMAIN%}; {@code %REALNAME%} stays).
   *
   * @param emailAddress the user's address, {@code local@domain}
   * @return a new document; this one is unchanged
   * @throws IllegalArgumentException when the address is not of the form local@domain or holds
   *     characters XML cannot carry
   */
  public AutoconfigDocument filledFor(String emailAddress) {
    return filledFor(emailAddress, null);
  }

  /**
   * Returns the same document with every placeholder filled for an address and a name, in every
   * element, attribute and unknown element.
   *
   * @param emailAddress the user's address, {@code local@domain}
   * @param realName the user's name for {@code %REALNAME%}, or null to leave it
   * @return a new document; this one is unchanged
   * @throws IllegalArgumentException when the address is not of the form local@domain or either
   *     value holds characters XML cannot carry
   */
  public AutoconfigDocument filledFor(String emailAddress, @Nullable String realName) {
    String xml = Autoconfig.toXml(this);
    String filled =
        Placeholders.fill(xml, escape(emailAddress), realName == null ? null : escape(realName));
    try {
      Codec.AutoconfigResult result = Codec.readAutoconfig(filled, ParseOptions.defaults(), false);
      return new AutoconfigDocument(result.root, problems);
    } catch (AutodiscoverException e) {
      throw new IllegalArgumentException("the values cannot be written into the document", e);
    }
  }

  private static String escape(String value) {
    return value
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /**
   * Finds what looks like a placeholder but would not be filled ({@code %EMAILADDRESS}, {@code
   * %EMAIL%}, {@code %emailaddress%}) anywhere in the document. {@link Autoconfig#lint(byte[])}
   * reports the same with positions.
   *
   * @return an unmodifiable list in document order; empty when every placeholder is well formed
   */
  public List<PlaceholderProblem> placeholderProblems() {
    return Collections.unmodifiableList(
        Placeholders.problems(Autoconfig.toXml(this), customPlaceholders()));
  }

  /**
   * Returns the names of the placeholders the document declares itself ({@code inputField key}).
   *
   * @return upper-case names, in document order; unmodifiable
   */
  public Set<String> customPlaceholders() {
    Set<String> names = new LinkedHashSet<>();
    emailProvider()
        .ifPresent(
            p -> {
              for (InputField f : p.getInputField()) {
                if (f.getKey() != null && !f.getKey().isBlank()) {
                  names.add(f.getKey().strip().toUpperCase(Locale.ROOT));
                }
              }
            });
    return Collections.unmodifiableSet(names);
  }

  /** Two documents are equal when their models are. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AutoconfigDocument other && root.equals(other.root);
  }

  @Override
  public int hashCode() {
    return root.hashCode();
  }

  /** Returns for example {@code autoconfig example.com: 2 incoming, 1 outgoing}. */
  @Override
  public String toString() {
    return "autoconfig "
        + providerId().orElse("(no provider)")
        + ": "
        + incomingServers().size()
        + " incoming, "
        + outgoingServers().size()
        + " outgoing";
  }
}
