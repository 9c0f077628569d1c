package io.github.autodiscover4j.autoconfig;

/**
 * Something in a text that looks like a placeholder but is not one a client fills: {@code
 * %EMAILADDRESS} (no closing percent sign), {@code %emailaddress%} (wrong case), {@code %EMAIL%}
 * (no such placeholder).
 *
 * @param found the text as written, for example {@code %EMAIL%}
 * @param suggestion the placeholder probably meant, for example {@code %EMAILADDRESS%}
 * @param reason why it is not filled, as a short sentence
 */
public record PlaceholderProblem(String found, String suggestion, String reason) {}
