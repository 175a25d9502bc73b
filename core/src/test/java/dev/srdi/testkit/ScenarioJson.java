package dev.srdi.testkit;

import dev.srdi.core.facts.Achievement;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Financials;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * A generated enterprise as the scenario format of docs/CONTRACT.md writes it, so that a counter-example
 * reads in the domain's terms and can be saved as a file and run with {@code srdi evaluate}. The core has
 * no JSON library; the format is small enough to write by hand. Lists keep the generated order.
 */
public final class ScenarioJson {
  private ScenarioJson() {}

  public static String scenario(LocalDate asOf, Enterprise enterprise) {
    return "{\"schema\": \"srdi-scenario/1\", \"asOf\": \"" + asOf + "\", \"enterprises\": [\n"
        + enterprise(enterprise) + "\n]}";
  }

  public static String enterprise(Enterprise e) {
    var fields = new Fields("  {", "}");
    fields.text("id", e.id().value());
    e.park().ifPresent(p -> fields.text("park", p.value()));
    e.inDevelopmentZone().ifPresent(z -> fields.raw("inDevelopmentZone", z.toString()));
    e.industry().ifPresent(i -> fields.text("industry", i.name()));
    e.aboveDesignatedSize().ifPresent(a -> fields.raw("aboveDesignatedSize", a.toString()));
    e.relocatedFromOutside().ifPresent(d -> fields.text("relocatedFromOutside", d.toString()));
    fields.list("financials", e.financials(), ScenarioJson::financials);
    fields.list("recognitions", e.recognitions(), ScenarioJson::recognition);
    fields.list("achievements", e.achievements(), ScenarioJson::achievement);
    return fields.toString();
  }

  private static String financials(Financials f) {
    var fields = new Fields("{", "}");
    fields.raw("year", String.valueOf(f.year()));
    money(fields, "revenue", f.revenue());
    money(fields, "outputValue", f.outputValue());
    money(fields, "taxPaid", f.taxPaid());
    f.employees().ifPresent(n -> fields.raw("employees", n.toString()));
    return fields.toString();
  }

  private static String recognition(Recognition r) {
    var fields = new Fields("{", "}");
    fields.text("title", r.title().name());
    fields.text("level", r.level().name());
    fields.text("date", r.date().toString());
    fields.text("kind", r.kind().name());
    r.project().ifPresent(p -> fields.text("project", p));
    return fields.toString();
  }

  static String achievement(Achievement a) {
    var fields = new Fields("{", "}");
    fields.text("type", a.type().value());
    fields.text("date", a.date().toString());
    a.level().ifPresent(l -> fields.text("level", l.name()));
    a.count().ifPresent(n -> fields.raw("count", n.toString()));
    money(fields, "investment", a.investment());
    money(fields, "amount", a.amount());
    a.partners().ifPresent(n -> fields.raw("partners", n.toString()));
    a.significantGain().ifPresent(g -> fields.raw("significantGain", g.toString()));
    a.program().ifPresent(p -> fields.text("program", p));
    return fields.toString();
  }

  private static void money(Fields fields, String name, Optional<Money> amount) {
    amount.ifPresent(m -> fields.text(name, m.toFenString()));
  }

  /** The members of one JSON object; lists of objects go one element a line. */
  private static final class Fields {
    private final StringJoiner joiner;

    Fields(String open, String close) {
      joiner = new StringJoiner(", ", open, close);
    }

    void text(String name, String value) {
      raw(name, "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }

    void raw(String name, String value) {
      joiner.add("\"" + name + "\": " + value);
    }

    <T> void list(String name, List<T> items, Function<T, String> item) {
      var elements = new StringJoiner(",\n      ", "[\n      ", "]");
      items.forEach(i -> elements.add(item.apply(i)));
      raw(name, items.isEmpty() ? "[]" : elements.toString());
    }

    @Override
    public String toString() {
      return joiner.toString();
    }
  }
}
