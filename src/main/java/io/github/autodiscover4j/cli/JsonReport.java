package io.github.autodiscover4j.cli;

import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.AutodiscoverError;
import io.github.autodiscover4j.Problem;
import io.github.autodiscover4j.model.outlook.Protocol;
import io.github.autodiscover4j.settings.AccountSettings;
import io.github.autodiscover4j.settings.Advisory;
import io.github.autodiscover4j.settings.EcpPage;
import io.github.autodiscover4j.settings.ExchangeEndpoints;
import io.github.autodiscover4j.settings.MailServer;
import io.github.autodiscover4j.value.HoursValue;
import io.github.autodiscover4j.value.IntValue;
import io.github.autodiscover4j.value.OnOffSetting;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@code --json} shape: one object per file, documented in the README ("JSON output"). Field
 * names and nesting are stable; absent values are {@code null}, never left out, so consumers can
 * rely on every key.
 */
final class JsonReport {
  private JsonReport() {}

  static void write(Json json, String file, AutodiscoverDocument doc) {
    json.beginObject();
    json.field("file", file);
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
    json.name("ttl");
    if (ttl == null) {
      json.value((String) null);
    } else {
      json.beginObject()
          .field("raw", ttl.raw())
          .field("value", ttl.isValid() ? Integer.valueOf(ttl.value().getAsInt()) : null)
          .field("problem", ttl.problem().orElse(null))
          .endObject();
    }
    json.field("ewsUrl", p.getEwsUrl());
    json.field("asUrl", p.getASUrl());
    json.endObject();
  }

  private static void writeInt(Json json, String name, @Nullable IntValue value) {
    json.name(name);
    if (value == null) {
      json.value((String) null);
    } else {
      json.beginObject()
          .field("raw", value.raw())
          .field("value", value.isValid() ? Integer.valueOf(value.value().getAsInt()) : null)
          .field("problem", value.problem().orElse(null))
          .endObject();
    }
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
