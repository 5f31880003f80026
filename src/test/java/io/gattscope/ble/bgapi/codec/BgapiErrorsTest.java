package io.gattscope.ble.bgapi.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BgapiErrorsTest {

  @Test
  void namesEachRangeOfResultCodes() {
    assertThat(BgapiErrors.name(0)).isEqualTo("Success");
    assertThat(BgapiErrors.name(BgapiErrors.WRONG_STATE)).isEqualTo("Device in Wrong State");
    assertThat(BgapiErrors.name(0x0186)).isEqualTo("Not Connected");
    assertThat(BgapiErrors.name(0x018C)).isEqualTo("Script Overflow");
    assertThat(BgapiErrors.name(0x0209)).isEqualTo("Connection Limit Exceeded");
    assertThat(BgapiErrors.name(0x0213)).isEqualTo("Remote User Terminated Connection");
    assertThat(BgapiErrors.name(0x023E)).isEqualTo("Connection Failed to be Established");
    assertThat(BgapiErrors.name(0x0305)).isEqualTo("Pairing Not Supported");
    assertThat(BgapiErrors.name(0x030A)).isEqualTo("Invalid Parameters");
    assertThat(BgapiErrors.name(0x0405)).isEqualTo("ATT Insufficient Authentication");
    assertThat(BgapiErrors.name(0x040A)).isEqualTo("ATT Attribute Not Found");
    assertThat(BgapiErrors.name(0x0299)).isEqualTo("HCI error 0x99");
    assertThat(BgapiErrors.name(0x0777)).isEqualTo("Unknown error 0x0777");
  }

  @Test
  void attErrorsAreRecognised() {
    assertThat(BgapiErrors.isAttError(0x0401)).isTrue();
    assertThat(BgapiErrors.isAttError(0x0400)).isFalse();
    assertThat(BgapiErrors.isAttError(0x0181)).isFalse();
  }
}
