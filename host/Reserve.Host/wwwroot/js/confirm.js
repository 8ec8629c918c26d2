// A form that cannot be taken back asks first: its data-confirm text is the question.
// (The security policy allows no inline script, so the question cannot sit in an onsubmit attribute.)
document.addEventListener('submit', function (e) {
  var form = e.target;
  var question = form && form.getAttribute ? form.getAttribute('data-confirm') : null;
  if (question && !window.confirm(question)) {
    e.preventDefault();
  }
});
