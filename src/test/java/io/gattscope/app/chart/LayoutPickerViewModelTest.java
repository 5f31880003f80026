package io.gattscope.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.stream.FieldRole;
import io.gattscope.stream.FieldType;
import io.gattscope.stream.PayloadLayout;
import io.gattscope.stream.RateMeter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout picker's view model without a toolkit, on a real chart view model. */
class LayoutPickerViewModelTest {
  @TempDir Path dir;

  private static ChartViewModel chart(String spec) {
    return new ChartViewModel(
        "imu", PayloadLayout.parse(spec), null, null, new RateMeter(), () -> 0);
  }

  private static LayoutPickerRow field(
      LayoutPickerViewModel picker, String name, FieldType type, String scale, String unit) {
    LayoutPickerRow row = picker.addField();
    row.nameProperty().set(name);
    row.typeProperty().set(type);
    row.scaleProperty().set(scale);
    row.unitProperty().set(unit);
    return row;
  }

  /** A picker emptied of its loaded rows, holding ax, ay (i16 g), pad2 and t (u16be °C). */
  private static LayoutPickerViewModel accelAndTemperature(ChartViewModel chart) {
    LayoutPickerViewModel picker = new LayoutPickerViewModel(chart);
    picker.rows().clear();
    field(picker, "ax", FieldType.I16, "0.001", "g");
    field(picker, "ay", FieldType.I16, "0.001", "g");
    picker.addPadding().skipBytesProperty().set("2");
    LayoutPickerRow t = field(picker, "t", FieldType.U16, "0.01", "°C");
    t.bigEndianProperty().set(true);
    t.offsetProperty().set("-40");
    return picker;
  }

  @Test
  void rowsComeFromTheChartLayoutAndPrintTheSameSpec() {
    LayoutPickerViewModel picker =
        new LayoutPickerViewModel(chart(ChartViewModel.IMU_PLAIN_LAYOUT));
    assertThat(picker.rows()).hasSize(6);
    LayoutPickerRow gx = picker.rows().get(3);
    assertThat(gx.nameProperty().get()).isEqualTo("gx");
    assertThat(gx.typeProperty().get()).isEqualTo(FieldType.I16);
    assertThat(gx.scaleProperty().get()).isEqualTo("0.1");
    assertThat(gx.unitProperty().get()).isEqualTo("dps");
    assertThat(gx.bytesProperty().get()).isEqualTo("bytes 6–7");
    assertThat(picker.specProperty().get())
        .isEqualTo(PayloadLayout.parse(ChartViewModel.IMU_PLAIN_LAYOUT).toSpec());
    assertThat(picker.byteCountTextProperty().get()).isEqualTo("12 bytes per notification");
    assertThat(picker.errorProperty().get()).isEmpty();
  }

  @Test
  void rowsBuildTheNamedSpecWithPaddingByteOrderScaleOffsetAndUnit() {
    LayoutPickerViewModel picker = accelAndTemperature(chart("x:u8"));
    String spec = picker.specProperty().get();
    assertThat(spec).isEqualTo("ax:i16*0.001 g, ay:i16*0.001 g, pad2, t:u16be*0.01-40 °C");
    assertThat(PayloadLayout.parse(spec).toSpec()).isEqualTo(spec);
    assertThat(picker.byteCountProperty().get()).isEqualTo(8);
    assertThat(picker.byteCountTextProperty().get()).isEqualTo("8 bytes per notification");
    assertThat(picker.rows().get(2).bytesProperty().get()).isEqualTo("bytes 4–5");
    assertThat(picker.validProperty().get()).isTrue();
  }

  @Test
  void fromTextReadsTheNamedAndTheStructFormBack() {
    ChartViewModel chart = chart("x:u8");
    LayoutPickerViewModel picker = new LayoutPickerViewModel(chart);
    chart.layoutSpecProperty().set("be a:i16, pad3, b:u24*2+1.5 V, n:u8");
    assertThat(picker.loadFromText()).isTrue();
    assertThat(picker.rows()).hasSize(4);
    assertThat(picker.rows().get(0).bigEndianProperty().get()).isTrue();
    assertThat(picker.rows().get(1).isPadding()).isTrue();
    assertThat(picker.rows().get(1).skipBytesProperty().get()).isEqualTo("3");
    assertThat(picker.rows().get(2).offsetProperty().get()).isEqualTo("1.5");
    assertThat(picker.specProperty().get()).isEqualTo("a:i16be, pad3, b:u24be*2+1.5 V, n:u8");
    assertThat(picker.byteCountProperty().get()).isEqualTo(9);

    chart.layoutSpecProperty().set("<2h x B");
    assertThat(picker.loadFromText()).isTrue();
    assertThat(picker.specProperty().get()).isEqualTo("c0:i16, c1:i16, pad1, c2:u8");
  }

