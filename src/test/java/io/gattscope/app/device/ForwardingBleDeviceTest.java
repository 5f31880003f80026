package io.gattscope.app.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.BleDevice;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * ForwardingBleDevice cannot drift from {@link BleDevice}: every method of the interface is either
 * forwarded to the wrapped device or a default built only on other methods, and every forwarder
 * really reaches the wrapped device with the same call and hands back its answer.
 */
class ForwardingBleDeviceTest {
  /** Defaults built only on other BleDevice methods: they run through a subclass's overrides. */
  private static final Set<String> COMPOSED =
      Set.of(
          "discover()",
          "discover(Duration)",
          "resolveAsync(CharacteristicRef)",
          "readAsync(CharacteristicRef)",
          "read(CharacteristicRef)",
          "read(CharacteristicRef,Duration)",
          "readLongAsync(CharacteristicRef)",
          "readLong(CharacteristicRef)",
          "readLong(CharacteristicRef,Duration)",
          "writeAsync(CharacteristicRef,byte[],WriteType)",
          "write(CharacteristicRef,byte[],WriteType)",
          "write(CharacteristicRef,byte[],WriteType,Duration)",
          "write(CharacteristicRef,byte[])",
          "writeLongAsync(CharacteristicRef,byte[])",
          "writeLong(CharacteristicRef,byte[])",
          "writeLong(CharacteristicRef,byte[],Duration)",
          "subscribeAsync(CharacteristicRef,SubscriptionType,NotificationListener)",
          "subscribe(CharacteristicRef,SubscriptionType,NotificationListener)",
          "subscribe(CharacteristicRef,SubscriptionType,NotificationListener,Duration)",
          "subscribe(CharacteristicRef,NotificationListener)",
          "resubscribeAll()",
          "rssi()",
          "bond(PairingHandler)",
          "disconnect()",
          "reconnect()",
          "requestMtu(int)");

  @Test
  void everyMethodOfTheInterfaceIsForwardedOrComposedOfForwardedOnes() {
    List<String> unclassified = new ArrayList<>();
    for (Method m : BleDevice.class.getMethods()) {
      if (Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      boolean forwarded = declared(m);
      boolean composed = COMPOSED.contains(signature(m));
      if (forwarded == composed || (composed && !m.isDefault())) {
        unclassified.add(signature(m) + (forwarded ? " (forwarded and listed)" : ""));
      }
    }
    assertThat(unclassified)
        .as("BleDevice methods neither forwarded by ForwardingBleDevice nor composed defaults")
        .isEmpty();
  }

  @Test
  void everyForwarderReachesTheWrappedDeviceAndReturnsItsAnswer() throws Exception {
    List<String> calls = new ArrayList<>();
    BleDevice wrapped =
        (BleDevice)
            Proxy.newProxyInstance(
                BleDevice.class.getClassLoader(),
                new Class<?>[] {BleDevice.class},
                (proxy, method, args) -> {
                  calls.add(signature(method));
                  return answer(method.getReturnType());
                });
    ForwardingBleDevice forwarding = new ForwardingBleDevice(wrapped) {};
    List<Method> forwarders =
        Arrays.stream(ForwardingBleDevice.class.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()))
            .toList();
    assertThat(forwarders).hasSizeGreaterThan(20);
    for (Method m : forwarders) {
      calls.clear();
      Object[] args =
          Arrays.stream(m.getParameterTypes()).map(t -> t == int.class ? 0 : null).toArray();
      Object result = m.invoke(forwarding, args);
      assertThat(calls).as(signature(m)).containsExactly(signature(m));
      if (m.getReturnType().isPrimitive() && m.getReturnType() != void.class) {
        assertThat(result).as(signature(m) + " answer").isEqualTo(answer(m.getReturnType()));
      }
    }
  }

  private static boolean declared(Method m) {
    try {
      ForwardingBleDevice.class.getDeclaredMethod(m.getName(), m.getParameterTypes());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static Object answer(Class<?> type) {
    if (type == long.class) {
      return 7L;
    }
    if (type == int.class) {
      return 5;
    }
    if (type == boolean.class) {
      return true;
    }
    return null;
  }

  private static String signature(Method m) {
    return m.getName()
        + Arrays.stream(m.getParameterTypes())
            .map(Class::getSimpleName)
            .collect(Collectors.joining(",", "(", ")"));
  }
}
