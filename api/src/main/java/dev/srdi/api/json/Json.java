package dev.srdi.api.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The one Jackson configuration of the contract. Reading: exact decimals for money, duplicate keys
 * and trailing tokens are errors, and the stream limits of {@link InputLimits} are set explicitly
 * rather than left to Jackson's defaults. Writing: fields in the order the writer adds them, two-space
 * indentation and "\n" line ends on every platform, so that the same input gives the same bytes.
 * Configured once; an {@link ObjectMapper} is thread-safe after that.
 */
public final class Json {
  private static final ObjectMapper MAPPER = JsonMapper.builder(new JsonFactoryBuilder()
          .streamReadConstraints(InputLimits.streamReadConstraints())
          .build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private static final ObjectWriter PRETTY = MAPPER.writer(prettyPrinter());
  private static final ObjectWriter COMPACT = MAPPER.writer();

  // A character pair outside the BMP as one 4-byte UTF-8 sequence, as a String encoded to UTF-8 has it,
  // not as two escapes: the bytes of a generator are then the bytes of compact(...) encoded.
  private static final JsonFactory UTF8 = new JsonFactoryBuilder()
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .build();

  private Json() {}

  /**
   * The one mapper every reader and writer uses.
   *
   * @return the shared, thread-safe mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * A new empty object, fields kept in insertion order.
   *
   * @return the object
   */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /**
   * Indented JSON ending in a line break.
   *
   * @param node the document
   * @return its text
   */
  public static String pretty(JsonNode node) {
    return write(PRETTY, node) + "\n";
  }

  /**
   * One line of JSON Lines, without the line break.
   *
   * @param node the record
   * @return its text
   */
  public static String compact(JsonNode node) {
    return write(COMPACT, node);
  }

  /**
   * A compact generator writing UTF-8 straight to a stream: what it writes, given the fields a tree
   * would hold in the same order, is {@link #compact} of that tree encoded as UTF-8, except that a lone
   * surrogate comes out escaped where the encoded text has {@code ?} (the caller
   * replaces it first).
   *
   * @param out where the bytes go
   * @return the generator; closing it does not close {@code out}
   * @throws IOException if it cannot be made
   */
  public static JsonGenerator utf8Generator(OutputStream out) throws IOException {
    return UTF8.createGenerator(out, JsonEncoding.UTF8).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  private static String write(ObjectWriter writer, JsonNode node) {
    try {
      return writer.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    var indenter = new DefaultIndenter("  ", "\n");
    var separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    var printer = new DefaultPrettyPrinter(separators);
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}
