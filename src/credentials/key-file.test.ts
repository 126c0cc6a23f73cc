import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createKeyFile, readKeyFile, replaceKeyFile } from './key-file.js';
import { newKeyBytes, seal, SealBroken, toMasterKey, unseal } from './keyring.js';

const dir = mkdtempSync(join(tmpdir(), 'kanalkoll-keyfile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the key file', () => {
  it('is created once, private, and the second creator reads the first one’s key', () => {
    const path = join(dir, 'a/master-key');
    const first = toMasterKey(newKeyBytes());
    const second = toMasterKey(newKeyBytes());
    expect(createKeyFile(path, { currentId: first.id, keys: [first] })).toBe(true);
    expect(createKeyFile(path, { currentId: second.id, keys: [second] })).toBe(false);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readKeyFile(path)?.currentId).toBe(first.id);
    replaceKeyFile(path, { currentId: second.id, keys: [second, first] });
    const set = readKeyFile(path)!;
    expect(set.keys.map((k) => k.id)).toEqual([second.id, first.id]);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('reports an edited entry by its id, never the key', () => {
    const path = join(dir, 'edited');
    const key = toMasterKey(newKeyBytes());
    const other = newKeyBytes().toString('base64');
    writeFileSync(path, JSON.stringify({ current: key.id, keys: { [key.id]: other } }));
    expect(() => readKeyFile(path)).toThrow(`the key listed as ${key.id} is another key.`);
    expect(() => readKeyFile(path)).not.toThrow(other);
    expect(readFileSync(path, 'utf8')).toContain(other);
    expect(readKeyFile(join(dir, 'none'))).toBeNull();
  });
});

describe('sealing', () => {
  it('opens only with the same key and associated data', () => {
    const key = newKeyBytes();
    const sealed = seal(key, 'hemligt', 'kanalkoll/credential/1/password');
    expect(unseal(key, sealed, 'kanalkoll/credential/1/password').toString()).toBe('hemligt');
    expect(() => unseal(key, sealed, 'kanalkoll/credential/2/password')).toThrow(SealBroken);
    expect(() => unseal(newKeyBytes(), sealed, 'kanalkoll/credential/1/password')).toThrow(
      SealBroken,
    );
    expect(seal(key, 'hemligt', 'x')).not.toBe(seal(key, 'hemligt', 'x'));
  });
});
