package io.gattscope.app.device;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.GattDescriptor;
import io.gattscope.ble.GattService;
import io.gattscope.ble.Uuids;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Builds the GATT tree rows (and their view models) from a discovered database. */
final class GattTreeBuilder {
  private GattTreeBuilder() {}

  /** One service row per discovered service, in handle order; duplicates stay distinct rows. */
  static List<GattNode> build(
      AppContext ctx,
      ReadOnlyObjectProperty<BleDevice> device,
      GattDatabase db,
      List<CharacteristicViewModel> out,
      Supplier<CompletableFuture<Void>> pairer) {
    List<GattNode> rows = new ArrayList<>();
    for (GattService s : db.services()) {
      List<GattNode> chars = new ArrayList<>();
      for (GattCharacteristic c : s.characteristics()) {
        CharacteristicViewModel vm = new CharacteristicViewModel(ctx, device, c, pairer);
        out.add(vm);
        List<GattNode> descs = new ArrayList<>();
        for (DescriptorViewModel d : vm.descriptors()) {
          descs.add(
              new GattNode(
                  GattNode.Kind.DESCRIPTOR,
                  new ReadOnlyStringWrapper(d.name()),
                  d.uuidText(),
                  d.descriptor().handle(),
                  "",
                  d.valueTextProperty(),
                  List.of(),
                  null,
                  d));
        }
        chars.add(
            new GattNode(
                GattNode.Kind.CHARACTERISTIC,
                vm.nameProperty(),
                vm.uuidText(),
                c.valueHandle(),
                vm.propertiesText(),
                vm.valueTextProperty(),
                descs,
                vm,
                null));
      }
      rows.add(
          new GattNode(
              GattNode.Kind.SERVICE,
              new ReadOnlyStringWrapper(ctx.knowledge().serviceName(s.uuid()).orElse("Unknown")),
              Uuids.format(s.uuid()),
              s.startHandle(),
              "",
              new ReadOnlyStringWrapper(""),
              chars,
              null,
              null));
    }
    return rows;
  }

  /** Reads every 0x2901 (label) and 0x2904 (presentation format) descriptor and applies them. */
  static void readLabels(AppContext ctx, List<CharacteristicViewModel> characteristics) {
    for (CharacteristicViewModel c : characteristics) {
      for (DescriptorViewModel d : c.descriptors()) {
        boolean label = d.descriptor().uuid().equals(GattDescriptor.USER_DESCRIPTION);
        boolean format = d.descriptor().uuid().equals(GattDescriptor.PRESENTATION_FORMAT);
        if (label || format) {
          d.read()
              .thenAccept(
                  v ->
                      ctx.ui()
                          .execute(
                              () -> {
                                if (label) {
                                  c.applyUserDescription(new String(v, StandardCharsets.UTF_8));
                                } else {
                                  c.applyPresentationFormat(v);
                                }
                              }));
        }
      }
    }
  }
}
