package io.github.autodiscover4j.convert;

import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.AutodiscoverException;
import io.github.autodiscover4j.DocumentKind;
import io.github.autodiscover4j.autoconfig.AutoconfigAuthentication;
import io.github.autodiscover4j.autoconfig.Placeholder;
import io.github.autodiscover4j.autoconfig.Placeholders;
import io.github.autodiscover4j.autoconfig.ServerView;
import io.github.autodiscover4j.autoconfig.SocketType;
import io.github.autodiscover4j.internal.ModelText;
import io.github.autodiscover4j.model.autoconfig.AutoconfigServer;
import io.github.autodiscover4j.model.autoconfig.ClientConfig;
import io.github.autodiscover4j.model.autoconfig.EmailProvider;
import io.github.autodiscover4j.model.autoconfig.ProviderDomain;
import io.github.autodiscover4j.model.autoconfig.ServerAuthentication;
import io.github.autodiscover4j.model.outlook.Account;
import io.github.autodiscover4j.model.outlook.OwaUrl;
import io.github.autodiscover4j.model.outlook.Protocol;
import io.github.autodiscover4j.model.outlook.WebAccess;
import io.github.autodiscover4j.settings.Ports;
import io.github.autodiscover4j.settings.TransportSecurity;
import io.github.autodiscover4j.value.IntValue;
import io.github.autodiscover4j.value.OnOff;
import io.github.autodiscover4j.value.OnOffValue;
import io.github.autodiscover4j.value.ProtocolType;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Converts between POX Autodiscover and Mozilla autoconfig, both ways, at the model level; the
 * README's "Mozilla autoconfig" section has the mapping table. Everything the target cannot carry
 * is named in the result's loss report ({@link Converted#losses()}), never dropped in silence. A
 * round trip through the other format keeps every server, port, transport security and user name.
 *
 * <pre>{@code
 * Converted<AutoconfigDocument> ac = Conversion.toAutoconfig(Autodiscover.parse(pox), "alice@example.com");
 * ac.losses().forEach(System.err::println);         // TTL, ECP, MAPI, ...
 * Converted<AutodiscoverDocument> back = Conversion.toPox(ac.document(), "alice@example.com");
 * }</pre>
 */
public final class Conversion {
  private static final String ACCOUNT = "Autodiscover/Response/Account";

  /** The Protocol elements the host-and-port mapping reads; everything else is reported. */
  private static final Set<String> MAIL_FIELDS =
      Set.of(
          "Type",
          "Server",
          "Port",
          "LoginName",
          "SPA",
          "SSL",
          "Encryption",
          "AuthRequired",
          "SMTPLast",
          "UsePOPAuth");

  private Conversion() {}

  /**
   * Converts a POX document to autoconfig, taking the user's address from the response's {@code
   * AutoDiscoverSMTPAddress} when it has one.
   *
   * @param pox the POX document
   * @return the autoconfig document and the loss report
   */
  public static Converted<AutoconfigDocument> toAutoconfig(AutodiscoverDocument pox) {
    return toAutoconfig(pox, null);
  }

