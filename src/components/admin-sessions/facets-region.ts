import { html, nothing, type TemplateResult } from 'lit';
import type { FacetsController } from '../../controllers/facets-controller.js';
import { addFilter, lazyPart, type Shell } from './regions.js';

/**
 * The facets panel above the table (the "Facets" toggle in Filters shows it; `null` while hidden): a
 * click on a value adds its filter to the search. Its room (styles) is kept from the toggle on, while
 * its controller's code (`'loading'`) and its element's come, so the table moves once.
 */
export function facetsPanel(shell: Shell, facets: FacetsController | 'loading' | null): TemplateResult | typeof nothing {
  if (facets === 'loading') return lazyPart(shell, 'facets', html`<div class="facets-slot" part="facets-loading" aria-busy="true"></div>`);
  return facets
    ? lazyPart(shell, 'facets', html`<admin-sessions-facets part="facets" exportparts="note: facets-note, load-more: facets-load-more, cancel: facets-cancel, facet, facet-value, facet-exclude"
        .state=${facets.state()} .controller=${facets} locale=${shell.locale ?? nothing}
        @admin-sessions-filter=${addFilter(shell.host)}
      ></admin-sessions-facets>`)
    : nothing;
}
