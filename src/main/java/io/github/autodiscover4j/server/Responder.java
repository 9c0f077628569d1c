package io.github.autodiscover4j.server;

import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.V2Request;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Answers every Autodiscover endpoint from one settings source: POX Autodiscover for Outlook and
 * ActiveSync, Autodiscover v2 and Mozilla autoconfig. It needs no servlet container and no network:
 * give it a {@link ResponderRequest}, get a {@link ResponderAnswer}; {@link ResponderHttpServer}
 * and {@code server.servlet.AutodiscoverServlet} carry it onto HTTP.
 *
 * <pre>{@code
 * Responder responder = Responder.of(Autoconfig.parse(Path.of("example.com.xml")));
 * ResponderAnswer a = responder.answer(ResponderRequest.post("/autodiscover/autodiscover.xml", body));
 * }</pre>
 *
 * <p>The settings source is an autoconfig document: either one template with placeholders whose
 * {@code domain} list says which addresses it answers ({@link #of(AutoconfigDocument)}), or a
 * function from an address to its document, empty for "no such user" ({@link
 * Builder#settings(Function)}). Each answer is that document filled for the address and written in
 * the client's format by the library's own writers:
 *
 * <ul>
 *   <li>{@code POST /autodiscover/autodiscover.xml} (the path in any case): the request is read by
 *       the hardened reader (no DTD, no entities, small limits), and its {@code
 *       AcceptableResponseSchema} alone decides the answer: the Outlook schema gets the account's
 *       IMAP, POP3 and SMTP servers ({@code Encryption} {@code SSL} for implicit TLS, {@code TLS}
 *       for STARTTLS, {@code SMTPLast} only for {@code smtp-after-pop}) and an {@code EXPR}
 *       protocol for an {@code ews} URL; the MobileSync schema gets the {@code activesync} URL. An
 *       unreadable request, a request without an address or without {@code
 *       AcceptableResponseSchema} gets error 600, an unknown schema 601, both in the envelope's
 *       {@code Response}; an unknown address gets error 500, "The e-mail address cannot be found."
 *       (or, with {@link Builder#answerUnknownAddressesWith(AutoconfigDocument)}, an answer made
 *       exactly like a known address's).
 *   <li>{@code GET /autodiscover/autodiscover.json/v1.0/<address>?Protocol=…} and the {@code
 *       ?Email=} form (Autodiscover v2): {@code AutodiscoverV1} answers this server's POX URL for
 *       any address, {@code EWS} and {@code ActiveSync} the account's URLs where it has them; the
 *       rest gets Exchange's error shapes ({@code MandatoryParameterMissing}, {@code
 *       InvalidProtocol}, {@code ProtocolNotSupported}, {@code InvalidUser}).
 *   <li>{@code GET /mail/config-v1.1.xml?emailaddress=…} and {@code
 *       /.well-known/autoconfig/mail/config-v1.1.xml}: the filled document; without {@code
 *       emailaddress}, a template's own text with its placeholders, as a static file would serve
 *       it.
 * </ul>
 *
 * <p>Every answer is made from the request alone: the same request gets the same bytes, and nothing
 * the client sent goes back but through an XML or JSON writer. Bodies over {@link #maxBodyBytes()}
 * get 413 unread. Instances are immutable and thread-safe.
 */
public final class Responder {
  /** The default size limit of a request body: a real Autodiscover request is under 1 KiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 16 << 10;

  /** The longest path or query answered; longer ones get 414. */
  static final int MAX_TARGET = 2048;

  private final Function<String, Optional<AutoconfigDocument>> lookup;
  private final @Nullable AutoconfigDocument template;
  private final @Nullable AutoconfigDocument decoy;
  private final int maxBodyBytes;
  private final PoxEndpoint pox;
  private final AutoconfigEndpoint autoconfig;
  private final V2Endpoint v2;

  private Responder(Builder builder) {
    this.lookup = Objects.requireNonNull(builder.lookup, "settings");
    this.template = builder.template;
    this.decoy = builder.decoy;
    this.maxBodyBytes = builder.maxBodyBytes;
    this.pox = new PoxEndpoint(this);
    this.autoconfig = new AutoconfigEndpoint(this);
    this.v2 = new V2Endpoint(this);
  }

  /**
   * A responder for one template document: it answers the addresses of the domains in the
   * document's {@code domain} list and fills the document's placeholders for each.
   *
   * @param template an autoconfig document, typically with {@code %EMAILADDRESS%} and its kin
   * @return the responder
   * @throws IllegalArgumentException when the document names no domain (only placeholders or none)
   */
  public static Responder of(AutoconfigDocument template) {
    return builder().settings(template).build();
  }

  /**
   * Starts a responder.
   *
   * @return a builder with no settings source yet
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Answers one request.
   *
   * @param request the request
   * @return the answer, never null; a settings source that throws gives error 603 (POX) or 500
   */
  public ResponderAnswer answer(ResponderRequest request) {
    Objects.requireNonNull(request, "request");
    String path = request.path();
    if (path.length() > MAX_TARGET || request.query().map(String::length).orElse(0) > MAX_TARGET) {
      return ResponderAnswer.plain(414, "URI Too Long", "uri too long");
    }
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.equals(PoxEndpoint.PATH)) {
      return pox.answer(request);
    }
    if (AutoconfigEndpoint.PATHS.contains(lower)) {
      return autoconfig.answer(request);
    }
    if (lower.startsWith(V2Request.PATH)) {
      Optional<ResponderAnswer> answer = v2.answer(request);
      if (answer.isPresent()) {
        return answer.get();
      }
    }
    return ResponderAnswer.plain(404, "Not Found", "not found");
  }

  /**
   * Returns the size limit of a request body; adapters read at most one byte more.
   *
   * @return the limit in bytes
   */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /**
   * Returns the domains a template responder answers.
   *
   * @return lower-case domains in the template's order; empty for a function source
   */
  public List<String> domains() {
    return template == null ? List.of() : templateDomains(template);
  }

  /** The template, for an autoconfig query without an address; null for a function source. */
  @Nullable AutoconfigDocument template() {
    return template;
  }

  /**
   * The document for an address, filled, and whether it stands in for an unknown one; empty when
   * the address is unknown and no decoy is set.
   */
  Optional<Settings> settingsFor(String address) {
    Optional<AutoconfigDocument> found = lookup.apply(address);
    if (found.isPresent()) {
      return Optional.of(new Settings(found.get().filledFor(address), false));
    }
    return decoy == null
        ? Optional.empty()
        : Optional.of(new Settings(decoy.filledFor(address), true));
  }

  /** A filled document, and whether it answers an unknown address. */
  record Settings(AutoconfigDocument document, boolean decoy) {}

  private static List<String> templateDomains(AutoconfigDocument template) {
    Set<String> domains = new LinkedHashSet<>();
    for (String d : template.domains()) {
      if (!d.contains("%")) {
        domains.add(d.toLowerCase(Locale.ROOT));
      }
    }
    return List.copyOf(domains);
  }

  /** Builds a {@link Responder}. */
  public static final class Builder {
    private @Nullable Function<String, Optional<AutoconfigDocument>> lookup;
    private @Nullable AutoconfigDocument template;
    private @Nullable AutoconfigDocument decoy;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;

    private Builder() {}

    /**
     * Answers from one template: the addresses of the domains in its {@code domain} list (compared
     * case-insensitively), with its placeholders filled for each. Replaces any earlier source.
     *
     * @param template the autoconfig document
     * @return this builder
     * @throws IllegalArgumentException when the document names no domain (only placeholders or
     *     none)
     */
    public Builder settings(AutoconfigDocument template) {
      Objects.requireNonNull(template, "template");
      List<String> domains = templateDomains(template);
      if (domains.isEmpty()) {
        throw new IllegalArgumentException(
            "the document names no domain to answer for: give its emailProvider a <domain>"
                + " without placeholders");
      }
      Set<String> served = Set.copyOf(domains);
      this.template = template;
      this.lookup =
          address ->
              served.contains(Query.domain(address)) ? Optional.of(template) : Optional.empty();
      return this;
    }

    /**
     * Answers from a function: the address (already checked to be {@code local@domain}) to its
     * autoconfig document, with or without placeholders, or empty for "no such user". The function
     * is called once per request, from the threads that answer; it must be thread-safe. Replaces
     * any earlier source.
     *
     * @param lookup the settings of an address
     * @return this builder
     */
    public Builder settings(Function<String, Optional<AutoconfigDocument>> lookup) {
      this.lookup = Objects.requireNonNull(lookup, "lookup");
      this.template = null;
      return this;
    }

    /**
     * Answers an address the source does not know exactly as a known one, with this document filled
     * for it, so that the endpoint tells nobody which addresses exist (no enumeration oracle).
     * Without it an unknown address gets the documented error (POX 500, 404 for autoconfig).
     *
     * @param decoy the document, typically the same template a known address gets
     * @return this builder
     */
    public Builder answerUnknownAddressesWith(AutoconfigDocument decoy) {
      this.decoy = Objects.requireNonNull(decoy, "decoy");
      return this;
    }

    /**
     * Sets the size limit of a request body.
     *
     * @param bytes the limit, at least 1 KiB and at most 1 MiB
     * @return this builder
     * @throws IllegalArgumentException when out of that range
     */
    public Builder maxBodyBytes(int bytes) {
      if (bytes < 1024 || bytes > (1 << 20)) {
        throw new IllegalArgumentException(
            "maxBodyBytes must be between 1024 and 1048576, was " + bytes);
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /**
     * Builds the responder.
     *
     * @return the responder
     * @throws IllegalStateException when no settings source was given
     */
    public Responder build() {
      if (lookup == null) {
        throw new IllegalStateException("no settings source: call settings(...) first");
      }
      return new Responder(this);
    }
  }
}
