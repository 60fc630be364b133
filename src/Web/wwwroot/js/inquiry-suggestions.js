// KB-5: while the inquiry's subject is typed, the knowledge articles matching it are shown under it (a fragment
// the server renders), and the live region says how many were found. Without script the form works as before.
(() => {
    const box = document.getElementById('inquiry-suggestions');
    const input = document.getElementById('Input_Subject');
    if (!box || !input)
        return;
    const status = box.querySelector('[role=status]');
    const list = box.querySelector('[data-suggestions]');
    const min = Number(box.dataset.min);
    const wait = 300;
    let timer = 0;
    let shown = '';
    let pending = null;

    const show = (subject, fragment) => {
        shown = subject;
        status.textContent = fragment?.firstElementChild?.dataset.status ?? '';
        list.replaceChildren(...(fragment ? [...fragment.childNodes] : []));
    };

    const suggest = async () => {
        const subject = input.value.trim();
        if (subject === shown)
            return;
        pending?.abort();
        pending = null;
        if (subject.replace(/\s/g, '').length < min) {
            show(subject, null);
            return;
        }
        const request = new AbortController();
        pending = request;
        const url = new URL(box.dataset.url, location.href);
        url.searchParams.set('subject', subject);
        try {
            const response = await fetch(url, { signal: request.signal, headers: { Accept: 'text/html' } });
            // A signed-out session is redirected to the login page: nothing to suggest then.
            if (!response.ok || response.redirected)
                return;
            const template = document.createElement('template');
            template.innerHTML = await response.text();
            if (pending === request)
                show(subject, template.content);
        } catch (error) {
            if (error.name !== 'AbortError')
                console.warn('KB-5 suggestions', error);
        }
    };

    input.addEventListener('input', () => {
        clearTimeout(timer);
        timer = setTimeout(suggest, wait);
    });
    if (input.value)
        suggest(); // a refused form kept its subject
})();
