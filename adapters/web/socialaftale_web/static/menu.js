// The main menu folds away on a narrow screen (a phone): open by default, so without
// scripts every link shows; on a narrow screen it starts closed behind "Menu".
(function () {
  "use strict";
  var narrow = window.matchMedia("(max-width: 37.5rem)");
  var menu = document.querySelector("details.menu");
  if (menu && narrow.matches) { menu.open = false; }
})();
