package io.github.autodiscover4j.value;

import org.jspecify.annotations.Nullable;

/** The {@code Action} of an Outlook {@code Account}. */
public enum AccountAction implements Term.Word {
  /** The account's settings are in its {@code Protocol} elements. */
  SETTINGS("settings"),
  /** Restart Autodiscover for {@code RedirectAddr}. */
  REDIRECT_ADDR("redirectAddr"),
  /** Send the same request to {@code RedirectUrl}. */
  REDIRECT_URL("redirectUrl"),
  /** Any other text; {@link Term#raw()} has it. */
  UNKNOWN(null);

  private final @Nullable String spelling;

  AccountAction(@Nullable String spelling) {
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
  public static Term<AccountAction> read(String raw) {
    return Term.read(values(), UNKNOWN, raw);
  }
}
