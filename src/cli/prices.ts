import { parsePriceTable, type PriceTable } from '../calculators/price-table.js';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors.js';
import type { Io } from './io.js';
import { readTextInput } from './read-input.js';

/** The bundled price table, data/prices.json, relative to this module in both src/ and dist/. */
const BUNDLED = new URL('../../data/prices.json', import.meta.url);

/** Loads the price table from `--prices FILE`, or the bundled dated table. */
export async function loadPrices(io: Io, file?: string): Promise<PriceTable> {
  const input = await readTextInput(file ?? fileURLToPath(BUNDLED), io, 1024 * 1024);
  let value: unknown;
  try {
    value = JSON.parse(input.text);
  } catch (e) {
    throw new InputError(`invalid JSON: ${(e as Error).message}`, { file: input.file, flag: '--prices' });
  }
  try {
    return parsePriceTable(value);
  } catch (e) {
    if (e instanceof InputError) throw e.withLocation({ file: input.file });
    throw e;
  }
}
