package io.github.autodiscover4j.cli;

import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.AutodiscoverError;
import io.github.autodiscover4j.Problem;
import io.github.autodiscover4j.lint.Finding;
import io.github.autodiscover4j.model.outlook.Protocol;
import io.github.autodiscover4j.settings.AccountSettings;
import io.github.autodiscover4j.settings.Advisory;
import io.github.autodiscover4j.settings.EcpPage;
import io.github.autodiscover4j.settings.ExchangeEndpoints;
import io.github.autodiscover4j.settings.MailServer;
import io.github.autodiscover4j.value.HoursValue;
import io.github.autodiscover4j.value.IntValue;
import io.github.autodiscover4j.value.OnOffSetting;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The {@code --json} shape: one object per file, documented in the README ("JSON output"). Field
 * names and nesting are stable; absent values are {@code null}, never left out, so consumers can
 * rely on every key.
 */
final class JsonReport {
  /**
   * The version of the {@code --json} shapes, in every entry as {@code formatVersion}: 2 added the
   * field itself and the entries of files that cannot be read (README, "JSON output").
   */
  static final int FORMAT_VERSION = 2;

  private JsonReport() {}

  /**
   * Writes the entry of a file that could not be read: {@code {file, formatVersion, error: {kind,
   * message, line, column}}}, line and column null when unknown (and not repeated in the message).
   */
  static void writeFailure(Json json, String file, Input.Failure failure) {
    json.beginObject();
    json.field("file", file);
    json.field("formatVersion", FORMAT_VERSION);
    json.name("error")
        .beginObject()
        .field("kind", failure.kind())
        .field("message", failure.message().replaceFirst(" \\(line \\d+, column \\d+\\)$", ""))
        .field("line", failure.line() > 0 ? Integer.valueOf(failure.line()) : null)
        .field("column", failure.column() > 0 ? Integer.valueOf(failure.column()) : null)
        .endObject();
    json.endObject();
  }

  /**
   * Writes one file's {@code lint --json} entry: {@code {file, formatVersion, findings: [{rule,
   * severity, path, line, column, message, fix}]}}.
   */
  static void writeFindings(Json json, String file, List<Finding> findings) {
    json.beginObject();
    json.field("file", file);
    json.field("formatVersion", FORMAT_VERSION);
    json.name("findings").beginArray();
    for (Finding f : findings) {
      json.beginObject()
          .field("rule", f.ruleId())
          .field("severity", f.severity().name())
          .field("path", f.path())
          .field("line", f.line() > 0 ? Integer.valueOf(f.line()) : null)
          .field("column", f.column() > 0 ? Integer.valueOf(f.column()) : null)
          .field("message", f.message())
          .field("fix", f.fix())
          .endObject();
    }
    json.endArray();
    json.endObject();
  }

  static void write(Json json, String file, AutodiscoverDocument doc) {
    json.beginObject();
    json.field("file", file);
    json.field("formatVersion", FORMAT_VERSION);
    json.field("format", "pox");
    json.field("kind", doc.kind().name());
    writeUser(json, doc);
    writeRequest(json, doc);
    json.name("protocols").beginArray();
    for (Protocol p : doc.protocols()) {
      writeProtocol(json, p);
    }
    json.endArray();
    writeAccount(json, AccountSettings.of(doc));
    writeExchange(json, ExchangeEndpoints.of(doc));
    json.name("redirect").beginObject();
    json.field("address", doc.redirectAddress().orElse(null));
    json.field("url", doc.redirectUrl().orElse(null));
    json.endObject();
    writeError(json, doc.error());
    json.name("problems").beginArray();
    for (Problem p : doc.problems()) {
      json.beginObject()
          .field("line", p.line())
          .field("column", p.column())
          .field("path", p.path())
          .field("message", p.message())
          .endObject();
    }
    json.endArray();
    json.endObject();
  }

