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
import dev.srdi.core.stacking.StackingRule;
import java.util.Comparator;

/** What a jurisdiction contains, as JSON: its documents, measures, parameters, interpretations and fact types. */
public final class CatalogJson {
  private CatalogJson() {}

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

  /** Every measure, target, task, duty and parameter with its id, value, unit, citation and responsible units. */
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

  /** Whether the measure's figure is a ceiling: an UP_TO amount, or a proportional formula's cap. */
  public static boolean isCap(MeasureDescriptor d) {
    return d.amountKind() == AmountKind.UP_TO
        || d.formula() instanceof Formula.RateOfBase || d.formula() instanceof Formula.RateOfIncrease;
  }

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

  public static ObjectNode parameter(Parameter<?> p, Settings settings) {
    ObjectNode out = Json.object();
    out.put("id", p.id().value());
    out.put("description", p.description());
    out.put("value", format(p, settings));
    out.put("default", p.formatDefault());
    out.put("unit", p.unit().name());
    out.set("citation", EvaluationJson.citation(p.citation()));
    return out;
  }

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

  /** A parameter's value in these settings, in its unit's words. */
  public static <T> String format(Parameter<T> p, Settings settings) {
    return p.unit().format(settings.value(p));
  }
}
