// ADM-2, ADM-3 (guide 5.1.2, 5.1.5): the contact form. While the user ID was not typed by hand it follows the
// guide's suggestion: the e-mail + ".fm", the e-mail cut to its first 37 characters (the ID is at most 40).
// Ctrl+S (⌘S) saves, as the guide's 保存 (Ctrl + s) button says.
(function () {
    'use strict';
    var form = document.querySelector('form[data-save-shortcut]');
    if (!form) {
        return;
    }

    var email = form.querySelector('input[type="email"]');
    var userId = form.querySelector('input[data-user-id-suggest]');
    if (email && userId && userId.dataset.userIdSuggest === 'true') {
        var suggest = function () {
            var value = email.value.trim();
            userId.value = value === '' ? '' : value.slice(0, 37) + '.fm';
        };
        email.addEventListener('input', suggest);
        userId.addEventListener('input', function () {
            email.removeEventListener('input', suggest);
        }, { once: true });
    }

    document.addEventListener('keydown', function (e) {
        if ((e.ctrlKey || e.metaKey) && (e.key === 's' || e.key === 'S')) {
            e.preventDefault();
            form.requestSubmit();
        }
    });
})();