  /**
   * Converts a POX document to autoconfig. IMAP and POP3 become incoming servers, SMTP outgoing
   * servers, in the document's order; the address turns {@code LoginName} back into {@code
   * %EMAILADDRESS%} or {@code %EMAILLOCALPART%} where it is one of them.
   *
   * @param pox the POX document
   * @param emailAddress the address the response was for, or null to use its {@code
   *     AutoDiscoverSMTPAddress}
   * @return the autoconfig document and the loss report
   */
  public static Converted<AutoconfigDocument> toAutoconfig(
      AutodiscoverDocument pox, @Nullable String emailAddress) {
    Objects.requireNonNull(pox, "pox");
    List<ConversionLoss> losses = new ArrayList<>();
    ClientConfig root = new ClientConfig();
    root.setVersion("1.2");
    String address = emailAddress;
    if (address == null) {
      address =
          pox.outlookResponse()
              .map(r -> r.getUser() == null ? null : r.getUser().getAutoDiscoverSMTPAddress())
              .map(String::strip)
              .orElse(null);
    }
    if (pox.kind() == DocumentKind.MOBILE_SYNC_SETTINGS) {
      mobileSync(pox, root, address, losses);
      return new Converted<>(AutoconfigDocument.of(root), losses);
    }
    if (pox.kind() != DocumentKind.SETTINGS || pox.account().isEmpty()) {
      losses.add(
          new ConversionLoss(
              "Autodiscover",
              ConversionLoss.Kind.NOT_CONVERTIBLE,
              "a " + pox.kind() + " document holds no settings; autoconfig has nothing for it."));
      return new Converted<>(AutoconfigDocument.of(root), losses);
    }
    EmailProvider provider = new EmailProvider();
    root.getEmailProvider().add(provider);
    String domain = address != null && address.contains("@") ? domainOf(address) : null;
    if (domain != null) {
      provider.setId(domain);
      ProviderDomain d = new ProviderDomain();
      d.setValue(domain);
      provider.getDomain().add(d);
    }
    String incomingUser = null;
    AutoconfigServer exchange = null;
    List<Account> accounts = pox.accounts();
    for (int a = 0; a < accounts.size(); a++) {
      // real templates put IMAP in one Account and SMTP in another: all are read, in order
      String accountPath = accounts.size() == 1 ? ACCOUNT : ACCOUNT + "[" + (a + 1) + "]";
      reportAccount(accounts.get(a), accountPath, losses);
      List<Protocol> protocols = accounts.get(a).getProtocol();
      for (int i = 0; i < protocols.size(); i++) {
        Protocol p = protocols.get(i);
        String path = accountPath + "/Protocol[" + (i + 1) + "]";
        String type = p.getType() == null ? "" : p.getType().strip().toUpperCase(Locale.ROOT);
        if ("mapiHttp".equalsIgnoreCase(strip(p.getTypeAttribute()))) {
          losses.add(
              new ConversionLoss(
                  path,
                  ConversionLoss.Kind.NO_EQUIVALENT,
                  "MAPI over HTTP settings have no autoconfig equivalent."));
          continue;
        }
        switch (type) {
          case "IMAP", "POP3", "SMTP" -> {
            AutoconfigServer s = mailServer(p, type, path, address, incomingUser, losses);
            if (type.equals("SMTP")) {
              provider.getOutgoingServer().add(s);
            } else {
              provider.getIncomingServer().add(s);
              if (incomingUser == null) {
                incomingUser = s.getUsername();
              }
            }
          }
          case "EXCH", "EXPR", "WEB", "EXHTTP" ->
              exchange = exchange(p, path, provider, exchange, losses);
          default ->
              losses.add(
                  new ConversionLoss(
                      path,
                      ConversionLoss.Kind.NO_EQUIVALENT,
                      "protocol type '" + strip(p.getType()) + "' has no autoconfig equivalent."));
        }
      }
    }
    if (exchange != null) {
      provider.getIncomingServer().add(exchange);
    }
    return new Converted<>(AutoconfigDocument.of(root), losses);
  }

  private static void reportAccount(Account account, String path, List<ConversionLoss> losses) {
    for (String name : ModelText.presentNames(account)) {
      switch (name) {
        case "AccountType", "Action", "Protocol" -> {}
        default -> losses.add(lost(path, name, "has no autoconfig equivalent."));
      }
    }
  }

  private static ConversionLoss lost(String parent, String name, String why) {
    if (name.startsWith("?")) {
      return new ConversionLoss(
          parent + "/" + name.substring(1),
          ConversionLoss.Kind.UNKNOWN_ELEMENT,
          "the unknown element <" + name.substring(1) + "> is not carried across.");
    }
    return new ConversionLoss(
        parent + "/" + name,
        ConversionLoss.Kind.NO_EQUIVALENT,
        (name.startsWith("@") ? "attribute " + name.substring(1) : "<" + name + ">") + " " + why);
  }

