package io.gattscope.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AboutDialogTest {
  @Test
  void creditsTheBluetoothNumbersWithTheirLicence() {
    String text = AboutDialog.text();
    assertThat(text)
        .contains("Nordic Semiconductor's Bluetooth Numbers Database")
        .contains("Redistribution and use in source and binary forms")
        .contains("BGLib");
  }
}
