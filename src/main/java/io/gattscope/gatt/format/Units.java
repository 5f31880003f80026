package io.gattscope.gatt.format;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The Bluetooth SIG units table (UUIDs 0x2700 to 0x27C8) with names and symbols. */
public final class Units {
  private static final String TABLE =
      """
      2700|unitless|
      2701|length (metre)|m
      2702|mass (kilogram)|kg
      2703|time (second)|s
      2704|electric current (ampere)|A
      2705|thermodynamic temperature (kelvin)|K
      2706|amount of substance (mole)|mol
      2707|luminous intensity (candela)|cd
      2710|area (square metres)|m²
      2711|volume (cubic metres)|m³
      2712|velocity (metres per second)|m/s
      2713|acceleration (metres per second squared)|m/s²
      2714|wavenumber (reciprocal metre)|1/m
      2715|density (kilogram per cubic metre)|kg/m³
      2716|surface density (kilogram per square metre)|kg/m²
      2717|specific volume (cubic metre per kilogram)|m³/kg
      2718|current density (ampere per square metre)|A/m²
      2719|magnetic field strength (ampere per metre)|A/m
      271A|amount concentration (mole per cubic metre)|mol/m³
      271B|mass concentration (kilogram per cubic metre)|kg/m³
      271C|luminance (candela per square metre)|cd/m²
      271D|refractive index|
      271E|relative permeability|
      2720|plane angle (radian)|rad
      2721|solid angle (steradian)|sr
      2722|frequency (hertz)|Hz
      2723|force (newton)|N
      2724|pressure (pascal)|Pa
      2725|energy (joule)|J
      2726|power (watt)|W
      2727|electric charge (coulomb)|C
      2728|electric potential difference (volt)|V
      2729|capacitance (farad)|F
      272A|electric resistance (ohm)|Ω
      272B|electric conductance (siemens)|S
      272C|magnetic flux (weber)|Wb
      272D|magnetic flux density (tesla)|T
      272E|inductance (henry)|H
      272F|Celsius temperature (degree Celsius)|°C
      2730|luminous flux (lumen)|lm
      2731|illuminance (lux)|lx
      2732|activity referred to a radionuclide (becquerel)|Bq
      2733|absorbed dose (gray)|Gy
      2734|dose equivalent (sievert)|Sv
      2735|catalytic activity (katal)|kat
      2740|dynamic viscosity (pascal second)|Pa·s
      2741|moment of force (newton metre)|N·m
      2742|surface tension (newton per metre)|N/m
      2743|angular velocity (radian per second)|rad/s
      2744|angular acceleration (radian per second squared)|rad/s²
      2745|heat flux density (watt per square metre)|W/m²
      2746|heat capacity (joule per kelvin)|J/K
      2747|specific heat capacity (joule per kilogram kelvin)|J/(kg·K)
      2748|specific energy (joule per kilogram)|J/kg
      2749|thermal conductivity (watt per metre kelvin)|W/(m·K)
      274A|energy density (joule per cubic metre)|J/m³
      274B|electric field strength (volt per metre)|V/m
      274C|electric charge density (coulomb per cubic metre)|C/m³
      274D|surface charge density (coulomb per square metre)|C/m²
      274E|electric flux density (coulomb per square metre)|C/m²
      274F|permittivity (farad per metre)|F/m
      2750|permeability (henry per metre)|H/m
      2751|molar energy (joule per mole)|J/mol
      2752|molar entropy (joule per mole kelvin)|J/(mol·K)
      2753|exposure (coulomb per kilogram)|C/kg
      2754|absorbed dose rate (gray per second)|Gy/s
      2755|radiant intensity (watt per steradian)|W/sr
      2756|radiance (watt per square metre steradian)|W/(m²·sr)
      2757|catalytic activity concentration (katal per cubic metre)|kat/m³
      2760|time (minute)|min
      2761|time (hour)|h
      2762|time (day)|d
      2763|plane angle (degree)|°
      2764|plane angle (minute)|′
      2765|plane angle (second)|″
      2766|area (hectare)|ha
      2767|volume (litre)|L
      2768|mass (tonne)|t
      2780|pressure (bar)|bar
      2781|pressure (millimetre of mercury)|mmHg
      2782|length (ångström)|Å
      2783|length (nautical mile)|NM
      2784|area (barn)|b
      2785|velocity (knot)|kn
      2786|logarithmic radio quantity (neper)|Np
      2787|logarithmic radio quantity (bel)|B
      27A0|length (yard)|yd
      27A1|length (parsec)|pc
      27A2|length (inch)|in
      27A3|length (foot)|ft
      27A4|length (mile)|mi
      27A5|pressure (pound-force per square inch)|psi
      27A6|velocity (kilometre per hour)|km/h
      27A7|velocity (mile per hour)|mph
      27A8|angular velocity (revolution per minute)|rpm
      27A9|energy (gram calorie)|cal
      27AA|energy (kilogram calorie)|kcal
      27AB|energy (kilowatt hour)|kWh
      27AC|thermodynamic temperature (degree Fahrenheit)|°F
      27AD|percentage|%
      27AE|per mille|‰
      27AF|period (beats per minute)|bpm
      27B0|electric charge (ampere hours)|Ah
      27B1|mass density (milligram per decilitre)|mg/dL
      27B2|mass density (millimole per litre)|mmol/L
      27B3|time (year)|a
      27B4|time (month)|mo
      27B5|concentration (count per cubic metre)|1/m³
      27B6|irradiance (watt per square metre)|W/m²
      27B7|milliliter (per kilogram per minute)|mL/(kg·min)
      27B8|mass (pound)|lb
      27B9|metabolic equivalent|MET
      27BA|step (per minute)|steps/min
      27BC|stroke (per minute)|strokes/min
      27BD|pace (kilometre per minute)|km/min
      27BE|luminous efficacy (lumen per watt)|lm/W
      27BF|luminous energy (lumen hour)|lm·h
      27C0|luminous exposure (lux hour)|lx·h
      27C1|mass flow (gram per second)|g/s
      27C2|volume flow (litre per second)|L/s
      27C3|sound pressure (decibel)|dB
      27C4|concentration (parts per million)|ppm
      27C5|concentration (parts per billion)|ppb
      27C6|mass density rate (milligram per decilitre per minute)|mg/(dL·min)
      27C7|electrical apparent energy (kilovolt ampere hour)|kVAh
      27C8|electrical apparent power (volt ampere)|VA
      """;

  private static final Map<Integer, Unit> BY_UUID = new HashMap<>();

  static {
    for (String line : TABLE.split("\n")) {
      String[] p = line.split("\\|", -1);
      int uuid = Integer.parseInt(p[0], 16);
      BY_UUID.put(uuid, new Unit(uuid, p[1], p[2]));
    }
  }

  private Units() {}

  /**
   * The unit with a 16-bit unit UUID, e.g. 0x272F for degrees Celsius.
   *
   * @param uuid the 16-bit unit UUID, as in a Presentation Format descriptor
   * @return the unit, or empty for a UUID not in the table
   */
  public static Optional<Unit> forUuid(int uuid) {
    return Optional.ofNullable(BY_UUID.get(uuid));
  }

  /**
   * The unit's symbol, or empty text when the UUID is unitless or unknown.
   *
   * @param uuid the 16-bit unit UUID
   * @return the symbol, e.g. {@code "°C"}; never {@code null}
   */
  public static String symbol(int uuid) {
    Unit u = BY_UUID.get(uuid);
    return u == null ? "" : u.symbol();
  }

  /**
   * How many units the table knows.
   *
   * @return the number of units in the table
   */
  public static int count() {
    return BY_UUID.size();
  }
}
