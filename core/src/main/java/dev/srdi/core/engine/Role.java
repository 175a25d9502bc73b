package dev.srdi.core.engine;

/** A department's part in an item: it leads (牵头) or it is responsible (责任). */
public enum Role {
  LEAD("牵头单位"),
  RESPONSIBLE("责任单位");

  private final String nameZh;

  Role(String nameZh) {
    this.nameZh = nameZh;
  }

  public String nameZh() {
    return nameZh;
  }
}
