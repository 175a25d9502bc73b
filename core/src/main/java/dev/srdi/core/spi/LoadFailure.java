package dev.srdi.core.spi;

import dev.srdi.core.policy.JurisdictionId;
import java.util.Objects;
import java.util.Optional;

/**
 * A plugin that could not be loaded, and why; the other plugins load regardless. The id is known when
 * the plugin could be built and could say it; a plugin whose construction failed is named by its
 * provider class only.
 *
 * @param id the plugin's id, where it could be known
 * @param provider the plugin's class, or what the service loader named
 * @param reason why it failed
 */
public record LoadFailure(Optional<JurisdictionId> id, String provider, String reason) {
  /**
   * Rejects a missing value.
   *
   * @param id the plugin's id, where known
   * @param provider the plugin's class
   * @param reason why it failed
   */
  public LoadFailure {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * A failure of a plugin whose id is not known.
   *
   * @param provider the plugin's class
   * @param reason why it failed
   */
  public LoadFailure(String provider, String reason) {
    this(Optional.empty(), provider, reason);
  }

  /**
   * The failure in one line.
   *
   * @return "id (provider): reason", or "provider: reason" when the id is not known
   */
  public String describe() {
    return id.map(i -> i + " (" + provider + ")").orElse(provider) + ": " + reason;
  }
}
