// CASE-8: the attachments tab opens when it is linked (#attachments) or reports an error
// (data-show-tab="true"); otherwise the page stays on the activity tab (CASE-7). A file over the size
// limit is refused before a byte of it is sent. The server checks both again.
(() => {
    const tab = document.getElementById('case-attachments-tab');
    if (tab && window.bootstrap && (location.hash === '#attachments' || document.getElementById('attachments')?.dataset.showTab === 'true')) {
        window.bootstrap.Tab.getOrCreateInstance(tab).show();
    }

    for (const input of document.querySelectorAll('input[type=file][data-max-bytes]')) {
        const max = Number(input.dataset.maxBytes);
        const check = () => {
            const large = [...input.files].find(f => f.size > max);
            input.setCustomValidity(large ? input.dataset.tooLarge.replace('{0}', large.name) : '');
            return !large;
        };
        input.addEventListener('change', () => { if (!check()) input.reportValidity(); });
        input.form.addEventListener('submit', e => {
            if (!check()) {
                e.preventDefault();
                input.reportValidity();
            }
        });
    }
})();
