/**
 * The index page's search, as a classic script: modules and fetch() are refused on `file://`,
 * so the index arrives as an object set by assets/search-index.js (read with MiniSearch.loadJS) and MiniSearch as its UMD
 * build. Results are built with DOM calls and textContent only, so no indexed text can become
 * markup. `/` focuses the box; `?q=` in the address searches on load, so a search can be linked.
 */
export const searchScript = String.raw`(function () {
  'use strict';
  var data = window.RUNGS_SEARCH;
  var form = document.getElementById('site-search');
  var input = document.getElementById('site-search-input');
  var status = document.getElementById('site-search-status');
  var list = document.getElementById('site-search-results');
  if (!data || !window.MiniSearch || !form || !input || !status || !list) return;
  var index = window.MiniSearch.loadJS(data.index, data.options);
  form.hidden = false;

  function snippet(text, terms) {
    var lines = text.split('\n');
    for (var i = 0; i < lines.length; i += 1) {
      var lower = lines[i].toLowerCase();
      for (var j = 0; j < terms.length; j += 1) if (lower.indexOf(terms[j]) >= 0) return lines[i];
    }
    return '';
  }

  function show(query) {
    while (list.firstChild) list.removeChild(list.firstChild);
    var trimmed = query.trim();
    if (trimmed === '') {
      status.textContent = '';
      return;
    }
    var hits = index.search(trimmed);
    status.textContent = hits.length === 0 ? 'No role mentions \u201c' + trimmed + '\u201d.' : hits.length === 1 ? '1 role' : hits.length + ' roles' + (hits.length > 30 ? ', the first 30 shown' : '');
    hits.slice(0, 30).forEach(function (hit) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = hit.url;
      link.textContent = hit.title;
      var where = document.createElement('span');
      where.className = 'hit-where';
      where.textContent = hit.family + ' \u00b7 ' + hit.track + ' \u00b7 ' + hit.level;
      item.appendChild(link);
      item.appendChild(where);
      var line = snippet(hit.text, hit.terms);
      if (line) {
        var quote = document.createElement('span');
        quote.className = 'hit-text';
        quote.textContent = line;
        item.appendChild(quote);
      }
      list.appendChild(item);
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    show(input.value);
  });
  input.addEventListener('input', function () {
    show(input.value);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === '/' && document.activeElement !== input && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
    }
  });
  var asked = new URLSearchParams(window.location.search).get('q');
  if (asked) {
    input.value = asked;
    show(asked);
  }
})();
`;
