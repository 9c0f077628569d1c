package io.github.autodiscover4j.value;

import org.jspecify.annotations.Nullable;

/**
 * The protocol of a {@code Protocol} element: its {@code Type} child, or {@code mapiHttp} from its
 * {@code Type} attribute.
 */
public enum ProtocolType implements Term.Word {
  /** Exchange RPC (MAPI over RPC), inside the organisation. */
  EXCH("EXCH"),
  /** RPC over HTTP through an RPC proxy (Outlook Anywhere). */
  EXPR("EXPR"),
  /** RPC/HTTP, sent when the request asked for ExHttpInfo. */
  EXHTTP("EXHTTP"),
  /** Browser access (Outlook Web App). */
  WEB("WEB"),
  /** MAPI over HTTP ({@code Protocol Type="mapiHttp"}). */
  MAPI_HTTP("mapiHttp"),
  /** POP3 incoming mail. */
  POP3("POP3"),
  /** IMAP incoming mail. */
  IMAP("IMAP"),
  /** SMTP outgoing mail. */
  SMTP("SMTP"),
  /** Any other text; {@link Term#raw()} has it. */
  UNKNOWN(null);

  private final @Nullable String spelling;

  ProtocolType(@Nullable String spelling) {
    this.spelling = spelling;
  }

  @Override
  public @Nullable String spelling() {
    return spelling;
  }

  /**
   * Reads a value case-insensitively; unrecognised text reads as {@link #UNKNOWN} and is kept.
   *
   * @param raw the text as sent
   * @return the term
   */
  public static Term<ProtocolType> read(String raw) {
    return Term.read(values(), UNKNOWN, raw);
  }

  /**
   * Reads the protocol of a {@code Protocol} element the one way every part of the library asks:
   * its {@code Type} child when it has text, else its {@code Type} attribute ({@code mapiHttp}).
   *
   * @param typeElement the {@code Type} child, or null
   * @param typeAttribute the {@code Type} attribute, or null
   * @return the term; {@link #UNKNOWN} with empty raw text when neither is given
   */
  public static Term<ProtocolType> of(
      @Nullable String typeElement, @Nullable String typeAttribute) {
    if (typeElement != null && !typeElement.isBlank()) {
      return read(typeElement);
    }
    return read(typeAttribute == null ? "" : typeAttribute);
  }
}
