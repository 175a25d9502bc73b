package dev.srdi.api.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.regex.Pattern;

/**
 * Jackson's parse errors in the contract's words: what is wrong with the text, never the name of a
 * Jackson class, feature or setting, and never its description of the source.
 */
final class JacksonMessages {
  private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]");
  private static final Pattern ADVICE = Pattern.compile("\\s*\\((?:from|through) `[^`]*`\\)|\\s*;?\\s*disable `[^`]*`[^)]*"
      + "|\\s*\\(not recognized as one since Feature '[^']*' not enabled for parser\\)|:?\\s*enable `[^`]*` to allow");

  private JacksonMessages() {}

  static String plain(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException) {
      return "too large or too deep: " + limit(e.getOriginalMessage());
    }
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (e instanceof MismatchedInputException && message.contains("Trailing token")) {
      return "invalid JSON: more text after the end of the JSON value";
    }
    return "invalid JSON: " + ADVICE.matcher(SOURCE.matcher(message).replaceAll("line $1, column $2")).replaceAll("");
  }

  /** Which limit was passed, in words, with the limit's value. */
  private static String limit(String message) {
    String m = message == null ? "" : message;
    if (m.contains("nesting depth")) {
      return "nested more than " + InputLimits.MAX_NESTING + " levels deep";
    }
    if (m.contains("Number value length") || m.contains("number")) {
      return "a number longer than " + InputLimits.MAX_NUMBER_LENGTH + " characters";
    }
    if (m.contains("String value length") || m.contains("string")) {
      return "a string longer than " + InputLimits.MAX_STRING_LENGTH + " characters";
    }
    if (m.contains("Document length")) {
      return "a document longer than " + InputLimits.MAX_DOCUMENT_LENGTH + " characters (give a large portfolio as JSON Lines)";
    }
    return "over a limit of the reader";
  }
}
