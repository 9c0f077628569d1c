package io.github.autodiscover4j.bench;

import com.ctc.wstx.stax.WstxInputFactory;
import com.ctc.wstx.stax.WstxOutputFactory;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;

/**
 * The popular alternative: Jackson XML binding into hand-written POJOs that hold what the library's model
 * holds (every element of the samples, unknown ones kept in a map). Two mappers, configured alike but for
 * their StAX implementation: {@link #MAPPER} on Woodstox, which jackson-dataformat-xml brings in and uses by
 * default (what its users run), and {@link #MAPPER_JDK} on the JDK's StAX. Jackson is told the root type in
 * advance, which the library is not: a head start for the baseline.
 */
public final class JacksonModel {
  static final String RESPONSE_NS = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";
  static final String OUTLOOK_NS = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";
  static final String MOBILE_SYNC_NS =
      "http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006";

  /** One mapper, shared, as Jackson recommends; Woodstox in and out, Jackson XML's default. */
  public static final XmlMapper MAPPER = Mappers.woodstox();

  /** The same mapper on the JDK's StAX in and out. */
  public static final XmlMapper MAPPER_JDK = Mappers.jdk();

  private JacksonModel() {}

  /**
   * Builds the two mappers. A class of its own, so that a fresh JVM (cold.Jackson) can build the Woodstox one
   * without initialising {@link JacksonModel}, which would also build the JDK one (tens of milliseconds).
   */
  public static final class Mappers {
    private Mappers() {}

    /**
     * A new mapper on Woodstox, as {@link JacksonModel#MAPPER}.
     *
     * @return the mapper
     */
    public static XmlMapper woodstox() {
      return mapper(new WstxInputFactory(), new WstxOutputFactory());
    }

    /**
     * A new mapper on the JDK's StAX, as {@link JacksonModel#MAPPER_JDK}.
     *
     * @return the mapper
     */
    public static XmlMapper jdk() {
      return mapper(XMLInputFactory.newDefaultFactory(), XMLOutputFactory.newDefaultFactory());
    }

