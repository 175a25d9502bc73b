package ${package};

import static ${package}.${cityClass}Tables.TABLES;

import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.ParameterKey;
import dev.srdi.core.parameter.Unit;
import java.util.List;

/**
 * The typed keys of ${nameEn}'s parameters: the id and the unit a measure reads each in. The value, unit and
 * clause are in {@code ${cityId}/parameters.yaml}; a key whose entry is missing or has another unit stops the
 * plugin from loading, so that no number of the city is ever written in Java.
 */
public final class ${cityClass}Parameters {

  /** The one-time award on a first city-level SRDI recognition. */
  public static final Parameter<Money> FIRST_AWARD =
      TABLES.parameter(ParameterKey.of("${cityId}.first-award.amount", Unit.YUAN));

  public static final List<Parameter<?>> ALL = List.of(FIRST_AWARD);

  private ${cityClass}Parameters() {}
}
