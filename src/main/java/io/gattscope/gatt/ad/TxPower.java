package io.gattscope.gatt.ad;

/**
 * The TX Power Level AD structure (type 0x0A).
 *
 * @param dbm transmitted power in dBm (-127 to 127)
 */
public record TxPower(int dbm) implements AdStructure {
  @Override
  public int type() {
    return AdType.TX_POWER;
  }

  @Override
  public String summary() {
    return "TX power: " + dbm + " dBm";
  }
}