  private static AutoconfigServer mailServer(
      Protocol p,
      String type,
      String path,
      @Nullable String address,
      @Nullable String incomingUser,
      List<ConversionLoss> losses) {
    AutoconfigServer s = new AutoconfigServer();
    s.setType(type.toLowerCase(Locale.ROOT));
    s.setHostname(strip(p.getServer()));
    TransportSecurity security = TransportSecurity.of(p);
    IntValue port = p.getPort();
    int portNumber;
    if (port != null && port.isValid()) {
      portNumber = port.value().getAsInt();
    } else {
      portNumber = Ports.conventional(ProtocolType.read(type).value(), security.mode());
      losses.add(
          new ConversionLoss(
              path + "/Port",
              ConversionLoss.Kind.ASSUMED,
              (port == null ? "absent" : "'" + port.raw() + "' is no port")
                  + "; the conventional port "
                  + portNumber
                  + " was written."));
    }
    s.setPort(IntValue.of(portNumber));
    SocketType socket =
        switch (security.mode()) {
          case IMPLICIT_TLS -> SocketType.SSL;
          case STARTTLS -> SocketType.STARTTLS;
          case NONE -> SocketType.PLAIN;
          case AUTO ->
              Set.of(993, 995, 465).contains(portNumber) ? SocketType.SSL : SocketType.STARTTLS;
        };
    if (security.mode() == TransportSecurity.Mode.AUTO) {
      losses.add(
          new ConversionLoss(
              path + "/Encryption",
              ConversionLoss.Kind.NO_EQUIVALENT,
              "Encryption Auto has no socketType; "
                  + socket.token()
                  + " was written for port "
                  + portNumber
                  + "."));
    }
    s.getSocketType().add(socket.token());
    boolean smtp = type.equals("SMTP");
    boolean popAuth = smtp && p.usePopAuth().effective() == OnOff.ON;
    String user;
    if (popAuth && incomingUser != null) {
      user = incomingUser;
      losses.add(
          new ConversionLoss(
              path + "/UsePOPAuth",
              ConversionLoss.Kind.NO_EQUIVALENT,
              "autoconfig has no such flag; the incoming server's user name was written instead."));
    } else {
      user = template(strip(p.getLoginName()), address);
      String domainName = strip(p.getDomainName());
      String login = strip(p.getLoginName());
      if (p.domainRequired().effective() == OnOff.ON
          && domainName != null
          && login != null
          && !login.contains("\\")
          && !login.contains("@")) {
        // the user name POX clients log on with (see MailServer): DOMAIN\LoginName
        user = domainName + "\\" + user;
      }
    }
    boolean authRequired = p.authRequired().effective() == OnOff.ON;
    // no login at all: POX's address fallback only matters when the server asks for one
    s.setUsername(authRequired || strip(p.getLoginName()) != null ? user : null);
    if (smtp && p.smtpLast().effective() == OnOff.ON) {
      s.getAuthentication().add(auth(AutoconfigAuthentication.SMTP_AFTER_POP));
    } else if (!smtp && p.smtpLast().explicit().isPresent()) {
      losses.add(lost(path, "SMTPLast", "on a " + type + " server has no autoconfig equivalent."));
    }
    if (authRequired) {
      s.getAuthentication()
          .add(
              auth(
                  p.spa().effective() == OnOff.ON
                      ? AutoconfigAuthentication.PASSWORD_ENCRYPTED
                      : AutoconfigAuthentication.PASSWORD_CLEARTEXT));
    } else if (s.getAuthentication().isEmpty()) {
      s.getAuthentication().add(auth(AutoconfigAuthentication.NONE));
    }
    for (String name : ModelText.presentNames(p)) {
      if (!MAIL_FIELDS.contains(name)) {
        String why =
            switch (name) {
              case "TTL" -> "has no autoconfig equivalent: autoconfig documents carry no lifetime.";
              case "DomainRequired", "DomainName" ->
                  "has no autoconfig equivalent; the user name carries DOMAIN\\user where it"
                      + " applies.";
              default -> "has no autoconfig equivalent.";
            };
        losses.add(lost(path, name, why));
      }
    }
    return s;
  }

