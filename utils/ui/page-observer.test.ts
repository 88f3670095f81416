// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { observePage } from './page-observer';

const frame = () => new Promise((r) => setTimeout(r, 50));

describe('observePage', () => {
  let stop = () => {};
  afterEach(() => stop());

  it('ignores our own flags added to or removed from host cells, reports host changes', async () => {
    document.body.innerHTML = '<table><tr><td id="cell">A-1</td></tr></table>';
    let calls = 0;
    stop = observePage(document.body, () => (calls += 1));
    const cell = document.getElementById('cell')!;
    const flag = document.createElement('motcua-flag');
    cell.prepend(flag);
    await frame();
    flag.remove();
    await frame();
    expect(calls).toBe(0);
    cell.append(document.createElement('span'));
    await frame();
    expect(calls).toBe(1);
  });
});
