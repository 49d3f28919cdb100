// Type-level test for Vue 3 hosts, compiled by `npm run typecheck:readme` beside the README's Vue
// snippet (its template read as the props it sets) and `import type {} from 'admin-sessions/vue'`
// (never executed): every `@ts-expect-error` line must be an error.
import type { GlobalComponents } from 'vue';

/** The props a template may set on a globally known component. */
type TemplateProps<Tag extends keyof GlobalComponents> = GlobalComponents[Tag] extends new (...args: never[]) => { $props: infer Props } ? Props : never;

export const good: TemplateProps<'admin-sessions'> = {
  endpoint: '/api/log',
  adapter: 'puqcloud',
  cache: 'none',
  density: 'compact',
  'hide-me': true,
  'onadmin-sessions-load': (event) => {
    const total: number | null = event.detail.total;
    void total;
  },
};

export const wrongAdapter: TemplateProps<'admin-sessions'> = {
  // @ts-expect-error: `adapter` is 'native' | 'puqcloud'.
  adapter: 'puqclod',
};

export const unknownAttribute: TemplateProps<'admin-sessions'> = {
  // @ts-expect-error: no attribute `endpont`.
  endpont: '/api/log',
};

export const wrongDetail: TemplateProps<'admin-sessions'> = {
  // @ts-expect-error: the load detail has `total`, not `count`.
  'onadmin-sessions-load': (event) => console.log(event.detail.count),
};

export const range: TemplateProps<'admin-sessions-range'> = {
  'onadmin-sessions-range-change': (event) => {
    const from: number | null = event.detail.from;
    void from;
  },
};
