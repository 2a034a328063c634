// The search page: runs the Pagefind index in the browser. The form is a plain GET form, so a
// search is a shareable address (/search/?q=ceasefire&section=World); this script reads it,
// searches as the reader types, and offers filters by section, type and topic.
const form = document.querySelector(".search-form");
const input = form.elements.namedItem("q");
const filtersBox = form.querySelector(".search-filters");
const status = document.querySelector(".search-status");
const list = document.querySelector(".search-results");
const SHOWN = 30;
const GROUPS = [
  { key: "section", legend: "Section" },
  { key: "type", legend: "Type" },
  { key: "tag", legend: "Topic" },
];

const params = new URLSearchParams(location.search);
input.value = params.get("q") ?? "";
const pagefind = await loadIndex();
if (pagefind) {
  await pagefind.options({ excerptLength: 24 });
  await mergeParts(pagefind);
  renderFilters(await pagefind.filters(), params);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    search();
  });
  form.addEventListener("input", () => search());
  if (input.value || GROUPS.some((g) => params.has(g.key))) search();
} else {
  // A site built with `dateline build --no-search` (a preview) has no index: say so, and let the
  // form do nothing rather than reload the page.
  form.addEventListener("submit", (event) => event.preventDefault());
  status.textContent = "Search is not available on this copy of the site. You can browse all topics or a section instead.";
}

/** Pagefind, from beside this script, so a site served from a sub-path (/news/) finds it and results link under it. */
async function loadIndex() {
  try {
    return await import(new URL("pagefind/pagefind.js", import.meta.url).href);
  } catch {
    return undefined;
  }
}

/**
 * A large archive's index comes in parts by age (pagefind/part-2/ and on, listed on the form):
 * merged into the first, they answer as one index. A part that cannot load leaves its stories
 * out of the results rather than stopping search.
 */
async function mergeParts(pagefind) {
  // One after another: results of equal score then come in the same order on every search.
  for (const part of (form.dataset.moreIndexes ?? "").split(" ").filter(Boolean)) {
    const index = new URL(`pagefind/${part}`, import.meta.url).pathname;
    // Results link from the site's root (this script's folder), as the first part's do.
    await pagefind.mergeIndex(index, { baseUrl: new URL("./", import.meta.url).pathname }).catch(() => {
      // Searched without this part.
    });
  }
}

/** Checkboxes for sections and types; a list for topics, which can run to hundreds. */
function renderFilters(available, chosen) {
  for (const { key, legend } of GROUPS) {
    const values = Object.keys(available[key] ?? {}).sort((a, b) => a.localeCompare(b));
    if (values.length === 0) continue;
    const fieldset = element("fieldset", { class: `search-filter search-filter-${key}` });
    fieldset.append(element("legend", {}, legend));
    if (key === "tag") {
      const id = "search-filter-tag";
      const select = element("select", { id, name: key });
      select.append(element("option", { value: "" }, "Any topic"));
      for (const value of values) select.append(element("option", { value }, value));
      select.value = chosen.get(key) ?? "";
      fieldset.append(element("label", { class: "visually-hidden", for: id }, "Topic"), select);
    } else {
      for (const value of values) {
        const box = element("input", { type: "checkbox", name: key, value });
        box.checked = chosen.getAll(key).includes(value);
        fieldset.append(element("label", { class: "search-check" }, box, ` ${value}`));
      }
    }
    filtersBox.append(fieldset);
  }
  filtersBox.hidden = filtersBox.childElementCount === 0;
}

async function search() {
  const data = new FormData(form);
  const query = input.value.trim();
  const filters = {};
  for (const { key } of GROUPS) {
    const values = data.getAll(key).filter(Boolean);
    if (values.length > 0) filters[key] = { any: values };
  }
  history.replaceState(null, "", `?${new URLSearchParams([...data].filter(([, v]) => v !== ""))}`);
  if (!query && Object.keys(filters).length === 0) {
    status.textContent = "";
    list.replaceChildren();
    return;
  }
  const found = await pagefind.debouncedSearch(query || null, { filters }, 200);
  if (found === null) return; // a newer search replaced this one
  const results = await Promise.all(found.results.slice(0, SHOWN).map((r) => r.data()));
  list.replaceChildren(...results.map(resultItem));
  const count = found.results.length;
  const what = `${count} ${count === 1 ? "story" : "stories"}${query ? ` for “${query}”` : ""}`;
  status.textContent = count > SHOWN ? `${what}; the first ${SHOWN} are shown` : what;
}

/** Headline, dek and date, like every other story list; then where the words were found. */
function resultItem(result) {
  const { title, dek, date } = result.meta;
  const article = element("article", { class: "teaser" });
  article.append(element("h2", { class: "teaser-title" }, element("a", { href: result.url }, title ?? result.url)));
  if (dek) article.append(element("p", { class: "teaser-dek" }, dek));
  if (date) article.append(element("p", { class: "teaser-meta" }, date));
  const excerpt = element("p", { class: "search-excerpt" });
  excerpt.innerHTML = result.excerpt; // Pagefind escapes the text and adds only <mark>
  article.append(excerpt);
  return element("li", {}, article);
}

function element(name, attributes, ...children) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}
