// CASE-7 (guide 4.8.2): turns the comment textarea into the Quill rich-text editor. The editor's HTML is
// written back into the textarea (the posted field) on submit; the server sanitizes it against its
// allow-list. Without this script the textarea is posted as it is (progressive enhancement).
(function () {
    'use strict';
    if (typeof Quill === 'undefined') {
        return;
    }

    document.querySelectorAll('form[data-comment-editor]').forEach(function (form) {
        var textarea = form.querySelector('textarea');
        if (!textarea) {
            return;
        }

        var host = document.createElement('div');
        host.className = 'comment-editor bg-body';
        textarea.insertAdjacentElement('afterend', host);
        textarea.classList.add('d-none');

        var quill = new Quill(host, {
            theme: 'snow',
            modules: {
                toolbar: [
                    [{ header: [false, 2, 3] }],
                    ['bold', 'italic', 'underline'],
                    [{ color: [] }, { background: [] }],
                    [{ list: 'ordered' }, { list: 'bullet' }],
                    ['link', 'clean'],
                ],
            },
        });

        // A comment kept after a refused submit comes back into the editor.
        if (textarea.value.trim() !== '') {
            quill.clipboard.dangerouslyPasteHTML(textarea.value);
        }

        var label = form.querySelector('label[for="' + textarea.id + '"]');
        if (label) {
            quill.root.setAttribute('aria-label', label.textContent);
        }

        form.addEventListener('submit', function () {
            // getSemanticHTML gives plain <ul>/<ol> lists; Quill 2.0.3 also turns every space into &nbsp;,
            // which would stop long lines from wrapping, so spaces become spaces again.
            textarea.value = quill.getText().trim() === '' ? '' : quill.getSemanticHTML().replace(/&nbsp;/g, ' ');
        });
    });
})();
