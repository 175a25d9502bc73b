package dev.srdi.core.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import org.junit.jupiter.api.Test;

/** The constant-pool reader finds what the rule looks for, so that the rule can fail. */
final class StringConstantsTest {
  // Read from this class's own bytes: a literal, and the constant part of a concatenation.
  private static final String OPTION = "--set";

  @Test
  void the_literals_of_a_class_are_read_from_its_bytes() throws URISyntaxException {
    String joined = "see `srdi " + System.getProperty("java.version") + "`";
    var literals = StringConstants.of(StringConstantsTest.class.getResource("StringConstantsTest.class").toURI());
    assertTrue(literals.contains(OPTION), literals.toString());
    assertTrue(literals.stream().anyMatch(l -> l.contains("see `srdi ")), literals + " " + joined);
  }
}
