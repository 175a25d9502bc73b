package dev.srdi.core.policy;

import java.util.Objects;

/**
 * A fund a jurisdiction's measures are paid from, as its tables declare it: a short stable id for
 * tables, budgets and the command line, its names, the funding source as measures and their
 * entitlements show it (often a sentence with the clause), and the clause that names the fund.
 *
 * @param id e.g. {@code guilin.fund-1}
 * @param nameZh the fund's name as the text writes it
 * @param nameEn the name in English
 * @param fundingSource the words a measure's funding source and its entitlements show
 * @param citation the clause that names the fund (or says that the text names none)
 */
public record DeclaredFund(String id, String nameZh, String nameEn, String fundingSource, Citation citation) {
  /**
   * Rejects a missing value.
   *
   * @param id the short id
   * @param nameZh the Chinese name
   * @param nameEn the English name
   * @param fundingSource the funding source as shown
   * @param citation the clause
   */
  public DeclaredFund {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(nameZh, "nameZh");
    Objects.requireNonNull(nameEn, "nameEn");
    Objects.requireNonNull(fundingSource, "fundingSource");
    Objects.requireNonNull(citation, "citation");
  }
}