  private static @Nullable AutoconfigServer exchange(
      Protocol p,
      String path,
      EmailProvider provider,
      @Nullable AutoconfigServer legacy,
      List<ConversionLoss> losses) {
    String ews = strip(p.getEwsUrl());
    AutoconfigServer exchange = legacy;
    if (ews != null
        && provider.getIncomingServer().stream().noneMatch(s -> "ews".equals(s.getType()))) {
      AutoconfigServer s = new AutoconfigServer();
      s.setType("ews");
      s.setUrl(ews);
      s.setUsername(Placeholder.EMAILADDRESS.token());
      s.getAuthentication().add(auth(AutoconfigAuthentication.HTTP_BASIC));
      provider.getIncomingServer().add(s);
      exchange = legacy(exchange, ews);
      exchange.setExchangeURL(ews);
      losses.add(
          new ConversionLoss(
              path + "/EwsUrl",
              ConversionLoss.Kind.ASSUMED,
              "POX names no HTTP authentication; http-basic was written for the ews server."));
    }
    String owa = null;
    for (WebAccess web : new WebAccess[] {p.getExternal(), p.getInternal()}) {
      if (web != null && owa == null) {
        for (OwaUrl u : web.getOWAUrl()) {
          if (owa == null && u.getValue() != null && !u.getValue().isBlank()) {
            owa = u.getValue().strip();
          }
        }
      }
    }
    if (owa != null) {
      exchange = legacy(exchange, owa);
      if (exchange.getOwaURL() == null) {
        exchange.setOwaURL(owa);
      }
    }
    for (String name : ModelText.presentNames(p)) {
      switch (name) {
        case "Type", "EwsUrl" -> {}
        case "External", "Internal" -> {
          if (owa == null) {
            losses.add(lost(path, name, "holds no Outlook on the web URL autoconfig can carry."));
          }
        }
        default -> {
          String why =
              name.startsWith("EcpUrl")
                  ? "(Exchange Control Panel) has no autoconfig equivalent."
                  : name.equals("TTL")
                      ? "has no autoconfig equivalent: autoconfig documents carry no lifetime."
                      : "has no autoconfig equivalent.";
          losses.add(lost(path, name, why));
        }
      }
    }
    return exchange;
  }

  /** The one legacy {@code exchange} server Thunderbird reads, created for the first URL seen. */
  private static AutoconfigServer legacy(@Nullable AutoconfigServer exchange, String url) {
    if (exchange != null) {
      return exchange;
    }
    AutoconfigServer s = new AutoconfigServer();
    s.setType("exchange");
    String host = hostOf(url);
    s.setHostname(host);
    s.setPort(IntValue.of(443));
    s.getSocketType().add(SocketType.SSL.token());
    s.setUsername(Placeholder.EMAILADDRESS.token());
    s.getAuthentication().add(auth(AutoconfigAuthentication.PASSWORD_CLEARTEXT));
    return s;
  }

  private static void mobileSync(
      AutodiscoverDocument pox,
      ClientConfig root,
      @Nullable String address,
      List<ConversionLoss> losses) {
    EmailProvider provider = new EmailProvider();
    root.getEmailProvider().add(provider);
    if (address != null && address.contains("@")) {
      provider.setId(domainOf(address));
      ProviderDomain d = new ProviderDomain();
      d.setValue(domainOf(address));
      provider.getDomain().add(d);
    }
    var settings =
        pox.mobileSyncResponse()
            .map(r -> r.getAction())
            .map(action -> action.getSettings())
            .orElse(null);
    if (settings == null) {
      return;
    }
    for (int i = 0; i < settings.getServer().size(); i++) {
      var server = settings.getServer().get(i);
      String path = "Autodiscover/Response/Action/Settings/Server[" + (i + 1) + "]";
      if ("MobileSync".equalsIgnoreCase(strip(server.getType()))
          && strip(server.getUrl()) != null) {
        AutoconfigServer s = new AutoconfigServer();
        s.setType("activesync");
        s.setUrl(strip(server.getUrl()));
        s.setUsername(Placeholder.EMAILADDRESS.token());
        s.getAuthentication().add(auth(AutoconfigAuthentication.HTTP_BASIC));
        provider.getIncomingServer().add(s);
        for (String name : ModelText.presentNames(server)) {
          if (!name.equals("Type") && !name.equals("Url")) {
            losses.add(lost(path, name, "has no autoconfig equivalent."));
          }
        }
      } else {
        losses.add(
            new ConversionLoss(
                path,
                ConversionLoss.Kind.NO_EQUIVALENT,
                "a " + strip(server.getType()) + " server has no autoconfig equivalent."));
      }
    }
  }

