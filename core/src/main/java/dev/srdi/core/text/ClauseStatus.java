package dev.srdi.core.text;

/** How far the plugin encodes a clause. */
public enum ClauseStatus {
  /** Something cites it, and no interpretation does. */
  ENCODED("encoded"),
  /** An interpretation cites it: the plugin reads it one way of several, by name. */
  INTERPRETED("interpreted"),
  /** Nothing cites it and the plugin says why nothing needs to. */
  NO_RULE("noRule"),
  /** It carries an obligation the plugin does not encode (a listed gap), or nothing cites it and no reason is given. */
  NOT_ENCODED("notEncoded");

  private final String key;

  ClauseStatus(String key) {
    this.key = key;
  }

  /** {@return its name in the document's JSON, e.g. {@code not-encoded}} */
  public String key() {
    return key;
  }
}
