package io.gattscope.ble.sim.gatt;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.ble.sim.world.ServiceUpdate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** AES-CMAC against RFC 4493's examples, and a hash that follows the table. */
class DatabaseHashTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] KEY = HEX.parseHex("2b7e151628aed2a6abf7158809cf4f3c");
  private static final String M =
      "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
          + "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710";

  private static String cmac(int length) {
    return HEX.formatHex(DatabaseHash.cmac(KEY, HEX.parseHex(M.substring(0, length * 2))));
  }

  @Test
  void cmacMatchesTheFourExamplesOfRfc4493() {
    assertThat(cmac(0)).isEqualTo("bb1d6929e95937287fa37d129b756746");
    assertThat(cmac(16)).isEqualTo("070a16b46b4d4144f79bdd9dd04a287c");
    assertThat(cmac(40)).isEqualTo("dfa66747de9ae63030ca32611497c827");
    assertThat(cmac(64)).isEqualTo("51f0bebf7e3b9d92fc49741779363cfe");
  }

  @Test
  void theHashFollowsTheDeclarationsNotTheValuesAndTheServerServesIt() throws Exception {
    AttributeDatabase hrm = HeartRateMonitor.create(1).database();
    byte[] before = DatabaseHash.of(hrm);
    assertThat(before).hasSize(16).isEqualTo(DatabaseHash.of(hrm));
    AttServer server = new AttServer(hrm);
    int handle = hrm.valueHandlesOf(DatabaseHash.TYPE).get(0);
    assertThat(server.read(new AttSession(), handle)).isEqualTo(before);
    byte[] update1 =
        DatabaseHash.of(ServiceUpdate.apply(HeartRateMonitor.create(1), 1).peripheral().database());
    byte[] update2 =
        DatabaseHash.of(ServiceUpdate.apply(HeartRateMonitor.create(1), 2).peripheral().database());
    assertThat(update1).isNotEqualTo(before);
    // "update 1" and "update 2" differ only in a characteristic's value, which the hash leaves out
    assertThat(update2).isEqualTo(update1);
  }
}
