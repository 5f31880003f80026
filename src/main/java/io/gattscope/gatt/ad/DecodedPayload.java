package io.gattscope.gatt.ad;

/** A vendor payload inside manufacturer or service data that this library understands. */
public sealed interface DecodedPayload
    permits IBeacon, Eddystone, AppleContinuity, MicrosoftBeacon {
  /**
   * A one-line human summary.
   *
   * @return the payload's kind and decoded fields on one line; may be empty when there is nothing
   *     to add to the raw bytes
   */
  String summary();
}
