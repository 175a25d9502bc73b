package dev.srdi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.srdi.api.json.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden {@code srdi evaluate} outputs in {@code seeds/examples/} say what each city's example case
 * (its plugin's {@code src/test/resources/cases/<city>.yaml}) expects: the same enterprises, the same
 * entitlements (measure, year, amount, kind) and totals, so that the case and the golden cannot drift.
 */
final class ExampleCasesGoldenTest {
  private static final Path ROOT = Path.of("..");

  @TestFactory
  Stream<DynamicTest> every_golden_output_gives_what_its_example_case_expects() {
    var tests = new ArrayList<DynamicTest>();
    for (String city : List.of("guilin", "zhanjiang", "xiangxiang")) {
      tests.add(dynamicTest(city, () -> {
        JsonNode expected = new YAMLMapper().readTree(
            ROOT.resolve("jurisdictions").resolve(city).resolve("src/test/resources/cases/" + city + ".yaml").toFile());
        JsonNode golden = Json.mapper().readTree(ROOT.resolve("seeds/examples/" + city + ".evaluate.json").toFile());
        assertEquals("seeds/examples/" + city + ".json", expected.get("scenario").asText());
        assertEquals(cases(expected), goldens(golden), city + ": golden output and example case differ");
        assertEquals(expected.get("total").asText(), golden.get("summary").get("total").asText(), city + " total");
      }));
    }
    return tests.stream();
  }

  private static Map<String, List<String>> cases(JsonNode expected) {
    var out = new LinkedHashMap<String, List<String>>();
    expected.get("enterprises").properties().forEach(e -> {
      var lines = new ArrayList<String>();
      lines.add("total " + e.getValue().get("total").asText());
      e.getValue().get("entitlements").forEach(t -> lines.add(line(t, "kind")));
      out.put(e.getKey(), lines);
    });
    return out;
  }

  private static Map<String, List<String>> goldens(JsonNode golden) {
    var out = new LinkedHashMap<String, List<String>>();
    for (JsonNode e : golden.get("enterprises")) {
      var lines = new ArrayList<String>();
      lines.add("total " + e.get("total").asText());
      e.get("entitlements").forEach(t -> lines.add(line(t, "amountKind")));
      out.put(e.get("id").asText(), lines);
    }
    return out;
  }

  private static String line(JsonNode t, String kind) {
    JsonNode amount = t.get("amount");
    return t.get("measure").asText() + " " + t.get("year").asText() + " "
        + (amount == null || amount.isNull() ? "-" : amount.asText()) + " " + t.get(kind).asText();
  }
}
