package dev.srdi.tables;

import dev.srdi.core.measure.Words;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of a table with {@code {parameter.id}} where a number of the city belongs, so that the number
 * is written once, in the parameter table, and the words follow a revision or a what-if.
 */
public final class Template {
  private static final Pattern PLACE = Pattern.compile("\\{([a-z][a-z0-9.-]*)}");

  private final String text;
  private final List<Parameter<?>> parameters;
  /** The words cut once at the places: literal texts, and before each place after the first, its parameter. */
  private final String[] literals;
  private final Parameter<?>[] places;
  /** The words of a template without places, the same for every settings: made once; else null. */
  private final Words constant;

  private Template(String text, List<Parameter<?>> parameters) {
    this.text = text;
    this.parameters = List.copyOf(parameters);
    var literalParts = new ArrayList<String>();
    var placeParts = new ArrayList<Parameter<?>>();
    Matcher m = PLACE.matcher(text);
    int from = 0;
    while (m.find()) {
      literalParts.add(text.substring(from, m.start()));
      placeParts.add(find(m.group(1)));
      from = m.end();
    }
    literalParts.add(text.substring(from));
    this.literals = literalParts.toArray(String[]::new);
    this.places = placeParts.toArray(Parameter<?>[]::new);
    this.constant = places.length == 0 ? Words.of(text) : null;
  }

  /** Reads the places; an id that is not a parameter of the table is refused by the caller's entry. */
  static Template of(String text, Map<String, Parameter<?>> declared, Entry entry, String field) {
    var used = new ArrayList<Parameter<?>>();
    Matcher m = PLACE.matcher(text);
    while (m.find()) {
      Parameter<?> p = declared.get(m.group(1));
      if (p == null) {
        throw entry.error(field, field + " names {" + m.group(1) + "}, which is not a declared parameter");
      }
      if (!used.contains(p)) {
        used.add(p);
      }
    }
    return new Template(text, used);
  }

  /** {@return the parameters its places name, in the order of their first place} */
  public List<Parameter<?>> parameters() {
    return parameters;
  }

  /**
   * The words with each parameter's value as the settings read it (from the parts cut once: no pattern per call).
   *
   * @param settings the parameter values in force
   * @return the words, each place replaced by its value in the parameter's unit
   */
  public String render(Settings settings) {
    Objects.requireNonNull(settings, "settings");
    if (places.length == 0) {
      return text;
    }
    var out = new StringBuilder(text.length() + 16 * places.length).append(literals[0]);
    for (int i = 0; i < places.length; i++) {
      out.append(format(places[i], settings)).append(literals[i + 1]);
    }
    return out.toString();
  }

  /**
   * The words of {@link #render}, written only when read: the values are read from the settings now (the
   * engine records what a measure reads while it assesses), and formatted into the words later.
   *
   * @param settings the parameter values in force
   * @return the words, each place to be replaced by its value in the parameter's unit
   */
  public Words words(Settings settings) {
    Objects.requireNonNull(settings, "settings");
    if (constant != null) {
      return constant;
    }
    Object[] values = new Object[places.length];
    for (int i = 0; i < places.length; i++) {
      values[i] = settings.value(places[i]);
    }
    return Words.lazily(() -> {
      var out = new StringBuilder(text.length() + 16 * places.length).append(literals[0]);
      for (int i = 0; i < places.length; i++) {
        out.append(formatValue(places[i], values[i])).append(literals[i + 1]);
      }
      return out.toString();
    });
  }

  /** {@return the words with each parameter's most recent value} */
  public String renderDefaults() {
    return PLACE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(find(m.group(1)).formatDefault()));
  }

  private Parameter<?> find(String id) {
    for (Parameter<?> p : parameters) {
      if (p.id().value().equals(id)) {
        return p;
      }
    }
    throw new IllegalStateException("unreachable: every place names a parameter of the template: " + id);
  }

  /** The value was read from the same parameter, so it is of its type. */
  @SuppressWarnings("unchecked")
  private static <T> String formatValue(Parameter<T> p, Object value) {
    return p.unit().format((T) value);
  }

  private static <T> String format(Parameter<T> p, Settings settings) {
    return p.unit().format(settings.value(p));
  }

  @Override public String toString() {
    return text;
  }
}
