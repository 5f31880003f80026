package io.gattscope.gatt.ad;

/**
 * The LE Role AD structure (type 0x1C).
 *
 * @param role 0 peripheral only, 1 central only, 2 both (peripheral preferred), 3 both (central
 *     preferred); other values are reserved
 */
public record LeRole(int role) implements AdStructure {
  @Override
  public int type() {
    return AdType.LE_ROLE;
  }

  /**
   * The role's name.
   *
   * @return the role as the Core Specification words it, or {@code "Reserved (n)"} for other values
   */
  public String name() {
    return switch (role) {
      case 0 -> "Only Peripheral Role supported";
      case 1 -> "Only Central Role supported";
      case 2 -> "Peripheral and Central Role supported, Peripheral preferred";
      case 3 -> "Peripheral and Central Role supported, Central preferred";
      default -> "Reserved (" + role + ")";
    };
  }

  @Override
  public String summary() {
    return "LE role: " + name();
  }
}