  private static void writeUser(Json json, AutodiscoverDocument doc) {
    json.name("user");
    io.github.autodiscover4j.model.outlook.OutlookUser outlookUser =
        doc.outlookResponse().map(r -> r.getUser()).orElse(null);
    io.github.autodiscover4j.model.mobilesync.MobileSyncUser mobileUser =
        doc.mobileSyncResponse().map(r -> r.getUser()).orElse(null);
    if (outlookUser != null) {
      io.github.autodiscover4j.model.outlook.OutlookUser u = outlookUser;
      json.beginObject()
          .field("displayName", u.getDisplayName())
          .field("emailAddress", u.getAutoDiscoverSMTPAddress())
          .field("legacyDn", u.getLegacyDN())
          .field("deploymentId", u.getDeploymentId())
          .endObject();
    } else if (mobileUser != null) {
      io.github.autodiscover4j.model.mobilesync.MobileSyncUser u = mobileUser;
      json.beginObject()
          .field("displayName", u.getDisplayName())
          .field("emailAddress", u.getEMailAddress())
          .field("legacyDn", (String) null)
          .field("deploymentId", (String) null)
          .endObject();
    } else {
      json.value((String) null);
    }
  }

  private static void writeRequest(Json json, AutodiscoverDocument doc) {
    json.name("request");
    if (doc.outlookRequest().isPresent()) {
      io.github.autodiscover4j.model.request.OutlookRequest r = doc.outlookRequest().get();
      json.beginObject()
          .field("emailAddress", r.getEMailAddress())
          .field("legacyDn", r.getLegacyDN())
          .field("acceptableResponseSchema", r.getAcceptableResponseSchema())
          .endObject();
    } else if (doc.mobileSyncRequest().isPresent()) {
      io.github.autodiscover4j.model.mobilesync.request.MobileSyncRequest r =
          doc.mobileSyncRequest().get();
      json.beginObject()
          .field("emailAddress", r.getEMailAddress())
          .field("legacyDn", (String) null)
          .field("acceptableResponseSchema", r.getAcceptableResponseSchema())
          .endObject();
    } else {
      json.value((String) null);
    }
  }

  private static void writeProtocol(Json json, Protocol p) {
    json.beginObject();
    json.field("type", p.getType());
    json.field("typeAttribute", p.getTypeAttribute());
    json.field("server", p.getServer());
    writeInt(json, "port", p.getPort());
    json.field("loginName", p.getLoginName());
    json.field("domainName", p.getDomainName());
    json.field("encryption", p.getEncryption());
    writeSetting(json, "ssl", p.ssl());
    writeSetting(json, "spa", p.spa());
    writeSetting(json, "authRequired", p.authRequired());
    writeSetting(json, "domainRequired", p.domainRequired());
    writeSetting(json, "usePopAuth", p.usePopAuth());
    writeSetting(json, "smtpLast", p.smtpLast());
    HoursValue ttl = p.getTTL();
    if (ttl == null) {
      json.name("ttl").value((String) null);
    } else {
      writeNumber(json, "ttl", ttl.raw(), ttl.value(), ttl.problem());
    }
    json.field("ewsUrl", p.getEwsUrl());
    json.field("asUrl", p.getASUrl());
    json.endObject();
  }

  private static void writeInt(Json json, String name, @Nullable IntValue value) {
    if (value == null) {
      json.name(name).value((String) null);
    } else {
      writeNumber(json, name, value.raw(), value.value(), value.problem());
    }
  }

  /** A junk-keeping number (port, TTL): {raw, value, problem}. */
  private static void writeNumber(
      Json json, String name, String raw, OptionalInt value, Optional<String> problem) {
    json.name(name)
        .beginObject()
        .field("raw", raw)
        .field("value", value.isPresent() ? Integer.valueOf(value.getAsInt()) : null)
        .field("problem", problem.orElse(null))
        .endObject();
  }

