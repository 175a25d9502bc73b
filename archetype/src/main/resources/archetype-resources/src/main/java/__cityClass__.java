package ${package};

import dev.srdi.core.measure.Measure;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.policy.DeclaredFund;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.responsibility.Department;
import dev.srdi.core.spi.Jurisdiction;
import java.util.List;

/**
 * ${nameEn} (${nameZh}): the plugin the engine finds through {@code META-INF/services}. It only declares what
 * the city holds; the tables under {@code src/main/resources/${cityId}/} hold the words and the numbers.
 */
public final class ${cityClass} implements Jurisdiction {

  public static final JurisdictionId ID = JurisdictionId.of("${cityId}");

  private static final List<Measure> MEASURES = List.of(new FirstAward());

  public ${cityClass}() {
    // ServiceLoader needs a public no-argument constructor; everything is built once, statically.
  }

  @Override public JurisdictionId id() {
    return ID;
  }

  @Override public String nameZh() {
    return "${nameZh}";
  }

  @Override public String nameEn() {
    return "${nameEn}";
  }

  @Override public List<PolicyDocument> documents() {
    return ${cityClass}Tables.TABLES.documents();
  }

  @Override public List<Measure> measures() {
    return MEASURES;
  }

  @Override public List<Parameter<?>> parameters() {
    return ${cityClass}Parameters.ALL;
  }

  @Override public List<DeclaredFund> funds() {
    return ${cityClass}Tables.TABLES.funds();
  }

  @Override public List<Department> departments() {
    return ${cityClass}Tables.TABLES.departments();
  }
}
