package dev.srdi.api.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.srdi.core.facts.AchievementTypeDeclaration;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Formula;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.responsibility.RecurringDuty;
import dev.srdi.core.responsibility.Task;
import dev.srdi.core.target.Target;
import dev.srdi.core.parameter.Choice;
import dev.srdi.core.parameter.Interpretation;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.spi.LoadFailure;
import dev.srdi.core.stacking.StackingRule;
import java.util.Comparator;
import java.util.List;

/** What a jurisdiction contains, as JSON: its documents, measures, parameters, interpretations and fact types. */
public final class CatalogJson {
  private CatalogJson() {}

  /**
   * The jurisdictions document: each loaded jurisdiction's summary, and each plugin that failed to load.
   *
   * @param jurisdictions the loaded jurisdictions, in order
   * @param failures the plugins that failed to load
   * @return the document
   */
  public static ObjectNode jurisdictions(List<Jurisdiction> jurisdictions, List<LoadFailure> failures) {
    ObjectNode out = Json.object();
    ArrayNode list = out.putArray("jurisdictions");
    jurisdictions.forEach(j -> list.add(summary(j)));
    ArrayNode failed = out.putArray("failures");
    failures.forEach(f -> failed.add(f.describe()));
    return out;
  }

  /**
   * One entry of the jurisdictions document: the id, names, counts and documents.
   *
   * @param j the jurisdiction
   * @return the entry
   */
  public static ObjectNode summary(Jurisdiction j) {
    ObjectNode out = Json.object();
    out.put("id", j.id().value());
    out.put("nameZh", j.nameZh());
    out.put("nameEn", j.nameEn());
    out.put("measures", j.measures().size() + j.portfolioMeasures().size());
    out.put("parameters", j.parameters().size());
    out.put("targets", j.targets().size());
    out.put("tasks", j.tasks().size());
    out.put("duties", j.duties().size());
    ArrayNode documents = out.putArray("documents");
    j.documents().forEach(d -> documents.add(document(d)));
    return out;
  }

  /**
   * A policy document: id, titles, number, issue date and in-force window.
   *
   * @param d the document
   * @return its JSON
   */
  public static ObjectNode document(PolicyDocument d) {
    ObjectNode out = Json.object();
    out.put("id", d.id().value());
    out.put("titleZh", d.titleZh());
    out.put("titleEn", d.titleEn());
    d.number().ifPresent(n -> out.put("number", n));
    d.issued().ifPresent(i -> out.put("issued", i.toString()));
    d.inForce().from().ifPresent(f -> out.put("inForceFrom", f.toString()));
    d.inForce().until().ifPresent(u -> out.put("inForceUntil", u.toString()));
    return out;
  }

  /**
   * The measures document: every measure, target, task, duty and parameter with its id, value, unit,
   * citation and responsible units, the interpretations and the achievement types.
   *
   * @param j the jurisdiction
   * @param settings the values to show (the defaults, or a what-if's)
   * @return the document
   */
  public static ObjectNode measures(Jurisdiction j, Settings settings) {
    ObjectNode out = Json.object();
    out.put("jurisdiction", j.id().value());
    ArrayNode measures = out.putArray("measures");
    j.measures().stream().map(m -> m.descriptor()).sorted(Comparator.comparing(MeasureDescriptor::id))
        .forEach(d -> measures.add(measure(d, settings, false)));
    j.portfolioMeasures().stream().map(m -> m.descriptor()).sorted(Comparator.comparing(MeasureDescriptor::id))
        .forEach(d -> measures.add(measure(d, settings, true)));
    ArrayNode parameters = out.putArray("parameters");
    j.parameters().stream().sorted(Comparator.comparing(Parameter::id)).forEach(p -> parameters.add(parameter(p, settings)));
    ArrayNode targets = out.putArray("targets");
    j.targets().stream().sorted(Comparator.comparing(Target::id)).forEach(t -> targets.add(target(t, settings)));
    ArrayNode tasks = out.putArray("tasks");
    j.tasks().stream().sorted(Comparator.comparing(Task::id)).forEach(t -> tasks.add(task(t)));
    ArrayNode duties = out.putArray("duties");
    j.duties().stream().sorted(Comparator.comparing(RecurringDuty::id)).forEach(d -> duties.add(duty(d)));
    ArrayNode interpretations = out.putArray("interpretations");
    j.interpretations().stream().sorted(Comparator.comparing(Interpretation::id))
        .forEach(i -> interpretations.add(interpretation(i, settings)));
    ArrayNode types = out.putArray("achievementTypes");
    j.achievementTypes().stream().sorted(Comparator.comparing(AchievementTypeDeclaration::type))
        .forEach(t -> types.add(achievementType(t)));
    return out;
  }

  /**
   * One measure with its formula, amount or cap, stacking rules and parameters.
   *
   * @param d the measure
   * @param settings the values to show
   * @param portfolio whether it is assessed over the whole portfolio
   * @return its JSON
   */
  public static ObjectNode measure(MeasureDescriptor d, Settings settings, boolean portfolio) {
    ObjectNode out = Json.object();
    out.put("id", d.id().value());
    out.put("nameZh", d.nameZh());
    out.put("nameEn", d.nameEn());
    out.put("description", d.description());
    out.put("subject", portfolio ? "portfolio" : "enterprise");
    out.put("amountKind", d.amountKind().name());
    d.formula().cap(settings).ifPresent(c -> out.put(isCap(d) ? "cap" : "amount", c.toFenString()));
    out.put("formula", d.formula().describe(settings));
    d.fundingSource().ifPresent(f -> out.put("fundingSource", f));
    EvaluationJson.units(out, d.responsibility());
    out.set("citation", EvaluationJson.citation(d.citation()));
    ArrayNode stacking = out.putArray("stacking");
    d.stacking().stream().map(StackingRule::describe).forEach(stacking::add);
    ArrayNode parameters = out.putArray("parameters");
    d.parameters().forEach(p -> parameters.add(p.id().value()));
    return out;
  }

