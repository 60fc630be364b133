// CASE-7 (guide 4.8.2): turns the comment textarea into the Quill rich-text editor. The editor's HTML is
// written back into the textarea (the posted field) on submit; the server sanitizes it against its
// allow-list. Without this script the textarea is posted as it is (progressive enhancement).
(function () {
    'use strict';
    if (typeof Quill === 'undefined') {
        return;
    }

    // A form's rich-text fields are its textareas marked data-rich-text (an article's two bodies, KB-4), or
    // else its one textarea (a comment).
    document.querySelectorAll('form[data-comment-editor]').forEach(function (form) {
        var marked = form.querySelectorAll('textarea[data-rich-text]');
        var fields = marked.length > 0 ? Array.prototype.slice.call(marked) : [form.querySelector('textarea')];
        fields.forEach(function (textarea) {
            if (textarea) {
                enhance(form, textarea);
            }
        });
    });

    function enhance(form, textarea) {
        var host = document.createElement('div');
        host.className = 'comment-editor bg-body';
        textarea.insertAdjacentElement('afterend', host);
        textarea.classList.add('d-none');

        var text = form.dataset;
        var quill = new Quill(host, {
            theme: 'snow',
            modules: {
                table: true,
                toolbar: {
                    container: [
                        [{ header: [false, 2, 3] }],
                        ['bold', 'italic', 'underline'],
                        [{ color: [] }, { background: [] }],
                        [{ list: 'ordered' }, { list: 'bullet' }],
                        ['table', 'table-row', 'table-column', 'table-delete'],
                        ['link', 'clean'],
                    ],
                    handlers: {
                        table: function () { this.quill.getModule('table').insertTable(2, 2); },
                        'table-row': function () { this.quill.getModule('table').insertRowBelow(); },
                        'table-column': function () { this.quill.getModule('table').insertColumnRight(); },
                        'table-delete': function () { this.quill.getModule('table').deleteTable(); },
                    },
                },
            },
        });

        // The toolbar speaks the page's language: button names for screen readers, the paragraph-style
        // picker's labels (Quill's stylesheet shows data-label when set).
        var toolbar = host.previousElementSibling;
        var names = {
            bold: text.textBold, italic: text.textItalic, underline: text.textUnderline, link: text.textLink, clean: text.textClean,
            table: text.textTable, 'table-row': text.textTableRow, 'table-column': text.textTableColumn, 'table-delete': text.textTableDelete,
        };
        var icons = { table: 'bi-table', 'table-row': 'bi-plus-square', 'table-column': 'bi-plus-square-dotted', 'table-delete': 'bi-x-square' };
        Object.keys(names).forEach(function (name) {
            var button = toolbar.querySelector('button.ql-' + name);
            if (!button) return;
            if (names[name]) {
                button.setAttribute('aria-label', names[name]);
                button.title = names[name];
            }
            if (icons[name]) {
                button.innerHTML = '<i class="bi ' + icons[name] + '" aria-hidden="true"></i>';
            }
        });
        // Lists are one Quill format with two values; the pickers' opening buttons name what they choose.
        [['ordered', text.textOrdered], ['bullet', text.textBullet]].forEach(function (pair) {
            var button = toolbar.querySelector('button.ql-list[value="' + pair[0] + '"]');
            if (button && pair[1]) {
                button.setAttribute('aria-label', pair[1]);
                button.title = pair[1];
            }
        });
        [['header', text.textStyle], ['color', text.textColor], ['background', text.textBackground]].forEach(function (pair) {
            var picker = toolbar.querySelector('.ql-picker.ql-' + pair[0] + ' .ql-picker-label');
            if (picker && pair[1]) {
                picker.setAttribute('aria-label', pair[1]);
                picker.title = pair[1];
            }
        });
        var headings = { '': text.textNormal, '2': text.textHeading2, '3': text.textHeading3 };
        toolbar.querySelectorAll('.ql-header .ql-picker-item, .ql-header .ql-picker-label').forEach(function (item) {
            var value = item.classList.contains('ql-picker-label')
                ? (toolbar.querySelector('.ql-header .ql-picker-item.ql-selected') || { dataset: {} }).dataset.value || ''
                : item.dataset.value || '';
            if (headings[value]) item.setAttribute('data-label', headings[value]);
        });
        quill.on('editor-change', function () {
            var label = toolbar.querySelector('.ql-header .ql-picker-label');
            var selected = toolbar.querySelector('.ql-header .ql-picker-item.ql-selected');
            var value = selected ? selected.dataset.value || '' : '';
            if (label && headings[value]) label.setAttribute('data-label', headings[value]);
        });

        // A comment kept after a refused submit comes back into the editor.
        if (textarea.value.trim() !== '') {
            quill.clipboard.dangerouslyPasteHTML(textarea.value);
        }

        // UI-5: the editing area is announced as a multi-line text box with the field's label.
        quill.root.setAttribute('role', 'textbox');
        quill.root.setAttribute('aria-multiline', 'true');
        var label = form.querySelector('label[for="' + textarea.id + '"]');
        if (label) {
            quill.root.setAttribute('aria-label', label.textContent.trim());
        }
        // A refused comment's message is read out with the editor, as it would be with the textarea.
        ['aria-describedby', 'aria-invalid'].forEach(function (name) {
            if (textarea.hasAttribute(name)) quill.root.setAttribute(name, textarea.getAttribute(name));
        });

        form.addEventListener('submit', function () {
            // getSemanticHTML gives plain <ul>/<ol> lists; Quill 2.0.3 also turns every space into &nbsp;,
            // which would stop long lines from wrapping, so spaces become spaces again.
            textarea.value = quill.getText().trim() === '' ? '' : quill.getSemanticHTML().replace(/&nbsp;/g, ' ');
        });
    }
})();
