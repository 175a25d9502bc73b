package dev.srdi.benchmarks.drools;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One performance year with this year's and last year's figures, in yuan, and whether the enterprise was an SRDI SME. */
public final class GrowthYear {
  private final LocalDate yearEnd;
  private final boolean holder;
  private final BigDecimal output;
  private final BigDecimal tax;
  private final BigDecimal lastOutput;
  private final BigDecimal lastTax;

  public GrowthYear(LocalDate yearEnd, boolean holder, BigDecimal output, BigDecimal tax, BigDecimal lastOutput,
      BigDecimal lastTax) {
    this.yearEnd = yearEnd;
    this.holder = holder;
    this.output = output;
    this.tax = tax;
    this.lastOutput = lastOutput;
    this.lastTax = lastTax;
  }

  public LocalDate getYearEnd() {
    return yearEnd;
  }

  public boolean isHolder() {
    return holder;
  }

  public BigDecimal getOutput() {
    return output;
  }

  public BigDecimal getTax() {
    return tax;
  }

  public BigDecimal getLastOutput() {
    return lastOutput;
  }

  public BigDecimal getLastTax() {
    return lastTax;
  }
}
