package io.github.autodiscover4j.discovery;

import io.github.autodiscover4j.Autoconfig;
import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.AutodiscoverException;
import io.github.autodiscover4j.settings.AccountSettings;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Mozilla autoconfig from one place: {@code autoconfig.D}, D's {@code .well-known} path, or the
 * caller's ISPDB-style directory. An anonymous GET; the plain-{@code http:} twin of the first two
 * only when the caller allowed it and the {@code https:} one gave nothing.
 */
final class AutoconfigFinder implements Finder {
  /** What autoconfig servers are asked to send. */
  static final String ACCEPT = "application/xml, text/xml;q=0.9, */*;q=0.1";

  private final SettingsSource kind;

  AutoconfigFinder(SettingsSource kind) {
    this.kind = kind;
  }

  @Override
  public @Nullable FoundSettings find(Lookup lookup, SourceRun run) throws InterruptedException {
    return switch (kind) {
      case AUTOCONFIG -> fromDomain(lookup, run, autoconfigUrl("https", lookup));
      case WELL_KNOWN -> fromDomain(lookup, run, wellKnownUrl("https", lookup.domain));
      case ISPDB -> {
        URI base = lookup.config.ispdb;
        yield base == null
            ? null
            : fetch(
                lookup,
                run.branch(),
                ispdbUrl(base, lookup.domain),
                CandidateSource.ISPDB,
                TrustDecision.CONFIGURED,
                SettingsSource.ISPDB);
      }
      default -> throw new IllegalStateException(kind + " is not an autoconfig source");
    };
  }

  private @Nullable FoundSettings fromDomain(Lookup lookup, SourceRun run, URI https)
      throws InterruptedException {
    CandidateSource source =
        kind == SettingsSource.AUTOCONFIG
            ? CandidateSource.AUTOCONFIG_HOST
            : CandidateSource.WELL_KNOWN;
    TrustDecision trust =
        lookup.policy.decideAutoconfig(
            lookup.address, https, source, lookup.state.trustedDomains(), false);
    FoundSettings found = fetch(lookup, run.branch(), https, source, trust, kind);
    if (found != null || !lookup.config.plainHttpAutoconfig || run.cancelled()) {
      return found;
    }
    URI http =
        kind == SettingsSource.AUTOCONFIG
            ? autoconfigUrl("http", lookup)
            : wellKnownUrl("http", lookup.domain);
    TrustDecision plain =
        lookup.policy.decideAutoconfig(
            lookup.address, http, source, lookup.state.trustedDomains(), true);
    return fetch(lookup, run.branch(), http, source, plain, kind);
  }

  static URI autoconfigUrl(String scheme, Lookup lookup) {
    return autoconfigHostUrl(scheme, lookup.domain, lookup.address);
  }

  /** {@code scheme://autoconfig.<domain>/mail/config-v1.1.xml?emailaddress=<address>}. */
  static URI autoconfigHostUrl(String scheme, String domain, String address) {
    return URI.create(
        scheme
            + "://autoconfig."
            + domain
            + "/mail/config-v1.1.xml?emailaddress="
            + URLEncoder.encode(address, StandardCharsets.UTF_8));
  }

  static URI wellKnownUrl(String scheme, String domain) {
    return URI.create(scheme + "://" + domain + "/.well-known/autoconfig/mail/config-v1.1.xml");
  }

  /** The directory's entry for a domain: the base URL followed by the domain. */
  static URI ispdbUrl(URI base, String domain) {
    String text = base.toString();
    return URI.create(text + (text.endsWith("/") ? "" : "/") + domain);
  }

  /**
   * Fetches one autoconfig URL and reads it: a document with at least one IMAP, POP3 or SMTP server
   * is an answer.
   *
   * @return the settings, or null (recorded)
   */
  static @Nullable FoundSettings fetch(
      Lookup lookup,
      Branch branch,
      URI url,
      CandidateSource source,
      TrustDecision trust,
      SettingsSource kind)
      throws InterruptedException {
    Gets.Fetched fetched = Gets.get(lookup, branch, url, source, trust, ACCEPT, Gets.ANY);
    if (fetched == null) {
      return null;
    }
    AutoconfigDocument document;
    try {
      document = Autoconfig.parse(fetched.body(), lookup.config.network.parseOptions);
    } catch (AutodiscoverException e) {
      branch.record(
          fetched.step().end(Attempt.Outcome.NOT_AUTODISCOVER, String.valueOf(e.getMessage())));
      return null;
    }
    AccountSettings settings;
    try {
      settings = AccountSettings.of(document, lookup.address);
    } catch (IllegalArgumentException e) {
      branch.record(
          fetched.step().end(Attempt.Outcome.NOT_AUTODISCOVER, String.valueOf(e.getMessage())));
      return null;
    }
    if (settings.isEmpty()) {
      branch.record(
          fetched
              .step()
              .end(Attempt.Outcome.NOT_AUTODISCOVER, "an autoconfig document with no mail server"));
      return null;
    }
    branch.record(fetched.step().end(Attempt.Outcome.SETTINGS, ""));
    return FoundSettings.ofAutoconfig(kind, fetched.url(), fetched.trust(), settings, document);
  }
}
