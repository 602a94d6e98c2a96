// Queue entries of the population runner packed into one number each: dossier, generation, kind, index.

/**
 * Queue entries are plain numbers (no allocation per event): index in the chunk × 2^(genBits + 10) +
 * (generation mod 2^genBits) × 2^10 + deadline index × 4 + kind, within the 53 bits of a double. The
 * event itself is found again when the entry fires: the snapshot is unchanged (same generation), so
 * `awaiting` and `pendingDeadlines` give the same answer.
 *
 * @example
 * const code = entryCodec(1024); code.instance(code.encode(5, 2, 1, 0)) // => 5
 */
export function entryCodec(total: number) {
  const instanceBits = Math.max(1, Math.ceil(Math.log2(total + 1)));
  const genBits = Math.max(8, Math.min(20, 53 - 10 - instanceBits));
  const genMod = 2 ** genBits;
  const low = 2 ** (genBits + 10);
  return {
    encode: (j: number, g: number, kind: number, k: number): number => j * low + (g % genMod) * 1024 + Math.min(k, 255) * 4 + kind,
    instance: (v: number): number => Math.floor(v / low),
    current: (v: number, g: number): boolean => Math.floor((v % low) / 1024) === g % genMod,
    kind: (v: number): number => v % 4,
    index: (v: number): number => Math.floor((v % 1024) / 4),
  };
}
