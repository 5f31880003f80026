package io.gattscope.gatt.ad;

/** A vendor payload inside manufacturer or service data that this library understands. */
public sealed interface DecodedPayload
    permits IBeacon, Eddystone, AppleContinuity, MicrosoftBeacon {
  /** A one-line human summary. */
  String summary();
}