  /** LoginName as a template: the address and its local part become placeholders. */
  private static String template(@Nullable String login, @Nullable String address) {
    if (login == null) {
      // POX clients log on with the address when no LoginName is given
      return Placeholder.EMAILADDRESS.token();
    }
    if (address != null) {
      if (login.equalsIgnoreCase(address)) {
        return Placeholder.EMAILADDRESS.token();
      }
      int at = address.lastIndexOf('@');
      if (at > 0 && login.equalsIgnoreCase(address.substring(0, at))) {
        return Placeholder.EMAILLOCALPART.token();
      }
    }
    return login;
  }

  // ---- autoconfig to POX ----

  /**
   * Converts an autoconfig document to POX for one address. Every IMAP, POP3 and SMTP server
   * becomes a {@code Protocol} in the document's order, with the placeholders filled, {@code
   * Encryption} and {@code SSL} both written so that no reader has to guess, and the first
   * authentication method POX can express; the first {@code ews} URL (or the legacy {@code
   * exchange} type's) becomes an {@code EXPR} protocol, an {@code owaURL} a {@code WEB} one.
   *
   * @param autoconfig the autoconfig document
   * @param emailAddress the user's address, {@code local@domain}
   * @return the POX response and the loss report
   * @throws IllegalArgumentException when the address is not of the form local@domain
   */
  public static Converted<AutodiscoverDocument> toPox(
      AutoconfigDocument autoconfig, String emailAddress) {
    Objects.requireNonNull(autoconfig, "autoconfig");
    Placeholders.fill("", emailAddress, null); // checks the address
    List<ConversionLoss> losses = new ArrayList<>();
    io.github.autodiscover4j.model.outlook.OutlookResponse response =
        new io.github.autodiscover4j.model.outlook.OutlookResponse();
    io.github.autodiscover4j.model.outlook.OutlookUser user =
        new io.github.autodiscover4j.model.outlook.OutlookUser();
    user.setAutoDiscoverSMTPAddress(emailAddress);
    response.setUser(user);
    Account account = new Account();
    account.setAccountType("email");
    account.setAction("settings");
    response.getAccount().add(account);
    ClientConfig root = autoconfig.root();
    reportRoot(root, losses);
    String ews = null;
    String owa = null;
    if (autoconfig.emailProvider().isPresent()) {
      EmailProvider provider = autoconfig.emailProvider().get();
      reportProvider(provider, losses);
      for (ServerView s : autoconfig.incomingServers()) {
        String type = s.type();
        switch (type) {
          case "imap", "pop3" -> account.getProtocol().add(protocol(s, emailAddress, losses));
          case "ews" -> {
            if (ews == null && s.url().isPresent()) {
              ews = fill(s.url().get(), emailAddress);
              reportUrlServer(s, losses, Set.of("url", "username", "authentication", "@type"));
            } else {
              losses.add(alternative(s, "a further ews server has no place in POX."));
            }
          }
          case "exchange" -> {
            AutoconfigServer m = s.model();
            if (ews == null && m.getExchangeURL() != null) {
              ews = fill(m.getExchangeURL().strip(), emailAddress);
            }
            if (owa == null && m.getOwaURL() != null) {
              owa = fill(m.getOwaURL().strip(), emailAddress);
            }
            reportUrlServer(
                s,
                losses,
                Set.of(
                    "owaURL",
                    "exchangeURL",
                    "hostname",
                    "port",
                    "socketType",
                    "username",
                    "authentication",
                    "@type"));
          }
          default ->
              losses.add(
                  new ConversionLoss(
                      s.path(),
                      ConversionLoss.Kind.NO_EQUIVALENT,
                      "a "
                          + (type.isEmpty() ? "typeless" : type)
                          + " server has no place in a POX Outlook response"
                          + (type.equals("activesync")
                              ? " (ActiveSync is the MobileSync schema's)."
                              : ".")));
        }
      }
      List<ServerView> outgoing = autoconfig.outgoingServers();
      for (ServerView s : outgoing) {
        if (s.type().equals("smtp")) {
          account.getProtocol().add(protocol(s, emailAddress, losses));
        } else {
          losses.add(
              new ConversionLoss(
                  s.path(),
                  ConversionLoss.Kind.NO_EQUIVALENT,
                  "an outgoing " + s.type() + " server has no place in POX."));
        }
      }
    } else {
      losses.add(
          new ConversionLoss(
              "clientConfig",
              ConversionLoss.Kind.NOT_CONVERTIBLE,
              "there is no emailProvider, so no mail settings to convert."));
    }
    if (ews != null) {
      Protocol expr = new Protocol();
      expr.setType("EXPR");
      expr.setServer(hostOf(ews));
      expr.setEwsUrl(ews);
      expr.setSSL(OnOffValue.of(OnOff.ON));
      account.getProtocol().add(expr);
    }
    if (owa != null) {
      Protocol web = new Protocol();
      web.setType("WEB");
      WebAccess external = new WebAccess();
      OwaUrl url = new OwaUrl();
      url.setValue(owa);
      url.setAuthenticationMethod("Basic");
      external.getOWAUrl().add(url);
      web.setExternal(external);
      account.getProtocol().add(web);
    }
    try {
      return new Converted<>(Autodiscover.parse(Autodiscover.toXml(response)), losses);
    } catch (AutodiscoverException e) {
      throw new IllegalStateException("the converted response does not read back", e);
    }
  }

