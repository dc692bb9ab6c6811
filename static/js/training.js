// Training: the certificate's print button and the attendance sheet's "mark everyone present".
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("[data-print]").forEach((button) => {
    button.addEventListener("click", () => window.print());
  });
  document.querySelectorAll("[data-attendance-sheet]").forEach((form) => {
    const markAll = form.querySelector("[data-mark-all]");
    if (!markAll) return;
    markAll.addEventListener("click", () => {
      form.querySelectorAll('input[name="present"]').forEach((box) => { box.checked = true; });
    });
  });
});
