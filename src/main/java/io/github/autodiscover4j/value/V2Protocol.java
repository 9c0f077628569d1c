package io.github.autodiscover4j.value;

import org.jspecify.annotations.Nullable;

/**
 * The {@code Protocol} of an Autodiscover v2 request and answer: which service's URL a client asks
 * for ({@code ?Protocol=AutodiscoverV1} for the POX endpoint, {@code EWS}, {@code ActiveSync},
 * {@code Rest}). Servers match it case-insensitively, and so does {@link #read(String)}; Exchange
 * Online knows many more internal service names, which read as {@link #UNKNOWN} with the text kept.
 */
public enum V2Protocol implements Term.Word {
  /** The POX Autodiscover endpoint, {@code …/autodiscover/autodiscover.xml}. */
  AUTODISCOVER_V1("AutodiscoverV1"),
  /** Exchange Web Services, {@code …/EWS/Exchange.asmx}. */
  EWS("EWS"),
  /** Exchange ActiveSync, {@code …/Microsoft-Server-ActiveSync}. */
  ACTIVE_SYNC("ActiveSync"),
  /** The Outlook REST API. */
  REST("Rest"),
  /** Any other name; {@link Term#raw()} has it. */
  UNKNOWN(null);

  private final @Nullable String spelling;

  V2Protocol(@Nullable String spelling) {
    this.spelling = spelling;
  }

  @Override
  public @Nullable String spelling() {
    return spelling;
  }

  /**
   * Reads a protocol name case-insensitively; unrecognised text reads as {@link #UNKNOWN} and is
   * kept.
   *
   * @param raw the text as sent
   * @return the term
   */
  public static Term<V2Protocol> read(String raw) {
    return Term.read(values(), UNKNOWN, raw);
  }
}