  private static void reportRoot(ClientConfig root, List<ConversionLoss> losses) {
    for (String name : ModelText.presentNames(root)) {
      if (!name.equals("emailProvider")) {
        losses.add(lost("clientConfig", name, "has no POX equivalent."));
      }
    }
    for (int i = 1; i < root.getEmailProvider().size(); i++) {
      losses.add(
          new ConversionLoss(
              "clientConfig/emailProvider[" + (i + 1) + "]",
              ConversionLoss.Kind.ALTERNATIVE,
              "only the first emailProvider is converted, as clients read only the first."));
    }
  }

  private static void reportProvider(EmailProvider provider, List<ConversionLoss> losses) {
    for (String name : ModelText.presentNames(provider)) {
      if (!name.equals("incomingServer") && !name.equals("outgoingServer")) {
        losses.add(
            lost(
                "clientConfig/emailProvider[1]",
                name,
                "has no POX equivalent: a POX response is for one user, not a provider."));
      }
    }
  }

  private static void reportUrlServer(ServerView s, List<ConversionLoss> losses, Set<String> used) {
    for (String name : ModelText.presentNames(s.model())) {
      if (!used.contains(name)) {
        losses.add(lost(s.path(), name, "has no POX equivalent."));
      }
    }
  }

  private static ConversionLoss alternative(ServerView s, String why) {
    return new ConversionLoss(s.path(), ConversionLoss.Kind.ALTERNATIVE, why);
  }

