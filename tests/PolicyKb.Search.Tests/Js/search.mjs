// Runs queries with the page's engine against an export: { folder, cases: [{ q, audience, archived, limit }] }
// answers [{ total, totalAllAudiences, ids, versions, scores, audiences, suggestions, plan, snippets }].
import { answer, openIndex, readRequest } from './io.mjs';

const request = await readRequest();
const index = await openIndex(request.folder);
const results = [];
for (const c of request.cases) {
  const result = await index.search(c.q, { audience: c.audience ?? null, archived: c.archived ?? false, limit: c.limit ?? 10 });
  const details = await Promise.all(result.hits.map((hit) => index.details(hit, result.plan)));
  results.push({
    total: result.total,
    totalAllAudiences: result.totalAllAudiences,
    ids: details.map((d) => d.id),
    versions: details.map((d) => d.versions.join(' ')),
    scores: result.hits.map((h) => h.score),
    audiences: result.audiences.map((a) => a.count),
    suggestions: result.suggestions,
    plan: result.plan.clauses.map((cl) => `${cl.field}:${cl.terms.join(' ')}@${cl.positions.join(',')}^${cl.boost}`),
    snippets: details.map((d) => d.snippet.map((p) => (p.highlighted ? `[${p.text}]` : p.text)).join('')),
  });
}
answer(results);