  private static void writeSetting(Json json, String name, OnOffSetting setting) {
    json.name(name)
        .beginObject()
        .field("state", setting.state().name())
        .field("effective", setting.effective().name())
        .field("raw", setting.raw().orElse(null))
        .endObject();
  }

  static void writeAccount(Json json, AccountSettings account) {
    json.name("account").beginObject();
    json.name("incoming").beginArray();
    for (MailServer s : account.incomingServers()) {
      writeServer(json, s);
    }
    json.endArray();
    json.name("outgoing").beginArray();
    for (MailServer s : account.outgoingServers()) {
      writeServer(json, s);
    }
    json.endArray();
    json.endObject();
  }

  private static void writeServer(Json json, MailServer s) {
    json.beginObject()
        .field("type", s.type().raw().strip())
        .field("host", s.host().orElse(null))
        .field("port", s.port())
        .field("portDefaulted", s.isPortDefaulted())
        .name("security")
        .beginObject()
        .field("mode", s.security().mode().name())
        .field("source", s.security().source().name())
        .endObject()
        .field("userName", s.userName().orElse(null))
        .field("userNameSource", s.userNameSource().name())
        .field("securePasswordAuthenticationRequired", s.requiresSecurePasswordAuthentication())
        .field("authenticationRequired", s.requiresAuthentication())
        .field("reusesIncomingCredentials", s.reusesIncomingCredentials())
        .field("mustReceiveBeforeSending", s.mustReceiveBeforeSending())
        .field("sendingAdvice", s.sendingAdvice().name());
    json.name("advisories").beginArray();
    for (Advisory a : s.advisories()) {
      json.value(a.name());
    }
    json.endArray();
    json.endObject();
  }

  private static void writeExchange(Json json, ExchangeEndpoints e) {
    json.name("exchange").beginObject();
    json.field("ewsUrl", e.ewsUrl().orElse(null));
    json.field("internalEwsUrl", e.internalEwsUrl().orElse(null));
    json.field("externalEwsUrl", e.externalEwsUrl().orElse(null));
    json.field("offlineAddressBookUrl", e.offlineAddressBookUrl().orElse(null));
    json.field("outOfOfficeUrl", e.outOfOfficeUrl().orElse(null));
    json.field("unifiedMessagingUrl", e.unifiedMessagingUrl().orElse(null));
    json.field("ecpUrl", e.ecpUrl().orElse(null));
    json.name("ecpPages").beginObject();
    for (EcpPage page : EcpPage.values()) {
      json.field(page.elementName(), e.ecpUrl(page).orElse(null));
    }
    json.endObject();
    json.field("mailStoreInternalUrl", e.mailStoreInternalUrl().orElse(null));
    json.field("mailStoreExternalUrl", e.mailStoreExternalUrl().orElse(null));
    json.field("addressBookInternalUrl", e.addressBookInternalUrl().orElse(null));
    json.field("addressBookExternalUrl", e.addressBookExternalUrl().orElse(null));
    json.field("activeSyncUrl", e.activeSyncUrl().orElse(null));
    json.field("serverVersion", e.serverVersion().map(Object::toString).orElse(null));
    json.field(
        "timeToLiveHours",
        e.timeToLive().map(d -> Integer.valueOf((int) d.toHours())).orElse(null));
    json.endObject();
  }

  private static void writeError(Json json, Optional<AutodiscoverError> error) {
    json.name("error");
    if (error.isEmpty()) {
      json.value((String) null);
      return;
    }
    AutodiscoverError e = error.get();
    json.beginObject()
        .field("placement", e.placement().name())
        .field("code", e.code().isPresent() ? Integer.valueOf(e.code().getAsInt()) : null)
        .field("rawCode", e.rawCode().orElse(null))
        .field("status", e.status().isPresent() ? Integer.valueOf(e.status().getAsInt()) : null)
        .field("message", e.message().orElse(null))
        .field("debugData", e.debugData().orElse(null))
        .field("time", e.time().orElse(null))
        .field("id", e.id().orElse(null))
        .endObject();
  }
}
