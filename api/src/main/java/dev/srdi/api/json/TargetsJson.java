package dev.srdi.api.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.srdi.core.money.Rate;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.parameter.Unit;
import dev.srdi.core.target.Target;
import dev.srdi.core.target.TargetPeriod;
import dev.srdi.core.target.TargetReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Target reports as JSON: required, reached, gap, status and responsible units of each target. */
public final class TargetsJson {
  private TargetsJson() {}

  public static ObjectNode of(String jurisdiction, int year, LocalDate asOf, List<TargetReport> reports, Settings settings) {
    ObjectNode out = Json.object();
    out.put("jurisdiction", jurisdiction);
    out.put("year", year);
    out.put("asOf", asOf.toString());
    ArrayNode targets = out.putArray("targets");
    for (TargetReport r : reports) {
      Target t = r.target();
      ObjectNode entry = targets.addObject();
      entry.put("id", t.id().value());
      entry.put("nameZh", t.nameZh());
      entry.put("nameEn", t.nameEn());
      entry.put("period", period(t.period(), settings));
      entry.put("required", number(r.required()));
      entry.put("unit", unit(t));
      r.reached().ifPresent(v -> entry.put("reached", number(v)));
      r.gap().ifPresent(v -> entry.put("gap", number(v)));
      entry.put("status", r.status().name());
      entry.put("note", r.note());
      EvaluationJson.units(entry, t.responsibility());
      entry.set("citation", EvaluationJson.citation(t.citation()));
    }
    return out;
  }

  /**
   * The unit of a target's required, reached and gap values: its requirement parameter's unit name
   * ({@code count}, {@code percent}, {@code factor}…). A rate is always reported in percent (70 for
   * 70%, see {@link Target#required}), so a rate parameter kept in permille still reads "percent".
   */
  public static String unit(Target target) {
    return target.requirement().defaultValue() instanceof Rate ? Unit.PERCENT.name() : target.requirement().unit().name();
  }

  /** A count or a share as plain decimal text: "30", "70", "1.5". */
  public static String number(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  public static String period(TargetPeriod period, Settings settings) {
    if (period instanceof TargetPeriod.By by) {
      return "by " + settings.value(by.deadline());
    }
    if (period instanceof TargetPeriod.Within within) {
      return "within " + settings.value(within.years()) + " years of " + within.from();
    }
    return "every year";
  }
}