    private static XmlMapper mapper(XMLInputFactory in, XMLOutputFactory out) {
      in.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      in.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      XmlMapper m = new XmlMapper(new XmlFactory(in, out));
      // Jackson switches namespace repairing on. Woodstox's repairing writer then writes the two xmlns
      // declarations, carried as plain attributes below, as they are: the document the library writes (its
      // non-repairing writer refuses an attribute in no namespace: "Unbound namespace URI ''"), so it stays
      // on, as Jackson's users have it. The JDK's repairing writer instead invents prefixes bound to "" (not
      // even well-formed); off, it writes the same document as Woodstox. Check compares the two writes.
      if (!(out instanceof WstxOutputFactory)) {
        out.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, false);
      }
      m.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
      m.setSerializationInclusion(JsonInclude.Include.NON_NULL);
      // A declaration like the library's; no indentation, which Jackson cannot do on the JDK's writer (it needs
      // Stax2 writeRaw), left off on Woodstox as well: Jackson writes about a fifth fewer bytes, a head start for
      // the baseline.
      m.configure(ToXmlGenerator.Feature.WRITE_XML_DECLARATION, true);
      return m;
    }
  }

  /**
   * Reads a sample for writing with {@link #MAPPER}.
   *
   * @param bytes the document
   * @param name the case
   * @return the POJO tree
   * @throws java.io.IOException when Jackson cannot read it
   * @see #forWriting(XmlMapper, byte[], String)
   */
  public static Object forWriting(byte[] bytes, String name) throws java.io.IOException {
    return forWriting(MAPPER, bytes, name);
  }

  /**
   * Reads a sample for writing: StAX does not report namespace declarations as attributes, so they are set
   * here, as a program building the POJOs would set them.
   *
   * @param mapper {@link #MAPPER} or {@link #MAPPER_JDK}
   * @param bytes the document
   * @param name the case
   * @return the POJO tree
   * @throws java.io.IOException when Jackson cannot read it
   */
  public static Object forWriting(XmlMapper mapper, byte[] bytes, String name) throws java.io.IOException {
    Envelope<?> root = (Envelope<?>) mapper.readValue(bytes, rootType(name));
    root.xmlns = RESPONSE_NS;
    if (root instanceof OutlookAutodiscover) {
      ((OutlookAutodiscover) root).response.xmlns = OUTLOOK_NS;
    } else if (root instanceof MobileSyncAutodiscover) {
      ((MobileSyncAutodiscover) root).response.xmlns = MOBILE_SYNC_NS;
    }
    return root;
  }

  /**
   * The root type a benchmark case binds to.
   *
   * @param name a case of {@link Inputs#sample}, or "protocols"
   * @return the POJO class
   */
  public static Class<?> rootType(String name) {
    switch (name) {
      case "error":
        return EnvelopeAutodiscover.class;
      case "mobilesync":
        return MobileSyncAutodiscover.class;
      default:
        return OutlookAutodiscover.class;
    }
  }

  /** Elements the POJO does not name, kept as Jackson reads them (like the library's unknown elements). */
  public abstract static class Open {
    private final Map<String, Object> other = new LinkedHashMap<>();

    @JsonAnySetter
    void other(String name, Object value) {
      other.put(name, value);
    }

    @JsonAnyGetter
    Map<String, Object> other() {
      return other;
    }
  }

  /**
   * The {@code Autodiscover} envelope around one kind of {@code Response}.
   *
   * @param <R> the response type
   */
  @JacksonXmlRootElement(localName = "Autodiscover")
  public abstract static class Envelope<R> extends Open {
    @JacksonXmlProperty(isAttribute = true, localName = "xmlns")
    public String xmlns;

    @JsonProperty("Response")
    public R response;
  }

  /** The envelope around an Outlook response. */
  public static final class OutlookAutodiscover extends Envelope<OutlookResponse> {}

  /** An Outlook response. */
  public static final class OutlookResponse extends Open {
    @JacksonXmlProperty(isAttribute = true, localName = "xmlns") public String xmlns;
    @JsonProperty("User") public User user;
    @JsonProperty("Account") public Account account;
    @JsonProperty("Error") public Error error;
  }

  /** The user. */
  public static final class User extends Open {
    @JsonProperty("DisplayName") public String displayName;
    @JsonProperty("LegacyDN") public String legacyDn;
    @JsonProperty("AutoDiscoverSMTPAddress") public String autoDiscoverSmtpAddress;
    @JsonProperty("DeploymentId") public String deploymentId;
    @JsonProperty("EMailAddress") public String emailAddress;
  }

  /** The account. */
  public static final class Account extends Open {
    @JsonProperty("AccountType") public String accountType;
    @JsonProperty("Action") public String action;
    @JsonProperty("MicrosoftOnline") public String microsoftOnline;
    @JsonProperty("ServiceHome") public String serviceHome;
    @JsonProperty("RedirectAddr") public String redirectAddr;
    @JsonProperty("RedirectUrl") public String redirectUrl;
    @JsonProperty("Image") public String image;
    @JacksonXmlElementWrapper(useWrapping = false)
    @JsonProperty("Protocol") public List<Protocol> protocol;
  }

  /** A Protocol, with every child the samples use. */
  public static final class Protocol extends Open {
    @JsonProperty("Type") public String type;
    @JsonProperty("Server") public String server;
    @JsonProperty("ServerDN") public String serverDn;
    @JsonProperty("ServerVersion") public String serverVersion;
    @JsonProperty("MdbDN") public String mdbDn;
    @JsonProperty("Port") public Integer port;
    @JsonProperty("LoginName") public String loginName;
    @JsonProperty("DomainRequired") public String domainRequired;
    @JsonProperty("DomainName") public String domainName;
    @JsonProperty("SPA") public String spa;
    @JsonProperty("SSL") public String ssl;
    @JsonProperty("Encryption") public String encryption;
    @JsonProperty("AuthRequired") public String authRequired;
    @JsonProperty("UsePOPAuth") public String usePopAuth;
    @JsonProperty("SMTPLast") public String smtpLast;
    @JsonProperty("AuthPackage") public String authPackage;
    @JsonProperty("CertPrincipalName") public String certPrincipalName;
    @JsonProperty("GroupingInformation") public String groupingInformation;
    @JsonProperty("ServerExclusiveConnect") public String serverExclusiveConnect;
    @JsonProperty("ASUrl") public String asUrl;
    @JsonProperty("EwsUrl") public String ewsUrl;
    @JsonProperty("EmwsUrl") public String emwsUrl;
    @JsonProperty("SharingUrl") public String sharingUrl;
    @JsonProperty("EcpUrl") public String ecpUrl;
    @JsonProperty("EcpUrl-um") public String ecpUrlUm;
    @JsonProperty("EcpUrl-aggr") public String ecpUrlAggr;
    @JsonProperty("EcpUrl-mt") public String ecpUrlMt;
    @JsonProperty("EcpUrl-ret") public String ecpUrlRet;
    @JsonProperty("EcpUrl-sms") public String ecpUrlSms;
    @JsonProperty("EcpUrl-publish") public String ecpUrlPublish;
    @JsonProperty("EcpUrl-photo") public String ecpUrlPhoto;
    @JsonProperty("EcpUrl-connect") public String ecpUrlConnect;
    @JsonProperty("EcpUrl-tm") public String ecpUrlTm;
    @JsonProperty("EcpUrl-tmCreating") public String ecpUrlTmCreating;
    @JsonProperty("EcpUrl-tmEditing") public String ecpUrlTmEditing;
    @JsonProperty("EcpUrl-extinstall") public String ecpUrlExtinstall;
    @JsonProperty("OOFUrl") public String oofUrl;
    @JsonProperty("UMUrl") public String umUrl;
    @JsonProperty("OABUrl") public String oabUrl;
    @JsonProperty("SiteMailboxCreationURL") public String siteMailboxCreationUrl;
    @JsonProperty("ExchangeRpcUrl") public String exchangeRpcUrl;
    @JsonProperty("PublicFolderServer") public String publicFolderServer;
    @JsonProperty("AD") public String ad;
    @JsonProperty("EwsPartnerUrl") public String ewsPartnerUrl;
    @JsonProperty("TTL") public Integer ttl;
    @JsonProperty("Internal") public WebAccess internal;
    @JsonProperty("External") public WebAccess external;
    @JsonProperty("MailStore") public Endpoint mailStore;
    @JsonProperty("AddressBook") public Endpoint addressBook;
  }

  /** Internal or External. */
  public static final class WebAccess extends Open {
    @JacksonXmlElementWrapper(useWrapping = false)
    @JsonProperty("OWAUrl") public List<OwaUrl> owaUrl;
    @JacksonXmlElementWrapper(useWrapping = false)
    @JsonProperty("Protocol") public List<Protocol> protocol;
  }

  /** An OWA URL with its authentication method. */
  public static final class OwaUrl {
    @JacksonXmlProperty(isAttribute = true, localName = "AuthenticationMethod") public String authenticationMethod;
    @JacksonXmlText public String value;
  }

  /** MAPI/HTTP MailStore or AddressBook. */
  public static final class Endpoint extends Open {
    @JsonProperty("InternalUrl") public String internalUrl;
    @JsonProperty("ExternalUrl") public String externalUrl;
  }

  /** An error, in any namespace. */
  public static final class Error extends Open {
    @JacksonXmlProperty(isAttribute = true, localName = "Time") public String time;
    @JacksonXmlProperty(isAttribute = true, localName = "Id") public String id;
    @JsonProperty("ErrorCode") public Integer errorCode;
    @JsonProperty("Message") public String message;
    @JsonProperty("DebugData") public String debugData;
  }

  /** The envelope around an envelope-level error response. */
  public static final class EnvelopeAutodiscover extends Envelope<EnvelopeResponse> {}

  /** The envelope's own Response. */
  public static final class EnvelopeResponse extends Open {
    @JsonProperty("Error") public Error error;
  }

  /** The envelope around a MobileSync response. */
  public static final class MobileSyncAutodiscover extends Envelope<MobileSyncResponse> {}

  /** A MobileSync response. */
  public static final class MobileSyncResponse extends Open {
    @JacksonXmlProperty(isAttribute = true, localName = "xmlns") public String xmlns;
    @JsonProperty("Culture") public String culture;
    @JsonProperty("User") public User user;
    @JsonProperty("Action") public MobileSyncAction action;
  }

  /** A MobileSync action. */
  public static final class MobileSyncAction extends Open {
    @JsonProperty("Redirect") public String redirect;
    @JsonProperty("Settings") public MobileSyncSettings settings;
    @JsonProperty("Error") public Error error;
  }

  /** MobileSync settings. */
  public static final class MobileSyncSettings extends Open {
    @JacksonXmlElementWrapper(useWrapping = false)
    @JsonProperty("Server") public List<MobileSyncServer> server;
  }

  /** A MobileSync server. */
  public static final class MobileSyncServer extends Open {
    @JsonProperty("Type") public String type;
    @JsonProperty("Url") public String url;
    @JsonProperty("Name") public String name;
    @JsonProperty("ServerData") public String serverData;
  }
}
