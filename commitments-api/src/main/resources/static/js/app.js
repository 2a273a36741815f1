// Small enhancements; every page works without them.
document.addEventListener("DOMContentLoaded", () => {
  // Attendance: count who is present against the quorum while the chair marks it.
  document.querySelectorAll("[data-quorum-form]").forEach((form) => {
    const needed = Number(form.dataset.quorumForm);
    const out = form.querySelector("[data-quorum-count]");
    const update = () => {
      const present = form.querySelectorAll('input[value="PRESENT"]:checked').length;
      out.textContent = present + " present of " + needed + " needed: " + (present >= needed ? "quorate" : "not quorate");
    };
    form.addEventListener("change", update);
    update();
  });
});
