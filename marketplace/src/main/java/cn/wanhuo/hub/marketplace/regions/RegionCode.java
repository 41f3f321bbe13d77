package cn.wanhuo.hub.marketplace.regions;

import java.util.regex.Pattern;

/**
 * A GB/T 2260 administrative division code: six digits, {@code PPCCXX} for province, city (prefecture), county.
 * Only the shape is checked here; whether the code names a real division is {@link Regions}' business.
 */
public record RegionCode(String value) {

  private static final Pattern SHAPE = Pattern.compile("[1-8]\\d{5}");

  public RegionCode {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("A GB/T 2260 region code has six digits, got: " + value);
    }
  }

  public static RegionCode of(String value) {
    return new RegionCode(value);
  }

  public boolean isProvince() {
    return value.endsWith("0000");
  }

  public boolean isPrefecture() {
    return !isProvince() && value.endsWith("00");
  }

  public boolean isCounty() {
    return !value.endsWith("00");
  }

  /** The prefecture a county belongs to (itself for a prefecture). */
  public RegionCode prefecture() {
    return isProvince() ? this : new RegionCode(value.substring(0, 4) + "00");
  }

  /** Whether this division lies within (or is) the given one. */
  public boolean within(RegionCode other) {
    if (other.isProvince()) {
      return value.startsWith(other.value.substring(0, 2));
    }
    if (other.isPrefecture()) {
      return value.startsWith(other.value.substring(0, 4));
    }
    return value.equals(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
