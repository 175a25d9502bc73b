package dev.srdi.core.engine;

/** A department's part in an item: it leads (牵头) or it is responsible (责任). */
public enum Role {
  /** 牵头单位: the unit that leads. */
  LEAD("牵头单位"),
  /** 责任单位: a unit that is responsible. */
  RESPONSIBLE("责任单位");

  private final String nameZh;

  Role(String nameZh) {
    this.nameZh = nameZh;
  }

  /** {@return the role as the texts name it, e.g. 牵头单位} */
  public String nameZh() {
    return nameZh;
  }
}
