package io.github.autodiscover4j.settings;

import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.model.mobilesync.MobileSyncServer;
import io.github.autodiscover4j.model.outlook.MapiHttpEndpoint;
import io.github.autodiscover4j.model.outlook.Protocol;
import io.github.autodiscover4j.value.Defaults;
import io.github.autodiscover4j.value.HoursValue;
import io.github.autodiscover4j.value.ProtocolType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The Exchange service URLs of a response: EWS, Offline Address Book, out-of-office, Unified
 * Messaging, the Exchange Control Panel pages, MAPI over HTTP, ActiveSync; the server version; when
 * to ask again.
 *
 * <p>Where several protocols carry a URL, the external one ({@code EXPR}) is preferred, then the
 * others in the server's order, as Microsoft's EWS Managed API does. The EWS URL follows that API's
 * rule exactly ({@link #ewsUrl()}). Immutable view over the document's model.
 */
public final class ExchangeEndpoints {
  private static final Pattern PLACEHOLDER = Pattern.compile("<([A-Za-z][A-Za-z0-9]*)>");

  private final AutodiscoverDocument document;
  private final List<Protocol> byPreference;

  private ExchangeEndpoints(AutodiscoverDocument document) {
    this.document = document;
    List<Protocol> ordered = new ArrayList<>(document.protocols("EXPR"));
    for (Protocol p : document.protocols()) {
      if (!ordered.contains(p)) {
        ordered.add(p);
      }
    }
    this.byPreference = List.copyOf(ordered);
  }

  /**
   * Reads the endpoints of a document.
   *
   * @param document a parsed document
   * @return the endpoints; every value is empty for a document without them
   */
  public static ExchangeEndpoints of(AutodiscoverDocument document) {
    return new ExchangeEndpoints(Objects.requireNonNull(document, "document"));
  }

  private Optional<String> first(Function<Protocol, String> value) {
    for (Protocol p : byPreference) {
      String v = value.apply(p);
      if (v != null && !v.isBlank()) {
        return Optional.of(v.strip());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the Exchange Web Services URL by the rule of Microsoft's EWS Managed API: the first
   * {@code EXPR} protocol's, then {@code EXCH}'s, then {@code EXHTTP}'s; of each, {@code EwsUrl},
   * else {@code ASUrl}. Protocols of other types (IMAP, WEB, a type no client knows) are no EWS
   * endpoint, whatever URLs they carry.
   *
   * @return the URL, or empty
   */
  public Optional<String> ewsUrl() {
    for (ProtocolType type : EWS_ORDER) {
      Optional<String> url = ofType(type, ExchangeEndpoints::ews);
      if (url.isPresent()) {
        return url;
      }
    }
    return Optional.empty();
  }

  private static final List<ProtocolType> EWS_ORDER =
      List.of(ProtocolType.EXPR, ProtocolType.EXCH, ProtocolType.EXHTTP);

  private static @Nullable String ews(Protocol p) {
    String ews = p.getEwsUrl();
    return ews != null && !ews.isBlank() ? ews : p.getASUrl();
  }

  /**
   * Returns the EWS URL for clients inside the organisation ({@code EXCH}: {@code EwsUrl}, else
   * {@code ASUrl}).
   *
   * @return the URL, or empty
   */
  public Optional<String> internalEwsUrl() {
    return ofType(ProtocolType.EXCH, ExchangeEndpoints::ews);
  }

  /**
   * Returns the EWS URL for clients outside the organisation ({@code EXPR}: {@code EwsUrl}, else
   * {@code ASUrl}).
   *
   * @return the URL, or empty
   */
  public Optional<String> externalEwsUrl() {
    return ofType(ProtocolType.EXPR, ExchangeEndpoints::ews);
  }

  private Optional<String> ofType(ProtocolType type, Function<Protocol, @Nullable String> value) {
    return document.protocols(type).stream()
        .map(value)
        .filter(v -> v != null && !v.isBlank())
        .map(String::strip)
        .findFirst();
  }

  /**
   * Returns the Offline Address Book URL ({@code OABUrl}).
   *
   * @return the URL, or empty
   */
  public Optional<String> offlineAddressBookUrl() {
    return first(Protocol::getOABUrl);
  }

  /**
   * Returns the out-of-office service URL ({@code OOFUrl}).
   *
   * @return the URL, or empty
   */
  public Optional<String> outOfOfficeUrl() {
    return first(Protocol::getOOFUrl);
  }

  /**
   * Returns the Unified Messaging service URL ({@code UMUrl}).
   *
   * @return the URL, or empty
   */
  public Optional<String> unifiedMessagingUrl() {
    return first(Protocol::getUMUrl);
  }

  /**
   * Returns the Exchange Control Panel base URL ({@code EcpUrl}).
   *
   * @return the URL, or empty
   */
  public Optional<String> ecpUrl() {
    return first(Protocol::getEcpUrl);
  }

  /**
   * Returns an Exchange Control Panel page: its fragment appended to the {@code EcpUrl} of the same
   * protocol. Placeholders such as {@code <MsgID>} are left in place; fill them with {@link
   * #fillPlaceholders}.
   *
   * @param page the page
   * @return the full URL, or empty when no protocol has both the base and the fragment
   */
  public Optional<String> ecpUrl(EcpPage page) {
    Objects.requireNonNull(page, "page");
    for (Protocol p : byPreference) {
      String base = p.getEcpUrl();
      String fragment = fragment(p, page);
      if (base != null && !base.isBlank() && fragment != null && !fragment.isBlank()) {
        String b = base.strip();
        String f = fragment.strip();
        return Optional.of(b.endsWith("/") && f.startsWith("/") ? b + f.substring(1) : b + f);
      }
    }
    return Optional.empty();
  }

  private static @Nullable String fragment(Protocol p, EcpPage page) {
    return switch (page) {
      case VOICE_MAIL -> p.getEcpUrlUm();
      case AGGREGATION -> p.getEcpUrlAggr();
      case MESSAGE_TRACKING -> p.getEcpUrlMt();
      case RETENTION -> p.getEcpUrlRet();
      case SMS -> p.getEcpUrlSms();
      case PUBLISHING -> p.getEcpUrlPublish();
      case PHOTO -> p.getEcpUrlPhoto();
      case CONNECT -> p.getEcpUrlConnect();
      case SITE_MAILBOXES -> p.getEcpUrlTm();
      case SITE_MAILBOX_CREATING -> p.getEcpUrlTmCreating();
      case SITE_MAILBOX_HIDING -> p.getEcpUrlTmHiding();
      case SITE_MAILBOX_EDITING -> p.getEcpUrlTmEditing();
      case EXTENSIONS -> p.getEcpUrlExtinstall();
      default -> throw new AssertionError(page);
    };
  }

  /**
   * Replaces {@code <Name>} placeholders in an ECP URL with URL-encoded values; placeholders
   * without a value are left as they are.
   *
   * <pre>{@code
   * fillPlaceholders(url, Map.of("IsOWA", "n", "MsgID", "<abc@example.com>"))
   * }</pre>
   *
   * @param url a URL from {@link #ecpUrl(EcpPage)}
   * @param values placeholder name to raw value
   * @return the URL with the placeholders filled
   */
  public static String fillPlaceholders(String url, Map<String, String> values) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(values, "values");
    Matcher m = PLACEHOLDER.matcher(url);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      m.appendReplacement(
          out,
          Matcher.quoteReplacement(
              value == null ? m.group() : URLEncoder.encode(value, StandardCharsets.UTF_8)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private Optional<MapiHttpEndpoint> mapiHttp(Function<Protocol, MapiHttpEndpoint> endpoint) {
    return document.protocols("mapiHttp").stream()
        .map(endpoint)
        .filter(Objects::nonNull)
        .findFirst();
  }

  /**
   * Returns the MAPI/HTTP mailbox URL for clients inside the organisation ({@code
   * MailStore/InternalUrl}).
   *
   * @return the URL, or empty
   */
  public Optional<String> mailStoreInternalUrl() {
    return mapiHttp(Protocol::getMailStore)
        .map(MapiHttpEndpoint::getInternalUrl)
        .map(String::strip);
  }

  /**
   * Returns the MAPI/HTTP mailbox URL for clients outside the organisation ({@code
   * MailStore/ExternalUrl}).
   *
   * @return the URL, or empty
   */
  public Optional<String> mailStoreExternalUrl() {
    return mapiHttp(Protocol::getMailStore)
        .map(MapiHttpEndpoint::getExternalUrl)
        .map(String::strip);
  }

  /**
   * Returns the MAPI/HTTP address book URL for clients inside the organisation.
   *
   * @return the URL, or empty
   */
  public Optional<String> addressBookInternalUrl() {
    return mapiHttp(Protocol::getAddressBook)
        .map(MapiHttpEndpoint::getInternalUrl)
        .map(String::strip);
  }

  /**
   * Returns the MAPI/HTTP address book URL for clients outside the organisation.
   *
   * @return the URL, or empty
   */
  public Optional<String> addressBookExternalUrl() {
    return mapiHttp(Protocol::getAddressBook)
        .map(MapiHttpEndpoint::getExternalUrl)
        .map(String::strip);
  }

  /**
   * Returns the ActiveSync URL of a MobileSync response (the {@code Url} of its {@code MobileSync}
   * server).
   *
   * @return the URL, or empty
   */
  public Optional<String> activeSyncUrl() {
    return document
        .mobileSyncResponse()
        .map(io.github.autodiscover4j.model.mobilesync.MobileSyncResponse::getAction)
        .map(io.github.autodiscover4j.model.mobilesync.MobileSyncAction::getSettings)
        .flatMap(
            s ->
                s.getServer().stream()
                    .filter(server -> "MobileSync".equalsIgnoreCase(strip(server.getType())))
                    .map(MobileSyncServer::getUrl)
                    .filter(Objects::nonNull)
                    .map(String::strip)
                    .findFirst());
  }

  /**
   * Returns the Exchange version from the first {@code EXCH} or {@code EXPR} protocol's {@code
   * ServerVersion}.
   *
   * @return the version, or empty when absent or not hexadecimal
   */
  public Optional<ServerVersion> serverVersion() {
    for (Protocol p : document.protocols()) {
      ProtocolType type = p.protocolType().value();
      if ((type == ProtocolType.EXCH || type == ProtocolType.EXPR)
          && p.getServerVersion() != null) {
        Optional<ServerVersion> v = ServerVersion.decode(p.getServerVersion());
        if (v.isPresent()) {
          return v;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Returns how long the settings stay valid: the smallest valid positive {@code TTL} of the
   * protocols, in hours; one hour when no protocol sends one; empty when every {@code TTL} sent is
   * 0, which means no rediscovery is needed.
   *
   * @return the validity, or empty for "no rediscovery"
   */
  public Optional<Duration> timeToLive() {
    boolean sawZero = false;
    Integer smallest = null;
    for (Protocol p : document.protocols()) {
      HoursValue ttl = p.getTTL();
      if (ttl != null && ttl.isValid()) {
        int hours = ttl.value().getAsInt();
        if (hours == 0) {
          sawZero = true;
        } else if (smallest == null || hours < smallest) {
          smallest = hours;
        }
      }
    }
    if (smallest != null) {
      return Optional.of(Duration.ofHours(smallest));
    }
    return sawZero ? Optional.empty() : Optional.of(Duration.ofHours(Defaults.TTL_HOURS));
  }

  /**
   * Returns when to run Autodiscover again, given when the response was fetched.
   *
   * @param fetchedAt when the response arrived
   * @return the expiry instant, or empty when no rediscovery is needed ({@code TTL} 0)
   */
  public Optional<Instant> expiresAt(Instant fetchedAt) {
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    return timeToLive().map(fetchedAt::plus);
  }

  private static String strip(@Nullable String s) {
    return s == null ? "" : s.strip();
  }
}
