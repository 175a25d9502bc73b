package dev.srdi.core.spi;

/** Loading the jurisdictions cannot go on: none was found, or two share an id. */
public final class PluginLoadException extends RuntimeException {
  /**
   * The failure, in words that say what to do.
   *
   * @param message the message
   */
  public PluginLoadException(String message) {
    super(message);
  }
}
