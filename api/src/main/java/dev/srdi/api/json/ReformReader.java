package dev.srdi.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.srdi.core.parameter.Overrides;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code srdi-reform/1} files, YAML or JSON (a JSON text is YAML too, and is read by the same
 * parser), reporting every error at once by path and line. What the ids name is checked later,
 * against the jurisdictions, by the what-if that applies the reform.
 */
public final class ReformReader {
  /** The value of a reform file's {@code schema} field. */
  public static final String SCHEMA = "srdi-reform/1";
  private static final Set<String> ENVELOPE = Set.of("schema", "title", "description", "parameters", "interpretations",
      "budgets");
  private static final Set<String> DATED = Set.of("value", "from");
  private static final Set<String> BUDGET = Set.of("fund", "amount", "year");
  private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
          .streamReadConstraints(InputLimits.streamReadConstraints())
          .build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private ReformReader() {}

  /**
   * A reform file's text.
   *
   * @param text YAML or JSON
   * @return what it holds, or every error by path and line
   */
  public static Validation<Seq<InputError>, ReformContent> read(String text) {
    JsonNode root;
    LineIndex lines;
    // A JSON text is read as JSON: YAML refuses the tabs that JSON allows between tokens.
    ObjectMapper mapper = text.strip().startsWith("{") ? Json.mapper() : YAML;
    try {
      root = mapper.readTree(text);
      if (root == null || root.isMissingNode() || root.isNull()) {
        return invalid(InputError.at("", 0, "no reform found (an empty file)"));
      }
      lines = LineIndex.of(mapper, text);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      String path = e.getProcessor() instanceof JsonParser p ? p.getParsingContext().pathAsPointer().toString() : "";
      return invalid(InputError.at(path.replace('/', '.').replaceFirst("^\\.", ""), line, column,
          JacksonMessages.plain(e)));
    } catch (RuntimeException e) {
      // SnakeYAML reports some malformed texts (a tab for indentation, a bad escape) as its own runtime errors.
      return invalid(InputError.at("", 0, "cannot read as YAML or JSON: " + e.getMessage()));
    }
    ScenarioDocument doc = ScenarioDocument.of(lines);
    Optional<ReformContent> reform = envelope(doc, root);
    return doc.errorCount() == 0 && reform.isPresent()
        ? Validation.valid(reform.get())
        : Validation.invalid(io.vavr.collection.List.ofAll(doc.errors()));
  }

  private static Validation<Seq<InputError>, ReformContent> invalid(InputError error) {
    return Validation.invalid(io.vavr.collection.List.of(error));
  }

  private static Optional<ReformContent> envelope(ScenarioDocument doc, JsonNode root) {
    Optional<Fields> read = Fields.of(doc, root, JsonPath.ROOT, ENVELOPE);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Fields f = read.get();
    f.requireSchema(SCHEMA);
    Optional<String> title = f.text("title");
    Optional<String> description = f.text("description");
    Overrides overrides = Overrides.none();
    for (var p : entries(doc, root, JsonPath.ROOT.field("parameters"))) {
      Optional<String> value = parameter(doc, p.getValue(), JsonPath.ROOT.field("parameters").field(p.getKey()));
      if (value.isPresent()) {
        overrides = overrides.withParameter(p.getKey(), value.get());
      }
    }
    for (var i : entries(doc, root, JsonPath.ROOT.field("interpretations"))) {
      JsonPath at = JsonPath.ROOT.field("interpretations").field(i.getKey());
      if (i.getValue().isTextual() && !i.getValue().asText().isBlank()) {
        overrides = overrides.withInterpretation(i.getKey(), i.getValue().asText());
      } else {
        doc.error(at, "must be the id of one of the interpretation's choices (see srdi measures)");
      }
    }
    List<ReformContent.BudgetLine> budgets = f.array("budgets", (node, path) -> budget(doc, node, path));
    return Optional.of(new ReformContent(title, description, overrides, budgets));
  }

  /** The fields of an optional object member, e.g. {@code parameters}; an error if it is not an object. */
  private static List<Map.Entry<String, JsonNode>> entries(ScenarioDocument doc, JsonNode root, JsonPath path) {
    String name = path.toString();
    JsonNode node = root.get(name);
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isObject()) {
      doc.error(path, "must be an object of id: value");
      return List.of();
    }
    return new ArrayList<>(node.properties());
  }

  /** {@code 5‰} or {@code 0.005} for the whole history, or {@code {value: 5‰, from: 2025-01-01}} from that day on. */
  private static Optional<String> parameter(ScenarioDocument doc, JsonNode node, JsonPath path) {
    if (node.isTextual() || node.isNumber()) {
      return scalar(doc, node, path);
    }
    Optional<Fields> read = Fields.of(doc, node, path, DATED);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Fields f = read.get();
    if (!f.has("value")) {
      f.error("value", "is required (the new value, e.g. 5‰ or 800000)");
      return Optional.empty();
    }
    Optional<String> value = scalar(doc, node.get("value"), path.field("value"));
    Optional<LocalDate> from = f.date("from");
    boolean badFrom = f.has("from") && from.isEmpty();
    return badFrom ? Optional.empty() : value.map(v -> from.map(day -> v + "@" + day).orElse(v));
  }

  private static Optional<String> scalar(ScenarioDocument doc, JsonNode node, JsonPath path) {
    if (node.isNumber()) {
      return Optional.of(node.decimalValue().toPlainString());
    }
    if (node.isTextual() && !node.asText().isBlank() && node.asText().indexOf('@') < 0) {
      return Optional.of(node.asText());
    }
    doc.error(path, node.isTextual() && node.asText().indexOf('@') >= 0
        ? "write a date as {value: ..., from: YYYY-MM-DD}, not with @"
        : "must be a value, e.g. 5‰, 0.5%, 15万 or 800000, or {value: ..., from: YYYY-MM-DD}");
    return Optional.empty();
  }

  private static Optional<ReformContent.BudgetLine> budget(ScenarioDocument doc, JsonNode node, JsonPath path) {
    Optional<Fields> read = Fields.of(doc, node, path, BUDGET);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Fields f = read.get();
    Optional<String> fund = f.requiredText("fund");
    if (!f.has("amount")) {
      f.error("amount", "is required (yuan)");
    }
    var amount = f.money("amount");
    boolean hasYear = f.has("year");
    Optional<Integer> year = hasYear ? f.requiredYear("year") : Optional.empty();
    if (fund.isEmpty() || amount.isEmpty() || (hasYear && year.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(new ReformContent.BudgetLine(fund.get(), amount.get(), year));
  }
}
