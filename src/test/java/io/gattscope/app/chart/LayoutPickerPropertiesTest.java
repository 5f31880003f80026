package io.gattscope.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.stream.FieldType;
import io.gattscope.stream.LayoutField;
import io.gattscope.stream.LayoutItem;
import io.gattscope.stream.Padding;
import io.gattscope.stream.PayloadLayout;
import io.gattscope.stream.RateMeter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Rows typed into the picker and the layout text stay two views of one layout. */
class LayoutPickerPropertiesTest {
  private static final ChartViewModel CHART =
      new ChartViewModel("p", PayloadLayout.parse("x:u8"), null, null, new RateMeter(), () -> 0);

  @Property(tries = 200)
  void rowsTypedInBuildTheLayoutAndTheSpecLoadsBackIntoEqualRows(
      @ForAll("layouts") List<LayoutItem> items) {
    ChartViewModel chart = CHART;
    chart.layoutSpecProperty().set("x:u8");
    LayoutPickerViewModel picker = new LayoutPickerViewModel(chart);
    picker.rows().clear();
    for (LayoutItem item : items) {
      if (item instanceof Padding p) {
        picker.addPadding().skipBytesProperty().set(Integer.toString(p.bytes()));
      } else {
        LayoutField f = (LayoutField) item;
        LayoutPickerRow row = picker.addField();
        row.nameProperty().set(f.name());
        row.typeProperty().set(f.type());
        row.bigEndianProperty().set(f.bigEndian());
        row.scaleProperty().set(Double.toString(f.scale()));
        row.offsetProperty().set(Double.toString(f.offset()));
        row.unitProperty().set(f.unit());
      }
    }
    assertThat(picker.errorProperty().get()).isEmpty();
    String spec = picker.specProperty().get();
    assertThat(PayloadLayout.parse(spec)).isEqualTo(PayloadLayout.of(items));
    assertThat(picker.byteCountProperty().get()).isEqualTo(PayloadLayout.of(items).minimumLength());

    chart.layoutSpecProperty().set(spec);
    LayoutPickerViewModel reloaded = new LayoutPickerViewModel(chart);
    assertThat(reloaded.rows()).hasSize(items.size());
    assertThat(reloaded.specProperty().get()).isEqualTo(spec);
  }

  @Provide
  Arbitrary<List<LayoutItem>> layouts() {
    Arbitrary<LayoutItem> field =
        Combinators.combine(
                Arbitraries.of(FieldType.values()),
                Arbitraries.of(true, false),
                Arbitraries.of(1.0, 0.001, -2.5, 1e-7, 0.1, 3.0e8),
                Arbitraries.of(0.0, -40.0, 273.15, 1.5e-3),
                Arbitraries.of("", "g", "mg", "°C", "m/s²", "dps", "V rms"))
            .as((t, be, scale, offset, unit) -> new LayoutField("n", t, be, scale, offset, unit));
    Arbitrary<LayoutItem> padding = Arbitraries.integers().between(1, 8).map(Padding::new);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, field), net.jqwik.api.Tuple.of(1, padding))
        .list()
        .ofMinSize(1)
        .ofMaxSize(12)
        .map(LayoutPickerPropertiesTest::named)
        .filter(items -> items.stream().anyMatch(LayoutField.class::isInstance));
  }

  private static List<LayoutItem> named(List<LayoutItem> items) {
    List<LayoutItem> out = new ArrayList<>();
    int n = 0;
    for (LayoutItem item : items) {
      out.add(
          item instanceof LayoutField f
              ? new LayoutField(
                  "ch_" + n++, f.type(), f.bigEndian(), f.scale(), f.offset(), f.unit())
              : item);
    }
    return out;
  }
}
