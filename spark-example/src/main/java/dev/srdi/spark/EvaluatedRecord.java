package dev.srdi.spark;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One JSON Lines record after the engine, as a Spark bean: the enterprise id (empty for a record
 * that does not parse), the record's result line as {@code srdi evaluate --format json} prints it
 * (or its errors), and the total in yuan for aggregation (zero for an invalid record).
 */
public final class EvaluatedRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  private String id = "";
  private boolean valid;
  private BigDecimal total = BigDecimal.ZERO;
  private String json = "";

  public EvaluatedRecord() {}

  EvaluatedRecord(String id, boolean valid, BigDecimal total, String json) {
    this.id = id;
    this.valid = valid;
    this.total = total;
    this.json = json;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public boolean isValid() {
    return valid;
  }

  public void setValid(boolean valid) {
    this.valid = valid;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public void setTotal(BigDecimal total) {
    this.total = total;
  }

  public String getJson() {
    return json;
  }

  public void setJson(String json) {
    this.json = json;
  }
}
