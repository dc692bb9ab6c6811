/* As-you-type suggestions for the search box: the ARIA 1.2 combobox pattern (list autocomplete).
   Without JavaScript the box is a plain GET form. No inline handlers (CSP). */
(function () {
  "use strict";

  function debounce(fn, wait) {
    var timer;
    return function () {
      var args = arguments;
      clearTimeout(timer);
      timer = setTimeout(function () { fn.apply(null, args); }, wait);
    };
  }

  function init(form) {
    var input = form.querySelector("input[data-suggest-url]");
    var list = form.querySelector(".search-suggestions");
    var status = form.querySelector("[data-suggest-status]");
    if (!input || !list || !window.fetch) { return; }
    var active = -1;
    var items = [];
    var controller = null;

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);

    function close() {
      lookedUp = null;
      list.hidden = true;
      list.textContent = "";
      items = [];
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function announce(count) {
      var text = count ? input.dataset.labelCount.replace("__COUNT__", String(count)) : input.dataset.labelNone;
      status.textContent = text;
    }

    function highlight(index) {
      items.forEach(function (item, position) { item.setAttribute("aria-selected", position === index ? "true" : "false"); });
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", items[index].id);
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function render(suggestions) {
      // A later answer for the same text must not lose the option the visitor has moved to.
      var chosenUrl = active >= 0 && items[active] ? items[active].dataset.url : null;
      list.textContent = "";
      items = suggestions.map(function (suggestion, index) {
        var option = document.createElement("li");
        option.id = list.id + "-" + index;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.url = suggestion.url;
        var title = document.createElement("span");
        title.textContent = suggestion.title;
        var kind = document.createElement("span");
        kind.className = "search-suggestions__kind";
        kind.textContent = suggestion.kind_label;
        option.appendChild(title);
        option.appendChild(kind);
        option.addEventListener("mousedown", function (event) { event.preventDefault(); });
        option.addEventListener("click", function () { window.location.assign(suggestion.url); });
        list.appendChild(option);
        return option;
      });
      list.hidden = items.length === 0;
      input.setAttribute("aria-expanded", items.length ? "true" : "false");
      active = -1;
      var kept = chosenUrl === null ? -1 : suggestions.findIndex(function (s) { return s.url === chosenUrl; });
      if (kept >= 0) { highlight(kept); }
      announce(items.length);
    }

    var lookedUp = null;
    var lookup = debounce(function (value) {
      if (value === lookedUp && !list.hidden) { return; }  // e.g. a trailing space: same suggestions
      lookedUp = value;
      if (controller) { controller.abort(); }
      controller = new AbortController();
      var url = input.dataset.suggestUrl + "?q=" + encodeURIComponent(value);
      fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) { if (input.value.trim() === value) { render(data.suggestions || []); } })
        .catch(function () { /* aborted or offline: the plain form still works */ });
    }, 200);

    input.addEventListener("input", function () {
      var value = input.value.trim();
      if (value.length < 2) { close(); return; }
      lookup(value);
    });

    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && items.length) {
        event.preventDefault();
        highlight((active + 1) % items.length);
      } else if (event.key === "ArrowUp" && items.length) {
        event.preventDefault();
        highlight(active <= 0 ? items.length - 1 : active - 1);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.assign(items[active].dataset.url);
      } else if (event.key === "Escape") {
        if (!list.hidden) { event.preventDefault(); }
        close();
      }
    });

    input.addEventListener("blur", function () { setTimeout(close, 150); });
  }

  document.querySelectorAll("[data-search-form]").forEach(init);
})();
