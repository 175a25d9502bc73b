package dev.srdi.core.spi;

import java.util.Objects;

/** A plugin that could not be loaded, and why; the other plugins load regardless. */
public record LoadFailure(String provider, String reason) {
  public LoadFailure {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(reason, "reason");
  }

  public String describe() {
    return provider + ": " + reason;
  }
}