  @Test
  void fromTextWithABadSpecKeepsTheRowsAndSaysWhy() {
    ChartViewModel chart = chart("x:u8, y:u8");
    LayoutPickerViewModel picker = new LayoutPickerViewModel(chart);
    chart.layoutSpecProperty().set("a:i16, b:q16");
    assertThat(picker.loadFromText()).isFalse();
    assertThat(picker.rows()).extracting(r -> r.nameProperty().get()).containsExactly("x", "y");
    assertThat(picker.errorProperty().get()).contains("layout text is not valid").contains("q16");
  }

  @Test
  void eachBadEntryGetsItsOwnMessageAndBlocksTheSpec() {
    ChartViewModel chart = chart("x:u8");
    LayoutPickerViewModel picker = accelAndTemperature(chart);
    LayoutPickerRow ay = picker.rows().get(1);
    List<String[]> cases =
        List.of(
            new String[] {"name", "", "name is empty"},
            new String[] {"name", "1y", "name '1y' must be letters"},
            new String[] {"name", "ax", "name 'ax' is already used in row 1"},
            new String[] {"scale", "0", "scale must not be 0"},
            new String[] {"scale", "NaN", "scale must be a finite number, not NaN"},
            new String[] {"scale", "abc", "scale 'abc' is not a number"},
            new String[] {"offset", "", "offset is empty (0 means none)"},
            new String[] {"unit", "m,s", "unit 'm,s' may not contain ','"},
            new String[] {"unit", "-5", "unit '-5' would be read back as a scale or offset"});
    for (String[] c : cases) {
      switch (c[0]) {
        case "name" -> ay.nameProperty().set(c[1]);
        case "scale" -> ay.scaleProperty().set(c[1]);
        case "offset" -> ay.offsetProperty().set(c[1]);
        default -> ay.unitProperty().set(c[1]);
      }
      assertThat(ay.errorProperty().get()).as(c[1]).startsWith(c[2]);
      assertThat(picker.errorProperty().get()).as(c[1]).startsWith("row 2 (").contains(c[2]);
      assertThat(picker.validProperty().get()).isFalse();
      assertThat(picker.specProperty().get()).isEmpty();
      assertThat(picker.apply()).isFalse();
      assertThat(chart.channels()).extracting(ChartChannel::name).containsExactly("x");
      ay.nameProperty().set("ay");
      ay.scaleProperty().set("0.001");
      ay.offsetProperty().set("0");
      ay.unitProperty().set("g");
      assertThat(picker.errorProperty().get()).isEmpty();
    }
    LayoutPickerRow pad = picker.rows().get(2);
    pad.skipBytesProperty().set("0");
    assertThat(pad.errorProperty().get())
        .isEqualTo("bytes to skip '0' must be a whole number from 1 to 512");
    assertThat(picker.byteCountTextProperty().get()).isEqualTo("6 bytes per notification");
    pad.skipBytesProperty().set("510");
    assertThat(picker.errorProperty().get())
        .isEqualTo("the layout needs 516 bytes, more than the 512 a notification can hold");
  }

  @Test
  void aLayoutWithoutFieldsIsRefused() {
    LayoutPickerViewModel picker = new LayoutPickerViewModel(chart("x:u8"));
    picker.rows().clear();
    picker.addPadding();
    assertThat(picker.errorProperty().get()).isEqualTo("add at least one field");
    assertThat(picker.byteCountTextProperty().get()).isEqualTo("1 byte per notification");
    assertThat(picker.validProperty().get()).isFalse();
  }

  @Test
  void addMoveAndRemoveReorderTheSpec() {
    LayoutPickerViewModel picker = accelAndTemperature(chart("x:u8"));
    LayoutPickerRow f1 = picker.addField();
    assertThat(f1.nameProperty().get()).isEqualTo("f1");
    assertThat(picker.addField().nameProperty().get()).isEqualTo("f2");
    picker.remove(picker.rows().get(5));
    LayoutPickerRow t = picker.rows().get(3);
    picker.moveUp(t);
    picker.moveUp(t);
    picker.moveDown(f1);
    assertThat(picker.specProperty().get())
        .isEqualTo("ax:i16*0.001 g, t:u16be*0.01-40 °C, ay:i16*0.001 g, pad2, f1:i16");
    assertThat(t.bytesProperty().get()).isEqualTo("bytes 2–3");
    picker.moveUp(picker.rows().get(0));
    picker.remove(picker.rows().get(1));
    assertThat(picker.specProperty().get())
        .isEqualTo("ax:i16*0.001 g, ay:i16*0.001 g, pad2, f1:i16");
    assertThat(picker.byteCountProperty().get()).isEqualTo(8);
  }

