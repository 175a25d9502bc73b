package dev.srdi.core.spi;

import dev.srdi.core.policy.JurisdictionId;
import java.util.Objects;
import java.util.Optional;

/**
 * A plugin that could not be loaded, and why; the other plugins load regardless. The id is known when
 * the plugin could be built and could say it; a plugin whose construction failed is named by its
 * provider class only.
 */
public record LoadFailure(Optional<JurisdictionId> id, String provider, String reason) {
  public LoadFailure {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(reason, "reason");
  }

  public LoadFailure(String provider, String reason) {
    this(Optional.empty(), provider, reason);
  }

  public String describe() {
    return id.map(i -> i + " (" + provider + ")").orElse(provider) + ": " + reason;
  }
}