  private static Protocol protocol(ServerView s, String address, List<ConversionLoss> losses) {
    Protocol p = new Protocol();
    p.setType(s.type().toUpperCase(Locale.ROOT));
    s.hostname().map(h -> fill(h, address)).ifPresent(p::setServer);
    if (s.port().isPresent()) {
      p.setPort(IntValue.of(s.port().getAsInt()));
    } else if (s.model().getPort() != null) {
      losses.add(
          new ConversionLoss(
              s.path() + "/port",
              ConversionLoss.Kind.NO_EQUIVALENT,
              "'" + s.model().getPort().raw() + "' is no port; Port was left out."));
    }
    SocketType socket = s.socketType();
    switch (socket) {
      case SSL -> {
        p.setEncryption("SSL");
        p.setSSL(OnOffValue.of(OnOff.ON));
      }
      case STARTTLS -> {
        p.setEncryption("TLS");
        p.setSSL(OnOffValue.of(OnOff.ON));
      }
      case PLAIN -> {
        p.setEncryption("None");
        p.setSSL(OnOffValue.of(OnOff.OFF));
      }
      case UNKNOWN ->
          losses.add(
              new ConversionLoss(
                  s.path() + "/socketType",
                  ConversionLoss.Kind.NO_EQUIVALENT,
                  "no socketType POX can express; Encryption was left out."));
    }
    List<String> rawSockets = s.model().getSocketType();
    for (int i = 1; i < rawSockets.size(); i++) {
      losses.add(
          new ConversionLoss(
              s.path() + "/socketType[" + (i + 1) + "]",
              ConversionLoss.Kind.ALTERNATIVE,
              "POX holds one Encryption per protocol."));
    }
    s.username().map(u -> fill(u, address)).ifPresent(p::setLoginName);
    boolean chosen = false;
    boolean smtpAfterPop = false;
    List<AutoconfigAuthentication> methods = s.authentication();
    for (int i = 0; i < methods.size(); i++) {
      AutoconfigAuthentication a = methods.get(i);
      String at = s.path() + "/authentication[" + (i + 1) + "]";
      if (a == AutoconfigAuthentication.SMTP_AFTER_POP && !smtpAfterPop) {
        smtpAfterPop = true;
        p.setSMTPLast(OnOffValue.of(OnOff.ON));
        continue;
      }
      if (chosen) {
        losses.add(
            new ConversionLoss(
                at,
                ConversionLoss.Kind.ALTERNATIVE,
                a.token().isEmpty()
                    ? "a further method"
                    : a.token() + " is a further method; POX holds one per protocol."));
        continue;
      }
      switch (a) {
        case PASSWORD_CLEARTEXT -> {
          p.setSPA(OnOffValue.of(OnOff.OFF));
          p.setAuthRequired(OnOffValue.of(OnOff.ON));
          chosen = true;
        }
        case PASSWORD_ENCRYPTED, NTLM -> {
          p.setSPA(OnOffValue.of(OnOff.ON));
          p.setAuthRequired(OnOffValue.of(OnOff.ON));
          chosen = true;
        }
        case NONE, CLIENT_IP_ADDRESS -> {
          p.setAuthRequired(OnOffValue.of(OnOff.OFF));
          chosen = true;
        }
        default ->
            losses.add(
                new ConversionLoss(
                    at,
                    ConversionLoss.Kind.NO_EQUIVALENT,
                    (a == AutoconfigAuthentication.UNKNOWN
                            ? "'" + s.model().getAuthentication().get(i).getValue() + "'"
                            : a.token())
                        + " cannot be expressed in POX (SPA and AuthRequired only)."));
      }
    }
    if (!chosen && smtpAfterPop) {
      p.setAuthRequired(OnOffValue.of(OnOff.OFF));
    }
    for (String name : ModelText.presentNames(s.model())) {
      switch (name) {
        case "@type", "hostname", "port", "socketType", "username", "authentication" -> {}
        case "oAuth2" ->
            losses.add(lost(s.path(), name, "OAuth2 settings have no POX equivalent."));
        case "restriction" ->
            losses.add(
                lost(s.path(), name, "has no POX equivalent: POX cannot say who may relay."));
        case "password" ->
            losses.add(lost(s.path(), name, "is not carried: POX never publishes passwords."));
        default -> losses.add(lost(s.path(), name, "has no POX equivalent."));
      }
    }
    return p;
  }

  private static String fill(String text, String address) {
    return Placeholders.fill(text, address, null);
  }

  private static ServerAuthentication auth(AutoconfigAuthentication method) {
    ServerAuthentication a = new ServerAuthentication();
    a.setValue(method.token());
    return a;
  }

  private static String domainOf(String address) {
    return address.substring(address.lastIndexOf('@') + 1);
  }

  private static @Nullable String hostOf(String url) {
    try {
      return URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static @Nullable String strip(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
