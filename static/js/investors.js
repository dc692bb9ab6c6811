// Incentive pages: the "Print" buttons of the printable estimate and the how-to-invest checklist (no inline handlers under the CSP).
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
});
