package dev.srdi.core.spi;

/** Loading the jurisdictions cannot go on: none was found, or two share an id. */
public final class PluginLoadException extends RuntimeException {
  public PluginLoadException(String message) {
    super(message);
  }
}
