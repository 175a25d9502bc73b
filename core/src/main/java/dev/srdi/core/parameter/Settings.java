package dev.srdi.core.parameter;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The parameter values and interpretation choices one evaluation runs with: the declared defaults,
 * changed by a what-if's overrides. Reading a parameter or interpretation that the jurisdiction did
 * not declare is a plugin bug and fails loudly, so that every number a measure uses is listed.
 */
public final class Settings {
  private final Map<ParameterId, Parameter<?>> parameters;
  private final Map<ParameterId, Object> values;
  private final Map<InterpretationId, Interpretation> interpretations;
  private final Map<InterpretationId, String> choices;

  private Settings(
      Map<ParameterId, Parameter<?>> parameters,
      Map<ParameterId, Object> values,
      Map<InterpretationId, Interpretation> interpretations,
      Map<InterpretationId, String> choices) {
    this.parameters = parameters;
    this.values = values;
    this.interpretations = interpretations;
    this.choices = choices;
  }

  public static Settings defaults(Collection<Parameter<?>> parameters, Collection<Interpretation> interpretations) {
    var resolved = resolve(parameters, interpretations, Overrides.none());
    if (resolved.isInvalid()) {
      throw new IllegalStateException(resolved.getError().map(OverrideProblem::message).mkString("; "));
    }
    return resolved.get();
  }

  /** Applies the overrides, reporting every unknown id and unreadable value at once. */
  public static Validation<Seq<OverrideProblem>, Settings> resolve(
      Collection<Parameter<?>> parameters, Collection<Interpretation> interpretations, Overrides overrides) {
    var declared = new LinkedHashMap<String, Parameter<?>>();
    parameters.forEach(p -> declared.put(p.id().value(), p));
    var declaredInterpretations = new LinkedHashMap<String, Interpretation>();
    interpretations.forEach(i -> declaredInterpretations.put(i.id().value(), i));

    Seq<OverrideProblem> errors = List.empty();
    var values = new TreeMap<ParameterId, Object>();
    for (var entry : new TreeMap<>(overrides.parameters()).entrySet()) {
      Parameter<?> parameter = declared.get(entry.getKey());
      if (parameter == null) {
        errors = errors.append(new OverrideProblem.UnknownParameter(entry.getKey(),
            NearestNames.to(entry.getKey(), declared.keySet())));
        continue;
      }
      var parsed = parameter.unit().parse(entry.getValue());
      if (parsed.isLeft()) {
        errors = errors.append(new OverrideProblem.UnreadableValue(parameter.id(), entry.getValue(),
            parameter.unit().name(), parameter.formatDefault(), parsed.getLeft()));
      } else {
        values.put(parameter.id(), parsed.get());
      }
    }
    var choices = new TreeMap<InterpretationId, String>();
    for (var entry : new TreeMap<>(overrides.interpretations()).entrySet()) {
      Interpretation interpretation = declaredInterpretations.get(entry.getKey());
      if (interpretation == null) {
        errors = errors.append(new OverrideProblem.UnknownInterpretation(entry.getKey(),
            NearestNames.to(entry.getKey(), declaredInterpretations.keySet())));
      } else if (interpretation.choice(entry.getValue()).isEmpty()) {
        errors = errors.append(new OverrideProblem.UnknownChoice(interpretation.id(), entry.getValue(),
            interpretation.choices().stream().map(Choice::id).toList()));
      } else {
        choices.put(interpretation.id(), entry.getValue());
      }
    }
    var byId = new LinkedHashMap<ParameterId, Parameter<?>>();
    parameters.forEach(p -> byId.put(p.id(), p));
    var interpretationsById = new LinkedHashMap<InterpretationId, Interpretation>();
    interpretations.forEach(i -> interpretationsById.put(i.id(), i));
    return errors.isEmpty()
        ? Validation.valid(new Settings(Map.copyOf(byId), values, Map.copyOf(interpretationsById), choices))
        : Validation.invalid(errors);
  }

  @SuppressWarnings("unchecked")
  public <T> T value(Parameter<T> parameter) {
    requireDeclared(parameter);
    Object changed = values.get(parameter.id());
    return changed != null ? (T) changed : parameter.defaultValue();
  }

  public String choice(Interpretation interpretation) {
    if (!interpretations.containsKey(interpretation.id())) {
      throw new IllegalStateException("interpretation " + interpretation.id() + " is read but not declared by its jurisdiction");
    }
    return choices.getOrDefault(interpretation.id(), interpretation.defaultChoice());
  }

  public boolean chose(Interpretation interpretation, String choiceId) {
    return choice(interpretation).equals(choiceId);
  }

  /** The parameters changed from their defaults, as id to formatted value, sorted by id. */
  public Map<ParameterId, String> changedParameters() {
    var out = new TreeMap<ParameterId, String>();
    values.forEach((id, value) -> out.put(id, format(parameters.get(id), value)));
    return out;
  }

  public Map<InterpretationId, String> changedInterpretations() {
    return new TreeMap<>(choices);
  }

  @SuppressWarnings("unchecked")
  private static <T> String format(Parameter<T> parameter, Object value) {
    return parameter.unit().format((T) value);
  }

  private void requireDeclared(Parameter<?> parameter) {
    Objects.requireNonNull(parameter, "parameter");
    if (!parameters.containsKey(parameter.id())) {
      throw new IllegalStateException("parameter " + parameter.id() + " is read but not declared by its jurisdiction");
    }
  }
}
