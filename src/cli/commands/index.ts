import type { CommandSpec } from '../command.js';
import { capacityCommand } from './capacity.js';
import { examplesCommand } from './examples.js';
import { itemSizeCommand } from './item-size.js';
import { partitionsCommand } from './partitions.js';
import { simulateCommand } from './simulate.js';
import { schemaCommand } from './schema.js';

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly CommandSpec[] = [capacityCommand, itemSizeCommand, partitionsCommand, simulateCommand, examplesCommand, schemaCommand];
