// The draft editor (/optegnelser/udkast): selecting a review entry, an agenda item or a line
// of the draft that names its place ("kilde_sted: s. 3, l. 120-124") marks those lines of the
// document. No framework; the page works without it (the places are also written out).
(function () {
  "use strict";
  var status = document.getElementById("markering");
  var editor = document.getElementById("udkast-tekst");
  var place = /s\. (\d+)(?:-(\d+))?, l\. (\d+)(?:-(\d+))?/;

  function mark(from, to) {
    document.querySelectorAll(".linjer li.markeret").forEach(function (li) {
      li.classList.remove("markeret");
    });
    var first = null;
    for (var n = from; n <= to; n++) {
      var li = document.getElementById("l-" + n);
      if (li) {
        li.classList.add("markeret");
        first = first || li;
      }
    }
    if (first) {
      first.scrollIntoView({block: "center"});
      var side = first.getAttribute("data-side");
      status.textContent = "Markeret i referatet: side " + side + ", linje " +
        (from === to ? from : from + "-" + to) + ".";
    } else {
      status.textContent = "Linje " + from + " findes ikke i referatet.";
    }
  }

  document.querySelectorAll("button.sted").forEach(function (button) {
    button.addEventListener("click", function () {
      mark(Number(button.getAttribute("data-fra")), Number(button.getAttribute("data-til")));
    });
  });

  // In the editor: the place on the caret's line, else the nearest one above it (the unit
  // the caret is in names its place after its fields), else the nearest below.
  function fromEditor() {
    var lines = editor.value.split("\n");
    var at = editor.value.slice(0, editor.selectionStart).split("\n").length - 1;
    for (var d = 0; d < lines.length; d++) {
      var candidates = d === 0 ? [at] : [at + d, at - d];
      for (var i = 0; i < candidates.length; i++) {
        var line = lines[candidates[i]];
        var found = line !== undefined && line.indexOf("kilde_sted") >= 0 && place.exec(line);
        if (found) {
          mark(Number(found[3]), Number(found[4] || found[3]));
          return;
        }
      }
    }
  }
  if (editor) {
    editor.addEventListener("click", fromEditor);
    editor.addEventListener("keyup", function (e) {
      if (e.key.indexOf("Arrow") === 0 || e.key === "PageUp" || e.key === "PageDown") {
        fromEditor();
      }
    });
  }
})();
