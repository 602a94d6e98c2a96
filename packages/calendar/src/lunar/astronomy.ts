// The astronomy under the lunar calendar: true new moons, the Sun's apparent longitude, ΔT (Meeus).

/** Julian Day of 1970-01-01 00:00 UTC. */
const JD_UNIX_EPOCH = 2_440_587.5;
/** Vietnam's civil day boundary (UTC+7, meridian 105°E) as a fraction of a day. */
const VN_OFFSET_DAYS = 7 / 24;
const RAD = Math.PI / 180;

const sin = (degrees: number): number => Math.sin(degrees * RAD);

/**
 * ΔT = TT − UT in seconds, from the Espenak–Meeus polynomials (good to a few seconds over 1860–2150,
 * which moves a new moon by as much; that is far below what decides a civil day in practice).
 *
 * @example
 * Math.round(deltaTSeconds(2000)) // => 64
 */
export function deltaTSeconds(year: number): number {
  if (year < 1900) {
    const t = year - 1860;
    return 7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233_174;
  }
  if (year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (year - 1820) / 100;
  return -20 + 32 * u * u - 0.5628 * (2150 - year);
}

/** Decimal year of a Julian Day (close enough for ΔT). */
function yearOfJd(jd: number): number {
  return 2000 + (jd - 2_451_545) / 365.25;
}

/**
 * Converts a Julian Ephemeris Day (TT) to a Julian Day in UT.
 *
 * @example
 * (2_451_545 - jdeToJdUt(2_451_545)) * 86_400 // ≈ 63.9 (ΔT in 2000, seconds)
 */
function jdeToJdUt(jde: number): number {
  return jde - deltaTSeconds(yearOfJd(jde)) / 86_400;
}

/**
 * Converts a Julian Day in UT to a Julian Ephemeris Day (TT).
 *
 * @example
 * jdUtToJde(2_451_545) // ≈ 2451545.00074
 */
function jdUtToJde(jd: number): number {
  return jd + deltaTSeconds(yearOfJd(jd)) / 86_400;
}

/**
 * The Vietnamese civil day (epoch day, UTC+7) in which an instant given as JDE falls.
 *
 * @example
 * localDayOfJde(2_451_545) // => 10957 (2000-01-01; 12:00 TT is 18:59 in Hanoi)
 */
export function localDayOfJde(jde: number): number {
  return Math.floor(jdeToJdUt(jde) - JD_UNIX_EPOCH + VN_OFFSET_DAYS);
}

/**
 * The JDE of 00:00 (UTC+7) starting a Vietnamese civil day.
 *
 * @example
 * jdeOfLocalMidnight(0) // ≈ 2440587.2088 (1970-01-01 00:00 +07:00 = 1969-12-31 17:00 UT, plus ΔT)
 */
export function jdeOfLocalMidnight(epochDay: number): number {
  return jdUtToJde(epochDay + JD_UNIX_EPOCH - VN_OFFSET_DAYS);
}

/**
 * The lunation number k (Meeus: k = 0 is the new moon of 2000-01-06) nearest to a JDE.
 *
 * @example
 * nearestLunation(2_443_192.65) // => -283 (February 1977)
 */
export function nearestLunation(jde: number): number {
  return Math.round((jde - 2_451_550.09766) / 29.530588861);
}

/** Periodic terms of the true new moon: [coefficient, power of E, multiples of M, M', F, Ω]. */
const NEW_MOON_TERMS: readonly (readonly [number, number, number, number, number, number])[] = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

/** Planetary arguments A1…A14 of the new-moon correction: [constant, rate per lunation, coefficient]. */
const PLANETARY_TERMS: readonly (readonly [number, number, number])[] = [
  [299.77, 0.107408, 0.000325],
  [251.88, 0.016321, 0.000165],
  [251.83, 26.651886, 0.000164],
  [349.42, 36.412478, 0.000126],
  [84.66, 18.206239, 0.00011],
  [141.74, 53.303771, 0.000062],
  [207.14, 2.453732, 0.00006],
  [154.84, 7.30686, 0.000056],
  [34.52, 27.261239, 0.000047],
  [207.19, 0.121824, 0.000042],
  [291.34, 1.844379, 0.00004],
  [161.72, 24.198154, 0.000037],
  [239.56, 25.513099, 0.000035],
  [331.55, 3.592518, 0.000023],
];

/**
 * The instant (JDE, TT) of the true new moon of lunation `k` (Meeus, Astronomical Algorithms, ch. 49:
 * mean phase plus the periodic and planetary corrections; error under a minute).
 *
 * @example
 * newMoonJde(0) // ≈ 2451550.2597 (2000-01-06 18:14 UT)
 */
export function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const mean = 2_451_550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const m = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3;
  const mPrime = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
  const f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
  const omega = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;
  let correction = 0;
  for (const [c, ePower, nm, nmp, nf, no] of NEW_MOON_TERMS) {
    correction += c * e ** ePower * sin(nm * m + nmp * mPrime + nf * f + no * omega);
  }
  // A1 also carries a T² term.
  let planetary = 0;
  PLANETARY_TERMS.forEach(([a0, rate, c], i) => {
    planetary += c * sin(a0 + rate * k - (i === 0 ? 0.009173 * t2 : 0));
  });
  return mean + correction + planetary;
}

/**
 * The Sun's apparent geocentric longitude in degrees [0, 360) at a JDE (Meeus ch. 25, with the
 * equation of the centre, nutation in longitude and aberration; about 0.01°, i.e. 15 minutes of time).
 *
 * @example
 * Math.round(sunApparentLongitude(2_448_908.5)) // => 200 (1992-10-13, Meeus' example 25.a: 199.909°)
 */
export function sunApparentLongitude(jde: number): number {
  const t = (jde - 2_451_545) / 36_525;
  const l0 = 280.46646 + 36_000.76983 * t + 0.0003032 * t * t;
  const m = 357.52911 + 35_999.05029 * t - 0.0001537 * t * t;
  const c =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(m) +
    (0.019993 - 0.000101 * t) * sin(2 * m) +
    0.000289 * sin(3 * m);
  const omega = 125.04 - 1934.136 * t;
  const lambda = l0 + c - 0.00569 - 0.00478 * sin(omega);
  return ((lambda % 360) + 360) % 360;
}

/**
 * The instant (JDE) near `approxJde` when the Sun's apparent longitude reaches `targetDegrees`
 * (Newton steps on the mean motion; converges in 3–4 steps).
 *
 * @example
 * sunLongitudeCrossing(270, 2_459_935) // the December 2022 solstice, 2022-12-21 21:48 UT
 */
export function sunLongitudeCrossing(targetDegrees: number, approxJde: number): number {
  let jde = approxJde;
  for (let i = 0; i < 8; i++) {
    let delta = targetDegrees - sunApparentLongitude(jde);
    delta = (((delta % 360) + 540) % 360) - 180;
    const step = delta / 0.9856473;
    jde += step;
    if (Math.abs(step) < 1e-6) break;
  }
  return jde;
}
