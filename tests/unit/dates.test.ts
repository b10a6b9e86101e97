import {describe, expect, it} from 'vitest';
import {formatDate, formatTime, machineDate, precisionOf} from '@/lib/dates';

describe('dates', () => {
  it('gives moments Helsinki’s offset, summer and winter', () => {
    expect(machineDate('2020-05-20T13:33')).toBe('2020-05-20T13:33:00+03:00');
    expect(machineDate('2021-02-09T10:00')).toBe('2021-02-09T10:00:00+02:00');
    expect(machineDate('2021-02-09')).toBe('2021-02-09');
  });

  it('writes dates the way each language does', () => {
    expect(formatDate('2021-02-09', 'fi')).toBe('9.2.2021');
    expect(formatDate('2021-02-09', 'sv')).toBe('9.2.2021');
    expect(formatDate('2021-02-09', 'en')).toBe('9 February 2021');
    expect(formatDate('2020-09', 'fi')).toBe('syyskuu 2020');
    expect(formatDate('2030', 'en')).toBe('2030');
    expect(formatTime('2020-05-20T13:33', 'fi')).toBe('13.33');
    expect(formatTime('2020-05-20T13:33', 'en')).toBe('13:33');
  });

  it('rejects dates that do not exist', () => {
    expect(precisionOf('2021-02-29')).toBeUndefined();
    expect(precisionOf('2020-02-29')).toBe('day');
    expect(precisionOf('2020-05-20T24:10')).toBeUndefined();
  });
});
