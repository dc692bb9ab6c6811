// Progressive enhancement for the parcel list: sort on change, and at most three parcels to compare.
(function () {
  "use strict";
  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name="codes"][form="land-compare-form"]'));
  function limit() {
    var ticked = boxes.filter(function (box) { return box.checked; }).length;
    boxes.forEach(function (box) { box.disabled = !box.checked && ticked >= 3; });
  }
  boxes.forEach(function (box) { box.addEventListener("change", limit); });
  limit();
})();

// Filters behind a button on phones (open on a desktop), and zoom buttons for the site plan.
(function () {
  "use strict";
  var desktop = window.matchMedia("(width >= 900px)");
  var toggles = Array.prototype.slice.call(document.querySelectorAll("[data-filters-toggle]"));
  function place() { toggles.forEach(function (details) { details.open = desktop.matches; }); }
  place();
  desktop.addEventListener("change", place);

  var zoomBar = document.querySelector("[data-plan-zoom]");
  var frame = document.getElementById("site-plan-frame");
  var plan = frame && frame.querySelector("svg");
  if (!zoomBar || !plan) { return; }
  var levels = [1, 1.5, 2, 3, 4];
  var level = desktop.matches ? 0 : 3; // on a phone, 3x: the smallest parcel is a 44 px tap target
  function apply() {
    plan.style.width = (levels[level] * 100) + "%";
    zoomBar.querySelector('[data-zoom="out"]').disabled = level === 0;
    zoomBar.querySelector('[data-zoom="in"]').disabled = level === levels.length - 1;
  }
  zoomBar.hidden = false;
  zoomBar.addEventListener("click", function (event) {
    var button = event.target.closest("[data-zoom]");
    if (!button) { return; }
    level = Math.max(0, Math.min(levels.length - 1, level + (button.dataset.zoom === "in" ? 1 : -1)));
    apply();
  });
  apply();
})();
