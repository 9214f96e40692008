/**
 * Dashboard entry: reads the URL hash into a State, checks the API's health (error and empty states), loads
 * the filter choices, and renders the view. Every change goes through the URL, so any view can be shared.
 */
import { api } from './api.ts';
import { defaultState, parseHash, toHash, views, type State, type View } from './state.ts';
import { choicesFrom, filterBar, type FilterChoices, type FilterKey } from './ui/filters.ts';
import { clear, h } from './ui/dom.ts';
import { showEmpty, showError, showLoading } from './ui/states.ts';
import { watchBootstrap } from './ui/bootstrap.ts';
import type { Ctx, ViewFn } from './views/context.ts';
import type { Health, SourceInfo } from './types.ts';
import { overviewView } from './views/overview.ts';
import { skillView } from './views/skill.ts';
import { compareView } from './views/compare.ts';
import { categoriesView } from './views/categories.ts';
import { plannerView } from './views/planner.ts';
import { credentialView } from './views/credential.ts';
import { programView } from './views/program.ts';

const titles: Record<View, string> = {
  overview: 'Overview',
  skill: 'Skill',
  compare: 'Compare',
  categories: 'Categories',
  planner: 'Credential planner',
  credential: 'Credential designer',
  program: 'Check a program',
};
const render: Record<View, ViewFn> = {
  overview: overviewView,
  skill: skillView,
  compare: compareView,
  categories: categoriesView,
  planner: plannerView,
  credential: credentialView,
  program: programView,
};

const nav = document.getElementById('nav')!;
const filtersSlot = document.getElementById('filters')!;
const main = document.getElementById('main')!;
const labels = new Map<string, Promise<string>>();
const noChoices: FilterChoices = { periods: [], sources: [], countries: [], roles: [] };
let choices: FilterChoices = noChoices;
let choicesPromise: Promise<FilterChoices> = Promise.resolve(noChoices);
let healthPromise: Promise<Health> | null = null;
let sourcesPromise: Promise<SourceInfo[] | null> | null = null;
let generation = 0;

function go(state: State, patch: Partial<State>): void {
  const next = { ...state, ...patch };
  // switching views keeps the filters but drops the other view's selections from the URL
  const hash = toHash(next);
  if (hash === location.hash) void route();
  else location.hash = hash;
}

function renderNav(state: State): void {
  clear(nav);
  for (const v of views) {
    const href = toHash({
      ...defaultState(),
      ...pickFilters(state),
      view: v,
      skill: state.skill,
      skills: state.skills,
      have: state.have,
      interval: state.interval,
    });
    nav.append(h('a', { href, 'aria-current': v === state.view ? 'page' : null }, titles[v]));
  }
}

function pickFilters(s: State) {
  return { from: s.from, to: s.to, source: s.source, country: s.country, role: s.role, language: s.language };
}

async function route(): Promise<void> {
  const mine = ++generation;
  const state = parseHash(location.hash);
  const focusedId = document.activeElement?.id;
  document.title = `skillpulse · ${titles[state.view]}`;
  renderNav(state);
  const root = h('div', { class: `view view-${state.view}`, 'data-view': state.view, 'data-hash': location.hash });
  main.replaceChildren(root);
  const ctx: Ctx = {
    api,
    state,
    choices: () => choicesPromise,
    health: () => (healthPromise ??= api.health()),
    sources: () => (sourcesPromise ??= api.sources().catch(() => null)),
    go: (patch) => go(state, patch),
    label: (id) => {
      if (!labels.has(id))
        labels.set(
          id,
          api.skill(id).then(
            (s) => s.label,
            () => id,
          ),
        );
      return labels.get(id)!;
    },
    setFilters: (keys: FilterKey[], oneOf?: FilterKey[]) => {
      const draw = () => {
        if (mine !== generation) return;
        filtersSlot.replaceChildren(
          filterBar(choices, pickFilters(state), keys, oneOf ?? [], (f) =>
            go(state, { from: undefined, to: undefined, source: undefined, country: undefined, role: undefined, ...f }),
          ),
        );
      };
      draw();
      // the choices load alongside the first view; redraw the bar when they arrive
      if (choices === noChoices) void choicesPromise.then((c) => c !== noChoices && draw());
    },
  };
  try {
    await render[state.view](root, ctx);
  } catch (err) {
    if (mine === generation) showError(root, err, () => void route());
  }
  if (mine === generation && focusedId) document.getElementById(focusedId)?.focus();
  if (mine === generation) root.setAttribute('data-ready', 'true');
}

let started = false;
window.addEventListener('hashchange', () => (started ? void route() : renderNav(parseHash(location.hash))));

async function start(): Promise<void> {
  showLoading(main, 'Connecting to the API…');
  try {
    healthPromise = api.health();
    const health = await healthPromise;
    if (health.status === 'empty' || !health.postings) {
      renderNav(parseHash(location.hash));
      main.replaceChildren(h('div', { class: 'view', 'data-ready': 'true', 'data-view': 'empty' }));
      showEmpty(main.firstElementChild!);
      // the first crawl may be running behind `npm start`: show its progress, then the dashboard
      watchBootstrap(main, api, () => {
        healthPromise = null;
        void start();
      });
      return;
    }
    // filter choices load in the background: the first chart does not wait for them
    sourcesPromise = api.sources().catch(() => null);
    choicesPromise = Promise.all([api.meta().catch(() => null), sourcesPromise]).then(([meta, sources]) => {
      choices = choicesFrom(
        meta,
        (sources ?? []).map((s) => s.source),
      );
      return choices;
    });
  } catch (err) {
    showError(main, err, () => void start());
    return;
  }
  started = true;
  await route();
}

document.querySelector('a.skip')?.addEventListener('click', (e) => {
  e.preventDefault();
  main.focus();
});

void start();