  /**
   * Whether the measure's figure is a ceiling: an UP_TO amount, or a proportional formula's cap.
   *
   * @param d the measure
   * @return true if the figure is a cap
   */
  public static boolean isCap(MeasureDescriptor d) {
    return d.amountKind() == AmountKind.UP_TO
        || d.formula() instanceof Formula.RateOfBase || d.formula() instanceof Formula.RateOfIncrease;
  }

  /**
   * One target with its requirement, unit and period.
   *
   * @param t the target
   * @param settings the values to read the requirement in
   * @return its JSON
   */
  public static ObjectNode target(Target t, Settings settings) {
    ObjectNode out = Json.object();
    out.put("id", t.id().value());
    out.put("nameZh", t.nameZh());
    out.put("nameEn", t.nameEn());
    out.put("required", format(t.requirement(), settings));
    out.put("unit", t.requirement().unit().name());
    out.put("requirementParameter", t.requirement().id().value());
    out.put("period", TargetsJson.period(t.period(), settings));
    EvaluationJson.units(out, t.responsibility());
    out.set("citation", EvaluationJson.citation(t.citation()));
    return out;
  }

  /**
   * One task with its units and citation.
   *
   * @param t the task
   * @return its JSON
   */
  public static ObjectNode task(Task t) {
    ObjectNode out = Json.object();
    out.put("id", t.id().value());
    out.put("nameZh", t.nameZh());
    out.put("nameEn", t.nameEn());
    out.put("description", t.description());
    EvaluationJson.units(out, t.responsibility());
    out.set("citation", EvaluationJson.citation(t.citation()));
    return out;
  }

  /**
   * One recurring duty with its schedule, units and citation.
   *
   * @param d the duty
   * @return its JSON
   */
  public static ObjectNode duty(RecurringDuty d) {
    ObjectNode out = Json.object();
    out.put("id", d.id().value());
    out.put("nameZh", d.nameZh());
    out.put("nameEn", d.nameEn());
    out.put("schedule", d.schedule().describe());
    EvaluationJson.units(out, d.responsibility());
    out.set("citation", EvaluationJson.citation(d.citation()));
    return out;
  }

  /**
   * One parameter with its value, default, unit and citation.
   *
   * @param p the parameter
   * @param settings the values to show
   * @return its JSON
   */
  public static ObjectNode parameter(Parameter<?> p, Settings settings) {
    ObjectNode out = Json.object();
    out.put("id", p.id().value());
    out.put("description", p.description());
    out.put("value", format(p, settings));
    out.put("default", p.formatDefault());
    out.put("unit", p.unit().name());
    out.set("citation", EvaluationJson.citation(p.citation()));
    out.set("history", history(p, settings));
    return out;
  }

  /**
   * The parameter's values over time as the settings read it: each step's start date (none for a value that
   * holds for the document's whole life) and its value (null: no longer in force).
   *
   * @param p the parameter
   * @param settings the values to show
   * @return one object per step
   */
  static com.fasterxml.jackson.databind.node.ArrayNode history(Parameter<?> p, Settings settings) {
    var out = Json.mapper().createArrayNode();
    steps(p, settings, out);
    return out;
  }

  private static <T> void steps(Parameter<T> p, Settings settings, com.fasterxml.jackson.databind.node.ArrayNode out) {
    for (var step : settings.timeline(p).steps()) {
      ObjectNode node = out.addObject();
      step.from().ifPresent(d -> node.put("from", d.toString()));
      step.value().ifPresentOrElse(v -> node.put("value", p.unit().format(v)), () -> node.putNull("value"));
    }
  }

  /**
   * One interpretation with its choice, default, choices and citation.
   *
   * @param i the interpretation
   * @param settings the choice to show
   * @return its JSON
   */
  public static ObjectNode interpretation(Interpretation i, Settings settings) {
    ObjectNode out = Json.object();
    out.put("id", i.id().value());
    out.put("description", i.description());
    out.put("choice", settings.choice(i));
    out.put("default", i.defaultChoice());
    ObjectNode choices = out.putObject("choices");
    for (Choice c : i.choices()) {
      choices.put(c.id(), c.description());
    }
    out.set("citation", EvaluationJson.citation(i.citation()));
    return out;
  }

  /**
   * One achievement type a scenario may name, with its attributes.
   *
   * @param t the declaration
   * @return its JSON
   */
  public static ObjectNode achievementType(AchievementTypeDeclaration t) {
    ObjectNode out = Json.object();
    out.put("type", t.type().value());
    out.put("nameZh", t.nameZh());
    out.put("nameEn", t.nameEn());
    ArrayNode attributes = out.putArray("attributes");
    ScenarioReader.attributeNames().forEach((name, attribute) -> {
      if (t.attributes().contains(attribute)) {
        attributes.add(name);
      }
    });
    return out;
  }

  /**
   * A parameter's value in these settings, in its unit's words.
   *
   * @param <T> the value's type
   * @param p the parameter
   * @param settings the settings
   * @return e.g. {@code 500000.00} or {@code 3‰}
   */
  public static <T> String format(Parameter<T> p, Settings settings) {
    return p.unit().format(settings.value(p));
  }
}
