import { describe, expect, it } from 'vitest';
import { loginPathFor, safeNextPath } from './safe-next-path.ts';

describe('safeNextPath', () => {
  it('keeps a same-site path with its query and fragment', () => {
    expect(safeNextPath('/f/gavleborg')).toBe('/f/gavleborg');
    expect(safeNextPath('/f/gavleborg/ekonomi?ar=2019#drift')).toBe('/f/gavleborg/ekonomi?ar=2019#drift');
  });

  it('falls back to the start page when there is no next', () => {
    expect(safeNextPath(null)).toBe('/');
    expect(safeNextPath(undefined)).toBe('/');
    expect(safeNextPath('')).toBe('/');
  });

  it('refuses addresses that lead to another site', () => {
    for (const next of [
      'https://evil.example/',
      '//evil.example',
      '///evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      'evil.example',
      ' /f/gavleborg',
      '/\t/evil.example',
      '/%0a/evil.example\n',
    ]) {
      expect(safeNextPath(next), next).toBe('/');
    }
  });

  it('refuses to return to the login page itself', () => {
    expect(safeNextPath('/logga-in')).toBe('/');
    expect(safeNextPath('/logga-in?next=/f/x')).toBe('/');
  });

  it('normalises dot segments without leaving the site', () => {
    expect(safeNextPath('/f/../../valj-forbund')).toBe('/valj-forbund');
  });
});

describe('loginPathFor', () => {
  it('carries the page to return to', () => {
    expect(loginPathFor('/f/gavleborg?x=1')).toBe('/logga-in?next=%2Ff%2Fgavleborg%3Fx%3D1');
  });

  it('leaves next out for the start page', () => {
    expect(loginPathFor('/')).toBe('/logga-in');
  });
});
