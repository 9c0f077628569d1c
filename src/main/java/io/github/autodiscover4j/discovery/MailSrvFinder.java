package io.github.autodiscover4j.discovery;

import io.github.autodiscover4j.settings.AccountSettings;
import io.github.autodiscover4j.settings.MailServer;
import io.github.autodiscover4j.settings.SourceFormat;
import io.github.autodiscover4j.settings.TransportSecurity;
import io.github.autodiscover4j.value.ProtocolType;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * RFC 6186 (with RFC 8314's implicit-TLS services): the mail servers DNS SRV records name. Each
 * service's records in RFC 2782 order, lowest priority first and weighted at random within one (not
 * the inverted or weight-sorted orders of other clients); a target of "." (the service is not
 * offered) and port 0 are dropped. Implicit TLS before STARTTLS (RFC 8314 §5.1). A target outside
 * the user's domain is named only if the trust callback allows it.
 */
final class MailSrvFinder implements Finder {
  /** One service: its name, protocol and security. */
  private record Service(String label, ProtocolType type, TransportSecurity.Mode mode) {}

  private static final List<Service> SERVICES =
      List.of(
          new Service("_imaps._tcp.", ProtocolType.IMAP, TransportSecurity.Mode.IMPLICIT_TLS),
          new Service("_imap._tcp.", ProtocolType.IMAP, TransportSecurity.Mode.STARTTLS),
          new Service("_pop3s._tcp.", ProtocolType.POP3, TransportSecurity.Mode.IMPLICIT_TLS),
          new Service("_submissions._tcp.", ProtocolType.SMTP, TransportSecurity.Mode.IMPLICIT_TLS),
          new Service("_submission._tcp.", ProtocolType.SMTP, TransportSecurity.Mode.STARTTLS));

  @Override
  public @Nullable FoundSettings find(Lookup lookup, SourceRun run) throws InterruptedException {
    Branch branch = run.branch();
    List<MailServer> incoming = new ArrayList<>();
    List<MailServer> outgoing = new ArrayList<>();
    List<ServerOrigin> origins = new ArrayList<>();
    List<ServerOrigin> outgoingOrigins = new ArrayList<>();
    @Nullable URI first = null;
    for (Service service : SERVICES) {
      if (run.cancelled()) {
        return null;
      }
      String name = service.label() + lookup.domain;
      URI dns = URI.create("dns:" + name);
      AttemptRecorder.Step step =
          AttemptRecorder.step(dns, CandidateSource.MAIL_SRV_QUERY, lookup.address).sent("SRV");
      if (!branch.start(new CompletableFuture<Void>(), step)) {
        return null; // registered so that a cancel records the query as cancelled
      }
      SrvLookup.Result result =
          SrvLookup.lookup(
              name,
              lookup.config.network.dnsServers,
              lookup.requestTimeoutNanos(),
              lookup.config.network.executor);
      Attempt.Outcome failure = result.failure();
      if (failure != null) {
        branch.record(step.end(failure, result.detail()));
        continue;
      }
      List<SrvLookup.SrvRecord> usable =
          SrvLookup.order(
              result.records().stream()
                  .filter(r -> r.port() > 0 && r.port() <= 65535 && Hosts.isHostName(r.target()))
                  .toList(),
              lookup.config.network.random);
      if (usable.size() > LookupState.MAX_SRV_TARGETS) {
        usable = usable.subList(0, LookupState.MAX_SRV_TARGETS);
      }
      branch.record(
          step.end(
              usable.isEmpty() ? Attempt.Outcome.NO_RECORDS : Attempt.Outcome.RECORDS,
              usable.isEmpty() ? "" : "in order " + usable));
      for (SrvLookup.SrvRecord record : usable) {
        URI server = URI.create(scheme(service) + "://" + record.target() + ":" + record.port());
        TrustDecision trust =
            lookup.policy.decideNamed(
                lookup.address,
                server,
                CandidateSource.MAIL_SRV_RECORD,
                dns,
                lookup.state.trustedDomains());
        if (trust != TrustDecision.DOMAIN && trust != TrustDecision.ALLOWED) {
          branch.record(
              AttemptRecorder.step(server, CandidateSource.MAIL_SRV_RECORD, lookup.address)
                  .trust(trust)
                  .end(
                      Attempt.Outcome.REFUSED,
                      "outside the user's domain and the trust callback did not allow it"));
          continue;
        }
        MailServer mail =
            MailServer.builder(service.type())
                .host(record.target())
                .port(record.port())
                .security(TransportSecurity.of(service.mode(), TransportSecurity.Source.GIVEN))
                .source(SourceFormat.DNS_SRV)
                .build();
        if (first == null) {
          first = dns;
        }
        ServerOrigin origin = new ServerOrigin(mail, SettingsSource.SRV, dns, trust);
        if (service.type() == ProtocolType.SMTP) {
          outgoing.add(mail);
          outgoingOrigins.add(origin);
        } else {
          incoming.add(mail);
          origins.add(origin);
        }
      }
    }
    if (first == null) {
      return null;
    }
    origins.addAll(outgoingOrigins);
    return FoundSettings.ofRecords(first, AccountSettings.of(incoming, outgoing), origins);
  }

  private static String scheme(Service service) {
    return service.label().substring(1, service.label().indexOf('.'));
  }
}