  @Test
  void previewDecodesTheLastPayloadPerRow() {
    ChartViewModel chart = chart("x:u8");
    LayoutPickerViewModel picker = accelAndTemperature(chart);
    assertThat(picker.payloadTextProperty().get()).isEqualTo("no notification received yet");
    byte[] sent = {(byte) 0xFB, (byte) 0xFF, (byte) 0xE8, 0x03, 9, 9, 0x13, (byte) 0x88};
    chart.listener().onNotification(8, sent, System.nanoTime());
    picker.refreshPayload();
    assertThat(picker.rows())
        .extracting(r -> r.previewProperty().get())
        .containsExactly("-0.005 g", "1 g", "", "10 °C");
    assertThat(picker.payloadTextProperty().get())
        .isEqualTo("last payload, 8 bytes: FB FF E8 03 09 09 13 88");

    picker.rows().get(3).typeProperty().set(FieldType.U32);
    assertThat(picker.rows().get(3).previewProperty().get()).isEqualTo("—");
    assertThat(picker.payloadTextProperty().get())
        .endsWith("(shorter than the 10 the layout needs)");
    byte[] copy = chart.lastPayload().orElseThrow();
    copy[0] = 0;
    assertThat(chart.lastPayload().orElseThrow()[0]).isEqualTo((byte) 0xFB);
  }

  @Test
  void applySwitchesTheChartToThePickedChannelsAndFillsTheLayoutText() throws Exception {
    ChartViewModel chart = chart(ChartViewModel.IMU_PLAIN_LAYOUT);
    LayoutPickerViewModel picker = accelAndTemperature(chart);
    assertThat(picker.apply()).isTrue();
    assertThat(chart.channels())
        .extracting(ChartChannel::label)
        .containsExactly("ax (g)", "ay (g)", "t (°C)");
    assertThat(chart.layoutSpecProperty().get()).isEqualTo(picker.specProperty().get());
    chart.listener().onNotification(8, new byte[] {1, 0, 2, 0, 0, 0, 0x13, (byte) 0x88}, 1);
    var buffer = chart.feedProperty().get().buffer();
    assertThat(buffer.writeSequence()).isEqualTo(1);

    chart.startRecording(dir.resolve("rec.csv"), false);
    picker.rows().get(0).nameProperty().set("bx");
    assertThat(picker.apply()).isFalse();
    assertThat(picker.errorProperty().get())
        .isEqualTo("stop the recording before changing the layout");
    assertThat(chart.channels()).extracting(ChartChannel::name).containsExactly("ax", "ay", "t");
    chart.stopRecording();
  }

  @Test
  void previewNumbersKeepSixSignificantDigits() {
    assertThat(PayloadPreview.format(1000)).isEqualTo("1000");
    assertThat(PayloadPreview.format(0.1 + 0.2)).isEqualTo("0.3");
    assertThat(PayloadPreview.format(-12.3456789)).isEqualTo("-12.3457");
    assertThat(PayloadPreview.format(2.5e-9)).isEqualTo("2.50000e-09");
    assertThat(PayloadPreview.format(Double.NaN)).isEqualTo("NaN");
  }

  @Test
  void theSequenceMarkerSurvivesARebuildAndApplyKeepsTheTimeBase() {
    ChartViewModel chart = chart(ChartViewModel.IMU_LAYOUT);
    LayoutPickerViewModel picker = new LayoutPickerViewModel(chart);
    LayoutPickerRow seq = picker.rows().get(picker.rows().size() - 1);
    assertThat(seq.roleProperty().get()).isEqualTo(FieldRole.SEQUENCE);
    picker.rows().get(0).unitProperty().set("mg");
    assertThat(picker.specProperty().get()).endsWith("seq:u16 @seq");
    assertThat(picker.apply()).isTrue();
    PayloadLayout applied = PayloadLayout.parse(chart.layoutSpecProperty().get());
    assertThat(applied.timeBase().role()).isEqualTo(FieldRole.SEQUENCE);
    assertThat(applied.fields().get(applied.timeBase().channel()).name()).isEqualTo("seq");
  }

  @Test
  void aTimestampRowNeedsATimeUnitAndOnlyOneRowCanBeTheTimeBase() {
    ChartViewModel chart = chart("x:u8");
    LayoutPickerViewModel picker = new LayoutPickerViewModel(chart);
    picker.rows().clear();
    LayoutPickerRow ts = field(picker, "ts", FieldType.U32, "0.001", "");
    ts.roleProperty().set(FieldRole.TIMESTAMP);
    assertThat(picker.validProperty().get()).isFalse();
    assertThat(picker.errorProperty().get()).contains("row 1 (ts)").contains("time unit");
    ts.unitProperty().set("s");
    assertThat(picker.specProperty().get()).isEqualTo("ts:u32*0.001 s @time");
    LayoutPickerRow n = field(picker, "n", FieldType.U16, "1", "");
    n.roleProperty().set(FieldRole.SEQUENCE);
    assertThat(picker.validProperty().get()).isFalse();
    assertThat(picker.errorProperty().get())
        .contains("row 2 (n)")
        .contains("only one field can be the time base");
    assertThat(picker.apply()).isFalse();
    assertThat(chart.layoutSpecProperty().get()).isEqualTo("x:u8");
  }
}
