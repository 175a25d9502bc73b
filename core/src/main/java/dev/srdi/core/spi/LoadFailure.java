package dev.srdi.core.spi;

import java.util.Objects;

/**
 * A plugin that could not be loaded, and why; the other plugins load regardless.
 *
 * @param provider the plugin's class, or what the service loader named
 * @param reason why it failed
 */
public record LoadFailure(String provider, String reason) {
  /**
   * Rejects a missing value.
   *
   * @param provider the plugin's class
   * @param reason why it failed
   */
  public LoadFailure {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * The failure in one line.
   *
   * @return "provider: reason"
   */
  public String describe() {
    return provider + ": " + reason;
  }
}
