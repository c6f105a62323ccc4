import { readFileSync } from 'node:fs';
import * as api from '../../../src/index.js';

describe('the importers in the library API', () => {
  it('loads and imports any format, with the format and the notes', () => {
    const file = 'fixtures/cloudformation/sam-app.yaml';
    const text = readFileSync(file, 'utf8');
    expect(api.loadModel(text, file).tables.map((t) => t.name)).toEqual(['links-dev', 'ClicksTable']);
    const imported = api.importModel(text, file);
    expect([imported.format, api.FORMAT_NAMES[imported.format]]).toEqual(['cloudformation', 'CloudFormation template']);
    expect(imported.notes.map((n) => n.pointer)).toEqual(['/Resources/LinksTable/Properties/TableName', '/Resources/ClicksTable']);
    expect(api.detectFormat({ Table: {} })).toBe('describe-table');
    expect(() => api.loadModel('{}', 'x.json')).toThrow(api.InputError);
  });
});
