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
