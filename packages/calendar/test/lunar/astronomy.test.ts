// The astronomical primitives against Meeus' worked examples.
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../src/epoch-day.js';
import {
  deltaTSeconds,
  localDayOfJde,
  newMoonJde,
  sunApparentLongitude,
  sunLongitudeCrossing,
} from '../../src/lunar/astronomy.js';

describe('astronomy', () => {
  it('true new moon of 1977 February (Meeus example 49.a, k = -283)', () => {
    expect(newMoonJde(-283)).toBeCloseTo(2_443_192.65118, 4);
  });

  it("Sun's apparent longitude on 1992-10-13 0h TD (Meeus example 25.a)", () => {
    expect(sunApparentLongitude(2_448_908.5)).toBeCloseTo(199.90895, 3);
  });

  it('ΔT is about a minute around 2000 and a few seconds around 1900', () => {
    expect(deltaTSeconds(2000)).toBeCloseTo(63.86, 1);
    expect(Math.abs(deltaTSeconds(1900))).toBeLessThan(5);
  });

  it('the December 2022 solstice falls on 2022-12-22 in Vietnam (04:48 UTC+7)', () => {
    const solstice = sunLongitudeCrossing(270, 2_459_935);
    expect(formatIsoDate(localDayOfJde(solstice))).toBe('2022-12-22');
  });
});
