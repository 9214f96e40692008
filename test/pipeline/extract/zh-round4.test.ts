/** Chinese rules of round 4 (issue 15: forms mined from the unlabelled rebase postings), each tested both ways. */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(`任职要求:\n${t}`).map((x) => x.id));
const idsRaw = (t: string) => new Set(m.extract(t).map((x) => x.id));

describe('a lower-case technology name in a Chinese list (zh-case.ts)', () => {
  it('python/c/c++, react/flutter/go/rust, go 、python 、rust: kept by the list', () => {
    expect(ids('加分项: 有python/c/c++ 经验').has('c')).toBe(true);
    const s = idsRaw('[深圳] web3公司诚聘 react/flutter/go/rust/测试与运维/架构师');
    expect(s.has('go')).toBe(true);
    expect(s.has('rust')).toBe(true);
    expect(ids('熟练掌握至少一门后端编程语言（ go 、python 、rust ）').has('go')).toBe(true);
    expect(ids('了解Kubernetes、Docker、prometheus 等云原生技术').has('prometheus')).toBe(true);
  });
  it('alone, or in English text, the lower-case form is no name: 我们go一起, 熟悉c端产品, "go to market, python"', () => {
    expect(ids('我们go一起出发').has('go')).toBe(false);
    expect(ids('熟悉c端产品和b端产品').has('c')).toBe(false);
    expect(idsRaw('Requirements: you will go, python people welcome').has('go')).toBe(false);
    // a Chinese ask cue alone does not take a lower-case language name (熟悉 c 端 is the consumer side)
    expect(ids('熟悉 c 端用户').has('c')).toBe(false);
  });
  it('the capitalised form is unchanged: Go 、Python in a list, Go alone after 熟悉', () => {
    expect(ids('熟悉 Go、Python').has('go')).toBe(true);
    expect(ids('精通 Go 语言').has('go')).toBe(true);
  });
});

describe('a one-letter name that is no language in Chinese text (zh-case.ts)', () => {
  it('C端, To C, a clause-leading list mark c,: no C', () => {
    expect(ids('1、3年以上C端产品经验').has('c')).toBe(false);
    expect(ids('同时有B端和C端产品运营经验者优先').has('c')).toBe(false);
    expect(ids('有高并发To C系统建设经验者优先').has('c')).toBe(false);
    expect(ids('b，熟悉 golang ；\nc，精通 MEV 原理').has('c')).toBe(false);
  });
  it('the language stays: C/C++, 如 Rust、C、C++, Python / C / C++ 相关编程能力', () => {
    expect(ids('精通 Go、C/C++').has('c')).toBe(true);
    expect(ids('熟练掌握至少一种系统编程语言，如 Rust、C、C++等').has('c')).toBe(true);
    expect(ids('具备 Python / C / C++ 相关编程能力').has('c')).toBe(true);
  });
});
