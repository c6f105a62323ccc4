import type { CommandSpec } from '../command.js';
import { capacityCommand } from './capacity.js';
import { examplesCommand } from './examples.js';
import { hotkeysCommand } from './hotkeys.js';
import { importCommand } from './import.js';
import { itemSizeCommand } from './item-size.js';
import { lintCommand } from './lint.js';
import { partitionsCommand } from './partitions.js';
import { simulateCommand } from './simulate.js';
import { schemaCommand } from './schema.js';

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly CommandSpec[] = [capacityCommand, itemSizeCommand, partitionsCommand, hotkeysCommand, lintCommand, importCommand, simulateCommand, examplesCommand, schemaCommand];
